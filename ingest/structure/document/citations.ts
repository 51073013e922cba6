import type { SourceLine } from "../../read/source-text.js";
import type { CitedDocument } from "../../records/document-facts-schema.js";
import { foldText } from "../../../vietnamese/fold.js";
import { readDate } from "./header-fields.js";
import { plainText } from "./line-text.js";
import { loadVocabulary } from "./vocabulary.js";
import { escapeRegExp } from "../../../vietnamese/escape-regexp.js";

/** How far a citation's subject runs at most, and how many words before it are kept as its lead. */
const MAX_TAIL = 320;
const MAX_LEAD = 160;
const MAX_QUOTE_LINES = 4;
const MAX_MENTIONS = 4;

/** The document's text as one string (lines joined by a space), and where each line starts in it. */
interface FlatText {
  text: string;
  starts: number[];
  lines: SourceLine[];
}

function flatten(sourceLines: SourceLine[]): FlatText {
  const parts: string[] = [];
  const starts: number[] = [];
  const lines: SourceLine[] = [];
  let offset = 0;
  for (const sourceLine of sourceLines) {
    const plain = plainText(sourceLine.text).replace(/\\([-.*_])/g, "$1").replace(/\|/g, " ").trim();
    if (plain === "") continue;
    starts.push(offset);
    lines.push(sourceLine);
    parts.push(plain);
    offset += plain.length + 1;
  }
  return { text: parts.join(" "), starts, lines };
}

/** Index of the line holding offset `at` (binary search over the line starts). */
function lineAt(flat: FlatText, at: number): number {
  let low = 0;
  let high = flat.starts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((flat.starts[middle] ?? 0) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}


let cachedPattern: RegExp | null = null;

/** "<Kind> số <number>": the number a letter code follows ("3328/QĐ-UBND", "02-NQ/TU", "64/2007/NĐ-CP"); a line break may split it ("57- NQ/TW"). */
function citationPattern(): RegExp {
  if (cachedPattern) return cachedPattern;
  const kinds = loadVocabulary()
    .citedKinds.map((kind) => kind.name)
    .sort((left, right) => right.length - left.length)
    .map(escapeRegExp)
    .join("|");
  cachedPattern = new RegExp(
    `(?<![\\p{L}])(${kinds})\\s+(?:số|so)\\s*:?\\s*(\\d+[\\p{L}\\d.]*(?:\\s?[-/]\\s?[\\p{L}\\d&.]+)*[-/]\\s?\\p{L}[\\p{L}\\d&.]*(?:\\s?[-/]\\s?[\\p{L}\\d&.]+)*)`,
    "giu",
  );
  return cachedPattern;
}

/**
 * What follows the number up to the end of its clause: "; ", a sentence end, "(sau đây …", or the
 * next citation when a comma, "và" or a footnote mark puts it beside this one (one it names inside its subject stays).
 */
function clauseAfter(text: string, from: number, pattern: RegExp): string {
  const rest = text.slice(from, from + MAX_TAIL);
  const stops = [rest.search(/;|\.\s+\p{Lu}|\.$|\(sau đây|\/\.|\s-\s/u)];
  for (const next of rest.matchAll(new RegExp(pattern.source, "giu"))) {
    if (/(?:,|\svà|[¹²³⁴⁵⁶⁷⁸⁹⁰])\s*$/u.test(rest.slice(Math.max(0, next.index - 6), next.index))) {
      stops.push(next.index);
      break;
    }
  }
  const end = Math.min(...stops.filter((stop) => stop >= 0), rest.length);
  return rest.slice(0, end);
}

/**
 * The words of its sentence before the citation ("Căn cứ", "Theo đề nghị của … tại"); empty when
 * another citation comes first in it (this one is named inside that one's clause).
 */
function leadBefore(text: string, at: number, pattern: RegExp): string {
  const before = text.slice(Math.max(0, at - MAX_LEAD), at);
  const cut = Math.max(before.lastIndexOf(";"), before.search(/\.\s+\p{Lu}[^.]*$/u), before.lastIndexOf(":"));
  const lead = (cut >= 0 ? before.slice(cut + 1) : before).replace(/^[\s.,;]+/u, "").trim();
  return new RegExp(pattern.source, "iu").test(lead) ? "" : lead;
}

/** "Ngày 16/12/2021, UBND tỉnh đã ban hành Quyết định số …": the date written before the citation. */
function dateInLead(lead: string): { date: string | null; dateText: string } | null {
  const match = /ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})[^.;]{0,60}ban hành\s*$/iu.exec(lead);
  if (!match?.[1]) return null;
  const read = readDate(`ngày ${match[1]}`);
  return read?.date ? { date: read.date, dateText: read.dateText } : null;
}

const subjectWords = /^(?:về việc|về|v\/v|phê duyệt|ban hành|quy định|hướng dẫn|sửa đổi|thực hiện|triển khai)(?!\p{L})/iu;

/** Reads date, issuer and subject from the clause after the number. */
function readTail(tail: string): Pick<CitedDocument, "date" | "dateText" | "issuer" | "subject"> {
  let rest = tail.replace(/^[\s,)]+/u, "");
  let date: string | null = null;
  let dateText = "";
  const dated = /^\(?\s*ngày\s+(\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*\)?/iu.exec(rest);
  if (dated) {
    const read = readDate(dated[0].replace(/[()]/g, "").replace(/\s*\/\s*/g, "/"));
    date = read?.date ?? null;
    dateText = read?.dateText ?? "";
    rest = rest.slice(dated[0].length).replace(/^[\s,]+/u, "");
  }
  let issuer = "";
  const of = /^của\s+(.+?)(?=\s+(?:về|phê duyệt|ban hành|quy định|hướng dẫn|sửa đổi|thực hiện|triển khai|tại|nhằm|đã|là)\s|[,;()]|$)/iu.exec(rest);
  if (of?.[1]) {
    issuer = of[1].trim();
    rest = rest.slice(of[0].length).replace(/^[\s,]+/u, "");
  }
  const subject = subjectWords.test(rest) ? rest.replace(/[\s,.;:]+$/u, "") : "";
  return { date, dateText, issuer, subject };
}

/** The kind as the vocabulary writes it ("quyết định" → "Quyết định"). */
function kindName(written: string): string {
  return loadVocabulary().citedKinds.find((kind) => foldText(kind.name) === foldText(written))?.name ?? written;
}

/**
 * Every document the text cites by number, with its date, issuer, subject and the words leading
 * to it, each with the line it starts on and the line(s) it spans, verbatim. A number cited many
 * times keeps its first mention and the mentions that add a date or a subject (a few at most).
 */
export function readCitations(sourceLines: SourceLine[], ownNumber: string | null): CitedDocument[] {
  const flat = flatten(sourceLines);
  const pattern = citationPattern();
  const own = ownNumber ? foldText(ownNumber) : null;
  const byNumber = new Map<string, CitedDocument[]>();
  for (const match of flat.text.matchAll(pattern)) {
    const [whole, written, numberText] = match;
    if (!written || !numberText || match.index === undefined) continue;
    const number = numberText.replace(/\s+/g, "").replace(/[.]+$/u, "");
    if (own && foldText(number) === own) continue;
    const tail = clauseAfter(flat.text, match.index + whole.length, pattern);
    const lead = leadBefore(flat.text, match.index, pattern);
    const read = readTail(tail);
    const fields = read.date === null ? { ...read, ...dateInLead(lead) } : read;
    const first = lineAt(flat, match.index);
    const last = lineAt(flat, match.index + whole.length + tail.length - 1);
    const spanned = flat.lines.slice(first, Math.min(last, first + MAX_QUOTE_LINES - 1) + 1);
    const line = spanned[0]?.line ?? 1;
    const cited: CitedDocument = {
      kind: kindName(written),
      number,
      ...fields,
      lead,
      source: { line, quote: spanned.map((sourceLine) => sourceLine.text.trim()).join(" ") },
    };
    const key = foldText(number);
    const mentions = byNumber.get(key) ?? [];
    const adds = mentions.length === 0 || ((cited.date !== null || cited.subject !== "") && !mentions.some((known) => known.date === cited.date && known.subject.slice(0, 40) === cited.subject.slice(0, 40)));
    if (adds && mentions.length < MAX_MENTIONS) mentions.push(cited);
    byNumber.set(key, mentions);
  }
  return [...byNumber.values()].flat().sort((left, right) => left.source.line - right.source.line);
}
