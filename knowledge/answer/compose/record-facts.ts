import type { BudgetLineRecord, DtiCriterionRecord, IndicatorRecord, KnowledgeRecord, TaskRecord } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import type { QuestionKind } from "../answer-types.js";
import { recordTitle } from "../find/knowledge-base.js";
import { fill } from "./templates.js";
import { namedFields } from "./named-fields.js";
import { clauseWithNumber, partnersClause } from "./guidance-clause.js";
import { describeValues, distinctValues, pickValues, valueText } from "./indicator-values.js";

/**
 * The fact a record gives for a question kind: the first line of the answer, the details after
 * it, the strings to quote, and a key to tell whether two sources say the same thing.
 * `found: false` when the record exists but does not hold the asked fact.
 */
export interface RecordFact {
  found: boolean;
  /** False when an indicator answered with another kind of value than asked (a target for "đạt"). */
  exactKind?: boolean;
  line: string;
  details: string[];
  quoteFacts: string[];
  compareKey: string;
}

export interface FactRequest {
  kind: QuestionKind;
  year: number | null;
  valuePreference: "result" | "target" | null;
  /** True when the question said so in so many words ("kết quả", "mục tiêu"), not just "đạt". */
  valuePreferenceStrong: boolean;
  valuePreferenceWords: { result: string[]; target: string[] };
  wantsRank: boolean;
  /** The folded question, to pick the values whose label it names ("Quảng Bình" vs "Quảng Trị (cũ)"). */
  questionFolded: string;
  wantsConfirming: boolean;
  wantsProduct: boolean;
  /** "… ai phối hợp?": who takes part is asked, beside or instead of the kind. */
  asksCoordinators?: boolean;
  /** "KQ 2025, MT 2026?": the years asked a value each for (empty for one year or a span). */
  yearsApart?: number[];
}

const join = (names: string[]) => names.join(", ");

/** How a person reads the record fields a sub-item took from its parent row. */
const inheritedFieldNames: Record<string, string> = { owners: "cơ quan chủ trì", coordinators: "cơ quan phối hợp", deadline: "thời hạn" };

function agencyText(canonical: string[], written: string): string {
  const names = join(canonical);
  if (names === "") return written;
  const sameAsWritten = foldText(names) === foldText(written);
  return sameAsWritten || written === "" ? names : `${names}${fill("writtenAs", { written })}`;
}

export function recordFact(record: KnowledgeRecord, request: FactRequest): RecordFact {
  switch (record.kind) {
    case "task":
      return taskFact(record, request);
    case "indicator":
      return indicatorFact(record, request);
    case "dti-criterion":
      return criterionFact(record, request);
    case "budget-line":
      return budgetLineFact(record, request);
  }
}

/** A budget answer's details: who, and by when ("… dự toán bao nhiêu, thực hiện khi nào?"). */
function taskDetails(owners: string, deadline: string): string[] {
  return [...(owners ? [fill("detailOwner", { value: owners })] : []), ...(deadline ? [fill("detailDeadline", { value: deadline })] : [])];
}

function taskFact(record: TaskRecord, request: FactRequest): RecordFact {
  const title = recordTitle(record);
  const details: string[] = [];
  const owners = agencyText(record.owners, record.ownerText);
  const coordinators = record.coordinatorText;
  if (request.kind === "coordinators") {
    if (owners) details.push(fill("detailOwner", { value: owners }));
    if (record.deadline.text) details.push(fill("detailDeadline", { value: record.deadline.text }));
    return coordinators
      ? { found: true, line: fill("coordinators", { coordinators, title }), details, quoteFacts: [record.coordinatorText], compareKey: foldText(coordinators) }
      : { found: false, line: fill("coordinatorsMissing", { title }), details, quoteFacts: [], compareKey: "" };
  }
  const named = namedFields(record.fields, request.questionFolded);
  // "… thời lượng bao nhiêu ngày?" ends on a period word but asks how long, which a duration column says.
  const duration = named.find((field) => field.role === "duration");
  if (duration && request.kind === "deadline") {
    if (owners) details.push(fill("detailOwner", { value: owners }));
    if (record.deadline.text) details.push(fill("detailDeadline", { value: record.deadline.text }));
    return { found: true, line: fill("value", { label: duration.label, value: duration.text, title }), details, quoteFacts: [duration.text], compareKey: foldText(duration.text) };
  }
  if (request.kind === "deadline" || request.kind === "list-by-period") {
    if (owners) details.push(fill("detailOwner", { value: owners }));
    if (coordinators) details.push(fill("detailCoordinators", { value: coordinators }));
    if (record.budget) details.push(fill("detailBudget", { value: record.budget }));
    // "… bắt đầu và kết thúc khi nào?": the start column with the deadline.
    const start = named.find((field) => field.role === "start");
    if (start && record.deadline.text) {
      const line = fill("deadlineFromStart", { start: start.text, deadline: record.deadline.text, title });
      return { found: true, line, details, quoteFacts: [start.text, record.deadline.text], compareKey: foldText(`${start.text} ${record.deadline.text}`) };
    }
    return record.deadline.text
      ? { found: true, line: fill("deadline", { deadline: record.deadline.text, title }), details, quoteFacts: [record.deadline.text], compareKey: foldText(record.deadline.text) }
      : { found: false, line: fill("deadlineMissing", { title }), details, quoteFacts: [], compareKey: "" };
  }
  // "… kéo dài bao nhiêu ngày?", "KPI tác nghiệp …": a column the question names by its header, when the kind's own fact is not there.
  const asked = named.filter((field) => field.role !== "start");
  if (request.kind === "budget" && (record.budget || asked.length === 0)) {
    return record.budget
      ? { found: true, line: fill("budget", { amounts: record.budget, title }), details: taskDetails(owners, record.deadline.text), quoteFacts: record.budget.split("; ").map((part) => part.split(": ").at(-1)?.split(" ")[0] ?? ""), compareKey: foldText(record.budget) }
      : { found: false, line: fill("budgetMissing", { title }), details, quoteFacts: [], compareKey: "" };
  }
  if (asked.length > 0 && (request.kind === "value" || request.kind === "result" || request.kind === "general" || request.kind === "budget")) {
    if (owners) details.push(fill("detailOwner", { value: owners }));
    if (record.deadline.text) details.push(fill("detailDeadline", { value: record.deadline.text }));
    const line = asked.map((field) => fill("value", { label: field.label, value: field.text, title })).join("\n");
    return { found: true, line, details, quoteFacts: asked.map((field) => field.text), compareKey: foldText(asked.map((field) => field.text).join(" ")) };
  }
  if ((request.kind === "result" || request.wantsProduct) && record.product) {
    if (owners) details.push(fill("detailOwner", { value: owners }));
    if (record.deadline.text) details.push(fill("detailDeadline", { value: record.deadline.text }));
    return { found: true, line: fill("product", { product: record.product, title }), details, quoteFacts: [record.product], compareKey: foldText(record.product) };
  }
  // A task states no number or result but its product: an owner is no answer to "đạt bao nhiêu?".
  if (asksNumber(request.kind)) return { found: false, line: fill("resultMissing", { title }), details, quoteFacts: [], compareKey: "" };
  if (coordinators) details.push(fill("detailCoordinators", { value: coordinators }));
  if (record.deadline.text) details.push(fill("detailDeadline", { value: record.deadline.text }));
  if (record.product) details.push(fill("detailProduct", { value: record.product }));
  if (record.budget) details.push(fill("detailBudget", { value: record.budget }));
  if (record.inheritedFields.length > 0 && record.parentItemNumber) {
    const fields = record.inheritedFields.map((field) => inheritedFieldNames[field] ?? field).join(", ");
    details.push(fill("detailInherited", { parent: record.parentItemNumber, fields }));
  }
  return owners
    ? { found: true, line: fill("owner", { owners, title }), details, quoteFacts: [record.ownerText, record.deadline.text], compareKey: foldText(join(record.owners)) }
    : { found: false, line: fill("ownerMissing", { title }), details, quoteFacts: [], compareKey: "" };
}

function indicatorFact(record: IndicatorRecord, request: FactRequest): RecordFact {
  const title = recordTitle(record);
  const details: string[] = [];
  if (record.unit) details.push(fill("detailUnit", { value: record.unit }));
  if (request.kind === "owner") {
    const owners = agencyText(record.owners, record.ownerText);
    // "… năm 2025 đạt bao nhiêu và cơ quan nào theo dõi?": the value of the year asked, when there is one.
    const ofYear = request.year === null ? [] : pickValues(record, { ...request, kind: "value" });
    const values = fill("detailValues", { value: ofYear.length > 0 ? ofYear.map((value) => `${value.label}: ${valueText(value, record.unit)}`).join("; ") : describeValues(record) });
    // The year's value, asked beside the owner, comes right after the owner's line.
    if (ofYear.length > 0) details.unshift(values);
    else details.push(values);
    return owners
      ? { found: true, line: fill("ownerIndicator", { owners, title }), details, quoteFacts: [record.ownerText], compareKey: foldText(owners) }
      : { found: false, line: fill("ownerMissing", { title }), details, quoteFacts: [], compareKey: "" };
  }
  // Each year asked apart gives its values; one year, or none, picks as asked.
  const years = request.yearsApart ?? [];
  const chosen = years.length > 1 ? distinctValues(years.flatMap((year) => pickValues(record, { ...request, year }))) : pickValues(record, request);
  if (record.ownerText) details.push(fill("detailOwner", { value: agencyText(record.owners, record.ownerText) }));
  if (chosen.length === 0) {
    return { found: false, line: fill("valueMissingYear", { year: request.year ?? "", title, values: describeValues(record) }), details, quoteFacts: [], compareKey: "" };
  }
  const first = chosen[0];
  const line =
    chosen.length === 1 && first
      ? fill("value", { label: first.label, value: valueText(first, record.unit), title })
      : fill("valueAll", { title, values: chosen.map((value) => `${value.label}: ${valueText(value, record.unit)}`).join("; ") });
  if (chosen.length < record.values.length) details.push(fill("detailValues", { value: describeValues(record) }));
  return {
    found: true,
    exactKind: chosen.every((value) => value.exact !== false),
    line,
    details,
    quoteFacts: chosen.map((value) => value.text),
    compareKey: foldText(chosen.map((value) => value.text).join(" ")),
  };
}

function criterionFact(record: DtiCriterionRecord, request: FactRequest): RecordFact {
  const title = recordTitle(record);
  const details: string[] = [];
  const implementing = agencyText(record.implementingUnits, record.implementingText);
  const confirming = agencyText(record.confirmingUnits, record.confirmingText);
  if (record.maxPointsText && request.kind !== "score") details.push(fill("detailPoints", { value: record.maxPointsText }));
  // The guidance clause stating a number ("2. Điều kiện đảm bảo: >80% hộ gia đình …"), read once for every use below.
  const clause = clauseWithNumber(record.guidance, request.questionFolded);
  // "Điều kiện để đạt điểm tiêu chí … là bao nhiêu tin bài?": the clause the question names by its label, not the points.
  const named = asksNumber(request.kind) && request.year === null ? clause : null;
  if (named?.named) {
    if (implementing) details.push(fill("detailOwner", { value: implementing }));
    if (request.kind === "score" && record.maxPointsText) details.push(fill("detailPoints", { value: record.maxPointsText }));
    return { found: true, line: fill("criterionClause", { clause: named.text, title }), details, quoteFacts: [named.number], compareKey: foldText(named.text) };
  }
  if (request.kind === "score") {
    // "Kết quả … bao nhiêu điểm" asks for a score obtained, which a criterion's maximum is not.
    if (request.valuePreference === "result" && request.valuePreferenceStrong) {
      return { found: false, line: fill("valueMissingYear", { year: request.year ?? "", title, values: `${record.maxPointsText} điểm tối đa` }), details, quoteFacts: [], compareKey: "" };
    }
    if (implementing) details.push(fill("detailOwner", { value: implementing }));
    return { found: record.maxPointsText !== "", line: fill("maxPoints", { points: record.maxPointsText, title }), details, quoteFacts: [record.maxPointsText], compareKey: record.maxPointsText };
  }
  if (asksNumber(request.kind)) {
    // The number a criterion asks for is in its guidance ("2. Điều kiện đảm bảo: >80% hộ gia đình …"): a
    // condition, not what a year achieved.
    if (implementing) details.push(fill("detailOwner", { value: implementing }));
    const stated = request.kind === "value" && request.year === null ? clause : null;
    return stated
      ? { found: true, line: fill("criterionClause", { clause: stated.text, title }), details, quoteFacts: [stated.number], compareKey: foldText(stated.text) }
      : { found: false, line: fill("resultMissing", { title }), details, quoteFacts: [], compareKey: "" };
  }
  if (request.kind === "deadline") {
    if (implementing) details.push(fill("detailOwner", { value: implementing }));
    return record.deadline.text
      ? { found: true, line: fill("deadline", { deadline: record.deadline.text, title }), details, quoteFacts: [record.deadline.text], compareKey: foldText(record.deadline.text) }
      : { found: false, line: fill("deadlineMissing", { title }), details, quoteFacts: [], compareKey: "" };
  }
  if (confirming && !request.wantsConfirming) details.push(fill("detailConfirming", { value: confirming }));
  if (record.deadline.text) details.push(fill("detailDeadline", { value: record.deadline.text }));
  // "… ĐV xác nhận, tối thiểu?": the number the guidance asks for, shown first when a value is asked too.
  if (clause) details.push(fill("detailClause", { value: clause.text }));
  // "… ai phối hợp?": a criterion has no coordinators column; its guidance may say who takes part ("Chi cục Thống kê chủ trì, Chi cục Thuế phối hợp …").
  const partners = request.asksCoordinators ? partnersClause(record.guidance) : null;
  if (partners) details.push(fill("detailCoordinatorsClause", { value: partners }));
  if (request.wantsConfirming && confirming) {
    if (implementing) details.unshift(fill("detailOwner", { value: implementing }));
    return { found: true, line: fill("confirmingCriterion", { units: confirming, title }), details, quoteFacts: [record.confirmingText], compareKey: foldText(confirming) };
  }
  return implementing
    ? { found: true, line: fill("ownerCriterion", { owners: implementing, title }), details, quoteFacts: [record.implementingText], compareKey: foldText(implementing) }
    : { found: false, line: fill("ownerMissing", { title }), details, quoteFacts: [], compareKey: "" };
}

function budgetLineFact(record: BudgetLineRecord, request: FactRequest): RecordFact {
  const title = recordTitle(record);
  const details: string[] = [];
  const owners = agencyText(record.implementers, record.implementerText);
  const unit = (record.unit ?? "triệu đồng").toLowerCase();
  const amounts = record.amounts.filter((amount) => amount.text !== "").map((amount) => `${amount.source} ${amount.text} ${unit}`).join("; ");
  if (request.kind === "budget" || request.kind === "general" || request.kind === "value") {
    if (owners) details.push(fill("detailOwner", { value: owners }));
    if (record.period) details.push(fill("detailDeadline", { value: record.period }));
    return amounts
      ? { found: true, line: fill("budget", { amounts, title }), details, quoteFacts: record.amounts.map((amount) => amount.text), compareKey: foldText(amounts) }
      : { found: false, line: fill("budgetMissing", { title }), details, quoteFacts: [], compareKey: "" };
  }
  if (request.kind === "deadline") {
    return { found: record.period !== "", line: record.period ? fill("period", { deadline: record.period, title }) : fill("deadlineMissing", { title }), details, quoteFacts: [record.period], compareKey: foldText(record.period) };
  }
  if (request.kind === "coordinators") {
    if (owners) details.push(fill("detailOwner", { value: owners }));
    return record.coordinatorText
      ? { found: true, line: fill("coordinators", { coordinators: record.coordinatorText, title }), details, quoteFacts: [record.coordinatorText], compareKey: foldText(record.coordinatorText) }
      : { found: false, line: fill("coordinatorsMissing", { title }), details, quoteFacts: [], compareKey: "" };
  }
  if (asksNumber(request.kind)) return { found: false, line: fill("resultMissing", { title }), details, quoteFacts: [], compareKey: "" };
  if (amounts) details.push(fill("detailBudget", { value: amounts }));
  return owners
    ? { found: true, line: fill("ownerBudget", { owners, title }), details, quoteFacts: [record.implementerText], compareKey: foldText(owners) }
    : { found: false, line: fill("ownerMissing", { title }), details, quoteFacts: [], compareKey: "" };
}

/** Kinds whose answer is a number or a result: a record holding none of them does not answer. */
function asksNumber(kind: FactRequest["kind"]): boolean {
  return kind === "value" || kind === "result" || kind === "score";
}
