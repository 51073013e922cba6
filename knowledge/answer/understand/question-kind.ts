import { readFileSync } from "node:fs";
import { z } from "zod";
import type { QuestionKind } from "../answer-types.js";

const CueLists = z.object({
  list: z.array(z.string()),
  due: z.array(z.string()),
  coordinators: z.array(z.string()),
  owner: z.array(z.string()),
  confirming: z.array(z.string()),
  deadline: z.array(z.string()),
  score: z.array(z.string()),
  budget: z.array(z.string()),
  result: z.array(z.string()),
  value: z.array(z.string()),
  product: z.array(z.string()),
});
export type CueLists = z.infer<typeof CueLists>;

let cachedCues: CueLists | null = null;

export function loadCues(): CueLists {
  cachedCues ??= CueLists.parse(JSON.parse(readFileSync(new URL("./question-cues.json", import.meta.url), "utf8")));
  return cachedCues;
}

/** Whole-phrase test on folded text ("han" must not match inside "hanh"). */
export function hasPhrase(folded: string, phrase: string): boolean {
  return ` ${folded} `.includes(` ${phrase} `);
}

export function matchedCues(folded: string, cues: string[]): string[] {
  return cues.filter((cue) => hasPhrase(folded, cue));
}

export interface KindSignals {
  hasAgency: boolean;
  hasPeriod: boolean;
}

/**
 * Decides what is asked from cue phrases. Lists come first (an agency or a period plus a list
 * cue), then the more specific single facts before the general ones.
 */
export function detectKind(folded: string, signals: KindSignals): QuestionKind {
  const cues = loadCues();
  const any = (list: string[]) => list.some((cue) => hasPhrase(folded, cue));
  const listCue = any(cues.list);
  const dueCue = any(cues.due);
  if (signals.hasPeriod && (dueCue || (listCue && !any(cues.value)))) return "list-by-period";
  if (signals.hasAgency && listCue) return "list-by-agency";
  if (any(cues.coordinators) || any(cues.confirming)) return any(cues.confirming) ? "owner" : "coordinators";
  if (any(cues.budget)) return "budget";
  if (any(cues.score)) return "score";
  if (any(cues.deadline.filter((cue) => cue !== "tien do"))) return "deadline";
  if (any(cues.result)) return "result";
  if (any(cues.value)) return "value";
  if (any(cues.owner)) return "owner";
  if (signals.hasAgency && signals.hasPeriod) return "list-by-period";
  if (any(cues.deadline)) return "deadline";
  return "general";
}
