/**
 * Puts the rows of the tables that pdf-parse detected (from the ruling lines) back into a
 * page's text: the lines holding a table's words are replaced by one line per row with
 * tab-separated cells, the layout the table parsers read. A table is replaced only when
 * the page lines hold exactly its words, so nothing is lost or duplicated; otherwise the
 * page text is kept as extracted.
 */

export type PageTable = string[][];

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function words(text: string): string[] {
  const collapsed = collapse(text);
  return collapsed === "" ? [] : collapsed.split(" ");
}

function sameWords(left: string[], right: string[]): boolean {
  if (left.length !== right.length) return false;
  const sortedLeft = [...left].sort();
  const sortedRight = [...right].sort();
  return sortedLeft.every((word, index) => word === sortedRight[index]);
}

export function tableRowLines(table: PageTable): string[] {
  return table
    .map((row) => row.map((cell) => collapse(cell)))
    .filter((cells) => cells.some((cell) => cell !== ""))
    .map((cells) => cells.join("\t"));
}

/** Finds lines [start, end) from `from` on whose words are exactly the table's words. */
function findRegion(lines: string[], tableWords: string[], from: number): { start: number; end: number } | null {
  const firstWord = tableWords[0];
  if (firstWord === undefined) return null;
  for (let start = from; start < lines.length; start += 1) {
    if (words(lines[start] ?? "")[0] !== firstWord) continue;
    const collected: string[] = [];
    for (let end = start; end < lines.length; end += 1) {
      collected.push(...words(lines[end] ?? ""));
      if (collected.length > tableWords.length) break;
      if (collected.length === tableWords.length) {
        if (sameWords(collected, tableWords)) return { start, end: end + 1 };
        break;
      }
    }
  }
  return null;
}

export function replaceTableRegions(pageText: string, tables: PageTable[]): { lines: string[]; replacedTables: number } {
  let lines = pageText.split("\n");
  let cursor = 0;
  let replacedTables = 0;
  for (const table of tables) {
    const rowLines = tableRowLines(table);
    const tableWords = rowLines.flatMap((line) => words(line));
    const region = findRegion(lines, tableWords, cursor);
    if (region === null) continue;
    lines = [...lines.slice(0, region.start), ...rowLines, ...lines.slice(region.end)];
    cursor = region.start + rowLines.length;
    replacedTables += 1;
  }
  return { lines, replacedTables };
}
