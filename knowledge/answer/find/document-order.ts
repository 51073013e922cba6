import type { KnowledgeRecord } from "../../../ingest/records/schemas.js";

/** Matches whose scores differ by less than this share of the first's are equal: the score cannot tell them apart. */
export const equalScoreShare = 0.01;

interface Scored {
  record: KnowledgeRecord;
  score: number;
}

/** "…:131:indicator:prose3" is the third record read from line 131: its place among those of its line. */
function placeOnLine(id: string): number {
  const match = /(\d+)$/.exec(id);
  return match ? Number(match[1]) : 0;
}

/** Rows of one part of one document: the same file and section breadcrumb. */
const partOf = (record: KnowledgeRecord) => `${record.locator.file}\u0000${record.locator.breadcrumb.join("\u0000")}`;

/**
 * Matches the score cannot tell apart (within `equalScoreShare` of the first) and that are rows of
 * one part of one document (same file and section) are listed as the document lists them — by
 * line, then by their place on the line — so that sibling rows ("cấp tỉnh", "cấp huyện", "cấp xã")
 * read in the table's order, not by the length of their titles. Equal matches from different parts
 * keep the score's order, as do the matches after them.
 */
export function equalMatchesInDocumentOrder<T extends Scored>(matches: T[]): T[] {
  const first = matches[0];
  if (!first || matches.length < 2) return matches;
  const floor = first.score - Math.abs(first.score) * equalScoreShare;
  let equal = 1;
  while (equal < matches.length && (matches[equal]?.score ?? -Infinity) >= floor) equal += 1;
  const leading = matches.slice(0, equal);
  if (equal < 2 || leading.some((match) => partOf(match.record) !== partOf(first.record))) return matches;
  const ordered = leading.sort((left, right) => left.record.locator.line - right.record.locator.line || placeOnLine(left.record.id) - placeOnLine(right.record.id));
  return [...ordered, ...matches.slice(equal)];
}
