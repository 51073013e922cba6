import { describe, expect, it } from "vitest";
import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import { documentHints } from "./document-hints.js";

const info = (file: string, kind: string, number: string | null, title: string, aliases: string[]): DocumentInfo => ({
  file, kind, number, date: null, dateText: "", issuer: "", title, aliases,
});

// A resolution, and two documents whose titles cite it (a provincial plan, a government programme).
const resolution = info("nq-57.md", "Nghị quyết", "57-NQ/TW", "Nghị quyết số 57-NQ/TW", ["57-NQ/TW", "Nghị quyết 57", "NQ 57"]);
const plan = info("kh-thuc-hien.txt", "Kế hoạch", null, "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị", [
  "Kế hoạch Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị",
  "Nghị quyết 57",
]);
const programme = info("nq-03.md", "Nghị quyết", "03/NQ-CP", "Ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW", [
  "03/NQ-CP",
  "Nghị quyết 03",
  "Nghị quyết 57",
]);
const decision = info("qd-1982.txt", "Quyết định", "1982/QĐ-UBND", "Ban hành Đề án chuyển đổi số", ["Quyết định 1982", "QĐ 1982"]);

describe("documentHints", () => {
  it("reads a document's own number as its name, though other titles cite that number", () => {
    const documents = [plan, resolution, programme, decision];
    expect(documentHints(foldText("Theo NQ 57, kinh tế số chiếm bao nhiêu?"), documents).files).toEqual(["nq-57.md"]);
    expect(documentHints(foldText("Nghị quyết 57 đặt mục tiêu gì?"), documents).files).toEqual(["nq-57.md"]);
    expect(documentHints(foldText("NQ 03 giao việc gì?"), documents).files).toEqual(["nq-03.md"]);
    expect(documentHints(foldText("QĐ 1982 giao việc gì?"), documents).files).toEqual(["qd-1982.txt"]);
  });

  it("leaves a cited number naming no document when no document has it as its own", () => {
    const documents = [plan, programme, decision];
    expect(documentHints(foldText("Theo NQ 57, kinh tế số chiếm bao nhiêu?"), documents).files).toEqual([]);
  });
});

describe("documentHints for a document whose kind was not read", () => {
  const table = info("bang.md", "Văn bản", null, "Bảng Deliverables (Kết quả đầu ra) hướng tới mục tiêu", [
    "Văn bản Bảng Deliverables (Kết quả đầu ra) hướng tới mục tiêu",
  ]);
  const list = info("danh-muc.md", "Văn bản", null, "Danh mục nhiệm vụ trọng điểm năm 2026", ["Văn bản Danh mục nhiệm vụ trọng điểm năm 2026"]);

  it("names it by its title's leading words after a citing word", () => {
    const documents = [table, list, decision];
    expect(documentHints(foldText("hạn khi nào theo bảng deliverables?"), documents).files).toEqual(["bang.md"]);
    expect(documentHints(foldText("trong danh mục nhiệm vụ trọng điểm, ai chủ trì?"), documents).files).toEqual(["danh-muc.md"]);
    // Without a citing word the leading words only prefer it: they may be a task's subject.
    expect(documentHints(foldText("danh mục nhiệm vụ trọng điểm ai chủ trì?"), documents).files).toEqual([]);
  });
});

describe("documentHints when one document's name holds another's number", () => {
  // A table made for a resolution, and a plan whose file name carries the resolution's number.
  const table = info("ket-qua-dau-ra-nq03.md", "Văn bản", null, "Bảng kết quả đầu ra", ["Văn bản Bảng kết quả đầu ra", "ket qua dau ra chuong trinh hanh dong nq03"]);
  const monthly = info("ke-hoach-theo-thang-nq57.md", "Kế hoạch", null, "", ["ke hoach theo thang nq57 wbs"]);
  const documents = [resolution, programme, table, monthly, plan, decision];

  it("reads the number as part of the other document's name, which is then named for sure", () => {
    const inTable = documentHints(foldText("Trong bảng kết quả đầu ra NQ 03, ai chủ trì quỹ đầu tư mạo hiểm?"), documents);
    expect(inTable.files).toEqual(["ket-qua-dau-ra-nq03.md"]);
    expect(inTable.numbers).toContain("03");
    expect(documentHints(foldText("KH theo tháng NQ57: sửa đổi pháp luật về cơ yếu ai chủ trì?"), documents).files).toEqual([
      "ke-hoach-theo-thang-nq57.md",
    ]);
    // The programme's own name holds "Nghị quyết 57": naming both, the programme is meant.
    expect(documentHints(foldText("NQ 03 giao xây dựng kế hoạch thực hiện NQ 57 khi nào?"), documents).files).toEqual(["nq-03.md"]);
  });

  it("names a document by its leading words with the connecting words dropped, as officials write them", () => {
    expect(documentHints(foldText("KH tháng NQ57: bố trí cán bộ chuyên môn từ ngày nào?"), documents).files).toEqual(["ke-hoach-theo-thang-nq57.md"]);
    // Alone, the loose name prefers the document; it does not require it.
    const loose = documentHints(foldText("KH tháng: ai tham mưu thành lập Ủy ban Dữ liệu quốc gia?"), documents);
    expect(loose.files).toEqual([]);
    expect(loose.softFiles).toEqual(["ke-hoach-theo-thang-nq57.md"]);
  });

  it("keeps the number's own document when no other name holds it", () => {
    expect(documentHints(foldText("Theo NQ 03, ai theo dõi việc thực hiện?"), documents).files).toEqual(["nq-03.md"]);
    expect(documentHints(foldText("Theo NQ 57, kinh tế số chiếm bao nhiêu?"), documents).files).toEqual(["nq-57.md"]);
  });
});
