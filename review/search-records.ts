import type { KnowledgeRecord } from "../ingest/records/schemas.js";
import { foldDiacritics, foldText } from "../vietnamese/fold.js";
import type { Glossary } from "../vietnamese/glossary/glossary.js";
import { findRelativePeriod, isDueWithin, parseDeadline, type Deadline } from "../vietnamese/periods.js";
import { recordView } from "./record-view.js";

/** What a staff member typed in the search box: an agency, a deadline, optionally one document. */
export interface SearchQuery {
  agency: string;
  deadline: string;
  file: string | null;
}

/** How the deadline box was read: a period (due within it), or words to find in the deadline as written. */
export type DeadlineFilter = { kind: "period"; from: string; to: string } | { kind: "words"; folded: string };

export interface SearchResult {
  /** The canonical name the agency box was read as; null when the glossary does not know it (then the words are matched). */
  agency: string | null;
  deadline: DeadlineFilter | null;
  records: KnowledgeRecord[];
}

export interface SearchContext {
  glossary: Glossary;
  /** ISO date of today in the province, for "tháng này", "quý này", "trong 30 ngày". */
  today: string;
}

/** Reads the deadline box with the project's period parser: "quý 3/2026", "2026", "6/2026", "tháng này", "trong 30 ngày". */
export function readDeadlineFilter(text: string, today: string): DeadlineFilter | null {
  const written = text.trim();
  if (written === "") return null;
  const parsed = parseDeadline(written);
  if (parsed.from !== null && parsed.to !== null) return { kind: "period", from: parsed.from, to: parsed.to };
  const relative = findRelativePeriod(foldDiacritics(written.toLowerCase()), today);
  if (relative) return { kind: "period", from: relative.from, to: relative.to };
  return { kind: "words", folded: foldText(written) };
}

/** The deadline a record is due by: the task's or criterion's deadline, a budget line's period; indicators have none. */
function deadlineOf(record: KnowledgeRecord): Deadline | null {
  if (record.kind === "task" || record.kind === "dti-criterion") return record.deadline;
  if (record.kind === "budget-line") return parseDeadline(record.period);
  return null;
}

function meetsDeadline(record: KnowledgeRecord, filter: DeadlineFilter): boolean {
  const deadline = deadlineOf(record);
  if (deadline === null) return false;
  if (filter.kind === "period") return isDueWithin(deadline, filter.from, filter.to);
  return filter.folded !== "" && foldText(deadline.text).includes(filter.folded);
}

/** The agency named by the box (any spelling the glossary knows), else the words themselves. */
function agencyMatcher(text: string, glossary: Glossary): { canonical: string | null; matches: (record: KnowledgeRecord) => boolean } | null {
  const written = text.trim();
  if (written === "") return null;
  const canonical = glossary.canonicalAgency(written);
  const folded = foldText(written);
  return {
    canonical,
    matches: (record) => {
      const view = recordView(record);
      const agencies = [...view.owners, ...view.coordinators];
      if (canonical !== null && agencies.includes(canonical)) return true;
      return folded !== "" && agencies.some((agency) => foldText(agency).includes(folded));
    },
  };
}

/** The records that match every filled box, earliest deadline first, then by document and line. */
export function searchRecords(records: readonly KnowledgeRecord[], query: SearchQuery, context: SearchContext): SearchResult {
  const agency = agencyMatcher(query.agency, context.glossary);
  const deadline = readDeadlineFilter(query.deadline, context.today);
  const matched = records.filter(
    (record) =>
      (query.file === null || record.locator.file === query.file) &&
      (agency === null || agency.matches(record)) &&
      (deadline === null || meetsDeadline(record, deadline)),
  );
  const dueBy = (record: KnowledgeRecord) => deadlineOf(record)?.to ?? "9999";
  matched.sort(
    (left, right) =>
      dueBy(left).localeCompare(dueBy(right)) || left.locator.file.localeCompare(right.locator.file) || left.locator.line - right.locator.line,
  );
  return { agency: agency?.canonical ?? null, deadline, records: matched };
}
