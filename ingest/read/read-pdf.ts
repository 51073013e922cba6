import { PDFParse, PasswordException } from "pdf-parse";
import { replaceTableRegions, type PageTable } from "./pdf-table-lines.js";
import { EmptyDocumentError, UnreadableDocumentError } from "./read-errors.js";
import type { Rendition } from "./rendition.js";

function describeFailure(error: unknown): string {
  if (error instanceof PasswordException) return "the PDF is encrypted (password-protected)";
  const detail = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(detail)) return `the PDF is encrypted (${detail})`;
  return `the PDF is damaged or not a PDF (${detail})`;
}

async function tablesByPage(parser: PDFParse): Promise<Map<number, PageTable[]>> {
  const byPage = new Map<number, PageTable[]>();
  try {
    const result = await parser.getTable();
    for (const page of result.pages) byPage.set(page.num, page.tables);
  } catch {
    // Table detection is a bonus: without it the page text is used as extracted.
  }
  return byPage;
}

/**
 * Reads a PDF's text page by page (pdf-parse), with table rows that pdf-parse can detect
 * rewritten as tab-separated lines. Throws UnreadableDocumentError for a broken or encrypted
 * PDF and EmptyDocumentError for a PDF without a text layer (e.g. a scan).
 */
export async function readPdfBytes(file: string, bytes: Uint8Array): Promise<Rendition> {
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    let pages: { num: number; text: string }[];
    try {
      pages = (await parser.getText({ pageJoiner: "" })).pages;
    } catch (error) {
      throw new UnreadableDocumentError(file, describeFailure(error));
    }
    const tables = await tablesByPage(parser);
    const lines = pages.flatMap((page) => replaceTableRegions(page.text, tables.get(page.num) ?? []).lines);
    if (lines.every((line) => line.trim() === "")) throw new EmptyDocumentError(file);
    return { lines: lines.join("\n").split("\n"), blocks: [], furniture: [], warnings: [] };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
