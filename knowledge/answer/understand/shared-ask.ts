import { questionForms, sameLengthKey } from "./question-forms.js";
import { escapeRegExp } from "../../../vietnamese/escape-regexp.js";

/** Where agency names stand in the question (NFC offsets): a "và" inside one never splits it ("Sở Khoa học và Công nghệ"). */
export type AgencySpans = (question: string) => { start: number; end: number }[];

/** A verb that opens the ask after a subject ("… được bao nhiêu điểm", "… là bao nhiêu"), folded. */
const askVerbs = new Set(["duoc", "la", "co", "dat", "chiem", "do"]);

/** Where the first question word ("bao nhiêu", "ai", "khi nào") starts in the folded text; -1 when none. */
function firstQuestionWord(key: string): number {
  let first = -1;
  for (const phrase of questionForms().questionWords) {
    const folded = sameLengthKey(phrase.normalize("NFC"));
    if (!folded) continue;
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(folded)}(?![\\p{L}\\p{N}])`, "u").exec(key);
    if (found && (first < 0 || found.index < first)) first = found.index;
  }
  return first;
}

/**
 * "Hoạt động kinh tế số và hoạt động xã hội số được bao nhiêu điểm tối đa?": two subjects that
 * share one ask, written once at the end. Gives the question once per subject, each with the ask
 * ("Hoạt động kinh tế số được bao nhiêu điểm tối đa?", "hoạt động xã hội số được …"); empty when
 * the question is not of that form: one "và" outside agency names, no question word before it.
 */
export function subjectsSharingAsk(question: string, agencySpans: AgencySpans): string[] {
  const text = question.normalize("NFC").trim().replace(/[?？!.…]+$/u, "").trim();
  const key = sameLengthKey(text);
  if (key === null) return [];
  const spans = agencySpans(text);
  const joins = [...key.matchAll(/\s+(?:va|\+|&)\s+/gu)].filter((match) => !spans.some((span) => match.index < span.end && match.index + match[0].length > span.start));
  const [join] = joins;
  if (!join || joins.length !== 1) return [];
  const first = text.slice(0, join.index).trim();
  const rest = text.slice(join.index + join[0].length).trim();
  const restKey = key.slice(join.index + join[0].length).trim();
  let askStart = firstQuestionWord(restKey);
  if (askStart <= 0 || firstQuestionWord(sameLengthKey(first) ?? "") >= 0) return [];
  // The ask opens with the verb or the ask word before its question word: "… được bao nhiêu", "… kinh phí bao nhiêu".
  const before = restKey.slice(0, askStart).trimEnd();
  const verb = before.split(" ").at(-1) ?? "";
  const head = questionForms()
    .askHeads.map((phrase) => sameLengthKey(phrase.normalize("NFC")) ?? "")
    .filter((phrase) => phrase !== "" && (before === phrase || before.endsWith(` ${phrase}`)))
    .sort((left, right) => right.length - left.length)[0];
  if (head) askStart = before.length - head.length;
  else if (askVerbs.has(verb)) askStart = before.length - verb.length;
  // "… và hoạt động xã hội số mỗi chỉ số được bao nhiêu điểm": "mỗi …" says the ask is for each, not what it is about.
  const each = rest.slice(0, askStart).search(/(?<![\p{L}\p{N}])mỗi(?![\p{L}\p{N}])/u);
  const second = rest.slice(0, each > 0 ? each : askStart).trim();
  if (second === "" || first.split(/\s+/).length < 2) return [];
  const ask = rest.slice(askStart).trim();
  return [`${first} ${ask}?`, each > 0 ? `${second} ${ask}?` : `${rest}?`];
}
