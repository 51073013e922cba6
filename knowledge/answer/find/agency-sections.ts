import type { Passage } from "../../../ingest/records/schemas.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import { foldText } from "../../../vietnamese/fold.js";
import { startsListItem } from "../../../vietnamese/sentences.js";
import type { KnowledgeBase } from "./knowledge-base.js";

/**
 * The part of a document written for one agency: a section headed by its name ("3. Sở Tài
 * chính", "a) Bộ Công an") or a list item that starts with it ("5. Công an tỉnh Chủ trì, tham
 * mưu …"), as plans and decisions write the duties of each agency in "Tổ chức thực hiện". Read
 * from the body passages, in the document's order; nothing is written for one document.
 */
export interface AgencySection {
  file: string;
  /** The heading the text sits under, as written ("3. Sở Tài chính", or the section of an item). */
  place: string;
  /** The headings above it, outermost first, `place` last. */
  breadcrumb: string[];
  /** The agency's own text, its heading left out. */
  text: string;
  /** Source line of the first line of `text`. */
  line: number;
  /** Every source line `text` spans, for the citation. */
  lines: number[];
}

export interface AgencySectionOptions {
  /** Files searched (all when empty). */
  files: string[];
  /** Files whose sections come first, in this order (then the documents' order). */
  preferred?: string[];
  /** Sections kept at most. */
  limit: number;
}

type Agency = { canonical: string; written: string };

/** Passages searched for the agency's name before its sections are picked out. */
const searchedPassages = 60;
/** Numbering, then the name: "3.", "IV.", "a)", "-", "3.1." (and markdown marks). */
const leadingMarker = /^[\s*#_]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,5}|[a-zđ])[.)]|[-+•–])?\s*/iu;

/** "3. Sở Tài chính" → "Sở Tài chính"; a parenthesis ("(cơ quan thường trực)") or a closing colon are no part of the name. */
function headingName(heading: string): string {
  return heading.replace(leadingMarker, "").replace(/\([^)]*\)/g, " ").replace(/[*_:]+\s*$/u, "").replace(/\s+/g, " ").trim();
}

function folded(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N} ]/gu, " ").replace(/\s+/g, " ").trim();
}

/** The text names this agency and nothing but it. */
function namesOnly(text: string, agency: Agency, glossary: Glossary): boolean {
  return onlyAgencyNamed(text, glossary)?.canonical === agency.canonical;
}

/** The one agency a heading names and nothing but it ("3. Sở Tài chính", "4. Văn phòng UBND tỉnh (…)"); null otherwise. */
export function onlyAgencyNamed(heading: string, glossary: Glossary): Agency | null {
  const name = headingName(heading);
  const mentions = glossary.findAgencies(name);
  const [only] = mentions;
  if (mentions.length !== 1 || !only) return null;
  return folded(only.written).length >= folded(name).length * 0.8 ? { canonical: only.canonical, written: only.written } : null;
}

/** The agency a list item opens with, before its duty ("6. Báo và Phát thanh Truyền hình tỉnh: đẩy mạnh …"); null otherwise. */
export function agencyOpeningItem(line: string, glossary: Glossary): { agency: Agency; duty: string } | null {
  if (!startsListItem(line)) return null;
  const rest = line.replace(leadingMarker, "");
  const [first] = glossary.findAgencies(rest);
  if (!first || rest.slice(0, first.start).trim() !== "") return null;
  const duty = rest.slice(first.start + first.written.length).replace(/^[\s:,–-]+/u, "");
  return /\p{L}{2,}/u.test(duty) ? { agency: { canonical: first.canonical, written: first.written }, duty } : null;
}

/** The item's text when the line starts (after its numbering) with the agency's name and goes on with a duty. */
function itemAfterName(line: string, agency: Agency, glossary: Glossary): string | null {
  const item = agencyOpeningItem(line, glossary);
  return item && item.agency.canonical === agency.canonical ? item.duty : null;
}

function passageLines(passage: Passage): { text: string; line: number }[] {
  const texts = passage.text.split("\n");
  return texts.map((text, index) => ({ text, line: passage.lineNumbers?.[index] ?? passage.startLine + index }));
}

/** A section headed by the agency's name: its passages joined, the heading line left out. */
function headedSection(passages: Passage[]): AgencySection | null {
  const ordered = [...passages].sort((left, right) => left.startLine - right.startLine);
  const first = ordered[0];
  if (!first) return null;
  const heading = first.breadcrumb.at(-1) ?? "";
  const lines = ordered.flatMap(passageLines).filter((entry, index) => !(index === 0 && folded(entry.text) === folded(heading)) && entry.text.trim() !== "");
  const start = lines[0];
  if (!start) return null;
  return { file: first.file, place: heading, breadcrumb: first.breadcrumb, text: lines.map((entry) => entry.text.trim()).join("\n"), line: start.line, lines: lines.map((entry) => entry.line) };
}

/** List items of a passage that start with the agency's name, each up to the next item. */
function itemSections(passage: Passage, agency: Agency, glossary: Glossary): AgencySection[] {
  const lines = passageLines(passage);
  const sections: AgencySection[] = [];
  lines.forEach((entry, index) => {
    const duty = itemAfterName(entry.text.trim(), agency, glossary);
    if (duty === null) return;
    const body = [{ text: duty, line: entry.line }];
    for (const next of lines.slice(index + 1)) {
      if (startsListItem(next.text.trim())) break;
      if (next.text.trim() !== "") body.push({ text: next.text.trim(), line: next.line });
    }
    sections.push({ file: passage.file, place: passage.breadcrumb.at(-1) ?? "", breadcrumb: passage.breadcrumb, text: body.map((part) => part.text).join("\n"), line: entry.line, lines: body.map((part) => part.line) });
  });
  return sections;
}

/**
 * The sections of the given files (all files when empty) written for the agency, in file order
 * (the files' order as given, then the preferred files', then the documents') and line order.
 */
export async function agencySections(agency: Agency, knowledgeBase: KnowledgeBase, glossary: Glossary, options: AgencySectionOptions): Promise<AgencySection[]> {
  const query = [...new Set([agency.written, agency.canonical])].join(" ");
  const hits = await knowledgeBase.searchPassages(query, { limit: searchedPassages, files: options.files, bodyOnly: true });
  const passages = hits.map((hit) => knowledgeBase.passage(hit.id)).filter((passage): passage is Passage => passage !== undefined && passage.recordId === null);
  const headed = new Map<string, Passage[]>();
  const items: AgencySection[] = [];
  for (const passage of passages) {
    const heading = passage.breadcrumb.at(-1);
    if (heading !== undefined && namesOnly(heading, agency, glossary)) {
      const key = `${passage.file}\u0001${passage.breadcrumb.join("\u0001")}`;
      headed.set(key, [...(headed.get(key) ?? []), passage]);
    } else items.push(...itemSections(passage, agency, glossary));
  }
  const sections = [...[...headed.values()].map(headedSection).filter((section): section is AgencySection => section !== null), ...items];
  const fileOrder = [...options.files, ...(options.preferred ?? []), ...knowledgeBase.documents.map((document) => document.file)];
  sections.sort((left, right) => fileOrder.indexOf(left.file) - fileOrder.indexOf(right.file) || left.line - right.line);
  return sections.slice(0, options.limit);
}
