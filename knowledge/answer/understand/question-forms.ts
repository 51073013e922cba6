import { readFileSync } from "node:fs";
import { z } from "zod";
import { expandShorthand } from "../../../vietnamese/glossary/chat-shorthand.js";
import { foldDiacritics } from "../../../vietnamese/fold.js";
import { comparable, matchedCues } from "./question-kind.js";

const QuestionFormsFile = z.object({
  partJoiners: z.array(z.string().min(1)),
  yearJoiners: z.array(z.string().min(1)),
  questionWords: z.array(z.string().min(1)),
  askHeads: z.array(z.string().min(1)),
  yesNoMarkers: z.array(z.string().min(1)),
  yesNoFinals: z.array(z.string().min(1)),
  yesNoOpen: z.array(z.string().min(1)),
  yesNoClose: z.array(z.string().min(1)),
  ownerAsk: z.string().min(1),
  accentOnly: z.array(z.string().min(1)),
  comparisonWords: z.array(z.string().min(1)),
  /** "Cơ quan báo chí nào …", "đơn vị sự nghiệp nào": a head naming agencies, then "nào" a word or two later, asks which agency. */
  agencyAskHeads: z.array(z.string().min(1)),
  /** Words a position opens with ("trưởng ban", "thường trực"): "ai làm Trưởng ban …" asks who holds it, "ai làm …" otherwise who does a task. */
  positionHeads: z.array(z.string().min(1)),
  countWords: z.array(z.string().min(1)),
  countHeads: z.array(z.string().min(1)),
  countStops: z.array(z.string().min(1)),
  scopeHeads: z.array(z.string().min(1)),
});
export type QuestionForms = z.infer<typeof QuestionFormsFile>;

let cached: QuestionForms | null = null;

/** The form words of question-forms.json. */
export function questionForms(): QuestionForms {
  cached ??= QuestionFormsFile.parse(JSON.parse(readFileSync(new URL("./question-forms.json", import.meta.url), "utf8")));
  return cached;
}

/** Lower case and folded, the same length as the NFC text (Vietnamese letters fold one to one); null when not. */
export function sameLengthKey(text: string): string | null {
  const key = foldDiacritics(text.toLowerCase());
  return key.length === text.length ? key : null;
}

/** The phrases of `list` usable for this text: one typed without diacritics cannot use those that collide once folded. */
export function usableFormWords(text: string, list: string[]): string[] {
  if (!comparable(text).folded) return list;
  const accentOnly = new Set(questionForms().accentOnly.map((phrase) => phrase.normalize("NFC")));
  return list.filter((phrase) => !accentOnly.has(phrase.normalize("NFC")));
}

/** The phrases of `list` the text holds, compared as the question-kind cues are (diacritics kept when typed). */
export function formWordsIn(text: string, list: string[]): string[] {
  return matchedCues(comparable(text), usableFormWords(text, list));
}

/** Chat shorthand for "không" ("ko", "k0" of chat-shorthand.json) written out; other words stay as typed. */
export function withNegationWrittenOut(text: string): string {
  const close = new Set(questionForms().yesNoClose.map((word) => word.normalize("NFC").toLowerCase()));
  return text.normalize("NFC").replace(/[\p{L}\p{N}]+/gu, (word) => {
    const expanded = expandShorthand(word).toLowerCase();
    return expanded !== word.toLowerCase() && close.has(expanded) ? expandShorthand(word) : word;
  });
}

/** True when the text opens with one of the phrases ("thời hạn hoàn thành …"). */
export function opensWithFormWord(text: string, list: string[]): boolean {
  const target = comparable(text);
  return matchedCues(target, list).some((phrase) => target.text === phrase || target.text.startsWith(`${phrase} `));
}
