import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDocument, readDocumentBytes } from "./read-document.js";
import { EmptyDocumentError, NoTextLayerError, UnreadableDocumentError, UnsupportedFormatError } from "./read-errors.js";
import type { DocumentModel, TableBlock } from "../document/document-model.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtures = path.join(root, "test", "fixtures", "documents");
const sources = path.join(root, "knowledge", "sources");
const scratch = mkdtempSync(path.join(tmpdir(), "read-document-"));

const expectedRows = [
  ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
  ["1", "Xây dựng cơ sở dữ liệu nhà ở và thị trường bất động sản", "Sở Xây dựng", "Sở Khoa học và Công nghệ", "Quý II/2026"],
  ["2", "Nâng cấp Trung tâm giám sát, điều hành thông minh", "Sở KH&CN", "Công an tỉnh; Văn phòng UBND tỉnh", "31/12/2026"],
  ["3", "Đào tạo kỹ năng số cho cán bộ, công chức cấp xã", "Sở Nội vụ", "Các sở, ban, ngành, địa phương", "Hằng năm"],
];

function texts(source: DocumentModel): string[] {
  return source.lines.map((line) => line.text);
}

function tabRows(source: DocumentModel): string[][] {
  return texts(source)
    .filter((text) => text.includes("\t"))
    .map((text) => text.split("\t"));
}

function tablesOf(model: DocumentModel): TableBlock[] {
  return model.blocks.filter((block): block is TableBlock => block.type === "table");
}

/** Each table row's cell texts, as the model holds them. */
function cellTexts(table: TableBlock | undefined): string[][] {
  return (table?.rows ?? []).map((row) => row.cells.map((cell) => cell.text));
}

function scratchFile(name: string, bytes: Uint8Array | string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, bytes);
  return file;
}

/** Deterministic pseudo-random bytes (a corrupt file's content). */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    bytes[index] = state % 256;
  }
  return bytes;
}

/** A one-page PDF whose page is a picture (a grey 2×2 image) and no text: what a scanner writes. */
function scannedPdf(): string {
  const content = "q 500 0 0 700 40 60 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x80\x40\x40\x80 EI Q";
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((body, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return scratchFile("ban-scan.pdf", Buffer.from(pdf, "latin1"));
}

async function readError(file: string): Promise<unknown> {
  return readDocument(file).then(
    () => new Error("expected the read to fail"),
    (error: unknown) => error,
  );
}

describe("readDocument on the fixtures", () => {
  it("reads the Markdown fixture with its tab-separated table", async () => {
    const source = await readDocument(path.join(fixtures, "ke-hoach-mau.md"));
    expect(source.format).toBe("markdown");
    expect(source.file).toBe("ke-hoach-mau.md");
    expect(texts(source)).toContain("Mục tiêu: đẩy mạnh chuyển đổi số toàn diện, phát triển chính quyền số, kinh tế số và xã hội số.");
    expect(tabRows(source)).toEqual(expectedRows);
  });

  it("reads the DOCX fixture: paragraphs as lines, table rows as tab-separated cells", async () => {
    const source = await readDocument(path.join(fixtures, "ke-hoach-mau.docx"));
    expect(source.format).toBe("docx");
    expect(texts(source)[0]).toBe("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ");
    expect(texts(source)).toContain("Mục tiêu: đẩy mạnh chuyển đổi số toàn diện, phát triển chính quyền số, kinh tế số và xã hội số.");
    expect(tabRows(source)).toEqual(expectedRows);
    expect(texts(source).at(-1)).toBe("Nơi nhận: các sở, ban, ngành; lưu VT.");
  });

  it("reads the DOCX fixture into blocks: paragraphs, then one table whose first row is the head", async () => {
    const model = await readDocument(path.join(fixtures, "ke-hoach-mau.docx"));
    expect(model.blocks.map((block) => block.type)).toEqual(["paragraph", "paragraph", "paragraph", "paragraph", "table", "paragraph"]);
    const [table] = tablesOf(model);
    expect(cellTexts(table)).toEqual(expectedRows);
    expect(table?.rows.map((row) => row.kind)).toEqual(["header", "body", "body", "body"]);
    expect(table?.columnCount).toBe(5);
    for (const row of table?.rows ?? []) {
      const line = model.lines[row.provenance.startLine - 1]?.text;
      expect(line).toBe(row.cells.map((cell) => cell.text).join("\t"));
    }
    expect(model.furniture).toEqual([]);
  });

  it("reads the PDF fixture: Vietnamese text and the table rows in order", async () => {
    const source = await readDocument(path.join(fixtures, "ke-hoach-mau.pdf"));
    expect(source.format).toBe("pdf");
    const joined = texts(source).join("\n");
    expect(joined).toContain("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ");
    expect(joined).toContain("KẾ HOẠCH Chuyển đổi số năm 2026");
    let cursor = 0;
    for (const cell of expectedRows.flat()) {
      const found = joined.indexOf(cell, cursor);
      expect(found, `cell "${cell}" after offset ${cursor}`).toBeGreaterThanOrEqual(0);
      cursor = found + cell.length;
    }
    expect(tabRows(source)).toEqual(expectedRows);
  });

  it("joins a PDF table that runs over pages into one table: the repeated head dropped, the cut row mended", async () => {
    const model = await readDocument(path.join(fixtures, "bang-nhieu-trang.pdf"));
    const tables = tablesOf(model);
    expect(tables).toHaveLength(1);
    const [table] = tables;
    const pages = new Set(table?.rows.map((row) => row.provenance.page));
    expect(pages.size).toBeGreaterThan(1);
    expect(table?.rows.filter((row) => row.kind === "header")).toHaveLength(1);
    const rows = cellTexts(table);
    expect(rows.slice(1).map((cells) => Number(cells[0]))).toEqual(Array.from({ length: 45 }, (_, index) => index + 1));
    expect(rows.every((cells) => cells.length === 5)).toBe(true);
    const docx = tablesOf(await readDocument(path.join(fixtures, "bang-nhieu-trang.docx")));
    expect(rows).toEqual(cellTexts(docx[0]));
    expect(texts(model).filter((text) => text.includes("\t"))).toHaveLength(46);
    expect(model.blocks.at(-1)).toMatchObject({ type: "paragraph", text: "Tổng cộng: 45 nhiệm vụ." });
  });

  it("reads the multi-page DOCX table as 46 rows of 5 cells, the repeated head marked once", async () => {
    const model = await readDocument(path.join(fixtures, "bang-nhieu-trang.docx"));
    const rows = tabRows(model);
    expect(rows).toHaveLength(46);
    const [table] = tablesOf(model);
    expect(table?.rows.filter((row) => row.kind === "header")).toHaveLength(1);
    expect(cellTexts(table)).toEqual(rows);
    expect(rows[23]).toEqual([
      "23",
      "Nhiệm vụ chuyển đổi số số 23: xây dựng, vận hành và khai thác cơ sở dữ liệu chuyên ngành",
      "Văn phòng UBND tỉnh",
      "Các sở, ban, ngành, địa phương",
      "Quý IV/2026",
    ]);
  });

  it("gives the sha256 of the bytes and numbered lines", async () => {
    const file = path.join(fixtures, "ke-hoach-mau.docx");
    const source = await readDocument(file);
    expect(source.contentHash).toBe(createHash("sha256").update(readFileSync(file)).digest("hex"));
    source.lines.forEach((line, index) => expect(line.line).toBe(index + 1));
  });
});

describe("readDocument on the shipped corpus", () => {
  it("reads every source document line for line", async () => {
    for (const name of readdirSync(sources)) {
      const source = await readDocument(path.join(sources, name));
      const raw = readFileSync(path.join(sources, name), "utf8").normalize("NFC").replace(/\r\n?/g, "\n").split("\n");
      expect(source.lines.map((line) => line.text)).toEqual(raw);
    }
    const plan = await readDocument(path.join(sources, "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md"));
    expect(plan.lines[516]?.text.split("\t")[7]).toBe("Sở Y tế, Sở Giáo dục và Đào tạo, Bảo hiểm xã hội tỉnh, Sở Xây dựng");
  });
});

describe("readDocument errors", () => {
  it("rejects an unknown extension", async () => {
    const error = await readError(scratchFile("ke-hoach.doc", "nội dung"));
    expect(error).toBeInstanceOf(UnsupportedFormatError);
    expect(error).toMatchObject({ file: "ke-hoach.doc", extension: ".doc" });
    expect((error as Error).message).toMatch(/ke-hoach\.doc.*\.docx/);
  });

  it("rejects an empty text file", async () => {
    const error = await readError(scratchFile("trong.md", " \n\n  "));
    expect(error).toBeInstanceOf(EmptyDocumentError);
    expect(error).toMatchObject({ file: "trong.md" });
  });

  it("rejects text that is not UTF-8", async () => {
    const error = await readError(scratchFile("sai-ma.txt", new Uint8Array([0x53, 0xe1, 0xbb, 0x0a, 0xff, 0xfe])));
    expect(error).toBeInstanceOf(UnreadableDocumentError);
  });

  it("rejects a corrupt PDF (random bytes)", async () => {
    const error = await readError(scratchFile("hong.pdf", noise(4096, 7)));
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect(error).toMatchObject({ file: "hong.pdf" });
    expect((error as Error).message).toMatch(/hong\.pdf/);
  });

  it("rejects a PDF whose content is cut off", async () => {
    const bytes = readFileSync(path.join(fixtures, "ke-hoach-mau.pdf"));
    const error = await readError(scratchFile("cut.pdf", bytes.subarray(0, 400)));
    expect(error instanceof UnreadableDocumentError || error instanceof EmptyDocumentError).toBe(true);
  });

  it("rejects a password-protected PDF", async () => {
    const error = await readError(path.join(fixtures, "ke-hoach-mau-mat-khau.pdf"));
    expect(error).toBeInstanceOf(UnreadableDocumentError);
    expect((error as UnreadableDocumentError).reason).toMatch(/encrypted|password/i);
  });

  it("says that a scanned PDF has no text layer and needs OCR", async () => {
    const error = await readError(scannedPdf());
    expect(error).toBeInstanceOf(NoTextLayerError);
    expect(error).toBeInstanceOf(EmptyDocumentError);
    expect(error).toMatchObject({ file: "ban-scan.pdf", code: "no-text-layer", pages: 1 });
    expect((error as Error).message).toMatch(/ban-scan\.pdf is a scanned PDF.*no text layer.*OCR/);
  });

  it("rejects a corrupt DOCX (random bytes, and a truncated zip)", async () => {
    const random = await readError(scratchFile("hong.docx", noise(4096, 11)));
    expect(random).toBeInstanceOf(UnreadableDocumentError);
    expect(random).toMatchObject({ file: "hong.docx" });
    const bytes = readFileSync(path.join(fixtures, "ke-hoach-mau.docx"));
    const truncated = await readError(scratchFile("cut.docx", bytes.subarray(0, 1500)));
    expect(truncated).toBeInstanceOf(UnreadableDocumentError);
  });

  it("reports a missing file as unreadable", async () => {
    const error = await readError(path.join(scratch, "khong-co.pdf"));
    expect(error).toBeInstanceOf(UnreadableDocumentError);
  });

  it("reads bytes held in memory", async () => {
    const source = await readDocumentBytes("ghi-chu.txt", new TextEncoder().encode("\uFEFFDòng một\r\nDòng hai"));
    expect(source.lines).toEqual([
      { line: 1, text: "Dòng một" },
      { line: 2, text: "Dòng hai" },
    ]);
  });
});
