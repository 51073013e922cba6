import { foldText } from "../../../../vietnamese/fold.js";
import { cleanCellText, isNumericCell } from "./cell-text.js";
import { tableWords } from "./table-words.js";

/**
 * Recognising a table's header row by what its cells say (an item-number column such as
 * STT/TT next to a column naming the content: Nội dung, Tên, Chỉ tiêu…), and combining a
 * two-line header into full column names.
 */

const hasWord = (folded: string, word: string) => ` ${folded} `.includes(` ${word} `);

export function isItemNumberHeader(text: string): boolean {
  return tableWords.itemNumberHeaders.includes(foldText(text));
}

export function isTitleHeader(text: string): boolean {
  const folded = foldText(text);
  return !isItemNumberHeader(text) && tableWords.titleHeaderWords.some((word) => hasWord(folded, word));
}

/** True when the cells read like a header row: an item-number column first, a title column, and at least one more named column. */
export function isHeaderRow(cells: string[]): boolean {
  const cleaned = cells.map(cleanCellText);
  const first = cleaned.findIndex((cell) => cell !== "");
  if (first === -1 || !isItemNumberHeader(cleaned[first] ?? "")) return false;
  const rest = cleaned.slice(first + 1).filter((cell) => cell !== "");
  if (rest.length < 2 || !rest.some(isTitleHeader)) return false;
  if (rest.some((cell) => isNumericCell(cell))) return false;
  const named = rest.filter((cell) => {
    const folded = foldText(cell);
    return [...tableWords.titleHeaderWords, ...tableWords.otherHeaderWords].some((word) => hasWord(folded, word));
  });
  return named.length >= 2;
}

/** The column index of the item-number header (STT/TT), or 0. */
export function itemNumberColumn(headers: string[]): number {
  const index = headers.findIndex(isItemNumberHeader);
  return index === -1 ? 0 : index;
}

/** The column index of the title column (Nội dung, Tên, Chỉ tiêu…), or the column after the item number. */
export function titleColumn(headers: string[]): number {
  const index = headers.findIndex(isTitleHeader);
  return index === -1 ? itemNumberColumn(headers) + 1 : index;
}

/** Nearest non-empty header text at or left of a column, when that column sits inside a span that has sub-labels. */
function spanParent(top: string[], sub: string[], column: number): string {
  for (let index = column; index >= 0; index -= 1) {
    const text = top[index] ?? "";
    if (text !== "") return (sub[index] ?? "") !== "" ? text : "";
  }
  return "";
}

/**
 * True when `sub` is the second line of a two-line header under `top`: its first cell is empty,
 * it holds labels (no numbers), and each label sits under a spanning header (an empty top cell
 * after a labelled one, or a top text repeated across merged cells).
 */
export function isSubHeaderRow(topCells: string[], subCells: string[]): boolean {
  const top = topCells.map(cleanCellText);
  const sub = subCells.map(cleanCellText);
  if ((sub[0] ?? "") !== "") return false;
  const labelled = sub.map((text, index) => ({ text, index })).filter((cell) => cell.text !== "");
  if (labelled.length === 0 || labelled.some((cell) => isNumericCell(cell.text))) return false;
  if (isHeaderRow(sub)) return false;
  return labelled.every(({ index }) => {
    const above = top[index] ?? "";
    if (above === "") return spanParent(top, sub, index) !== "";
    const next = top[index + 1] ?? "";
    const previous = top[index - 1] ?? "";
    return next === "" || next === above || previous === above;
  });
}

/** Full column names: "Kinh phí đã thực hiện năm 2025 - Tổng số"; columns without a sub-label keep the top text. */
export function combineHeaders(topCells: string[], subCells: string[] | null): string[] {
  const top = topCells.map(cleanCellText);
  if (!subCells) return top;
  const sub = subCells.map(cleanCellText);
  const width = Math.max(top.length, sub.length);
  const headers: string[] = [];
  for (let column = 0; column < width; column += 1) {
    const label = sub[column] ?? "";
    const parent = spanParent(top, sub, column);
    if (label === "") headers.push(top[column] ?? "");
    else headers.push(parent !== "" && parent !== label ? `${parent} - ${label}` : label);
  }
  return headers;
}

/** A comparison key for a header line, to recognise the header repeated at page breaks. */
export function headerSignature(cells: string[]): string {
  return cells.map((cell) => foldText(cleanCellText(cell))).join("|").replace(/\|+$/, "");
}
