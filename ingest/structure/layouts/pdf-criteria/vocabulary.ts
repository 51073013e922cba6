import { readFileSync } from "node:fs";
import { z } from "zod";

const CriteriaVocabulary = z.object({
  /** Words that begin an agency name ("Sở", "Trung tâm", "UBND"…): where a unit cell may start. */
  agencyHeads: z.array(z.string().min(1)),
  /** An agency head right after one of these is part of the same name ("Văn phòng UBND tỉnh"). */
  headsNotStartingAfter: z.array(z.string().min(1)),
  /** Words a Vietnamese sentence cannot end with: a line ending with one continues on the next. */
  continuationWords: z.array(z.string().min(1)),
  /** Openings of the guidance column ("1. Nội dung thực hiện:", "2. Điều kiện đảm bảo:"). */
  guidanceStarts: z.array(z.string().min(1)),
  /** Row label for an overall ranking written in prose before the per-pillar scores. */
  overallRankLabel: z.string().min(1),
  scoreTableHeaders: z.object({
    itemNumber: z.string(),
    name: z.string(),
    maxPoints: z.string(),
    scorePrefix: z.string(),
    rankPrefix: z.string(),
  }),
});
export type CriteriaVocabulary = z.infer<typeof CriteriaVocabulary>;

let cachedVocabulary: CriteriaVocabulary | null = null;

/** Agency head words and fixed labels of the criteria layout, kept in vocabulary.json apart from code. */
export function loadCriteriaVocabulary(): CriteriaVocabulary {
  cachedVocabulary ??= CriteriaVocabulary.parse(
    JSON.parse(readFileSync(new URL("./vocabulary.json", import.meta.url), "utf8")),
  );
  return cachedVocabulary;
}
