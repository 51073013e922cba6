import { readFileSync } from "node:fs";
import { z } from "zod";

const PdfBlocksVocabulary = z.object({
  /** Words that begin an agency name: where an owner or coordinator cell may start. */
  agencyStarts: z.array(z.string().min(1)),
  /** Words that begin a result/product cell ("Kế hoạch", "Báo cáo"…). */
  productStarts: z.array(z.string().min(1)),
  /** Regular expressions (case-insensitive, on the whole cell) of deadline cells. */
  deadlinePatterns: z.array(z.string().min(1)),
  /** Endings after which a narrow cell must continue on the next line ("Sở Khoa học và", "ngành,"). */
  danglingEndings: z.array(z.string().min(1)),
  /** Unit words of indicator tables ("%", "Người", "Doanh nghiệp"…). */
  indicatorUnitWords: z.array(z.string().min(1)),
  /** Heading that gives the target year of the indicator rows below it ("Đến năm 2030"). */
  yearSectionPattern: z.string().min(1),
  /** Header text emitted for the value column; "{year}" is replaced by the section's year. */
  indicatorValueHeader: z.string().includes("{year}"),
});
export type PdfBlocksVocabulary = z.infer<typeof PdfBlocksVocabulary>;

let cachedVocabulary: PdfBlocksVocabulary | null = null;

/** The word lists of the pdf-blocks layout, kept in vocabulary.json apart from code. */
export function loadVocabulary(): PdfBlocksVocabulary {
  cachedVocabulary ??= PdfBlocksVocabulary.parse(
    JSON.parse(readFileSync(new URL("./vocabulary.json", import.meta.url), "utf8")),
  );
  return cachedVocabulary;
}
