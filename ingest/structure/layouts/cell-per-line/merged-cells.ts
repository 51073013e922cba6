import { cleanCellText, hasWords } from "../tab-separated/cell-text.js";

/**
 * A cell merged across columns is written once per column it spans ("Tổng cộng: 716.168"
 * four times). Keeps the first copy and blanks the repeats, for text cells only: equal
 * numbers side by side (two budget sources with the same amount) are real values.
 */
export function blankMergedRepeats(cells: string[]): string[] {
  return cells.map((cell, index) => {
    const text = cleanCellText(cell);
    const previous = cleanCellText(cells[index - 1] ?? "");
    const isRepeat = index > 0 && text !== "" && text === previous && hasWords(text) && text.length > 3;
    return isRepeat ? "" : text;
  });
}
