import type { TableRow } from "../structure/table-model.js";

/**
 * For each row, the index of the row it inherits blank fields from, or null.
 * - "39.7" inherits from the nearest row above numbered "39" in the same group;
 * - when no such row exists (item 57's children are numbered 58.1–58.3), from the nearest
 *   top-level row above in the same group;
 * - a row without a number right after a sub-item is a sibling of that sub-item.
 */
export function findParentRows(rows: TableRow[]): (number | null)[] {
  const parents: (number | null)[] = [];
  rows.forEach((row, index) => {
    parents.push(parentOf(rows, parents, row, index));
  });
  return parents;
}

const sameGroup = (left: TableRow, right: TableRow) => left.groupPath.join("\u0001") === right.groupPath.join("\u0001");

function parentOf(rows: TableRow[], parents: (number | null)[], row: TableRow, index: number): number | null {
  const number = row.itemNumber?.replace(/\.$/, "") ?? null;
  if (number === null) {
    const previousIndex = index - 1;
    const previous = rows[previousIndex];
    if (!previous || !sameGroup(previous, row)) return null;
    return parents[previousIndex] ?? null;
  }
  const dot = number.lastIndexOf(".");
  if (dot <= 0) return null;
  const prefix = number.slice(0, dot);
  for (let candidate = index - 1; candidate >= 0; candidate -= 1) {
    const above = rows[candidate];
    if (!above || !sameGroup(above, row)) break;
    if (above.itemNumber?.replace(/\.$/, "") === prefix) return candidate;
  }
  for (let candidate = index - 1; candidate >= 0; candidate -= 1) {
    const above = rows[candidate];
    if (!above || !sameGroup(above, row)) break;
    const aboveNumber = above.itemNumber?.replace(/\.$/, "") ?? "";
    if (aboveNumber !== "" && !aboveNumber.includes(".")) return candidate;
  }
  return null;
}
