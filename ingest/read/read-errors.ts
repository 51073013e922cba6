/** Errors a reader raises; each names the file and says what to do. */

export const supportedExtensions = [".txt", ".md", ".pdf", ".docx"] as const;

export class UnsupportedFormatError extends Error {
  constructor(
    readonly file: string,
    readonly extension: string,
  ) {
    super(
      `Cannot read ${file}: the format "${extension || "(no extension)"}" is not supported. ` +
        `Save it as one of ${supportedExtensions.join(", ")} (e.g. convert .doc to .docx) and ingest again.`,
    );
    this.name = "UnsupportedFormatError";
  }
}

export class EmptyDocumentError extends Error {
  constructor(readonly file: string) {
    super(
      `${file} holds no text. If it is a scanned PDF, run OCR on it (or export the original as .docx); ` +
        "otherwise check that the right file was copied into the sources folder.",
    );
    this.name = "EmptyDocumentError";
  }
}

export class UnreadableDocumentError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(
      `Cannot read ${file}: ${reason}. Open it in an office program to check it is not damaged or ` +
        "password-protected, save a fresh copy (remove any password), and ingest again.",
    );
    this.name = "UnreadableDocumentError";
  }
}

/** A PDF whose pages are pictures (a scan) without a text layer: the words cannot be read without OCR. */
export class NoTextLayerError extends EmptyDocumentError {
  readonly code = "no-text-layer";

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
