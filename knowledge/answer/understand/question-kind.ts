import { readFileSync } from "node:fs";
import { z } from "zod";
import { foldText, normalizeText } from "../../../vietnamese/fold.js";
import type { QuestionKind } from "../answer-types.js";
import { questionForms } from "./question-forms.js";

const CueLists = z.object({
  list: z.array(z.string()),
  due: z.array(z.string()),
  coordinators: z.array(z.string()),
  owner: z.array(z.string()),
  ownerStrong: z.array(z.string()),
  confirming: z.array(z.string()),
  deadline: z.array(z.string()),
  score: z.array(z.string()),
  rank: z.array(z.string()),
  budget: z.array(z.string()),
  result: z.array(z.string()),
  resultStrong: z.array(z.string()),
  targetStrong: z.array(z.string()),
  value: z.array(z.string()),
  product: z.array(z.string()),
  total: z.array(z.string()),
  bounds: z.array(z.string()),
  timeOfDay: z.array(z.string()),
  accentOnly: z.array(z.string()),
});
export type CueLists = z.infer<typeof CueLists>;

let cachedCues: CueLists | null = null;

export function loadCues(): CueLists {
  cachedCues ??= CueLists.parse(JSON.parse(readFileSync(new URL("./question-cues.json", import.meta.url), "utf8")));
  return cachedCues;
}

/**
 * The question in the form cues are compared in. "đất" and "đạt" fold to the same "dat", so a
 * question typed with diacritics is compared with the cues as written; only a question typed
 * without any diacritics is compared in folded form.
 */
export interface ComparableText {
  text: string;
  folded: boolean;
}

const minimumAccentedShare = 0.3;

export function comparable(question: string, typed: string = question): ComparableText {
  const folded = foldText(question);
  // Shorthand written out ("qt" → "Quảng Trị") adds diacritics the official did not type, and
  // "Sở KH&CN chu tri nhung gi" has one accented word only: such a question is read folded.
  const words = normalizeText(typed).split(" ").filter((word) => /\p{L}/u.test(word));
  const accentedWords = words.filter((word) => foldText(word) !== word).length;
  const typedWithDiacritics = words.length > 0 && accentedWords / words.length >= minimumAccentedShare;
  return typedWithDiacritics ? { text: normalizeText(question), folded: false } : { text: folded, folded: true };
}

export function cueForm(cue: string, target: ComparableText): string {
  return target.folded ? foldText(cue) : normalizeText(cue);
}

/** Whole-phrase test ("hạn" must not match inside "hạnh"). */
export function hasPhrase(text: string, phrase: string): boolean {
  return phrase !== "" && ` ${text} `.includes(` ${phrase} `);
}

let accentOnly: Set<string> | null = null;

/** Phrases usable for this question: a question without diacritics cannot use those that collide once folded. */
export function usablePhrases(target: ComparableText, phrases: string[]): string[] {
  accentOnly ??= new Set(loadCues().accentOnly.map((phrase) => normalizeText(phrase)));
  const allowed = target.folded ? phrases.filter((phrase) => !accentOnly?.has(normalizeText(phrase))) : phrases;
  return allowed.map((phrase) => cueForm(phrase, target));
}

/** The cues found in the question, in the question's comparable form. */
export function matchedCues(target: ComparableText, cues: string[]): string[] {
  return usablePhrases(target, cues).filter((cue) => hasPhrase(target.text, cue));
}

export interface KindSignals {
  hasAgency: boolean;
  hasPeriod: boolean;
}

/** A fact of a record a question may ask for beside (or instead of) its kind: "ai làm, bao giờ xong" asks for two. */
export type AskedField = "owner" | "coordinators" | "deadline" | "budget" | "product" | "value" | "score";

/** Every fact the question's cue phrases ask for, in a fixed order; the answer shows these first. */
export function askedFields(target: ComparableText): AskedField[] {
  const cues = loadCues();
  const any = (list: string[]) => matchedCues(target, list).length > 0;
  const asks: [AskedField, boolean][] = [
    ["owner", any(cues.ownerStrong) || any(cues.owner) || asksWhichAgency(target)],
    ["coordinators", any(cues.coordinators)],
    ["deadline", any(cues.deadline) || any(cues.due)],
    ["budget", any(cues.budget)],
    ["product", any(cues.product)],
    ["value", any(cues.value) || any(cues.result) || any(cues.targetStrong) || any(cues.resultStrong)],
    ["score", any(cues.score)],
  ];
  return asks.filter(([, asked]) => asked).map(([field]) => field);
}

/**
 * Decides what is asked from cue phrases. Lists come first (an agency or a period plus a list
 * cue), then the more specific single facts before the general ones.
 */
export function detectKind(target: ComparableText, signals: KindSignals): QuestionKind {
  const cues = loadCues();
  const any = (list: string[]) => matchedCues(target, list).length > 0;
  const listCue = any(cues.list);
  const dueCue = any(cues.due);
  if (signals.hasPeriod && (dueCue || (listCue && !any(cues.value)))) return "list-by-period";
  if (signals.hasAgency && listCue) return "list-by-agency";
  // "Sở Xây dựng chủ trì CSDL nào?": an agency, an owner verb and a question word at the end.
  const lastWord = target.text.split(" ").at(-1) ?? "";
  if (signals.hasAgency && any(["chủ trì", "phụ trách"]) && /^(nào|nao|gì|gi)$/.test(lastWord) && !any(cues.deadline)) return "list-by-agency";
  // "Sở Tài chính có trách nhiệm gì?": the agency is given; a duty word without a "who" asks what it does.
  if (signals.hasAgency && asksWhatDuty(target, cues) && !asksWho(target, cues) && !any(cues.deadline)) return "list-by-agency";
  if (any(cues.coordinators) || any(cues.confirming)) return any(cues.confirming) ? "owner" : "coordinators";
  // "Có bao nhiêu doanh nghiệp đang cung cấp dịch vụ?" asks how many: an owner verb without a
  // "who" word ("ai", "nào") is part of what is counted.
  const ownerAsked = asksWho(target, cues) || !any(questionForms().countWords);
  // "Ai chủ trì phân bổ kinh phí …" asks who, whatever the task is about.
  if (ownerAsked && any(cues.ownerStrong)) return "owner";
  // "… nộp trước mấy giờ, thứ mấy?": a time of day asks when; "thứ mấy" beside it is the weekday, not a rank.
  if (any(cues.timeOfDay)) return "deadline";
  // "… ngân sách … được tối đa bao nhiêu điểm?" asks for points, whatever the criterion is about.
  if (any(cues.score)) return "score";
  if (any(cues.budget)) return "budget";
  if (any(cues.deadline.filter((cue) => cue !== "tiến độ")) || endsWithPeriodWord(target)) return "deadline";
  // An explicit "who" beats the words that merely name an indicator ("chỉ tiêu", "tỷ lệ").
  if (ownerAsked && (any(cues.owner) || asksWhichAgency(target))) return "owner";
  if (any(cues.result)) return "result";
  if (any(cues.value)) return "value";
  if (signals.hasAgency && signals.hasPeriod) return "list-by-period";
  // "NV Sở TC trong TCTH?", "nhiem vu cua so tai chinh": an agency and its duties, nothing else asked.
  if (signals.hasAgency && any(["nhiệm vụ", "trách nhiệm"])) return "list-by-agency";
  if (any(cues.deadline)) return "deadline";
  return "general";
}

/** Words allowed between an agency head and its "nào" ("cơ quan báo chí nào", "đơn vị sự nghiệp nào"). */
const maxWordsBetweenHeadAndWhich = 2;

/** "Cơ quan báo chí nào được giao …": a head naming agencies followed closely by "nào" asks which agency. */
export function asksWhichAgency(target: ComparableText): boolean {
  return whichAgencyPhrase(target) !== null;
}

/**
 * The words asking which agency ("cơ quan báo chí nào"), as written in the comparable text: they
 * describe the agency asked for, not the task. Null when the question has none.
 */
export function whichAgencyPhrase(target: ComparableText): string | null {
  const words = target.text.split(" ");
  const which = cueForm("nào", target);
  for (const head of questionForms().agencyAskHeads) {
    const headWords = cueForm(head, target).split(" ");
    for (let start = 0; start + headWords.length <= words.length; start += 1) {
      if (!headWords.every((word, offset) => words[start + offset] === word)) continue;
      const after = words.slice(start + headWords.length, start + headWords.length + maxWordsBetweenHeadAndWhich + 1);
      const end = after.indexOf(which);
      if (end >= 0) return words.slice(start, start + headWords.length + end + 1).join(" ");
    }
  }
  return null;
}

/** The owner cues matched that hold a "who" word of their own ("ai", "đơn vị nào", "do ai"), not only a verb ("chủ trì", "cung cấp"). */
export function asksWho(target: ComparableText, cues: CueLists = loadCues()): boolean {
  if (asksWhichAgency(target)) return true;
  const whoWords = new Set(["ai", "nào"].map((word) => cueForm(word, target)));
  return matchedCues(target, [...cues.ownerStrong, ...cues.owner]).some((cue) => cue.split(" ").some((word) => whoWords.has(word)));
}

/** A duty word asked with "gì": at the end of the question ("… chịu trách nhiệm nội dung gì?") or right after it ("có trách nhiệm gì trong …"). */
function asksWhatDuty(target: ComparableText, cues: CueLists): boolean {
  const what = cueForm("gì", target);
  const duties = matchedCues(target, cues.owner);
  return duties.length > 0 && (target.text.split(" ").at(-1) === what || duties.some((cue) => hasPhrase(target.text, `${cue} ${what}`)));
}

/** "KH hưởng ứng Ngày CĐS 2026: tháng?": a bare period word ends the question and asks which one. */
function endsWithPeriodWord(target: ComparableText): boolean {
  const last = target.text.split(" ").at(-1) ?? "";
  return ["tháng", "quý", "ngày"].some((word) => cueForm(word, target) === last);
}
