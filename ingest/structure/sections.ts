import type { SourceLine } from "../read/source-text.js";
import { foldText } from "../../vietnamese/fold.js";
import {
  FIXED_KINDS,
  NUMBERED_KINDS,
  type HeadingCandidate,
  type HeadingKind,
  measureWrapWidth,
  opensTable,
  readCaption,
  readHeading,
} from "./document/heading-lines.js";
import { isBlank, plainText, shortTitle } from "./document/line-text.js";
import { findTitleBlocks } from "./document/title-block.js";

export interface Section {
  /** Heading as written (Markdown removed), first ~120 characters. */
  title: string;
  /** Depth in the tree, 1 = outermost. */
  level: number;
  startLine: number;
  endLine: number;
  /** Titles from the outermost section down to this one. */
  path: string[];
}

export interface SectionMap {
  sections: Section[];
  /** Section titles in force at a 1-based line, outermost first ([] before the first heading). */
  breadcrumbAt: (line: number) => string[];
}

interface OpenSection {
  kind: HeadingKind;
  order: number;
  shape: string;
  section: Section;
}

/** "QUÝ III/2026" and "QUÝ I/2026" share the shape "quy # #": same-shape headings are siblings. */
function shapeOf(title: string): string {
  return foldText(title)
    .split(" ")
    .map((word) => (/^\d+$/.test(word) || /^[ivxlc]+$/.test(word) ? "#" : word))
    .join(" ");
}

/** Index in the stack from which entries close when `heading` opens (stack.length when none close). */
function closeFrom(stack: OpenSection[], heading: HeadingCandidate, shape: string): number {
  // "Nơi nhận" lists recipients and the signature: a heading after it opens what the document attaches, under nothing.
  const closing = stack.findIndex((open) => open.kind === "closing");
  if (closing !== -1 && heading.kind !== "caption") return closing;
  if (FIXED_KINDS.has(heading.kind)) {
    const index = stack.findIndex((open) => !FIXED_KINDS.has(open.kind) || open.order >= heading.order);
    return index === -1 ? stack.length : index;
  }
  const lastFixed = stack.reduce((found, open, index) => (FIXED_KINDS.has(open.kind) ? index : found), -1);
  const free = stack.slice(lastFixed + 1);
  const offset = lastFixed + 1;
  if (heading.kind === "caption") return stack.length;
  if (NUMBERED_KINDS.has(heading.kind)) {
    const index = free.findIndex((open) => NUMBERED_KINDS.has(open.kind) && open.order >= heading.order);
    return index === -1 ? stack.length : offset + index;
  }
  const sibling = free.findIndex((open) => (open.kind === "markdown" || open.kind === "bold") && open.shape === shape);
  if (sibling !== -1) return offset + sibling;
  const parent = free.map((open) => open.kind === "markdown" && open.order < heading.order).lastIndexOf(true);
  if (parent !== -1) return offset + parent + 1;
  const deeper = free.findIndex((open) => (open.kind === "markdown" || open.kind === "bold") && open.order >= heading.order);
  return deeper === -1 ? stack.length : offset + deeper;
}

/** Builds the section tree of a document from its lines: headings by general features, tables and title blocks skipped. */
export function buildSectionMap(lines: SourceLine[]): SectionMap {
  const sections: Section[] = [];
  const events: { line: number; path: string[] }[] = [];
  const stack: OpenSection[] = [];
  const titleBlocks = new Map(findTitleBlocks(lines).map((block) => [block.kindLine, block]));
  let inTable = false;
  const wrapWidth = measureWrapWidth(lines);
  let skipThrough = -1;

  const closeStack = (from: number, beforeLine: number) => {
    for (const open of stack.splice(from)) open.section.endLine = Math.max(open.section.startLine, beforeLine - 1);
  };
  const open = (heading: HeadingCandidate, startLine: number) => {
    const shape = shapeOf(heading.title);
    closeStack(closeFrom(stack, heading, shape), startLine);
    const title = shortTitle(heading.title.replace(/\s*:$/, ""));
    const path = [...stack.map((entry) => entry.section.title), title];
    const section: Section = { title, level: stack.length + 1, startLine, endLine: lines.length, path };
    sections.push(section);
    stack.push({ kind: heading.kind, order: heading.order, shape, section });
    events.push({ line: startLine, path });
  };

  for (let index = 0; index < lines.length; index += 1) {
    if (index <= skipThrough) continue;
    const line = index + 1;
    const raw = lines[index]?.text ?? "";
    const titleBlock = titleBlocks.get(line);
    if (titleBlock) {
      // A file quoting a second document under a heading of its own ("# Nghị quyết 20 - 2012", then
      // its header and "NGHỊ QUYẾT"): the quoted document's sections lie under that heading.
      const keep = introducingHeading(stack, lines, line, titleBlock.kindName);
      closeStack(keep, line);
      events.push({ line, path: stack.map((entry) => entry.section.title) });
      inTable = false;
      skipThrough = Math.max(index, ...titleBlock.titleLines.map((titleLine) => titleLine - 1));
      continue;
    }
    const heading = readHeading(lines, index, { inTable, wrapWidth });
    if (!heading) {
      if (opensTable(raw)) inTable = true;
      continue;
    }
    if (heading.endsTable) inTable = false;
    open(heading, line);
    skipThrough = heading.lastIndex;
    if (heading.bareLabel) {
      const caption = readCaption(lines, heading.lastIndex + 1);
      if (caption) {
        open(caption, firstFilledLineAfter(lines, heading.lastIndex) ?? line);
        skipThrough = caption.lastIndex;
      }
    }
  }

  return {
    sections,
    breadcrumbAt: (line: number) => {
      let low = 0;
      let high = events.length - 1;
      let found: string[] = [];
      while (low <= high) {
        const middle = (low + high) >> 1;
        const event = events[middle];
        if (event && event.line <= line) {
          found = event.path;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return [...found];
    },
  };
}

/** 1-based number of the first non-blank line after a 0-based index. */
function firstFilledLineAfter(lines: SourceLine[], index: number): number | null {
  for (let position = index + 1; position < lines.length; position += 1) {
    if ((lines[position]?.text ?? "").trim() !== "") return position + 1;
  }
  return null;
}

/** Non-blank lines of a document's header between a heading and the title block it introduces: the issuer, number, place and date. */
const MAX_HEADER_LINES = 10;
const MAX_HEADER_WORDS = 12;

/**
 * How many open sections stay open when a title block opens at `line`: all up to the innermost when
 * it is a Markdown or bold heading naming a document of the block's kind with nothing but that
 * document's header between them (short lines: issuer, "Số: 20-NQ/TW", place and date), else
 * none — a title block starts a new tree.
 */
function introducingHeading(stack: OpenSection[], lines: SourceLine[], line: number, kindName: string): number {
  const top = stack.at(-1);
  if (!top || (top.kind !== "markdown" && top.kind !== "bold")) return 0;
  // The heading names a document of the block's kind ("Nghị quyết 20 - 2012" above "NGHỊ QUYẾT"), not its issuer.
  if (!foldText(top.section.title).startsWith(foldText(kindName))) return 0;
  const between = lines.slice(top.section.startLine, line - 1).filter((source) => !isBlank(source.text));
  const words = (text: string) => plainText(text).split(" ").filter((word) => /[\p{L}\d]/u.test(word)).length;
  const header = between.length <= MAX_HEADER_LINES && between.every((source) => words(source.text) <= MAX_HEADER_WORDS);
  return header ? stack.length : 0;
}

