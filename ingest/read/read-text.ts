import { EmptyDocumentError, UnreadableDocumentError } from "./read-errors.js";

/**
 * Reads a plain text or Markdown file's bytes as UTF-8 (a leading BOM is dropped).
 * Throws UnreadableDocumentError for bytes that are not UTF-8 text, EmptyDocumentError when
 * nothing but whitespace remains.
 */
export function readTextBytes(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableDocumentError(file, "the bytes are not valid UTF-8 text");
  }
  if (text.includes("\u0000")) throw new UnreadableDocumentError(file, "the file is binary, not text");
  const withoutBom = text.replace(/^\uFEFF/, "");
  if (withoutBom.trim() === "") throw new EmptyDocumentError(file);
  return withoutBom;
}
