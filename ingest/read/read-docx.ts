import mammoth from "mammoth";
import { htmlToRendition } from "./docx/html-blocks.js";
import { EmptyDocumentError, UnreadableDocumentError } from "./read-errors.js";
import type { Rendition } from "./rendition.js";
import { errorMessage } from "../../errors/error-message.js";

/** Local-file-header signature every DOCX (a zip archive) starts with. */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads a DOCX: mammoth turns it into HTML, read into blocks (headings, paragraphs, list items,
 * tables with spans and header rows) and their text rendition. Throws UnreadableDocumentError for
 * a damaged or password-protected file and EmptyDocumentError when it holds no text.
 */
export async function readDocxBytes(file: string, bytes: Uint8Array): Promise<Rendition> {
  if (!looksLikeZip(bytes)) {
    const encrypted = bytes.length > 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    throw new UnreadableDocumentError(
      file,
      encrypted ? "it is password-protected (or an old .doc file renamed to .docx)" : "it is not a valid DOCX (zip) file",
    );
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    html = result.value;
  } catch (error) {
    const detail = errorMessage(error);
    throw new UnreadableDocumentError(file, `the DOCX is damaged (${detail})`);
  }
  const rendition = htmlToRendition(html);
  if (rendition.lines.every((line) => line.replace(/\t/g, "").trim() === "")) throw new EmptyDocumentError(file);
  return rendition;
}
