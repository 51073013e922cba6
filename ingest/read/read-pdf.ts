import { getDocument, restoreNativeBuiltins, type PDFDocumentProxy } from "./pdf/pdfjs.js";
import { assemblePages } from "./pdf/assemble.js";
import { findFurniture } from "./pdf/furniture.js";
import { addTextTables, layoutPage, type PageLayout } from "./pdf/page-layout.js";
import { readPageContent } from "./pdf/page-content.js";
import { EmptyDocumentError, NoTextLayerError, UnreadableDocumentError } from "./read-errors.js";
import type { Rendition } from "./rendition.js";
import { errorMessage } from "../../errors/error-message.js";

function describeFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  const detail = errorMessage(error);
  if (name === "PasswordException" || /password|encrypt/i.test(detail)) return `the PDF is encrypted (password-protected: ${detail})`;
  return `the PDF is damaged or not a PDF (${detail})`;
}

async function openPdf(file: string, bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    return await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  } catch (error) {
    throw new UnreadableDocumentError(file, describeFailure(error));
  }
}

/**
 * Reads a PDF through pdf.js: words with their positions and the ruling lines of each page,
 * rebuilt into tables (cells with spans, continued over page breaks), paragraphs in reading order
 * and page furniture. Throws UnreadableDocumentError for a broken or encrypted PDF,
 * NoTextLayerError for a scan (images, no text layer) and EmptyDocumentError for a PDF without text.
 */
export async function readPdfBytes(file: string, bytes: Uint8Array): Promise<Rendition> {
  const pdf = await openPdf(file, bytes);
  try {
    const pages: PageLayout[] = [];
    let words = 0;
    let images = 0;
    for (let number = 1; number <= pdf.numPages; number += 1) {
      let content;
      try {
        const page = await pdf.getPage(number);
        content = await readPageContent(page);
        page.cleanup();
      } catch (error) {
        throw new UnreadableDocumentError(file, `${describeFailure(error)} on page ${number}`);
      }
      words += content.words.length;
      images += content.images;
      pages.push(layoutPage(content));
    }
    if (words === 0) throw images > 0 ? new NoTextLayerError(file, pdf.numPages) : new EmptyDocumentError(file);
    const furniture = findFurniture(pages);
    return assemblePages(pages.map((page) => addTextTables(page, furniture)));
  } finally {
    await pdf.destroy().catch(() => undefined);
    restoreNativeBuiltins(); // pdf.js's worker module, loaded with the first document, replaced them again
  }
}
