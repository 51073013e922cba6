import ExcelJS from "exceljs";
import type { ListItem } from "../../knowledge/answer/answer-types.js";

/** The columns of an exported list, in Vietnamese: what a staff member takes to a meeting. */
export const listColumns = [
  { header: "STT", key: "index", width: 6 },
  { header: "Văn bản", key: "document", width: 26 },
  { header: "Vị trí", key: "place", width: 18 },
  { header: "Nhiệm vụ", key: "item", width: 60 },
  { header: "Chủ trì", key: "owners", width: 30 },
  { header: "Phối hợp", key: "coordinators", width: 36 },
  { header: "Thời hạn", key: "deadline", width: 18 },
  { header: "Dòng nguồn (nguyên văn)", key: "quote", width: 70 },
  { header: "Tệp", key: "file", width: 30 },
  { header: "Dòng", key: "line", width: 8 },
] as const;

export interface ListWorkbook {
  fileName: string;
  content: Buffer;
}

/**
 * One sheet, one row per item: document, place, item, owners, coordinators, deadline and the
 * verbatim source line with its file and line number; a second sheet says what was asked and when.
 */
export async function listWorkbook(question: string, items: ListItem[], createdAt: Date, today: string): Promise<ListWorkbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Trợ lý kế hoạch";
  workbook.created = createdAt;
  const sheet = workbook.addWorksheet("Danh sách", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = listColumns.map((column) => ({ ...column }));
  items.forEach((item, index) =>
    sheet.addRow({
      index: index + 1,
      document: item.document,
      place: item.place,
      item: item.item,
      owners: item.owners.join(", "),
      coordinators: item.coordinators.join(", "),
      deadline: item.deadline,
      quote: item.citation.quote,
      file: item.citation.file,
      line: item.citation.line,
    }),
  );
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber > 1) row.alignment = { vertical: "top", wrapText: true };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: listColumns.length } };
  const about = workbook.addWorksheet("Thông tin");
  about.addRows([
    ["Câu hỏi", question],
    ["Số nhiệm vụ", items.length],
    ["Ngày xuất", today],
    ["Ghi chú", "Mỗi dòng kèm dòng nguồn nguyên văn để đối chiếu với văn bản gốc."],
  ]);
  about.getColumn(1).width = 16;
  about.getColumn(2).width = 90;
  const content = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `danh-sach-nhiem-vu-${today}.xlsx`, content };
}
