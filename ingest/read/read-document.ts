import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DocumentModel } from "../document/document-model.js";
import { markdownBlocks } from "./markdown/markdown-blocks.js";
import { readDocxBytes } from "./read-docx.js";
import { UnreadableDocumentError, UnsupportedFormatError } from "./read-errors.js";
import { readPdfBytes } from "./read-pdf.js";
import { readTextBytes } from "./read-text.js";
import type { Rendition } from "./rendition.js";
import { toSourceLines, type SourceFormat } from "./source-text.js";
import { errorMessage } from "../../errors/error-message.js";

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

async function render(file: string, format: SourceFormat, bytes: Uint8Array): Promise<Rendition> {
  if (format === "pdf") return readPdfBytes(file, bytes);
  if (format === "docx") return readDocxBytes(file, bytes);
  // Text and Markdown: the file's own lines. Markdown's structure comes from a CommonMark/GFM
  // parser; plain text has none, and the line-based layout readers find its tables downstream.
  const text = readTextBytes(file, bytes);
  return { lines: [text], blocks: format === "markdown" ? markdownBlocks(text) : [], furniture: [], warnings: [] };
}

/** Reads a document held in memory; `file` is its name (its extension picks the reader). */
export async function readDocumentBytes(file: string, bytes: Uint8Array): Promise<DocumentModel> {
  const name = path.basename(file);
  const format = formatOf(name);
  const rendition = await render(name, format, bytes);
  return DocumentModel.parse({
    file: name,
    format,
    lines: toSourceLines(rendition.lines.join("\n")),
    blocks: rendition.blocks,
    furniture: rendition.furniture,
    warnings: rendition.warnings,
    contentHash: createHash("sha256").update(bytes).digest("hex"),
  });
}

/**
 * Reads a .txt, .md, .pdf or .docx file into the document model: numbered lines (the text
 * rendition citations quote), blocks with provenance, page furniture, and the sha256 of its bytes.
 * Errors: UnsupportedFormatError, EmptyDocumentError, UnreadableDocumentError, and
 * NoTextLayerError for a scanned PDF (read-errors.ts).
 */
export async function readDocument(filePath: string): Promise<DocumentModel> {
  const name = path.basename(filePath);
  formatOf(name);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const detail = errorMessage(error);
    throw new UnreadableDocumentError(name, `the file cannot be opened (${detail})`);
  }
  return readDocumentBytes(name, bytes);
}
