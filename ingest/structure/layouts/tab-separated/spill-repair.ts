import { cleanCellText, endsUnfinished, htmlBlocks, startsLowercase } from "./cell-text.js";

/**
 * Text that a PDF-to-DOCX conversion put in the wrong row: the end of a cell lands at the start
 * of the same cell in the next row ("<p>các khoá đào tạo…</p> <p>Tổ chức…</p>" under item 9
 * finishes item 8; "KTHH & QLCL) Sở Nông nghiệp…" under item 48 finishes item 47's owner).
 * Only moves text when the split point is clear; otherwise leaves the cell as written.
 */
export interface Spill {
  /** Text that belongs to the end of the cell above. */
  head: string;
  /** What the cell keeps (raw, blocks re-wrapped in <p>). */
  rest: string;
}

const separatorEnd = /[;,:]$/;
const maxEchoWords = 8;

function wrapBlocks(blocks: string[]): string {
  return blocks.length <= 1 ? (blocks[0] ?? "") : blocks.map((block) => `<p>${block}</p>`).join(" ");
}

/** Highest "N." list number opening a block of the cell above (so "4.", "5." can follow "3."). */
function lastListNumber(aboveRaw: string): number | null {
  let last: number | null = null;
  for (const block of htmlBlocks(aboveRaw)) {
    const match = block.match(/^(\d+)\.\s/);
    if (match?.[1]) last = Number(match[1]);
  }
  return last;
}

/** Finds where the cell's own text restarts with the opening words of the cell above. */
function echoSplit(above: string, text: string, minWords: number): number | null {
  const words = above.split(" ");
  for (let count = Math.min(words.length, maxEchoWords); count >= minWords; count -= 1) {
    const prefix = words.slice(0, count).join(" ");
    if (prefix.length < 6) continue;
    const index = text.indexOf(prefix, 1);
    if (index > 0 && text[index - 1] === " " && !separatorEnd.test(text.slice(0, index).trim())) return index;
  }
  return null;
}

function splitLowercaseStart(aboveRaw: string, raw: string, above: string, text: string): Spill | null {
  const blocks = htmlBlocks(raw);
  if (blocks.length >= 2) {
    const moved = [blocks[0] ?? ""];
    let rest = blocks.slice(1);
    let number = lastListNumber(aboveRaw);
    while (number !== null && rest[0]?.startsWith(`${number + 1}. `)) {
      moved.push(rest[0]);
      rest = rest.slice(1);
      number += 1;
    }
    return { head: moved.join(" "), rest: wrapBlocks(rest) };
  }
  const sentence = text.match(/^(.*?[.!?])\s+(?=\p{Lu})/u);
  if (sentence?.[1]) return { head: sentence[1], rest: text.slice(sentence[0].length) };
  const echo = echoSplit(above, text, 2);
  if (echo !== null) return { head: text.slice(0, echo).trim(), rest: text.slice(echo) };
  return null;
}

/** A short cell above (an agency cut mid-name) whose whole text reappears inside this cell after the missing tail. */
function splitWholeEcho(above: string, text: string): Spill | null {
  if (above.split(" ").length > maxEchoWords || !endsUnfinished(above) || !/\p{L}/u.test(above)) return null;
  const index = text.indexOf(above, 1);
  if (index <= 0 || text[index - 1] !== " ") return null;
  const head = text.slice(0, index).trim();
  if (!/\p{L}/u.test(head) || separatorEnd.test(head) || head.split(" ").length > 6) return null;
  return { head, rest: text.slice(index) };
}

/** The part of `raw` (a cell) that finishes `aboveRaw` (the same column, one row up), or null. */
export function findSpill(aboveRaw: string, raw: string): Spill | null {
  const above = cleanCellText(aboveRaw);
  const text = cleanCellText(raw);
  if (above === "" || text === "") return null;
  if (startsLowercase(text)) return splitLowercaseStart(aboveRaw, raw, above, text);
  return splitWholeEcho(above, text);
}

/** Applies `findSpill` down every column except the skipped ones (item numbers); mutates and returns the rows' raw cells. */
export function repairSpills(rows: { cells: string[]; isGroupLike: boolean }[], skipColumns: Set<number>): void {
  for (let index = 1; index < rows.length; index += 1) {
    const above = rows[index - 1];
    const row = rows[index];
    if (!above || !row || above.isGroupLike) continue;
    row.cells.forEach((raw, column) => {
      if (skipColumns.has(column)) return;
      const spill = findSpill(above.cells[column] ?? "", raw);
      if (!spill) return;
      above.cells[column] = `${above.cells[column] ?? ""} ${spill.head}`;
      row.cells[column] = spill.rest;
    });
  }
}
