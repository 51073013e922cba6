import type { SourceLine } from "../../../read/source-text.js";
import { loadCriteriaVocabulary } from "./vocabulary.js";
import { escapeRegExp } from "../../../../vietnamese/escape-regexp.js";

/** Patterns of single lines in raw PDF text of criteria tables; no state, no document knowledge. */


/** A line is blank when only spaces (any kind) remain. */
export const isBlank = (text: string) => text.replace(/[\s\u00a0]/g, "") === "";

/** Collapses runs of white space to single spaces and trims. */
export const squeeze = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();

/**
 * A page break in pdf text: the line starts with a space and the line before it is not empty
 * (ordinary lines are each followed by one empty line).
 */
export function startsPage(lines: SourceLine[], index: number): boolean {
  const current = lines[index];
  const previous = lines[index - 1];
  if (!current || !previous) return false;
  return /^[ \u00a0]/.test(current.text) && previous.text !== "";
}

export const loneNumber = (text: string): number | null => {
  const match = squeeze(text).match(/^(\d{1,4})$/);
  return match ? Number(match[1]) : null;
};

const ROMAN = "(?:VIII|VII|VI|IV|IX|XII|XI|X|V|III|II|I)";

/** "I Nhận thức số 50", "VI Hoạt động chính": roman numeral, title, maybe the points at the end. */
export function pillarHeading(text: string): { roman: string; title: string; points: number | null } | null {
  const match = squeeze(text).match(new RegExp(`^(${ROMAN})\\.?\\s+(\\p{Lu}.*)$`, "u"));
  if (!match || !match[1] || !match[2]) return null;
  const withPoints = match[2].match(/^(.*\D)\s+(\d{1,4})$/);
  if (withPoints && withPoints[1] && withPoints[2]) {
    return { roman: match[1], title: withPoints[1].trim(), points: Number(withPoints[2]) };
  }
  return { roman: match[1], title: match[2].trim(), points: null };
}

const DEADLINE =
  "(?:(?:[Tt]rước|[Đđ]ến)\\s+(?:ngày\\s+)?)?\\d{1,2}\\/\\d{1,2}\\/\\d{4}" +
  "|[Tt]háng\\s+\\d{1,2}\\/\\d{4}|Quý\\s+[IV1-4]+(?:\\/|,?\\s+năm\\s+)\\d{4}|Năm\\s+\\d{4}" +
  "|Thường xuyên|Hằng năm|Hàng năm";

/** Splits "Sở KHCN 31/12/2025" into the text before the deadline and the deadline; null if none ends the line. */
export function trailingDeadline(text: string): { before: string; deadline: string } | null {
  const match = squeeze(text).match(new RegExp(`^(.*?)\\s*(${DEADLINE})$`));
  if (!match || match[2] === undefined) return null;
  return { before: (match[1] ?? "").trim(), deadline: match[2] };
}

let headPattern: RegExp | null = null;

/** Matches an agency head word at a word start: "Sở", "Công an", "Trung tâm"… (global, for scanning). */
export function agencyHeadPattern(): RegExp {
  if (!headPattern) {
    const heads = [...loadCriteriaVocabulary().agencyHeads].sort((left, right) => right.length - left.length);
    headPattern = new RegExp(`(?<=^|[\\s;,(])(?:${heads.map(escapeRegExp).join("|")})(?=[\\s,;)]|$)`, "gu");
  }
  headPattern.lastIndex = 0;
  return headPattern;
}

export const startsWithAgency = (text: string): boolean => {
  const pattern = agencyHeadPattern();
  const match = pattern.exec(squeeze(text));
  return match !== null && match.index === 0;
};

/** "10", "30 Sở KHCN Sở KHCN 31/12/2025", "20 Sở KHCN": points, then maybe units and a deadline. */
export function pointsLine(text: string): { points: number; tail: string } | null {
  const match = squeeze(text).match(/^(\d{1,4})(?:\s+(.*))?$/);
  if (!match || !match[1]) return null;
  const tail = (match[2] ?? "").trim();
  if (tail !== "" && !startsWithAgency(tail) && trailingDeadline(tail)?.before !== "") return null;
  return { points: Number(match[1]), tail };
}

/** "1. Nội dung thực hiện:", "2. Điều kiện đảm bảo:", "Điều kiện đảm bảo: …". */
export function isGuidanceStart(text: string): boolean {
  const body = squeeze(text).replace(/^\d\.\s*/, "");
  return loadCriteriaVocabulary().guidanceStarts.some((start) => body.startsWith(start));
}

/** Width above which a line belongs to the wide guidance column rather than a narrow one. */
export const NARROW_WIDTH = 20;
export const isNarrow = (text: string) => squeeze(text).length <= NARROW_WIDTH;

/** The start of an evidence cell: a dash item, a link, or a capitalised word ("File điện tử", "Hồ sơ"). */
export const startsEvidence = (text: string) => /^(-\s|https?:|\p{Lu}\p{Ll})/u.test(squeeze(text));

/** The line stops on a word that needs a continuation ("… đám mây của"), or on a colon. */
export function expectsContinuation(text: string): boolean {
  const line = squeeze(text);
  if (line.endsWith(":")) return true;
  const lower = line.toLowerCase();
  return loadCriteriaVocabulary().continuationWords.some((word) => lower === word || lower.endsWith(` ${word}`));
}

export const endsSentence = (text: string) => /[.;:)]$/.test(squeeze(text));

/** Signs that a narrow text piece belongs to an agency name. */
export const looksLikeAgencyPiece = (text: string) =>
  /[();]/.test(text) || agencyHeadPattern().test(squeeze(text)) || /\b(UBND|xã|tỉnh\))/u.test(text);
