import type { SourceLine } from "../../../read/source-text.js";
import type { UnparsedRow } from "../../table-model.js";
import { cleanCellText, hasWords } from "./cell-text.js";
import { readItemNumber } from "./item-number.js";
import { repairSpills } from "./spill-repair.js";
import type { PlacedRow } from "./table-rows.js";
import type { DataLine } from "./table-scan.js";

/**
 * Rebuilds logical rows from tab-separated data lines: a line with an empty first cell right
 * after a page break finishes the row above, column by column; then text that spilled into the
 * next row is moved back (see spill-repair.ts).
 */
interface DraftRow {
  cells: string[];
  sourceLines: SourceLine[];
}

function fitToWidth(cells: string[], width: number): string[] {
  const fitted = cells.slice(0, width);
  const extra = cells.slice(width).filter((cell) => cleanCellText(cell) !== "");
  if (extra.length > 0) fitted[width - 1] = [fitted[width - 1] ?? "", ...extra].join(" ");
  while (fitted.length < width) fitted.push("");
  return fitted;
}

/** Joins a cell's two halves; drops the first word of the tail when the cut repeated it ("Môi trường" / "trường (…)"). */
export function joinCellParts(head: string, tail: string): string {
  const headText = cleanCellText(head);
  const tailText = cleanCellText(tail);
  if (headText === "") return tail;
  if (tailText === "") return head;
  const lastWord = headText.split(" ").at(-1) ?? "";
  const [firstWord, ...restWords] = tailText.split(" ");
  const repeated = /^\p{L}{2,}$/u.test(lastWord) && firstWord?.toLowerCase() === lastWord.toLowerCase();
  if (!repeated) return `${head} ${tail}`;
  return restWords.length > 0 ? `${head} ${restWords.join(" ")}` : head;
}

export function assembleRows(
  dataLines: DataLine[],
  width: number,
  itemColumn: number,
  titleIndex: number,
): { rows: PlacedRow[]; unparsed: UnparsedRow[] } {
  const drafts: DraftRow[] = [];
  const unparsed: UnparsedRow[] = [];
  for (const dataLine of dataLines) {
    const cells = fitToWidth(dataLine.cells, width);
    if (cells.every((cell) => cleanCellText(cell) === "")) continue;
    const firstEmpty = cleanCellText(cells[itemColumn] ?? "") === "";
    if (firstEmpty && dataLine.afterPageBreak) {
      const previous = drafts.at(-1);
      if (!previous) {
        unparsed.push({ reason: "dòng nối tiếp sau ngắt trang mà không có dòng nào phía trên", sourceLines: [dataLine.line] });
        continue;
      }
      previous.cells = previous.cells.map((cell, column) => joinCellParts(cell, cells[column] ?? ""));
      previous.sourceLines.push(dataLine.line);
      continue;
    }
    drafts.push({ cells, sourceLines: [dataLine.line] });
  }
  const repairable = drafts.map((draft) => ({
    cells: draft.cells,
    isGroupLike: draft.cells.every((cell, column) => column === itemColumn || column === titleIndex || !hasWords(cleanCellText(cell))),
  }));
  repairSpills(repairable, new Set([itemColumn]));
  const rows = drafts.map((draft, index) => {
    const cells = (repairable[index]?.cells ?? draft.cells).map(cleanCellText);
    return { itemNumber: readItemNumber(cells[itemColumn] ?? ""), cells, sourceLines: draft.sourceLines };
  });
  return { rows, unparsed };
}
