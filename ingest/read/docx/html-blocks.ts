import { isTag, isText, type ChildNode as Node, type Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import type { TableCellBlock } from "../../document/document-model.js";
import { markImplicitHeader, RenditionWriter, type DraftRow, type Rendition } from "../rendition.js";

/**
 * Reads the HTML mammoth writes for a DOCX with a real HTML parser (htmlparser2) straight into
 * blocks: headings with their level, paragraphs, list items with their nesting depth, and tables
 * as rows of cells with their spans, header flags and bold flags.
 */


const headingTag = /^h([1-6])$/;
const boldTags = new Set(["strong", "b"]);
const containerTags = new Set(["div", "blockquote", "section", "article", "body", "html", "main", "center"]);

function isElement(node: Node): node is Element {
  return isTag(node);
}

function childElements(element: Element, names: string[]): Element[] {
  return element.children.filter((child): child is Element => isElement(child) && names.includes(child.name));
}

function spanOf(element: Element, name: string): number {
  const value = Number.parseInt(element.attribs[name] ?? "1", 10);
  return Number.isFinite(value) && value > 0 ? value : 1;
}

/** Text of inline content; a <br> or a nested block becomes `separator`, a nested table its rows' text. */
function inlineText(nodes: Node[], separator: string, skip: (element: Element) => boolean = () => false): string {
  let text = "";
  for (const node of nodes) {
    if (isText(node)) text += node.data;
    else if (isElement(node)) {
      if (skip(node)) continue;
      if (node.name === "br") text += separator;
      else if (["p", "div", "li", "table", "tr", "td", "th"].includes(node.name)) text += ` ${inlineText(node.children, separator, skip)} `;
      else text += inlineText(node.children, separator, skip);
    }
  }
  return text;
}

/** True when every visible character of the nodes sits inside <strong>/<b>. */
function allBold(nodes: Node[], inBold = false): boolean {
  let sawText = false;
  const visit = (list: Node[], bold: boolean): boolean => {
    for (const node of list) {
      if (isText(node)) {
        if (node.data.trim() === "") continue;
        sawText = true;
        if (!bold) return false;
      } else if (isElement(node) && !visit(node.children, bold || boldTags.has(node.name))) return false;
    }
    return true;
  };
  return visit(nodes, inBold) && sawText;
}

function readCell(cell: Element, inHead: boolean): TableCellBlock {
  return {
    text: inlineText(cell.children, " "),
    rowSpan: spanOf(cell, "rowspan"),
    colSpan: spanOf(cell, "colspan"),
    header: inHead || cell.name === "th",
    bold: allBold(cell.children),
  };
}

function tableRows(table: Element): DraftRow[] {
  const rows: DraftRow[] = [];
  const addRow = (row: Element, inHead: boolean): void => {
    const cells = childElements(row, ["td", "th"]).map((cell) => readCell(cell, inHead));
    if (cells.length === 0) return;
    rows.push({ kind: cells.every((cell) => cell.header) ? "header" : "body", cells, page: null });
  };
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === "tr") addRow(child, false);
    else if (["thead", "tbody", "tfoot"].includes(child.name)) childElements(child, ["tr"]).forEach((row) => addRow(row, child.name === "thead"));
  }
  markImplicitHeader(rows);
  return rows;
}

function readList(list: Element, depth: number, writer: RenditionWriter): void {
  let counter = Number.parseInt(list.attribs.start ?? "1", 10);
  if (!Number.isFinite(counter)) counter = 1;
  const ordered = list.name === "ol";
  for (const item of childElements(list, ["li"])) {
    const nested = (element: Element) => element.name === "ul" || element.name === "ol";
    writer.listItem(depth, ordered ? `${counter}.` : "-", inlineText(item.children, " ", nested), null);
    counter += 1;
    for (const child of item.children) if (isElement(child) && nested(child)) readList(child, depth + 1, writer);
  }
}

function readBlocks(nodes: Node[], writer: RenditionWriter): void {
  let loose = "";
  const flushLoose = (): void => {
    writer.paragraph(loose.split("\n"), null);
    loose = "";
  };
  for (const node of nodes) {
    if (isText(node)) {
      loose += node.data;
      continue;
    }
    if (!isElement(node)) continue;
    const heading = headingTag.exec(node.name);
    if (heading || node.name === "p" || node.name === "pre" || node.name === "table" || node.name === "ul" || node.name === "ol" || containerTags.has(node.name)) flushLoose();
    if (heading) writer.heading(Number(heading[1]), inlineText(node.children, " "), null);
    else if (node.name === "p" || node.name === "pre") writer.paragraph(inlineText(node.children, "\n").split("\n"), null);
    else if (node.name === "table") writer.table(tableRows(node));
    else if (node.name === "ul" || node.name === "ol") readList(node, 0, writer);
    else if (containerTags.has(node.name)) readBlocks(node.children, writer);
    else loose += inlineText([node], "\n");
  }
  flushLoose();
}

export function htmlToRendition(html: string): Rendition {
  const writer = new RenditionWriter();
  readBlocks(parseDocument(html).children, writer);
  return writer.finish();
}
