import { z } from "zod";

/**
 * What every reader produces: the document as numbered lines of text (1-based, NFC).
 * Layout parsers work on these lines; a citation quotes them verbatim.
 */
export const SourceFormat = z.enum(["text", "markdown", "pdf", "docx"]);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const SourceLine = z.object({
  line: z.number().int().positive(),
  text: z.string(),
});
export type SourceLine = z.infer<typeof SourceLine>;

export const SourceText = z.object({
  /** File name inside the sources folder, e.g. "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md". */
  file: z.string().min(1),
  format: SourceFormat,
  /** Every line of the extracted text, in order; `lines[i].line === i + 1`. */
  lines: z.array(SourceLine),
  /** sha256 of the file's bytes, for the manifest. */
  contentHash: z.string(),
});
export type SourceText = z.infer<typeof SourceText>;

/** Splits extracted text into numbered lines, normalising to NFC and Unix line ends. */
export function toSourceLines(text: string): SourceLine[] {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((lineText, index) => ({ line: index + 1, text: lineText }));
}
