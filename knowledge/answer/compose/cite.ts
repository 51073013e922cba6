import type { SourceLine } from "../../../ingest/read/source-text.js";
import type { DocumentInfo, KnowledgeRecord, Locator, Passage } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import type { Citation } from "../answer-types.js";
import { recordTitle } from "../find/knowledge-base.js";

/** "Kế hoạch 429/KH-UBND: Chuyển đổi số tỉnh Quảng Trị năm 2026" (or without number when the document has none yet). */
export function documentTitle(info: DocumentInfo | undefined, file: string): string {
  if (!info) return file;
  const head = info.number ? `${info.kind} ${info.number}` : info.kind;
  return info.title ? `${head}: ${info.title}` : head;
}

/** "Phụ lục III › mục 5 (dòng 661)" or "Phần II › 1. … (dòng 120)". */
export function locatorText(locator: Locator): string {
  const parts: string[] = [];
  const place = locator.appendix ?? locator.breadcrumb.at(-1) ?? locator.breadcrumb[0];
  if (place) parts.push(shorten(place, 60));
  const group = locator.groupPath.at(-1);
  if (group) parts.push(`nhóm ${shorten(group, 50)}`);
  if (locator.itemNumber) parts.push(`mục ${locator.itemNumber}`);
  return `${parts.join(" › ")} (dòng ${locator.line})`.trim();
}

function shorten(text: string, limit: number): string {
  const clean = text.replace(/[*#]/g, "").replace(/\s+/g, " ").trim();
  return clean.length <= limit ? clean : `${clean.slice(0, limit - 1).trimEnd()}…`;
}

const quoteLineLimit = 320;
const blockQuoteLimit = 420;

/** The source lines that hold the given facts (plus the row's first line), verbatim, trimmed to a window around the fact. */
export function quoteLines(sourceLines: SourceLine[], facts: string[]): { quote: string; line: number } {
  const nonEmpty = sourceLines.filter((line) => line.text.trim() !== "");
  const first = nonEmpty[0] ?? sourceLines[0];
  if (!first) return { quote: "", line: 1 };
  const chosen = new Map<number, { text: string; fact: string | null }>([[first.line, { text: first.text, fact: null }]]);
  // A row that starts with a bare item number ("4") is quoted with its next line too.
  const second = nonEmpty[1];
  if (first.text.trim().length < 8 && second) chosen.set(second.line, { text: second.text, fact: null });
  for (const fact of facts) {
    const key = foldText(fact).split(" ").slice(0, 4).join(" ");
    if (key === "") continue;
    const holder = nonEmpty.find((line) => foldText(line.text).includes(key));
    if (holder) chosen.set(holder.line, { text: holder.text, fact });
  }
  const ordered = [...chosen.entries()].sort(([left], [right]) => left - right);
  const lastLine = ordered.at(-1)?.[0] ?? first.line;
  const block = nonEmpty.filter((line) => line.line >= first.line && line.line <= lastLine).map((line) => line.text.trim());
  // Rows split over many short lines (PDF text) read best as one block, when it stays short.
  if (block.length > 1 && block.join(" ").length <= blockQuoteLimit) return { quote: block.join(" "), line: first.line };
  const quote = ordered.map(([, entry]) => windowAround(entry.text.trim(), entry.fact)).join(" … ");
  return { quote, line: first.line };
}

function windowAround(text: string, fact: string | null): string {
  if (text.length <= quoteLineLimit) return text;
  let start = 0;
  if (fact) {
    const index = text.toLowerCase().indexOf(fact.toLowerCase().slice(0, 20));
    if (index > quoteLineLimit / 2) start = index - quoteLineLimit / 3;
  }
  const slice = text.slice(start, start + quoteLineLimit);
  return `${start > 0 ? "…" : ""}${slice}${start + quoteLineLimit < text.length ? "…" : ""}`;
}

export function recordCitation(record: KnowledgeRecord, info: DocumentInfo | undefined, facts: string[]): Citation {
  const wanted = [recordTitle(record), ...facts].filter((fact) => fact.trim() !== "");
  const { quote, line } = quoteLines(record.sourceLines, wanted);
  return {
    file: record.locator.file,
    title: documentTitle(info, record.locator.file),
    locator: locatorText(record.locator),
    quote,
    line,
  };
}

export function passageCitation(passage: Passage, info: DocumentInfo | undefined, quote: string, line: number): Citation {
  const place = passage.breadcrumb.at(-1) ?? passage.breadcrumb[0] ?? "";
  return {
    file: passage.file,
    title: documentTitle(info, passage.file),
    locator: `${place ? `${shorten(place, 70)} ` : ""}(dòng ${line})`.trim(),
    quote,
    line,
  };
}
