/** Errors a reader raises; each names the file and says what to do. */
import { AppError } from "../../errors/app-error.js";

export const supportedExtensions = [".txt", ".md", ".pdf", ".docx"] as const;

export class UnsupportedFormatError extends AppError {
  constructor(
    readonly file: string,
    readonly extension: string,
  ) {
    super(
      "UNSUPPORTED_FORMAT",
      `Cannot read ${file}: the format "${extension || "(no extension)"}" is not supported. ` +
        `Save it as one of ${supportedExtensions.join(", ")} (e.g. convert .doc to .docx) and ingest again.`,
    );
  }
}

export class EmptyDocumentError extends AppError {
  constructor(readonly file: string) {
    super(
      "EMPTY_DOCUMENT",
      `${file} holds no text. If it is a scanned PDF, run OCR on it (or export the original as .docx); ` +
        "otherwise check that the right file was copied into the sources folder.",
    );
  }
}

export class UnreadableDocumentError extends AppError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(
      "UNREADABLE_DOCUMENT",
      `Cannot read ${file}: ${reason}. Open it in an office program to check it is not damaged or ` +
        "password-protected, save a fresh copy (remove any password), and ingest again.",
    );
  }
}

/** A PDF whose pages are pictures (a scan) without a text layer: the words cannot be read without OCR. */
export class NoTextLayerError extends EmptyDocumentError {
  override readonly code = "no-text-layer";

  constructor(
    file: string,
    readonly pages: number,
  ) {
    super(file);
    this.message =
      `${file} is a scanned PDF: its ${pages} page(s) hold only images, no text layer, so nothing can be read from it. ` +
      "Run OCR on it (e.g. ocrmypdf) or get the original .docx or a PDF exported from the office program, then ingest again.";
    this.name = "NoTextLayerError";
  }
}
