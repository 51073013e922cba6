import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import { findPeriodSpans } from "../../../vietnamese/periods.js";
import type { QuestionKind } from "../answer-types.js";
import { documentHints } from "./document-hints.js";
import { formWordsIn, questionForms, sameLengthKey, usableFormWords, withNegationWrittenOut } from "./question-forms.js";
import { abbreviator } from "../../../vietnamese/glossary/abbreviator.js";
import { escapeRegExp } from "../../../vietnamese/escape-regexp.js";

/** What a yes/no question claims: an agency (in a role), a period, or a number. */
export type Claim =
  | { type: "agency"; canonical: string; written: string; role: "owner" | "coordinator" }
  | { type: "period"; written: string; from: string; to: string }
  | { type: "number"; written: string; value: number };

export interface YesNoQuestion {
  /** The question the claim is checked against: the yes/no words and the claim taken out. */
  underlying: string;
  claim: Claim;
  /** "có … không" asks whether something is so ("Có — …"); "có phải", "đúng không" whether a statement is right ("Đúng — …"). */
  form: "statement" | "existence";
}

export interface YesNoReader {
  kind(question: string): QuestionKind;
  glossary: Glossary;
  documents: DocumentInfo[];
}

interface Span {
  start: number;
  end: number;
}

const valueKinds: ReadonlySet<QuestionKind> = new Set<QuestionKind>(["value", "result", "score", "budget"]);

const phrasePatterns = new Map<string, RegExp>();

function phrasePattern(phrase: string): RegExp {
  let pattern = phrasePatterns.get(phrase);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${phrase.split(" ").map(escapeRegExp).join("\\s+")}(?![\\p{L}\\p{N}])`, "gu");
    phrasePatterns.set(phrase, pattern);
  }
  return pattern;
}

function phraseSpans(key: string, phrases: string[]): Span[] {
  const spans: Span[] = [];
  const folded = [...new Set(phrases.map((phrase) => foldText(phrase)))].sort((left, right) => right.length - left.length);
  for (const phrase of folded) {
    for (const match of key.matchAll(phrasePattern(phrase))) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (!spans.some((other) => span.start < other.end && span.end > other.start)) spans.push(span);
    }
  }
  return spans;
}

function without(text: string, spans: Span[]): string {
  let result = text;
  for (const span of [...spans].sort((left, right) => right.start - left.start)) result = `${result.slice(0, span.start)} ${result.slice(span.end)}`;
  return result.replace(/\s+([,;])/g, "$1").replace(/^[\s,;]+|[\s,;]+$/g, "").replace(/\s+/g, " ");
}

/** Reading a number as written in Vietnamese: "74,2" is 74.2, "1.000" is 1000. */
export function readNumber(written: string): number {
  const digits = written.replace(/\s/g, "");
  const plain = /^\d{1,3}(\.\d{3})+$/.test(digits) ? digits.replace(/\./g, "") : digits.replace(",", ".");
  return Number.parseFloat(plain);
}

const numberPattern = /(?<![\p{L}\p{N}.,/])(?:[≥≤><]\s*)?(\d+(?:[.,]\d+)*)(?:\s*%)?(?![\p{L}\p{N}/]|[.,]\d)/gu;
const isYear = (written: string) => /^(19|20)\d{2}$/.test(written);

/**
 * Reads a yes/no question ("Có phải Sở Y tế chủ trì … không?", "… là 80% đúng không?", "Sở Y tế
 * có chủ trì … không?") into the question it rests on and the claim to check against the answer.
 * Null when the question is not a yes/no question, asks a question word besides, or claims no
 * agency, period or number.
 */
export function readYesNo(question: string, reader: YesNoReader): YesNoQuestion | null {
  const forms = questionForms();
  const text = withNegationWrittenOut(question).trim().replace(/[?？!.…]+$/u, "").trim();
  const key = sameLengthKey(text);
  if (key === null || formWordsIn(text, forms.questionWords).length > 0) return null;
  const markers = [...phraseSpans(key, usableFormWords(text, forms.yesNoMarkers)), ...finalParticle(text, key, forms.yesNoFinals)];
  const close = phraseSpans(key, forms.yesNoClose).filter((span) => key.slice(span.end).trim() === "");
  const opens = phraseSpans(key, forms.yesNoOpen).filter((span) => close[0] !== undefined && span.end <= close[0].start);
  if (markers.length === 0 && (close.length === 0 || opens.length === 0)) return null;
  const form = markers.length === 0 ? "existence" : "statement";
  // "có" is removed only where it cannot be "cơ" ("cơ sở"): typed with its accent, or right after an agency name.
  const agencies = reader.glossary.findAgencies(text);
  const openWords = opens.filter((span) => text.slice(span.start, span.end).toLowerCase() !== key.slice(span.start, span.end) || agencies.some((agency) => text.slice(agency.start + agency.written.length, span.start).trim() === ""));
  const bare = without(text, [...markers, ...(form === "existence" ? [...close, ...openWords] : close)]);
  const claim = readClaim(bare, reader);
  if (!claim) return null;
  let underlying = without(bare, [claim.span]);
  if (claim.claim.type === "agency" && !["owner", "coordinators"].includes(reader.kind(underlying))) underlying = `${forms.ownerAsk} ${underlying}`;
  const final: Claim = claim.claim.type === "agency" ? { ...claim.claim, role: reader.kind(underlying) === "coordinators" ? "coordinator" : "owner" } : claim.claim;
  return { underlying: `${underlying}?`, claim: final, form };
}

/** "… làm à?": a particle of `finals` that ends the question, typed with its tone mark (folded, "a" and "ha" are content words). */
function finalParticle(text: string, key: string, finals: string[]): Span[] {
  const written = new Set(finals.map((particle) => particle.normalize("NFC").toLowerCase()));
  return phraseSpans(key, finals).filter((span) => key.slice(span.end).trim() === "" && written.has(text.slice(span.start, span.end).toLowerCase()));
}

function readClaim(text: string, reader: YesNoReader): { claim: Claim; span: Span } | null {
  const kind = reader.kind(text);
  const agency = reader.glossary.findAgencies(text)[0];
  const agencyClaim = agency
    ? { claim: { type: "agency" as const, canonical: agency.canonical, written: agency.written, role: "owner" as const }, span: { start: agency.start, end: agency.start + agency.written.length } }
    : null;
  if (kind === "deadline") {
    const key = sameLengthKey(text) ?? "";
    const last = findPeriodSpans(key).at(-1);
    if (last) return { claim: { type: "period", written: text.slice(last.index, last.index + last.length), from: last.period.from, to: last.period.to }, span: { start: last.index, end: last.index + last.length } };
  }
  if (valueKinds.has(kind)) {
    const documentNumbers = new Set(documentHints(foldText(text), reader.documents, abbreviator(reader.glossary)).numbers);
    const numbers = [...text.matchAll(numberPattern)].filter((match) => !isYear(match[1] ?? "") && !documentNumbers.has(match[1] ?? ""));
    const last = numbers.at(-1);
    if (last?.[1]) return { claim: { type: "number", written: last[0].trim(), value: readNumber(last[1]) }, span: { start: last.index, end: last.index + last[0].length } };
  }
  return agencyClaim;
}
