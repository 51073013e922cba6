import type { SourceLine } from "../../read/source-text.js";
import { foldText } from "../../../vietnamese/fold.js";
import { capsRatio, isBlank, isCapsLine, plainText, startsLowerCase } from "./line-text.js";
import { loadVocabulary } from "./vocabulary.js";

/**
 * Heading kinds. Fixed kinds have a rank (appendix and closing 0, part 1, chapter 2, division 3,
 * article 4); numbered kinds an order (roman 10, arabic 10 + depth, letter 20); Markdown headings
 * their "#" count, bold lines 7, captions sit under the bare label above them.
 */
export type HeadingKind =
  | "appendix" | "closing" | "part" | "chapter" | "division" | "article"
  | "roman" | "arabic" | "letter" | "markdown" | "bold" | "caption";

export const FIXED_KINDS: ReadonlySet<HeadingKind> = new Set(["appendix", "closing", "part", "chapter", "division", "article"]);
export const NUMBERED_KINDS: ReadonlySet<HeadingKind> = new Set(["roman", "arabic", "letter"]);

/** What the heading reader needs to know about the document around a line. */
export interface HeadingContext {
  inTable: boolean;
  /** Typical full width of a wrapped line (raw PDF text), or null when paragraphs are not wrapped. */
  wrapWidth: number | null;
}

export interface HeadingCandidate {
  kind: HeadingKind;
  order: number;
  /** Title as written (Markdown removed, wrapped lines joined), not yet shortened. */
  title: string;
  /** A label with nothing after it ("Phụ lục III", "Phần I"): its caption may follow. */
  bareLabel: boolean;
  /** 0-based index of the last line the heading uses (a heading may wrap). */
  lastIndex: number;
  /** True when this heading closes a table region (appendix, part, chapter, closing, upper-case roman). */
  endsTable: boolean;
}

const SHORT_HEADING = 100;
const LONG_UNPUNCTUATED_HEADING = 400;
const ROMAN_HEADING = 250;
const LABEL_MAX = 80;
const MAX_WRAPPED_LINES = 6;
const WRAP_FILL = 0.8;
const MAX_FIELD_VALUE = 150;

const MARKER = /^(Phần|PHẦN|Chương|CHƯƠNG|Mục\s+\d|MỤC\s+\d|Điều\s+\d|Phụ lục|PHỤ LỤC|[IVXLC]+\.\s|\d{1,2}(\.\d{1,2})*\.\s|[a-zđ]\)\s|[-+•*]\s|(?:[A-H]|[IVXLC]+|\d{1,2}(?:\.\d{1,2})*)\s*[-–]\s)/u;

const FIXED_PATTERNS: { kind: HeadingKind; order: number; pattern: RegExp }[] = [
  { kind: "part", order: 1, pattern: /^(?:Phần|PHẦN)\s+(?:thứ\s+\p{L}+|THỨ\s+\p{L}+|[IVXLC]+|\d+)(?=[\s.:]|$)[.:]?\s*(.*)$/u },
  { kind: "chapter", order: 2, pattern: /^(?:Chương|CHƯƠNG)\s+(?:[IVXLC]+|\d+)(?=[\s.:]|$)[.:]?\s*(.*)$/u },
  { kind: "division", order: 3, pattern: /^(?:Mục|MỤC)\s+(?:[IVXLC]+|\d+)(?=[\s.:]|$)[.:]?\s*(.*)$/u },
  { kind: "article", order: 4, pattern: /^Điều\s+\d+\.\s*(.*)$/u },
  { kind: "appendix", order: 0, pattern: /^(?:Phụ lục|PHỤ LỤC)(?:\s+(?:số\s+)?(?:[IVXLC]+|\d+|[A-Z])\b)?\s*[:.]?\s*(.*)$/u },
];

function endsSentence(text: string): boolean {
  return /[.;!?]["”)]?$/.test(text);
}

function isClosingLabel(plain: string): boolean {
  const folded = foldText(plain);
  return loadVocabulary().closingLabels.some((label) => folded === foldText(label));
}

/** "Label: prose…" → "Label" when the label is short, else null. */
function labelPart(text: string, maxLabel: number): string | null {
  const colon = text.search(/:(\s|$)/);
  return colon >= 3 && colon <= maxLabel && text.length > colon + 1 ? text.slice(0, colon).trim() : null;
}

/** Joins the wrapped lines of a heading (raw PDF text wraps long headings, often with blank lines between). */
function joinWrapped(lines: SourceLine[], index: number, first: string): { text: string; lastIndex: number } {
  let text = first;
  let lastIndex = index;
  let blankRun = 0;
  let joined = 0;
  for (let next = index + 1; next < lines.length && joined < MAX_WRAPPED_LINES; next += 1) {
    const raw = lines[next]?.text ?? "";
    if (isBlank(raw)) {
      blankRun += 1;
      if (blankRun > 1) break;
      continue;
    }
    const nextPlain = plainText(raw);
    if (raw.includes("\t") || /[.;!?:]$/.test(text) || MARKER.test(nextPlain)) break;
    const continues = startsLowerCase(nextPlain) || (isCapsLine(text) && isCapsLine(nextPlain));
    if (!continues) break;
    text = `${text} ${nextPlain}`;
    lastIndex = next;
    blankRun = 0;
    joined += 1;
  }
  return { text, lastIndex };
}

function readFixed(plain: string, inTable: boolean, index: number): HeadingCandidate | null {
  if (isClosingLabel(plain)) {
    return { kind: "closing", order: 0, title: plain.replace(/:$/, ""), bareLabel: false, lastIndex: index, endsTable: true };
  }
  for (const { kind, order, pattern } of FIXED_PATTERNS) {
    const match = pattern.exec(plain);
    if (!match) continue;
    const rest = (match[1] ?? "").trim();
    if (kind === "appendix" && rest !== "" && (rest.length > 150 || endsSentence(rest) || startsLowerCase(rest))) return null;
    if (inTable && (kind === "division" || kind === "article")) return null;
    const title = plain.replace(/\s*:$/, "");
    return { kind, order, title, bareLabel: rest === "", lastIndex: index, endsTable: kind !== "division" && kind !== "article" };
  }
  return null;
}

/** The last line of the candidate fills the wrap width, so the sentence runs on: prose, not a heading. */
function runsOn(lines: SourceLine[], lastIndex: number, text: string, wrapWidth: number | null): boolean {
  if (/[-,]$/.test(text)) return true;
  if (wrapWidth === null) return false;
  if ((lines[lastIndex]?.text ?? "").trim().length < WRAP_FILL * wrapWidth) return false;
  for (let next = lastIndex + 1; next < Math.min(lines.length, lastIndex + 3); next += 1) {
    const raw = lines[next]?.text ?? "";
    if (!isBlank(raw)) return !MARKER.test(plainText(raw));
  }
  return false;
}

function readNumbered(lines: SourceLine[], index: number, plain: string, context: HeadingContext): HeadingCandidate | null {
  const { inTable } = context;
  // "II. MỤC TIÊU", and "II- MỤC TIÊU", "1- Mục tiêu tổng quát", "2.1- Đổi mới …" as Party documents write them
  // (a space after the hyphen: "20-NQ/TW" is a document number, not an item).
  // "A- TÌNH HÌNH …", "C- TỔ CHỨC THỰC HIỆN": the parts a Party resolution divides itself into, above its roman
  // headings (a single "C" or "L" numbers no roman heading; "I", "V", "X" do).
  const part = /^([A-H])\s*[-–.]\s+(\p{Lu}.*)$/u.exec(plain);
  const roman = /^([IVXLC]+)(?:\.|\s*[-–])\s*(\p{L}.*)$/u.exec(plain);
  const arabic = /^(\d{1,2}(?:\.\d{1,2}){0,3})(\.|\s*[-–](?=\s)|\s)\s*(\p{L}.*|["“(].*)$/u.exec(plain);
  const letter = /^[a-zđ]\)\s*(\p{L}.*)$/u.exec(plain);
  let kind: HeadingKind;
  let order: number;
  if (part && capsRatio(part[2] ?? "") >= 0.6) {
    kind = "roman";
    order = 5;
  } else if (roman) {
    kind = "roman";
    order = 10;
  } else if (arabic && (arabic[1]?.includes(".") || arabic[2] === "." || /[-–]/u.test(arabic[2] ?? ""))) {
    kind = "arabic";
    order = 10 + (arabic[1] ?? "").split(".").length;
  } else if (letter) {
    kind = "letter";
    order = 20;
  } else {
    return null;
  }
  const { text, lastIndex } = joinWrapped(lines, index, plain);
  if (kind !== "roman" && opensLabelledBullets(lines, lastIndex + 1)) return null;
  const caps = capsRatio(text) >= 0.6;
  if (inTable && !(kind === "roman" && caps && text.length >= 10)) return null;
  const heading = (title: string): HeadingCandidate => ({
    kind, order, title, bareLabel: false, lastIndex, endsTable: kind === "roman" && caps,
  });
  const runOn = runsOn(lines, lastIndex, text, context.wrapWidth);
  if (kind === "roman" && caps) return heading(text);
  if (text.length <= SHORT_HEADING && !runOn && !endsSentence(text)) return heading(text.replace(/\s*:$/, ""));
  if (kind === "roman" && text.length <= ROMAN_HEADING && !runOn) return heading(text);
  const label = labelPart(text, kind === "letter" ? 60 : LABEL_MAX);
  if (label) return heading(label);
  if (kind !== "letter" && !runOn && text.length <= LONG_UNPUNCTUATED_HEADING && !endsSentence(text)) return heading(text);
  return null;
}

/** A list item whose details follow as labelled bullets ("- Thời gian thực hiện: …") is an item, not a heading. */
function opensLabelledBullets(lines: SourceLine[], fromIndex: number): boolean {
  for (let index = fromIndex; index < Math.min(lines.length, fromIndex + 3); index += 1) {
    const raw = (lines[index]?.text ?? "").trim();
    if (raw === "") continue;
    const field = /^[-+•*]\s+[^:]{3,40}:\s*(\S.*)$/u.exec(raw.replace(/\*/g, ""));
    return field !== null && (field[1] ?? "").length <= MAX_FIELD_VALUE;
  }
  return false;
}

/** Bold lines in Markdown ("**Nơi nhận:**", "**TỔNG HỢP …**" possibly closed on the next line). */
function readBold(lines: SourceLine[], index: number): { plain: string; lastIndex: number } | null {
  const raw = (lines[index]?.text ?? "").trim();
  if (!raw.startsWith("**")) return null;
  if (/^\*\*[^*]+\*\*\s*:?\s*$/.test(raw)) return { plain: plainText(raw), lastIndex: index };
  if (raw.indexOf("**", 2) !== -1) return null;
  for (let next = index + 1; next < Math.min(lines.length, index + 3); next += 1) {
    const nextRaw = (lines[next]?.text ?? "").trim();
    if (nextRaw === "") continue;
    if (/\*\*\s*$/.test(nextRaw) && !nextRaw.slice(0, -2).includes("**")) {
      return { plain: `${plainText(raw)} ${plainText(nextRaw)}`, lastIndex: next };
    }
    return null;
  }
  return null;
}

function isSignature(plain: string): boolean {
  return loadVocabulary().signaturePrefixes.some((prefix) => plain.startsWith(`${prefix} `));
}

/** Reads a heading starting at `index`, or null when the line is prose, a bullet, a table cell or a page number. */
export function readHeading(lines: SourceLine[], index: number, context: HeadingContext): HeadingCandidate | null {
  const { inTable } = context;
  const raw = lines[index]?.text ?? "";
  if (raw.includes("\t") || isBlank(raw)) return null;
  const trimmed = raw.trim();
  const markdown = /^(#{1,6})\s+/.exec(trimmed);
  if (!markdown && /^[-+•]\s|^\*\s/.test(trimmed)) return null;
  const bold = markdown ? null : readBold(lines, index);
  const plain = bold ? bold.plain : plainText(raw);
  const fixed = readFixed(plain, inTable, bold ? bold.lastIndex : index);
  if (fixed) return fixed;
  const numbered = readNumbered(lines, bold ? bold.lastIndex : index, plain, context);
  if (numbered || inTable) return numbered;
  if (markdown) {
    return { kind: "markdown", order: markdown[1]?.length ?? 1, title: plain, bareLabel: false, lastIndex: index, endsTable: false };
  }
  // A bold line wholly in brackets is a note to the reader ("(Bảng này khá dài…)"), not a heading.
  const bracketNote = bold !== null && /^\(.*\)$/u.test(bold.plain.trim());
  if (bold && !bracketNote && !isSignature(bold.plain) && bold.plain.length <= 200 && !endsSentence(bold.plain)) {
    return { kind: "bold", order: 7, title: bold.plain.replace(/\s*:$/, ""), bareLabel: false, lastIndex: bold.lastIndex, endsTable: false };
  }
  return null;
}

/** The upper-case caption under a bare label ("Phụ lục III" / "DANH MỤC NHIỆM VỤ…"), wrapped lines joined. */
export function readCaption(lines: SourceLine[], fromIndex: number): HeadingCandidate | null {
  const parts: string[] = [];
  let lastIndex = -1;
  let blankRun = 0;
  for (let index = fromIndex; index < lines.length && parts.length < 4; index += 1) {
    const raw = lines[index]?.text ?? "";
    if (isBlank(raw)) {
      blankRun += 1;
      if (blankRun > 2) break;
      continue;
    }
    const plain = plainText(raw);
    if (raw.includes("\t") || !isCapsLine(plain) || MARKER.test(plain) || plain.startsWith("(")) break;
    parts.push(plain);
    lastIndex = index;
    blankRun = 0;
  }
  if (parts.length === 0) return null;
  return { kind: "caption", order: 0, title: parts.join(" "), bareLabel: false, lastIndex, endsTable: false };
}

/** A table header ("STT …", "TT Tên nhiệm vụ") or a tab-separated row opens a table region. */
export function opensTable(raw: string): boolean {
  const plain = plainText(raw.replace(/\t/g, " "));
  return /^S?TT(\s|$)/.test(plain) || (raw.match(/\t/g) ?? []).length >= 2;
}

const WRAPPED_DOCUMENT_WIDTH = 120;

/** The 95th-percentile length of text lines when the document wraps its paragraphs (raw PDF text), else null. */
export function measureWrapWidth(lines: SourceLine[]): number | null {
  const lengths = lines
    .map((sourceLine) => sourceLine.text)
    .filter((text) => !text.includes("\t"))
    .map((text) => text.trim().length)
    .filter((length) => length >= 20)
    .sort((left, right) => left - right);
  if (lengths.length < 20) return null;
  const width = lengths[Math.floor(lengths.length * 0.95)] ?? 0;
  return width <= WRAPPED_DOCUMENT_WIDTH ? width : null;
}
