/**
 * Turns the simple HTML that mammoth writes for a DOCX into text lines: one line per
 * paragraph, heading or list item, and one line per table row with its cells separated by
 * tabs ("STT\tNội dung\t…"). Line breaks inside a cell become spaces. A cell spanning several
 * columns is followed by empty cells, and a cell spanning several rows leaves an empty cell
 * in the rows below, so every row of a table has the same columns.
 */

interface Cell {
  text: string;
  columnSpan: number;
  rowSpan: number;
}

interface TableState {
  rows: Cell[][];
  currentRow: Cell[] | null;
  currentCell: Cell | null;
}

interface ListState {
  ordered: boolean;
  counter: number;
}

const blockTags = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div"]);

const namedEntities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return namedEntities[body.toLowerCase()] ?? whole;
  });
}

function spanAttribute(attributes: string, name: string): number {
  const match = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attributes);
  const value = match ? Number.parseInt(match[1] ?? "1", 10) : 1;
  return Number.isFinite(value) && value > 0 ? value : 1;
}

function collapse(text: string): string {
  return text.replace(/[\t\r\n ]+/g, " ").trim();
}

/** Lays the rows out on a grid, filling column spans and row spans with empty cells. */
function tableLines(rows: Cell[][]): string[] {
  const carried = new Map<number, number>();
  const lines: string[] = [];
  for (const row of rows) {
    const cells: string[] = [];
    let column = 0;
    const takeCarried = (): void => {
      let remaining = carried.get(column) ?? 0;
      while (remaining > 0) {
        carried.set(column, remaining - 1);
        cells.push("");
        column += 1;
        remaining = carried.get(column) ?? 0;
      }
    };
    for (const cell of row) {
      takeCarried();
      for (let offset = 0; offset < cell.columnSpan; offset += 1) {
        cells.push(offset === 0 ? collapse(cell.text) : "");
        if (cell.rowSpan > 1) carried.set(column, cell.rowSpan - 1);
        column += 1;
      }
    }
    takeCarried();
    lines.push(cells.join("\t"));
  }
  return lines;
}

export function htmlToLines(html: string): string[] {
  const lines: string[] = [];
  const tables: TableState[] = [];
  const lists: ListState[] = [];
  let block = "";
  let blockPrefix = "";

  const currentCell = (): Cell | null => tables[tables.length - 1]?.currentCell ?? null;
  const appendText = (text: string): void => {
    const cell = currentCell();
    if (cell) cell.text += text;
    else block += text;
  };
  const flushBlock = (): void => {
    const text = collapse(block);
    if (text !== "") lines.push(blockPrefix + text);
    block = "";
    blockPrefix = "";
  };

  const tokenPattern = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
  for (const token of html.matchAll(tokenPattern)) {
    const [, closing, rawTag, attributes = "", text] = token;
    if (text !== undefined) {
      appendText(decodeEntities(text));
      continue;
    }
    const tag = (rawTag ?? "").toLowerCase();
    const inCell = currentCell() !== null;
    if (tag === "br") {
      if (inCell) appendText(" ");
      else {
        const prefix = blockPrefix;
        flushBlock();
        blockPrefix = prefix === "" ? "" : " ".repeat(prefix.length);
      }
      continue;
    }
    if (tag === "table") {
      if (closing === "") {
        if (!inCell) flushBlock();
        tables.push({ rows: [], currentRow: null, currentCell: null });
        continue;
      }
      const finished = tables.pop();
      if (!finished) continue;
      const rendered = tableLines(finished.rows);
      const parentCell = tables[tables.length - 1]?.currentCell;
      if (parentCell) parentCell.text += ` ${rendered.map((line) => line.replace(/\t+/g, " ")).join(" ")} `;
      else lines.push(...rendered);
      continue;
    }
    const table = tables[tables.length - 1];
    if (table && tag === "tr") {
      if (closing === "") table.currentRow = [];
      else if (table.currentRow) {
        table.rows.push(table.currentRow);
        table.currentRow = null;
      }
      continue;
    }
    if (table && (tag === "td" || tag === "th")) {
      if (closing === "") {
        table.currentCell = { text: "", columnSpan: spanAttribute(attributes, "colspan"), rowSpan: spanAttribute(attributes, "rowspan") };
      } else if (table.currentCell) {
        (table.currentRow ?? (table.currentRow = [])).push(table.currentCell);
        table.currentCell = null;
      }
      continue;
    }
    if (tag === "ul" || tag === "ol") {
      if (closing === "") {
        if (!inCell) flushBlock();
        lists.push({ ordered: tag === "ol", counter: 0 });
      } else lists.pop();
      continue;
    }
    if (blockTags.has(tag)) {
      if (inCell) {
        appendText(" ");
        continue;
      }
      flushBlock();
      if (closing === "" && tag === "li") {
        const list = lists[lists.length - 1];
        if (list) list.counter += 1;
        const indent = "  ".repeat(Math.max(0, lists.length - 1));
        blockPrefix = `${indent}${list?.ordered ? `${list.counter}.` : "-"} `;
      }
    }
  }
  flushBlock();
  return lines;
}
