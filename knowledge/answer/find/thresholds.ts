import { readFileSync } from "node:fs";
import { z } from "zod";

/** Retrieval thresholds, set on the eval suite (see docs/decisions/answer-thresholds.md). */
export const Thresholds = z.object({
  candidateLimit: z.number().int().positive(),
  minCoverage: z.number().min(0).max(1),
  tieMargin: z.number().min(0),
  /** A match in another document whose coverage is within this of the best's is the same task written there too. */
  otherDocumentCoverageMargin: z.number().min(0).max(1),
  /** …when the best match covers at least this much of the question. */
  otherDocumentMinCoverage: z.number().min(0).max(1),
  itemNumberBonus: z.number().min(0),
  preferredKindBonus: z.number().min(0),
  yearInTitleBonus: z.number().min(0),
  preferredFileBonus: z.number().min(0),
  passageMinCoverage: z.number().min(0).max(1),
  passageMinTopicWords: z.number().int().min(1),
  /** A sentence that writes a number right before what a "how many" question counts needs less of the subject. */
  countedMinCoverage: z.number().min(0).max(1),
  passageCandidates: z.number().int().positive(),
  maxListItems: z.number().int().positive(),
});
export type Thresholds = z.infer<typeof Thresholds>;

export function loadThresholds(): Thresholds {
  return Thresholds.parse(JSON.parse(readFileSync(new URL("./thresholds.json", import.meta.url), "utf8")));
}
