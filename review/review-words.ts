import { readFileSync } from "node:fs";
import { z } from "zod";

const ReviewWords = z.object({
  recordKinds: z.record(z.string(), z.string()),
  valueKinds: z.record(z.string(), z.string()),
  layouts: z.record(z.string(), z.string()),
  otherLayout: z.string(),
  /** Record fields a row can take from its parent row ("owners", "deadline"). */
  fields: z.record(z.string(), z.string()),
});
export type ReviewWords = z.infer<typeof ReviewWords>;

let cached: ReviewWords | null = null;

/** The Vietnamese names of record kinds, value kinds and table layouts, kept as data in review-words.json. */
export function reviewWords(): ReviewWords {
  cached ??= ReviewWords.parse(JSON.parse(readFileSync(new URL("./review-words.json", import.meta.url), "utf8")));
  return cached;
}
