import MarkdownIt from "markdown-it";
import type { Block, TableCellBlock, TableRowBlock } from "../../document/document-model.js";
import { inlineText, type InlineToken } from "./inline-text.js";

/**
 * Reads Markdown with a CommonMark + GFM parser (markdown-it) into the document model's blocks:
 * headings with their level, paragraphs, list items with their nesting depth, and pipe tables
 * as cell grids with the header row marked and bold cells flagged. Provenance is the span of the
 * file's own lines each block came from, so a citation quotes the file as written.
 *
 * Text that Markdown does not structure (tab-separated exports, indented lines) stays in
 * paragraphs; the line-based layout parsers read it from the lines.
 */
const parser = new MarkdownIt({ html: true, linkify: false, typographer: false });

type Token = ReturnType<InstanceType<typeof MarkdownIt>["parse"]>[number];

const provenance = (map: [number, number] | null | undefined, fallbackLine: number) => {
  const start = map ? map[0] + 1 : fallbackLine;
  const end = map ? Math.max(map[1], start) : fallbackLine;
  return { startLine: start, endLine: end, page: null };
};

interface Cursor {
  tokens: Token[];
  index: number;
}

/** Reads one table starting at `table_open`; returns its block and moves the cursor past `table_close`. */
function readTable(cursor: Cursor): Block | null {
  const open = cursor.tokens[cursor.index];
  const rows: TableRowBlock[] = [];
  let inHead = false;
  let row: TableCellBlock[] | null = null;
  let rowMap: [number, number] | null = null;
  for (cursor.index += 1; cursor.index < cursor.tokens.length; cursor.index += 1) {
    const token = cursor.tokens[cursor.index];
    if (!token) break;
    if (token.type === "table_close") break;
    if (token.type === "thead_open") inHead = true;
    else if (token.type === "thead_close") inHead = false;
    else if (token.type === "tr_open") {
      row = [];
      rowMap = token.map ?? null;
    } else if (token.type === "tr_close" && row) {
      const line = rowMap ? rowMap[0] + 1 : (open?.map?.[0] ?? 0) + 1;
      rows.push({ kind: inHead ? "header" : "body", cells: row, provenance: { startLine: line, endLine: line, page: null } });
      row = null;
    } else if (token.type === "inline" && row) {
      const read = inlineText(token.children as InlineToken[] | null, token.content);
      row.push({ text: read.text, rowSpan: 1, colSpan: 1, header: inHead, bold: read.bold });
    }
  }
  if (rows.length === 0 || !open) return null;
  const columnCount = Math.max(...rows.map((each) => each.cells.length), 1);
  return { type: "table", rows, columnCount, provenance: provenance(open.map, rows[0]?.provenance.startLine ?? 1) };
}

/** The blocks of a Markdown text, in reading order. */
export function markdownBlocks(text: string): Block[] {
  const tokens = parser.parse(text, {});
  const blocks: Block[] = [];
  const cursor: Cursor = { tokens, index: 0 };
  const listDepth: string[] = [];
  let pendingItem: { marker: string; map: [number, number] | null } | null = null;
  for (; cursor.index < tokens.length; cursor.index += 1) {
    const token = tokens[cursor.index];
    if (!token) continue;
    switch (token.type) {
      case "table_open": {
        const table = readTable(cursor);
        if (table) blocks.push(table);
        break;
      }
      case "bullet_list_open":
      case "ordered_list_open":
        listDepth.push(token.markup);
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        listDepth.pop();
        break;
      case "list_item_open":
        pendingItem = { marker: token.info ? `${token.info}${token.markup}` : token.markup, map: token.map ?? null };
        break;
      case "heading_open": {
        const inline = tokens[cursor.index + 1];
        const level = Number(token.tag.slice(1)) || 1;
        const text = inlineText(inline?.children as InlineToken[] | null, inline?.content ?? "").text;
        if (text !== "") blocks.push({ type: "heading", level, text, provenance: provenance(token.map, 1) });
        break;
      }
      case "paragraph_open": {
        const inline = tokens[cursor.index + 1];
        const text = inlineText(inline?.children as InlineToken[] | null, inline?.content ?? "").text;
        if (text === "") break;
        if (pendingItem) {
          const depth = Math.max(listDepth.length - 1, 0);
          blocks.push({ type: "list-item", depth, marker: pendingItem.marker, text, provenance: provenance(token.map, 1) });
          pendingItem = null;
        } else {
          blocks.push({ type: "paragraph", text, provenance: provenance(token.map, 1) });
        }
        break;
      }
      default:
        break;
    }
  }
  return blocks;
}
