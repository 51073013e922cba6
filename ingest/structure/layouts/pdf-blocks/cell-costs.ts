import type { WordPairs } from "./word-pairs.js";
import {
  collapseSpaces,
  endsDangling,
  isDeadlineText,
  startsLowercase,
  startsWithAgency,
  startsWithProduct,
} from "./text-shapes.js";

/** What a task-table column holds, from its header: it decides how a line placed there is scored. */
export type BlockRole = "name" | "agency" | "result" | "deadline";

/** Widths in characters of the rendered columns: the name column wraps near 55–60, the others near 15–20. */
export const wideLineLength = 38;
export const narrowLineLength = 20;

/** Costs (lower is better) of placing lines in cells; tuned on general shapes, not on one document. */
const costs = {
  nameAfterShortLine: 3,
  narrowTooLong: 4,
  agencyStartBonus: -1,
  productStartBonus: -1,
  lowercaseNewCell: 3,
  otherNewCell: 1.5,
  agencyInResult: 1.5,
  newAgencyInsideCell: 0.8,
  emptyMarkInsideCell: 2,
  splitCut: 1,
  deadlineMatch: -3,
  deadlineMismatch: 3,
  danglingEnd: 2,
  missingName: 10,
  missingAgency: 2.5,
  missingOther: 1.5,
  markedEmpty: 0.2,
};
export const splitCutCost = costs.splitCut;

/** Cost of joining two fragments into one cell, from how often their touching words go together. */
export function joinCost(pairs: WordPairs, before: string, after: string): number {
  const count = pairs.joinCount(before, after);
  if (count === null) return 0;
  if (count === 0) return 0.8;
  return count >= 3 ? -0.4 : 0;
}

/** Cost of cutting one line between two fragments that often go together. */
export function cutCost(pairs: WordPairs, before: string, after: string): number {
  const count = pairs.joinCount(before, after);
  return count !== null && count >= 3 ? 1 : 0;
}

/** Cost of a line that starts a cell with `role`. */
export function newCellCost(role: BlockRole, text: string, continuesPreviousPiece: boolean): number {
  if (continuesPreviousPiece) return 0;
  if (startsLowercase(text)) return role === "name" ? 2 : costs.lowercaseNewCell;
  if (role === "agency") return startsWithAgency(text) ? costs.agencyStartBonus : costs.otherNewCell;
  if (role === "result") {
    if (startsWithProduct(text)) return costs.productStartBonus;
    return startsWithAgency(text) ? costs.agencyInResult : 0.5;
  }
  return 0;
}

/** Cost of a line appended to a cell that already has `previous` as its last line in the same piece. */
export function continuationCost(role: BlockRole, previous: string, text: string): number {
  if (role === "name") return collapseSpaces(previous).length < wideLineLength ? costs.nameAfterShortLine : 0;
  if (role === "agency" && startsWithAgency(text) && !endsDangling(previous)) return costs.newAgencyInsideCell;
  if (role === "result" && startsWithAgency(text) && !endsDangling(previous)) return costs.newAgencyInsideCell;
  if (role === "deadline" && isDeadlineText(previous) && !endsDangling(previous) && isDeadlineText(text)) return costs.newAgencyInsideCell;
  return 0;
}

export function widthCost(role: BlockRole, text: string): number {
  return role !== "name" && collapseSpaces(text).length > narrowLineLength ? costs.narrowTooLong : 0;
}

export function emptyMarkCost(cellHasText: boolean): number {
  return cellHasText ? costs.emptyMarkInsideCell : 0;
}

/** Cost of a finished cell: empty cells, deadlines that are not dates, cells cut in the middle. */
export function finalCellCost(role: BlockRole, lines: string[], markedEmpty: boolean): number {
  const text = collapseSpaces(lines.join(" "));
  if (text === "") {
    if (role === "name") return costs.missingName;
    if (markedEmpty) return costs.markedEmpty;
    return role === "agency" ? costs.missingAgency : costs.missingOther;
  }
  let cost = 0;
  if (role === "deadline") cost += isDeadlineText(text) ? costs.deadlineMatch : costs.deadlineMismatch;
  if (role !== "name" && endsDangling(text)) cost += costs.danglingEnd;
  if (role === "name" && /[,;]$/.test(text)) cost += costs.danglingEnd / 2;
  return cost;
}
