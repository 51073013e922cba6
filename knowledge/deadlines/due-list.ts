import type { DocumentInfo, KnowledgeRecord } from "../../ingest/records/schemas.js";
import { foldText } from "../../vietnamese/fold.js";
import { closestAgencies } from "../../vietnamese/glossary/closest-agencies.js";
import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import { isDueWithin, isOverdue } from "../../vietnamese/periods.js";
import type { Answer, DeadlineQuery } from "../answer/answer-types.js";
import { recordCitation } from "../answer/compose/cite.js";
import { itemLine, periodLabel } from "../answer/compose/list-answers.js";
import { coordinatorsOf, isListable, listItem, ownersOf, type Listable } from "../answer/compose/task-rows.js";
import { fill } from "../answer/compose/templates.js";
import { readDeadlineRequest, type DeadlineRequest } from "./deadline-request.js";
import { fillDeadline } from "./deadline-texts.js";

/**
 * What deadline answers read: the tasks and criteria (read when a deadline list is asked for; when
 * `due` is given, at least those whose deadline ends within it), today, and how many items a chat
 * message shows.
 */
export interface DueContext {
  records: (due?: { from: string; to: string }) => KnowledgeRecord[];
  documents: DocumentInfo[];
  glossary: Glossary;
  today: string;
  soonDays: number;
  maxItems: number;
}

const dayText = (iso: string) => {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day}/${month}/${year}`;
};

function windowText(window: { from: string; to: string }): string {
  if (window.from === window.to) return fillDeadline("windowDay", { day: dayText(window.from) });
  // A whole month, quarter or year reads by its name; any other window by its two days.
  const [toYear, toMonth, toDay] = window.to.split("-").map(Number);
  const wholeMonths = window.from.endsWith("-01") && toDay === new Date(Date.UTC(toYear ?? 0, toMonth ?? 0, 0)).getUTCDate();
  const label = periodLabel(window);
  if (wholeMonths && !label.includes("–")) return fillDeadline("windowPeriod", { period: label });
  return fillDeadline("windowRange", { from: dayText(window.from), to: dayText(window.to) });
}

/** The tasks and DTI criteria a request asks for, earliest deadline first. */
export function dueRecords(request: DeadlineRequest, context: DueContext): Listable[] {
  const { window } = request;
  const holds = (record: Listable) =>
    request.agencies.length === 0 || request.agencies.some((agency) => ownersOf(record).includes(agency) || coordinatorsOf(record).includes(agency));
  const due = (record: Listable) =>
    (window !== null && isDueWithin(record.deadline, window.from, window.to)) || (request.overdue && isOverdue(record.deadline, context.today));
  // The days a deadline may end on to be listed: the window, and before today when overdue ones are asked for.
  const ends = [...(window ? [window] : []), ...(request.overdue ? [{ from: "", to: context.today }] : [])];
  const range = ends.length === 0 ? undefined : { from: ends.map((end) => end.from).sort()[0]!, to: ends.map((end) => end.to).sort().at(-1)! };
  return context
    .records(range)
    .filter(isListable)
    .filter((record) => holds(record) && due(record))
    .sort((left, right) => (left.deadline.to ?? "").localeCompare(right.deadline.to ?? "") || left.locator.line - right.locator.line);
}

/** The list answer for a request: heading with the count first, the items, and every item as a row. */
export function dueAnswer(question: string, request: DeadlineRequest, context: DueContext): Answer {
  const records = dueRecords(request, context);
  const agencyScope = request.agencies.length > 0 ? fillDeadline("agencyScope", { agencies: request.agencies.join(", ") }) : "";
  const today = dayText(context.today);
  const onlyOverdue = request.overdue && request.window === null;
  const window = request.window ? windowText(request.window) : "";
  if (records.length === 0) {
    const text = onlyOverdue ? fillDeadline("overdueNone", { agencyScope, today }) : fillDeadline("dueNone", { window, agencyScope, today });
    return { question, found: false, kind: "list-by-period", text, citations: [], suggestions: [], items: [] };
  }
  const heading = onlyOverdue
    ? fillDeadline("overdueHeading", { count: records.length, agencyScope, today })
    : fillDeadline("dueHeading", { count: records.length, window, agencyScope, today });
  const shown = records.slice(0, context.maxItems);
  const lines = [heading, ...shown.map((record, index) => itemLine(index + 1, record, context.documents, true))];
  if (records.length > shown.length) lines.push(fill("listTruncated", { rest: records.length - shown.length }));
  if (request.overdue) lines.push("", fillDeadline("overdueNote"));
  const citations = shown.map((record) =>
    recordCitation(record, context.documents.find((document) => document.file === record.locator.file), [record.deadline.text]),
  );
  const items = records.map((record) => listItem(record, context.documents));
  return { question, found: true, kind: "list-by-period", text: lines.join("\n"), citations, suggestions: [], items };
}

/** The agencies that hold any task or criterion: the ones worth suggesting. */
function agenciesWithWork(records: KnowledgeRecord[]): Set<string> {
  return new Set(records.filter(isListable).flatMap((record) => [...ownersOf(record), ...coordinatorsOf(record)]));
}

function withoutWords(text: string, words: string): string {
  const drop = new Set(foldText(words).split(" "));
  return text
    .split(/\s+/)
    .filter((word) => word !== "" && !drop.has(foldText(word)))
    .join(" ");
}

/** "/han 3/2026 Sở Không Tồn Tại": says the agency is unknown and offers the closest ones, each a command to pick. */
function unknownAgencyAnswer(question: string, query: DeadlineQuery, unknown: string, context: DueContext): Answer {
  const closest = closestAgencies(unknown, context.glossary.agencies, agenciesWithWork(context.records()));
  const command = query.overdue ? "/quahan" : "/han";
  const rest = withoutWords(query.text, unknown);
  const suggestions = closest.map((agency) => [command, rest, agency].filter((part) => part !== "").join(" "));
  const lines = [fillDeadline("unknownAgency", { agency: unknown })];
  if (closest.length > 0) lines.push("", fillDeadline("closestAgencies"), ...closest.map((agency, index) => fillDeadline("closestAgency", { index: index + 1, agency })));
  return { question, found: false, kind: "list-by-period", text: lines.join("\n"), citations: [], suggestions };
}

/** Answers /han and /quahan from their arguments as typed. */
export function answerDeadlineQuery(query: DeadlineQuery, context: DueContext): Answer {
  const question = `${query.overdue ? "/quahan" : "/han"} ${query.text}`.trim();
  const request = readDeadlineRequest(query.text, context, { overdue: query.overdue === true });
  if (!request) return { question, found: false, kind: "list-by-period", text: fillDeadline("needPeriod", { text: query.text }), citations: [], suggestions: [] };
  if (request.unknownAgency) return unknownAgencyAnswer(question, query, request.unknownAgency, context);
  return dueAnswer(question, request, context);
}
