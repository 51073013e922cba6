import type { CitedDocument } from "../../../ingest/records/document-facts-schema.js";
import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import { foldText } from "../../../vietnamese/fold.js";
import { documentHints } from "./document-hints.js";
import { documentQuestionWords, type DocumentFact } from "./document-question-words.js";
import { hasPhrase } from "./question-kind.js";
import { abbreviator } from "../../../vietnamese/glossary/abbreviator.js";
import { documentTitledByNumbers } from "./titled-by-numbers.js";
import { topicVariants } from "../../../vietnamese/glossary/topic-variants.js";
import { storedTargetWords } from "../../../ingest/index/vocabulary/document-names.js";
import { citedTargetText as citedText, ownTargetText as ownText, targetWordsOf, type TargetText } from "../../../ingest/index/vocabulary/document-targets.js";

/** A document another one cites, with the file whose text cites it. */
export interface CitedMatch {
  citation: CitedDocument;
  file: string;
}

/** A question whose subject is a document: what is asked of it, and which document (one of the corpus, or ones it cites). */
export interface DocumentQuestion {
  asks: DocumentFact[];
  target: { type: "own"; document: DocumentInfo } | { type: "cited"; matches: CitedMatch[] };
}

/** Share of the question's remaining words a target must hold, and how many at least, when no number or firm name points at it. */
const OWN_COVERAGE = 0.8;
const CITED_COVERAGE = 0.75;
const NAMED_COVERAGE = 0.8;
/** A cited document named by kind and digits only ("NQ 70"): half the other words must be in its citing line. */
const LOOSE_NUMBER_COVERAGE = 0.5;
const MIN_MATCHED = 2;
const MAX_LISTED = 3;

const tokensOf = (text: string) => new Set(foldText(text).split(" ").filter((token) => token !== ""));

/** "nq70", "kl69" → "nq 70", "kl 69". */
const unglue = (folded: string) => folded.replace(/(?<![a-z0-9])([a-z]{2,5})(\d+)(?![a-z0-9])/g, "$1 $2");

function markPhrase(tokens: string[], phrase: string, mask: boolean[]): boolean {
  const parts = phrase.split(" ");
  let found = false;
  for (let start = 0; start + parts.length <= tokens.length; start += 1) {
    if (parts.every((part, offset) => tokens[start + offset] === part)) {
      parts.forEach((_part, offset) => (mask[start + offset] = true));
      found = true;
    }
  }
  return found;
}

interface Scored<T> {
  item: T;
  coverage: number;
  /** The same share over what the document is about (its subject or title) only: the issuer and lead may repeat the question's words. */
  subjectCoverage: number;
  matched: number;
  precision: number;
}

const targetTokens = new Map<string, ReadonlySet<string>>();
const MAX_CACHED_TARGETS = 5_000;

/** The words stored at ingest for the documents' target texts (document-targets.ts), by text; null for documents not read from an index. */
type StoredWords = ReadonlyMap<string, ReadonlySet<string>> | null;

/** A target's words as written and with its abbreviations written out ("UBND" → "ủy ban nhân dân"), folded: as stored, else worked out. */
function targetWords(text: string, glossary: Glossary, stored: StoredWords): ReadonlySet<string> {
  const known = stored?.get(text);
  if (known) return known;
  let words = targetTokens.get(text);
  if (!words) {
    if (targetTokens.size >= MAX_CACHED_TARGETS) targetTokens.clear();
    words = new Set(targetWordsOf(text, glossary));
    targetTokens.set(text, words);
  }
  return words;
}

function score<T>(item: T, text: TargetText, residual: string[], glossary: Glossary, stored: StoredWords): Scored<T> {
  const target = targetWords(text.all, glossary, stored);
  const subject = targetWords(text.subject, glossary, stored);
  const matched = residual.filter((token) => target.has(token)).length;
  const share = (count: number) => (residual.length === 0 ? 1 : count / residual.length);
  return {
    item,
    coverage: share(matched),
    subjectCoverage: share(residual.filter((token) => subject.has(token)).length),
    matched,
    precision: target.size === 0 ? 0 : matched / target.size,
  };
}

const better = <T>(left: Scored<T>, right: Scored<T>) =>
  right.coverage - left.coverage || right.subjectCoverage - left.subjectCoverage || right.matched - left.matched || right.precision - left.precision;


/** Every cited document once: its mention with a date and a subject, where several mention it. */
function citedOnce(documents: DocumentInfo[], files?: string[]): CitedMatch[] {
  const byNumber = new Map<string, CitedMatch>();
  for (const document of documents) {
    if (files && !files.includes(document.file)) continue;
    for (const citation of document.facts?.citations ?? []) {
      const key = foldText(citation.number);
      const known = byNumber.get(key);
      const rank = (match: CitedMatch) => (match.citation.date ? 2 : 0) + (match.citation.subject ? 1 : 0);
      if (!known || rank({ citation, file: document.file }) > rank(known)) byNumber.set(key, { citation, file: document.file });
    }
  }
  return [...byNumber.values()];
}

/** Digits written next to a kind ("QĐ 1982", "nq 70") or before a code ("09 kh tu"), with the kind named. */
function numbersAsked(tokens: string[], kindAt: (index: number) => string | null): { digits: string; kind: string | null; code: string | null }[] {
  const found: { digits: string; kind: string | null; code: string | null }[] = [];
  tokens.forEach((token, index) => {
    if (!/^\d+$/.test(token)) return;
    const kind = kindAt(index - 1) ?? kindAt(index - 2);
    const code = /^[a-z]+$/.test(tokens[index + 1] ?? "") ? (tokens[index + 1] ?? null) : null;
    if (kind || (code && kindAt(index + 1))) found.push({ digits: token, kind, code });
  });
  return found;
}

const sameDigits = (left: string, right: string) => Number(left) === Number(right);

/**
 * Reads a question about a document itself: its number, date, signer, what it rests on or is
 * about ("KH 429 ai ký?", "QĐ 1982 ban hành ngày nào?", "căn cứ QĐ nào kiện toàn BCĐ?"). The
 * document is a corpus document named by number, alias or the words of its title, or one the
 * corpus cites, found by number or by the words of its citing line. Null when the question asks
 * none of these or names no document clearly.
 */
export function readDocumentQuestion(folded: string, documents: DocumentInfo[], glossary: Glossary): DocumentQuestion | null {
  const words = documentQuestionWords();
  const text = unglue(folded);
  const tokens = text.split(" ").filter((token) => token !== "");
  const mask = tokens.map(() => false);
  const asks = new Set<DocumentFact>();
  // "hiệu lực từ ngày nào": the day asked is the one it takes effect, not the one it was signed; longer phrases claim their words first.
  const phrasesOfFacts = words.asks.flatMap(([fact, phrases]) => phrases.map((phrase) => ({ fact, phrase }))).sort((left, right) => right.phrase.length - left.phrase.length);
  for (const { fact, phrase } of phrasesOfFacts) {
    const marks = tokens.map(() => false);
    if (!markPhrase(tokens, phrase, marks)) continue;
    const fresh = marks.some((marked, index) => marked && !mask[index]);
    marks.forEach((marked, index) => (mask[index] ||= marked));
    if (fresh) asks.add(fact);
  }
  if (words.deadlineWords.some((word) => hasPhrase(text, word))) asks.delete("date");

  const kindOf = new Map<number, string>();
  for (const kind of words.kinds) {
    for (const form of kind.forms) {
      const marks = tokens.map(() => false);
      if (!markPhrase(tokens, form, marks)) continue;
      marks.forEach((marked, index) => {
        if (marked && !kindOf.has(index)) kindOf.set(index, kind.name);
        if (marked) mask[index] = true;
      });
    }
  }
  const kindAt = (index: number) => kindOf.get(index) ?? null;
  // "tờ trình số?", "NQ 45 ngày?": a question ending on the word asked for, right after a kind or a number ("chuyển đổi số?" is a subject).
  const last = tokens.length - 1;
  for (const [fact, endings] of words.askEndings) {
    if (last > 0 && endings.includes(tokens[last] ?? "") && (kindOf.has(last - 1) || /^\d+$/.test(tokens[last - 1] ?? ""))) {
      asks.add(fact);
      mask[last] = true;
    }
  }
  // "QĐ nào", "Tờ trình số mấy", "theo TTr số?": the kind asked for names the document sought.
  let askedKind: string | null = null;
  const numberAsks = words.asks.find(([fact]) => fact === "number")?.[1] ?? [];
  const numberEndings = words.askEndings.find(([fact]) => fact === "number")?.[1] ?? [];
  for (const [index, kind] of kindOf) {
    const next = tokens[index + 1] ?? "";
    const after = ` ${tokens.slice(index + 1).join(" ")} `;
    const asksItsNumber = numberAsks.some((phrase) => after.startsWith(` ${phrase} `)) || (numberEndings.includes(next) && (index + 1 === last || words.fillers.includes(tokens[index + 2] ?? "")));
    if (!kindOf.has(index + 1) && (words.which.includes(next) || asksItsNumber)) {
      askedKind = kind;
      asks.add("number");
    }
  }
  if (asks.size === 0) return null;
  const hints = documentHints(text, documents, abbreviator(glossary));
  if (kindOf.size === 0 && hints.files.length === 0) return null;

  const numbers = numbersAsked(tokens, kindAt);
  for (const filler of words.fillers) markPhrase(tokens, filler, mask);
  const kept = tokens.filter((_token, index) => !mask[index]).join(" ");
  const expanded = topicVariants([kept], glossary).at(-1) ?? kept;
  const residual = [...tokensOf(expanded)].filter((token) => !words.joiners.includes(token));
  const result = (target: DocumentQuestion["target"]): DocumentQuestion => ({ asks: [...asks], target });
  const stored = storedTargetWords(documents);

  // A number: the corpus document that carries it, else the documents citing it; `full` only when written with its code ("09-KH/TU").
  const byNumber = (full: boolean): DocumentQuestion | null => {
    for (const number of numbers) {
      if (full && number.code === null) continue;
      const codeFits = (codes: Set<string>) => (number.code !== null && codes.has(number.code)) || (!full && number.kind !== null);
      const own = documents.find((document) => {
        const digits = document.number?.match(/^\d+/)?.[0];
        const codes = tokensOf(document.number ?? "");
        return digits !== undefined && sameDigits(digits, number.digits) && (full ? codeFits(codes) : number.kind === document.kind || codeFits(codes));
      });
      // "QĐ 1982 theo tờ trình số mấy?": the document named cites the one of the kind asked.
      const ofOwn = own ? citedOfAskedKind(own) : [];
      if (ofOwn.length > 0) return result({ type: "cited", matches: ofOwn });
      // Loosely written ("KH 429"), the number may only say where a task is: the other words must name the document too.
      if (own && askedKind === null && (full || score(own, ownText(own), residual, glossary, stored).coverage >= OWN_COVERAGE)) return result({ type: "own", document: own });
      const citedIn = (files?: string[]) =>
        citedOnce(documents, files).filter(({ citation }) => {
          const digits = citation.number.match(/^\d+/)?.[0];
          const codes = tokensOf(citation.number);
          const kindFits = full ? codeFits(codes) : number.kind === null ? codeFits(codes) : number.kind === citation.kind || (words.kinds.find((kind) => kind.name === number.kind)?.forms ?? []).some((form) => codes.has(form));
          return digits !== undefined && sameDigits(digits, number.digits) && kindFits;
        });
      const minimum = full || residual.length <= 1 ? 0 : LOOSE_NUMBER_COVERAGE;
      // "NQ 03 nhắc tới Nghị quyết 45-NQ/TW ban hành ngày nào?": the citing line of the document named, when it cites it.
      for (const files of [...(hints.files.length > 0 ? [hints.files] : []), undefined]) {
        const matches = pick(citedIn(files).map((match) => score(match, citedText(match.citation), residual, glossary, stored)), minimum);
        if (matches.length > 0) return result({ type: "cited", matches });
      }
    }
    return null;
  };
  // The citations of the kind asked a document of another kind makes, best fitting the other words first (all of them when none fits better).
  function citedOfAskedKind(document: DocumentInfo): CitedMatch[] {
    if (askedKind === null || askedKind === document.kind) return [];
    return pick(citedOnce([document]).filter(({ citation }) => citation.kind === askedKind).map((match) => score(match, citedText(match.citation), residual, glossary, stored)), 0);
  }
  const titled = asks.has("basis") ? null : documentTitledByNumbers(numbers, new Set(kindOf.values()), documents);
  if (titled) return result({ type: "own", document: titled });
  const fullNumber = byNumber(true);
  if (fullNumber) return fullNumber;

  // A document named firmly ("KH 429", "QĐ 1982", "theo chương trình công tác").
  const named = documents.filter((document) => hints.files.includes(document.file));
  if (named.length === 1 && named[0]) {
    const document = named[0];
    const asksOther = asks.has("basis") || (askedKind !== null && askedKind !== document.kind);
    const ofNamed = citedOfAskedKind(document);
    if (ofNamed.length > 0) return result({ type: "cited", matches: ofNamed });
    if (!asksOther && score(document, ownText(document), residual, glossary, stored).coverage >= NAMED_COVERAGE) return result({ type: "own", document });
    const cited = citedOnce([document]).filter(({ citation }) => askedKind === null || citation.kind === askedKind);
    const resting = residual.length === 0 && asks.has("basis") ? cited.filter(({ citation }) => words.basisLeads.some((lead) => hasPhrase(foldText(citation.lead), lead))) : cited;
    const matches = pick(resting.map((match) => score(match, citedText(match.citation), residual, glossary, stored)), NAMED_COVERAGE);
    if (matches.length > 0) return result({ type: "cited", matches });
  }

  // "KH NQ57 ai ký?": a document known by another's mark, its own kind written right before the mark.
  const kindBefore = named.length === 0 && askedKind === null && !asks.has("basis") ? ownKindBeforeMark(tokens, kindOf, hints.softPhrases, documents.filter((document) => hints.softFiles.includes(document.file))) : null;
  if (kindBefore && score(kindBefore, ownText(kindBefore), residual, glossary, stored).coverage >= NAMED_COVERAGE) return result({ type: "own", document: kindBefore });
  const looseNumber = byNumber(false);
  if (looseNumber) return looseNumber;
  if (named.length === 1) return null;
  // "KH DTI … theo Tờ trình số mấy?": a document named by the leading words of its name, asked for one it cites.
  const softNamed = documents.filter((document) => hints.softFiles.includes(document.file));
  const ofSoft = softNamed.length === 1 && softNamed[0] ? citedOfAskedKind(softNamed[0]) : [];
  if (ofSoft.length > 0) return result({ type: "cited", matches: ofSoft });

  // Only words: a corpus document whose title holds them, else a cited one.
  const mentioned = new Set(kindOf.values());
  // "KH chuyển đổi số năm 2026 là KH số mấy?": the number asked is of a document of the kind named, which its words may name.
  if (!asks.has("basis")) {
    const owns = documents
      .filter((document) => mentioned.has(document.kind) && (askedKind === null || document.kind === askedKind))
      .map((document) => score(document, ownText(document), residual, glossary, stored))
      .sort(better);
    const [best, second] = owns;
    if (best && best.coverage >= OWN_COVERAGE && best.matched >= MIN_MATCHED && (!second || better(best, second) < 0)) return result({ type: "own", document: best.item });
  }
  const wanted = askedKind ?? (mentioned.size === 1 ? ([...mentioned][0] ?? null) : null);
  const cited = citedOnce(documents).filter(({ citation }) => wanted === null || citation.kind === wanted || foldText(citation.kind).startsWith(foldText(wanted)));
  const matches = pick(cited.map((match) => score(match, citedText(match.citation), residual, glossary, stored)), CITED_COVERAGE, residual.length === 0 ? 0 : MIN_MATCHED);
  return matches.length > 0 ? result({ type: "cited", matches }) : null;
}

/** The best-scored citations: the one on top, or all tied with it (at most a few); none below the coverage wanted. */
function pick(scored: Scored<CitedMatch>[], minCoverage: number, minMatched = 0): CitedMatch[] {
  const sorted = scored.filter((entry) => entry.coverage >= minCoverage && entry.matched >= minMatched).sort(better);
  const [best] = sorted;
  if (!best) return [];
  const tied = sorted.filter((entry) => entry.coverage === best.coverage && entry.subjectCoverage === best.subjectCoverage && entry.matched === best.matched);
  return tied.length > MAX_LISTED ? [] : tied.map((entry) => entry.item);
}

/** The one soft-named document whose kind is written just before the mark that names it ("kh nq 57"); null when none or several. */
function ownKindBeforeMark(tokens: string[], kindOf: Map<number, string>, phrases: string[], documents: DocumentInfo[]): DocumentInfo | null {
  const kindsBefore = new Set<string>();
  for (const phrase of phrases) {
    const marks = tokens.map(() => false);
    if (!markPhrase(tokens, phrase, marks)) continue;
    marks.forEach((marked, start) => {
      const kind = kindOf.get(start - 1);
      if (marked && !marks[start - 1] && kind && kind !== kindOf.get(start)) kindsBefore.add(kind);
    });
  }
  const fitting = documents.filter((document) => kindsBefore.has(document.kind));
  return fitting.length === 1 ? (fitting[0] ?? null) : null;
}
