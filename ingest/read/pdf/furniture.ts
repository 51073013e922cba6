import type { PageLayout, TextLine } from "./page-layout.js";

/**
 * Finds page furniture among a document's text lines: running headers and footers (a line
 * written at the same height on most pages, numbers aside) and lone page numbers ("3", "- 3 -",
 * "Trang 3", "3/12") in the top or bottom margin. Tables are never furniture.
 */

/** Share of the page height, from the top and from the bottom, where headers and footers sit. */
const marginShare = 0.1;
/** Lines this close vertically (points) count as written at the same height. */
const sameHeight = 3;
const pageNumber = /^[-–—\s]*(?:(?:trang|page)\s*)?\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?[-–—\s]*$/i;

function inMargin(line: TextLine, height: number): boolean {
  return line.bottom <= height * marginShare || line.top >= height * (1 - marginShare);
}

function shape(text: string): string {
  return text.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Keys "page:itemIndex" of the furniture lines. */
export function findFurniture(pages: PageLayout[]): Set<string> {
  const furniture = new Set<string>();
  const repeated = new Map<string, { pages: Set<number>; keys: string[] }>();
  for (const page of pages) {
    page.items.forEach((item, index) => {
      if (item.kind !== "line" || !inMargin(item.line, page.height)) return;
      const key = `${page.number}:${index}`;
      if (pageNumber.test(item.line.text)) {
        furniture.add(key);
        return;
      }
      const height = Math.round(item.line.top / sameHeight);
      const group = `${height}|${shape(item.line.text)}`;
      const entry = repeated.get(group) ?? { pages: new Set<number>(), keys: [] };
      entry.pages.add(page.number);
      entry.keys.push(key);
      repeated.set(group, entry);
    });
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  for (const entry of repeated.values()) if (entry.pages.size >= needed) entry.keys.forEach((key) => furniture.add(key));
  return furniture;
}
