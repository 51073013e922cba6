import type { SourceLine } from "../../../read/source-text.js";
import type { TableCell, TableRow, UnparsedRow } from "../../table-model.js";
import type { CriteriaHeader, CriteriaSlot } from "./header.js";
import { squeeze } from "./line-patterns.js";
import { resolvePendingAtRowEnd, type RowDraft } from "./row-draft.js";
import { splitUnits } from "./split-units.js";

export interface Pillar {
  roman: string;
  title: string[];
  points: string | null;
  sourceLines: SourceLine[];
}

export const pillarLabel = (pillar: Pillar) =>
  `${pillar.roman} ${squeeze(pillar.title.join(" "))}${pillar.points ? ` (${pillar.points} điểm)` : ""}`;

const cellsFrom = (header: CriteriaHeader, values: Partial<Record<CriteriaSlot, string>>): TableCell[] => {
  const cells: TableCell[] = [];
  for (const [slot, text] of Object.entries(values) as [CriteriaSlot, string | undefined][]) {
    const column = header.columnOf[slot];
    if (column === undefined || text === undefined) continue;
    const cellText = squeeze(text);
    if (cellText !== "") cells.push({ column, text: cellText });
  }
  return cells.sort((left, right) => left.column - right.column);
};

export function pillarRow(header: CriteriaHeader, pillar: Pillar): TableRow {
  return {
    itemNumber: pillar.roman,
    groupPath: [],
    isGroup: true,
    cells: cellsFrom(header, { itemNumber: pillar.roman, name: pillar.title.join(" "), points: pillar.points ?? undefined }),
    sourceLines: pillar.sourceLines,
  };
}

/** Turns a finished draft into a table row, or into an unparsed row saying what is missing. */
export function finishRow(
  header: CriteriaHeader,
  row: RowDraft,
  groupPath: string[],
): { row: TableRow } | { unparsed: UnparsedRow } | null {
  resolvePendingAtRowEnd(row);
  if (row.sourceLines.length === 0) return null;
  const name = squeeze(row.name.join(" "));
  const unitText = squeeze(row.unitPieces.join(" "));
  const split = splitUnits(unitText);
  const late = squeeze(row.lateUnitPieces.join(" "));
  const implementing = squeeze(`${split ? split.implementing : unitText} ${late}`);
  const missing = [
    name === "" ? "tên tiêu chí" : null,
    row.points === null ? "điểm tối đa" : null,
    implementing === "" ? "đơn vị thực hiện" : null,
    split === null ? "đơn vị xác nhận (không tách được các cột đơn vị)" : null,
    row.deadline === null ? "thời hạn" : null,
  ].filter((part): part is string => part !== null);
  if (name === "" || row.points === null || implementing === "") {
    return { unparsed: { reason: `dòng tiêu chí thiếu ${missing.join(", ")}`, sourceLines: row.sourceLines } };
  }
  const cells = cellsFrom(header, {
    itemNumber: row.itemNumber ?? undefined,
    name,
    points: row.points,
    implementing,
    confirming: split?.confirming,
    deadline: row.deadline ?? undefined,
    guidance: row.guidance.join(" "),
    evidence: row.evidence.join(" "),
  });
  return {
    row: { itemNumber: row.itemNumber, groupPath, isGroup: false, cells, sourceLines: row.sourceLines },
  };
}
