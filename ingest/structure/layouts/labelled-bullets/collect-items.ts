import type { SourceLine } from "../../../read/source-text.js";
import { type BulletLine, continuesText, readBulletLine } from "./bullet-lines.js";

export interface BulletField {
  label: string;
  value: string;
}

export interface BulletItem {
  itemNumber: string | null;
  text: string;
  fields: BulletField[];
  /** Bullets without a label inside the item, kept for the unparsed report. */
  strayLines: SourceLine[];
  sourceLines: SourceLine[];
  line: number;
}

/** A run of items with nothing but blank lines and headings between them. */
export interface ItemRun {
  items: BulletItem[];
}

/** The index of the first non-blank line at or after `from`. */
function nextFilled(read: BulletLine[], from: number): number {
  let index = from;
  while (index < read.length && read[index]?.type === "blank") index += 1;
  return index;
}

/** Reads one item starting at `start` (a numbered line): its wrapped title, then labelled fields and their wrapped values. */
function readItem(lines: SourceLine[], read: BulletLine[], start: number): { item: BulletItem; next: number } | null {
  const head = read[start];
  if (head?.type !== "item") return null;
  const sourceLines: SourceLine[] = [lines[start] as SourceLine];
  let text = head.text;
  let index = nextFilled(read, start + 1);
  while (index < read.length && continuesText(read[index] as BulletLine)) {
    text = `${text} ${(read[index] as { text: string }).text}`;
    sourceLines.push(lines[index] as SourceLine);
    index = nextFilled(read, index + 1);
  }
  if (read[index]?.type !== "field") return null;
  const fields: BulletField[] = [];
  const strayLines: SourceLine[] = [];
  let next = index;
  while (index < read.length) {
    const current = read[index] as BulletLine;
    const last = fields[fields.length - 1];
    if (current.type === "field") {
      fields.push({ label: current.label, value: current.value });
    } else if (continuesText(current) && last) {
      last.value = `${last.value} ${(current as { text: string }).text}`;
    } else if (current.type === "bullet") {
      strayLines.push(lines[index] as SourceLine);
    } else {
      break;
    }
    sourceLines.push(lines[index] as SourceLine);
    next = index + 1;
    index = nextFilled(read, index + 1);
  }
  return {
    item: { itemNumber: head.itemNumber, text, fields, strayLines, sourceLines, line: start + 1 },
    next,
  };
}

/** Finds numbered items followed by labelled bullets, grouped into runs separated only by blanks and headings. */
export function collectItemRuns(lines: SourceLine[]): ItemRun[] {
  const read = lines.map(readBulletLine);
  const runs: ItemRun[] = [];
  let current: BulletItem[] = [];
  let index = 0;
  while (index < read.length) {
    const kind = read[index]?.type;
    const parsed = kind === "item" ? readItem(lines, read, index) : null;
    if (parsed) {
      current.push(parsed.item);
      index = parsed.next;
      continue;
    }
    if (kind !== "blank" && kind !== "heading" && current.length > 0) {
      runs.push({ items: current });
      current = [];
    }
    index += 1;
  }
  if (current.length > 0) runs.push({ items: current });
  return runs;
}
