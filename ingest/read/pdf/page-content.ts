import type { PDFPageProxy } from "pdfjs-dist/types/src/display/api.js";
import { OPS, Util } from "./pdfjs.js";
import type { Edge, PageContent, Word } from "./geometry.js";

/**
 * Reads one page through pdf.js: the words of its text layer with their boxes, and the ruling
 * lines its content stream draws (every straight horizontal or vertical segment of a stroked or
 * filled path, rectangles included), all in top-down page coordinates.
 */

type Matrix = [number, number, number, number, number, number];

/** pdf.js path codes inside a constructPath operator (DrawOPS). */
const moveTo = 0;
const lineTo = 1;
const curveTo = 2;
const closePath = 3;

const paintOps = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const imageOps = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
const boldFont = /bold|black|heavy|semibold|demi/i;
/** Slack, in points, within which a segment still counts as horizontal or vertical. */
const straightness = 0.5;

function apply(matrix: Matrix, x: number, y: number): [number, number] {
  return [matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]];
}

function segmentEdge(ax: number, ay: number, bx: number, by: number): Edge | null {
  if (Math.abs(ay - by) <= straightness && Math.abs(ax - bx) > straightness) {
    const y = (ay + by) / 2;
    return { orientation: "h", x0: Math.min(ax, bx), x1: Math.max(ax, bx), top: y, bottom: y };
  }
  if (Math.abs(ax - bx) <= straightness && Math.abs(ay - by) > straightness) {
    const x = (ax + bx) / 2;
    return { orientation: "v", x0: x, x1: x, top: Math.min(ay, by), bottom: Math.max(ay, by) };
  }
  return null;
}

/** The straight segments of one pdf.js path buffer, mapped through `toPage`. */
function pathEdges(path: ArrayLike<number>, toPage: (x: number, y: number) => [number, number]): Edge[] {
  const edges: Edge[] = [];
  let start: [number, number] | null = null;
  let current: [number, number] | null = null;
  for (let index = 0; index < path.length; ) {
    const code = path[index];
    if (code === moveTo || code === lineTo) {
      const point = toPage(path[index + 1] ?? 0, path[index + 2] ?? 0);
      if (code === lineTo && current) {
        const edge = segmentEdge(current[0], current[1], point[0], point[1]);
        if (edge) edges.push(edge);
      } else start = point;
      current = point;
      index += 3;
    } else if (code === curveTo) {
      current = toPage(path[index + 5] ?? 0, path[index + 6] ?? 0);
      index += 7;
    } else if (code === closePath) {
      if (current && start) {
        const edge = segmentEdge(current[0], current[1], start[0], start[1]);
        if (edge) edges.push(edge);
      }
      current = start;
      index += 1;
    } else break;
  }
  return edges;
}

async function pageEdges(page: PDFPageProxy, viewport: Matrix): Promise<{ edges: Edge[]; images: number }> {
  const operators = await page.getOperatorList();
  const edges: Edge[] = [];
  let images = 0;
  let matrix: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  operators.fnArray.forEach((fn, index) => {
    const args = operators.argsArray[index] as unknown[] | null;
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) stack.push(matrix);
    if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) matrix = stack.pop() ?? matrix;
    if (fn === OPS.transform && args) matrix = Util.transform(matrix, args as Matrix) as Matrix;
    if (fn === OPS.paintFormXObjectBegin && Array.isArray(args?.[0])) matrix = Util.transform(matrix, args[0] as Matrix) as Matrix;
    if (imageOps.has(fn)) images += 1;
    if (fn !== OPS.constructPath || !args || !paintOps.has(args[0] as number)) return;
    const buffers = args[1] as (ArrayLike<number> | null)[] | undefined;
    const path = buffers?.[0];
    if (!path) return;
    const toPage = (x: number, y: number): [number, number] => {
      const [userX, userY] = apply(matrix, x, y);
      return apply(viewport, userX, userY);
    };
    edges.push(...pathEdges(path, toPage));
  });
  return { edges, images };
}

function fontIsBold(page: PDFPageProxy, fontName: string): boolean {
  try {
    if (!page.commonObjs.has(fontName)) return false;
    const font = page.commonObjs.get(fontName) as { name?: unknown } | null;
    return typeof font?.name === "string" && boldFont.test(font.name);
  } catch {
    return false;
  }
}

/** Splits a text item into its words, each given its share of the item's width. */
function itemWords(text: string, x0: number, width: number, top: number, bottom: number, bold: boolean): Word[] {
  const words: Word[] = [];
  const perChar = text.length === 0 ? 0 : width / text.length;
  for (const match of text.matchAll(/\S+/g)) {
    const start = x0 + perChar * match.index;
    words.push({ text: match[0], x0: start, x1: start + perChar * match[0].length, top, bottom, size: bottom - top, bold });
  }
  return words;
}

async function pageWords(page: PDFPageProxy, viewport: Matrix): Promise<Word[]> {
  const content = await page.getTextContent();
  const words: Word[] = [];
  for (const item of content.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [a, b, c, d, e, f] = item.transform as Matrix;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    if (Math.abs(b) > 0.01 * size || Math.abs(c) > 0.01 * size) continue; // rotated text: not part of the body flow
    const width = item.width;
    const [left, baseline] = apply(viewport, e, f);
    const [right] = apply(viewport, e + width, f);
    const top = baseline - size * 0.8;
    const bottom = baseline + size * 0.2;
    words.push(...itemWords(item.str.normalize("NFC"), Math.min(left, right), Math.abs(right - left), top, bottom, fontIsBold(page, item.fontName)));
  }
  return words;
}

export async function readPageContent(page: PDFPageProxy): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const transform = viewport.transform as Matrix;
  const { edges, images } = await pageEdges(page, transform);
  const words = await pageWords(page, transform);
  return { number: page.pageNumber, width: viewport.width, height: viewport.height, words, edges, images };
}
