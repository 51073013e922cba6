import { readFileSync } from "node:fs";
import { z } from "zod";
import { foldText } from "../../vietnamese/fold.js";

const DeadlineWordsFile = z.object({
  dueWords: z.array(z.string().min(1)),
  overdue: z.array(z.string().min(1)),
  soon: z.array(z.string().min(1)),
  connectors: z.array(z.string().min(1)),
});

/** The wording of deadline questions (deadline-words.json), folded for matching. */
export interface DeadlineWords {
  dueWords: string[];
  overdue: string[];
  soon: string[];
  connectors: string[];
}

let cached: DeadlineWords | null = null;

export function deadlineWords(): DeadlineWords {
  if (cached) return cached;
  const raw: unknown = JSON.parse(readFileSync(new URL("./deadline-words.json", import.meta.url), "utf8"));
  const parsed = DeadlineWordsFile.parse(raw);
  const fold = (list: string[]) => list.map((phrase) => foldText(phrase)).filter((phrase) => phrase !== "");
  cached = {
    dueWords: fold(parsed.dueWords),
    overdue: fold(parsed.overdue),
    soon: fold(parsed.soon),
    connectors: fold([...parsed.connectors, "năm", "tháng", "quý", "ngày", "tuần", "trước", "đến", "từ", "tới", "sắp"]),
  };
  return cached;
}

/** True when the folded, space-separated text holds the folded phrase as whole words. */
export function holdsPhrase(foldedText: string, phrase: string): boolean {
  return ` ${foldedText} `.includes(` ${phrase} `);
}
