import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { readDocxBytes } from "./read-docx.js";
import { UnreadableDocumentError, UnsupportedFormatError } from "./read-errors.js";
import { readPdfBytes } from "./read-pdf.js";
import { readTextBytes } from "./read-text.js";
import { SourceText, toSourceLines, type SourceFormat } from "./source-text.js";

const formatByExtension: Record<string, SourceFormat> = {
  ".txt": "text",
  ".md": "markdown",
  ".pdf": "pdf",
  ".docx": "docx",
};

/** The format a file name's extension maps to; throws UnsupportedFormatError for others. */
export function formatOf(file: string): SourceFormat {
  const extension = path.extname(file).toLowerCase();
  const format = formatByExtension[extension];
  if (format === undefined) throw new UnsupportedFormatError(path.basename(file), extension);
  return format;
}

async function extractText(file: string, format: SourceFormat, bytes: Uint8Array): Promise<string> {
  if (format === "pdf") return readPdfBytes(file, bytes);
  if (format === "docx") return readDocxBytes(file, bytes);
  return readTextBytes(file, bytes);
}

/** Reads a document held in memory; `file` is its name (its extension picks the reader). */
export async function readDocumentBytes(file: string, bytes: Uint8Array): Promise<SourceText> {
  const name = path.basename(file);
  const format = formatOf(name);
  const text = await extractText(name, format, bytes);
  return SourceText.parse({
    file: name,
    format,
    lines: toSourceLines(text),
    contentHash: createHash("sha256").update(bytes).digest("hex"),
  });
}

/**
 * Reads a .txt, .md, .pdf or .docx file into numbered lines with the sha256 of its bytes.
 * Errors: UnsupportedFormatError, EmptyDocumentError, UnreadableDocumentError (read-errors.ts).
 */
export async function readDocument(filePath: string): Promise<SourceText> {
  const name = path.basename(filePath);
  formatOf(name);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnreadableDocumentError(name, `the file cannot be opened (${detail})`);
  }
  return readDocumentBytes(name, bytes);
}
