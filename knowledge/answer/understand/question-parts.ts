import type { QuestionKind } from "../answer-types.js";
import { formWordsIn, opensWithFormWord, questionForms, sameLengthKey } from "./question-forms.js";
import { comparable, detectKind } from "./question-kind.js";
import { escapeRegExp } from "../../../vietnamese/escape-regexp.js";

/** What the answerer understands of a stretch of a question. */
export interface PartReading {
  kind: QuestionKind;
  /** The subject, "·" where words were removed; empty when the stretch names none. */
  topic: string;
  years: string[];
}

export interface PartReader {
  read(question: string): PartReading;
  /** Where agency names stand in the question (NFC offsets): "Sở Khoa học và Công nghệ" is never cut at "và". */
  agencySpans(question: string): { start: number; end: number }[];
  /** The words that name a document ("kh nang cao dti"), carried with the subject into an ask that names none. */
  documentPhrases(question: string): string[];
}

interface Span {
  start: number;
  end: number;
}

const listKinds: ReadonlySet<QuestionKind> = new Set<QuestionKind>(["list-by-agency", "list-by-period"]);
const alternation = (phrases: string[]) =>
  [...new Set(phrases.map((phrase) => sameLengthKey(phrase.normalize("NFC")) ?? phrase))]
    .sort((left, right) => right.length - left.length)
    .map((phrase) => phrase.split(" ").map(escapeRegExp).join("\\s+"))
    .join("|");
const topicWords = (topic: string) => topic.split(" ").filter((token) => token !== "" && token !== "·");

/**
 * Splits a question that asks several things into one question per ask, each standing alone:
 * "chỉ tiêu … năm 2025 và 2026" gives one question per year; "ai chủ trì và ai phối hợp X?",
 * "ai chủ trì X, hạn khi nào?" give one question per ask, the subject named once carried into
 * the asks that name none, and words before the first ask ("Theo KH 429, …") kept in every part.
 * A question with one ask, a list question, or asks that read the same come back whole.
 */
export function splitQuestion(question: string, reader: PartReader): string[] {
  return splitQuestionParts(question, reader).map((part) => part.text);
}

/** One ask of a question; `borrowsSubject` when it names no subject and asks about the one another part names ("…, hạn khi nào?"). */
export interface QuestionPart {
  text: string;
  borrowsSubject: boolean;
}

export function splitQuestionParts(question: string, reader: PartReader): QuestionPart[] {
  const whole = [{ text: question, borrowsSubject: false }];
  const text = question.normalize("NFC").trim().replace(/[?？!.…]+$/u, "").trim();
  const key = sameLengthKey(text);
  if (key === null || text === "") return whole;
  // The text is read first; the answerer's reading (which costs more) only once a split is found.
  const isList = (part: string) => listKinds.has(reader.read(part).kind);
  const byYear = splitYearList(text, key).map(withoutComparison);
  if (byYear.length > 1) return isList(text) || byYear.some(isList) ? whole : byYear.map((part) => ({ text: part, borrowsSubject: false }));
  const parts = splitAsks(text, key, reader).map((part) => ({ ...part, text: withoutComparison(part.text) }));
  return parts.length > 1 && !isList(text) ? parts : whole;
}

let comparisonPattern: RegExp | null = null;

/** "So sánh …" asks for the parts side by side: each part is asked without it. */
function withoutComparison(part: string): string {
  comparisonPattern ??= new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(questionForms().comparisonWords)})(?![\\p{L}\\p{N}])`, "gu");
  const key = sameLengthKey(part);
  if (key === null) return part;
  const spans = [...key.matchAll(comparisonPattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  let result = part;
  for (const span of spans.reverse()) result = `${result.slice(0, span.start)} ${result.slice(span.end)}`;
  return result.replace(/\s+/g, " ").replace(/^[\s,;:]+/u, "").trim();
}

/** "năm 2025 và 2026", "2025, 2026 hay 2030": the question once per year. A range ("2026 - 2030") is one period. */
let yearListPattern: RegExp | null = null;
let separatorPattern: RegExp | null = null;

function splitYearList(text: string, key: string): string[] {
  if (!yearListPattern) {
    const joiners = alternation(questionForms().yearJoiners);
    const year = "(?:19|20)\\d{2}";
    yearListPattern = new RegExp(`(?<![\\p{L}\\p{N}/])(nam\\s+)?${year}(?:\\s*(?:[,;]|${joiners})\\s*(?:nam\\s+)?${year})+(?![\\p{L}\\p{N}/])`, "gu");
  }
  for (const match of key.matchAll(yearListPattern)) {
    const before = key.slice(0, match.index).trimEnd();
    const after = key.slice(match.index + match[0].length).trimStart();
    if (/[-–/]$|\b(?:tu|den)$/u.test(before) || /^[-–/]/u.test(after)) continue;
    const years = match[0].match(/(?:19|20)\d{2}/g) ?? [];
    const lead = match[1] ? text.slice(match.index, match.index + match[1].length) : "";
    const head = text.slice(0, match.index);
    const tail = text.slice(match.index + match[0].length);
    return [...new Set(years)].map((one) => `${head}${lead}${one}${tail}?`);
  }
  return [];
}

/** Stretches of the question between "," ";" and the joining words, outside agency names. */
function pieces(text: string, key: string, reader: PartReader): Span[] {
  if (!separatorPattern) {
    const joiners = alternation(questionForms().partJoiners);
    separatorPattern = new RegExp(`\\s*(?:(?<!\\d)[,;]|[,;](?!\\d))\\s*(?:(?:${joiners})\\s+)?|\\s+(?:${joiners})\\s+`, "gu");
  }
  let kept: { start: number; end: number }[] | null = null;
  const result: Span[] = [];
  let start = 0;
  for (const match of key.matchAll(separatorPattern)) {
    const at = match.index;
    kept ??= reader.agencySpans(text);
    if (kept.some((span) => at < span.end && at + match[0].length > span.start)) continue;
    if (at > start) result.push({ start, end: at });
    start = at + match[0].length;
  }
  if (start < text.length) result.push({ start, end: text.length });
  return result;
}

/**
 * A stretch asks something of its own: strongly with a question word or a yes/no marker; weakly
 * when it opens with an ask word ("thời hạn …") or names a year with a kind ("mục tiêu 2026").
 */
function askStrength(piece: string): "strong" | "weak" | null {
  const forms = questionForms();
  if (formWordsIn(piece, forms.questionWords).length > 0 || formWordsIn(piece, forms.yesNoMarkers).length > 0) return "strong";
  if (opensWithFormWord(piece, forms.askHeads)) return "weak";
  const hasYear = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}])/u.test(piece);
  return hasYear && detectKind(comparable(piece), { hasAgency: false, hasPeriod: false }) !== "general" ? "weak" : null;
}

function splitAsks(text: string, key: string, reader: PartReader): QuestionPart[] {
  const spans = pieces(text, key, reader);
  if (spans.length < 2) return [];
  const strengths = spans.map((span) => askStrength(text.slice(span.start, span.end)));
  const firstAsk = strengths.findIndex((strength) => strength !== null);
  if (firstAsk < 0 || strengths.filter((strength) => strength !== null).length < 2) return [];
  // Words before the first ask that only name a document ("Theo KH 429, …") belong to every part; a subject there belongs to the first ask.
  const lead = text.slice(0, spans[firstAsk]?.start ?? 0);
  const prefix = topicWords(reader.read(lead).topic).length === 0 ? lead : "";
  const groups: { text: string; strength: "strong" | "weak" }[] = [];
  spans.forEach((span, index) => {
    const strength = strengths[index];
    if (strength === null || strength === undefined) return;
    const next = strengths.findIndex((other, later) => later > index && other !== null);
    const start = groups.length === 0 && prefix === "" ? 0 : span.start;
    groups.push({ text: text.slice(start, next < 0 ? text.length : (spans[next - 1]?.end ?? span.end)).trim(), strength });
  });
  const own = groups.map((group) => topicWords(reader.read(group.text).topic));
  // Two stretches that each name a subject are two questions only if each asks with a question word:
  // "kinh phí dự án A, cơ sở dữ liệu B … đúng không?" is one subject written with a comma.
  if (own.filter((words) => words.length > 0).length > 1 && groups.some((group, index) => group.strength === "weak" && (own[index]?.length ?? 0) > 0)) return [];
  // An ask that names no subject ("hạn khi nào") is about the subject another ask names; a document named once is every part's.
  const donorIndex = own.reduce((best, words, index) => (words.length > (own[best]?.length ?? 0) ? index : best), 0);
  const donorTopic = own[donorIndex] ?? [];
  const donorYears = reader.read(groups[donorIndex]?.text ?? "").years.map((year) => `năm ${year}`);
  const documents = reader.documentPhrases(text);
  const parts = groups.map((group, index) => {
    const part = `${prefix}${group.text}`;
    if ((own[index]?.length ?? 0) > 0) return [part, ...(reader.documentPhrases(part).length > 0 ? [] : documents)].join(" ");
    const years = reader.read(part).years.length > 0 ? [] : donorYears;
    return [part, ...(reader.documentPhrases(part).length > 0 ? [] : documents), ...donorTopic, ...years].join(" ");
  });
  const readings = parts.map((part) => reader.read(part));
  if (readings.some((reading) => listKinds.has(reading.kind))) return [];
  const signatures = new Set(readings.map((reading, index) => [reading.kind, reading.years.join(","), topicWords(reading.topic).join(" "), reader.documentPhrases(parts[index] ?? "").join(",")].join("|")));
  return signatures.size === parts.length ? parts.map((part, index) => ({ text: `${part}?`, borrowsSubject: (own[index]?.length ?? 0) === 0 })) : [];
}
