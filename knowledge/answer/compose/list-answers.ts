import { isDueWithin } from "../../../vietnamese/periods.js";
import type { DocumentInfo, KnowledgeRecord } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import type { Answer, Citation } from "../answer-types.js";
import { recordTitle } from "../find/knowledge-base.js";
import type { TitleMatcher } from "../find/title-match.js";
import type { QuestionFrame, QuestionPeriod } from "../understand/understand-question.js";
import { recordCitation } from "./cite.js";
import { shortDocument } from "./document-names.js";
import { coordinatorsOf, isListable, listItem, ownersOf, type Listable } from "./task-rows.js";
import { fill } from "./templates.js";

/**
 * List answers: every task of an agency, or every task due in a period, with the count first.
 * Tasks and DTI criteria both carry an owner and a deadline, so both are listed.
 */
export interface ListContext {
  records: KnowledgeRecord[];
  documents: DocumentInfo[];
  matcher: TitleMatcher;
  maxItems: number;
  /** The topic as typed and with the glossary's abbreviations written out ("ATTT" → "an toàn thông tin"), as records are searched. */
  topicForms?: (topic: string, accented: boolean) => string[];
}

export function periodLabel(period: QuestionPeriod): string {
  const [fromYear, fromMonth, fromDay] = period.from.split("-").map(Number);
  const [toYear, toMonth] = period.to.split("-").map(Number);
  if (period.from === period.to) return `ngày ${fromDay}/${fromMonth}/${fromYear}`;
  if (fromYear === toYear && fromMonth === toMonth) return `tháng ${fromMonth}/${fromYear}`;
  if (fromYear === toYear && fromMonth === 1 && toMonth === 12) return `năm ${fromYear}`;
  if (fromYear === toYear && toMonth !== undefined && fromMonth !== undefined && toMonth - fromMonth === 2 && fromMonth % 3 === 1) {
    return `quý ${["I", "II", "III", "IV"][(fromMonth - 1) / 3]}/${fromYear}`;
  }
  return `${period.from} – ${period.to}`;
}

function inScope(frame: QuestionFrame, record: KnowledgeRecord): boolean {
  return frame.documentFiles.length === 0 || frame.documentFiles.includes(record.locator.file);
}

/** Keeps items matching the leftover topic words ("… về an ninh mạng"), when that leaves any. */
function narrowByTopic(items: Listable[], frame: QuestionFrame, context: ListContext): Listable[] {
  if (frame.topic.split(" ").filter((token) => token !== "·").length < 2) return items;
  // The topic may name the item, its group ("nhóm An toàn thông tin mạng"), its sector ("ngành giáo dục") or
  // a column of its row no field holds ("Mục tiêu: Tăng cường HTQT").
  const columns = (record: Listable) => (record.kind === "task" ? (record.fields ?? []).map((field) => field.text) : []);
  const describe = (record: Listable) => [recordTitle(record), ...record.locator.groupPath, ...ownersOf(record), ...columns(record)].join(" · ");
  const forms = context.topicForms?.(frame.topic, frame.accented) ?? [frame.topic];
  const covered = (record: Listable) => Math.max(...forms.map((form) => context.matcher.coverage(form, describe(record), undefined, frame.accented)));
  const narrowed = items.filter((record) => covered(record) >= 0.5);
  return narrowed.length > 0 ? narrowed : items;
}

/** "… theo chương trình công tác của Ban Chỉ đạo": an agency that issued the named document is no filter. */
function agencyFilter(frame: QuestionFrame, documents: DocumentInfo[]): QuestionFrame["agencies"][number] | undefined {
  const agency = frame.agencies[0];
  if (!agency || frame.documentFiles.length === 0) return agency;
  const issuers = documents.filter((document) => frame.documentFiles.includes(document.file)).map((document) => foldText(document.issuer));
  return issuers.some((issuer) => issuer.includes(foldText(agency.written)) || issuer.includes(foldText(agency.canonical))) ? undefined : agency;
}

export function itemLine(index: number, record: Listable, documents: DocumentInfo[], showOwner: boolean): string {
  const details: string[] = [];
  if (showOwner && ownersOf(record).length > 0) details.push(`chủ trì: ${ownersOf(record).join(", ")}`);
  details.push(record.deadline.text ? `hạn: ${record.deadline.text}` : "không ghi hạn");
  const source = [shortDocument(documents, record.locator.file), record.locator.appendix, record.locator.itemNumber ? `mục ${record.locator.itemNumber}` : null]
    .filter(Boolean)
    .join(", ");
  return fill("listItem", { index, title: recordTitle(record), details: details.join("; "), source });
}

function assemble(frame: QuestionFrame, heading: string, items: Listable[], context: ListContext, showOwner: boolean): Answer {
  const shown = items.slice(0, context.maxItems);
  const lines = [heading, ...shown.map((record, index) => itemLine(index + 1, record, context.documents, showOwner))];
  if (items.length > shown.length) lines.push(fill("listTruncated", { rest: items.length - shown.length }));
  const citations: Citation[] = shown.map((record) =>
    recordCitation(record, context.documents.find((document) => document.file === record.locator.file), [record.deadline.text]),
  );
  const listed = items.map((record) => listItem(record, context.documents));
  return { question: frame.question, found: true, kind: frame.kind, text: lines.join("\n"), citations, suggestions: [], items: listed };
}

function scopeText(frame: QuestionFrame, documents: DocumentInfo[]): string {
  if (frame.documentFiles.length === 0) return "";
  return ` (trong ${frame.documentFiles.map((file) => shortDocument(documents, file)).join(", ")})`;
}

export function listByAgency(frame: QuestionFrame, context: ListContext): Answer {
  const agency = frame.agencies[0];
  if (!agency) throw new Error("listByAgency needs an agency in the question frame");
  const roleText = fill(frame.agencyRole === "owner" ? "roleOwner" : "roleCoordinator");
  const holds = (record: Listable) => (frame.agencyRole === "owner" ? ownersOf(record) : coordinatorsOf(record)).includes(agency.canonical);
  let items = context.records.filter(isListable).filter((record) => inScope(frame, record) && holds(record));
  if (frame.period) {
    const { from, to } = frame.period;
    items = items.filter((record) => isDueWithin(record.deadline, from, to));
  }
  items = narrowByTopic(items, frame, context);
  const scope = scopeText(frame, context.documents);
  if (items.length === 0) {
    const text = fill("listByAgencyNone", { agency: agency.canonical, role: roleText, scope });
    return { question: frame.question, found: false, kind: frame.kind, text, citations: [], suggestions: [] };
  }
  const heading = fill("listByAgency", { agency: agency.canonical, role: roleText, count: items.length, scope });
  return assemble(frame, heading, items, context, frame.agencyRole !== "owner");
}

export function listByPeriod(frame: QuestionFrame, context: ListContext): Answer {
  const period = frame.period;
  if (!period) throw new Error("listByPeriod needs a period in the question frame");
  const agency = agencyFilter(frame, context.documents);
  let items = context.records
    .filter(isListable)
    .filter((record) => inScope(frame, record) && isDueWithin(record.deadline, period.from, period.to));
  if (agency) items = items.filter((record) => ownersOf(record).includes(agency.canonical) || coordinatorsOf(record).includes(agency.canonical));
  items = narrowByTopic(items, frame, context);
  items.sort((left, right) => (left.deadline.to ?? "").localeCompare(right.deadline.to ?? ""));
  const label = periodLabel(period);
  const agencyScope = `${agency ? ` của ${agency.canonical}` : ""}${scopeText(frame, context.documents)}`;
  if (items.length === 0) {
    const text = fill("listByPeriodNone", { period: label, agencyScope });
    return { question: frame.question, found: false, kind: frame.kind, text, citations: [], suggestions: [] };
  }
  return assemble(frame, fill("listByPeriod", { count: items.length, period: label, agencyScope }), items, context, true);
}

/** "VP UBND tỉnh chủ trì những chỉ tiêu nào?": the indicators an agency tracks; null when it tracks none. */
export function listIndicatorsByAgency(frame: QuestionFrame, context: ListContext): Answer | null {
  const agency = frame.agencies[0];
  if (!agency) return null;
  const items = context.records.filter(
    (record): record is Extract<KnowledgeRecord, { kind: "indicator" }> =>
      record.kind === "indicator" && inScope(frame, record) && record.owners.includes(agency.canonical),
  );
  if (items.length === 0) return null;
  const shown = items.slice(0, context.maxItems);
  const lines = [
    fill("listIndicatorsByAgency", { agency: agency.canonical, count: items.length, scope: scopeText(frame, context.documents) }),
    ...shown.map((record, index) =>
      fill("listIndicatorItem", {
        index: index + 1,
        name: record.name,
        unit: record.unit ? ` (${record.unit})` : "",
        source: [shortDocument(context.documents, record.locator.file), record.locator.appendix, record.locator.itemNumber ? `mục ${record.locator.itemNumber}` : null]
          .filter(Boolean)
          .join(", "),
      }),
    ),
  ];
  if (items.length > shown.length) lines.push(fill("listTruncated", { rest: items.length - shown.length }));
  const citations = shown.map((record) => recordCitation(record, context.documents.find((document) => document.file === record.locator.file), []));
  return { question: frame.question, found: true, kind: frame.kind, text: lines.join("\n"), citations, suggestions: [] };
}
