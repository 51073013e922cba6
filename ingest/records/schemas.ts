import { z } from "zod";
import { Deadline } from "../../vietnamese/periods.js";
import { SourceLine } from "../read/source-text.js";
import { DocumentFacts } from "./document-facts-schema.js";

/** Where a record comes from, precise enough for a person to find it in the signed document. */
export const Locator = z.object({
  file: z.string(),
  /** Section/appendix breadcrumb, outermost first. */
  breadcrumb: z.array(z.string()),
  appendix: z.string().nullable(),
  /** Group rows above the item (e.g. "III Nhóm nhiệm vụ…"), outermost first. */
  groupPath: z.array(z.string()),
  itemNumber: z.string().nullable(),
  /** First source line of the record (1-based). */
  line: z.number().int().positive(),
});
export type Locator = z.infer<typeof Locator>;

export { Deadline } from "../../vietnamese/periods.js";

const RecordBase = z.object({
  id: z.string(),
  locator: Locator,
  sourceLines: z.array(SourceLine).min(1),
});

/** A column of a row that no record field holds, with its header as written ("KPI tác nghiệp": "Số trạm 5G"). */
export const RecordField = z.object({
  label: z.string(),
  text: z.string(),
  /** Set when the column's role is known without a field of its own ("start": when the task begins; "duration": how long it lasts). */
  role: z.enum(["start", "duration"]).optional(),
});
export type RecordField = z.infer<typeof RecordField>;

export const TaskRecord = RecordBase.extend({
  kind: z.literal("task"),
  itemNumber: z.string().nullable(),
  title: z.string(),
  /** Canonical agency names (glossary), in the order written. */
  owners: z.array(z.string()),
  ownerText: z.string(),
  coordinators: z.array(z.string()),
  coordinatorText: z.string(),
  product: z.string(),
  deadline: Deadline,
  budget: z.string().nullable(),
  /** Fields taken from the parent row (e.g. "owners", "deadline") rather than written on this row. */
  inheritedFields: z.array(z.string()),
  parentItemNumber: z.string().nullable(),
  /** The row's other columns (absent in indexes built before them, and for tasks written in prose). */
  fields: z.array(RecordField).optional(),
});
export type TaskRecord = z.infer<typeof TaskRecord>;

export const IndicatorValue = z.object({
  /** target | result | orientation | baseline | score | rank | value */
  valueKind: z.enum(["target", "result", "orientation", "baseline", "score", "rank", "value"]),
  year: z.number().int().nullable(),
  /** The column header it came from, as written. */
  label: z.string(),
  text: z.string(),
  /** Numeric reading when the text holds one number (Vietnamese decimal comma handled). */
  number: z.number().nullable(),
  /** Comparison written before the number: "≥", "≤", ">", "<" or null. */
  comparator: z.string().nullable(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const IndicatorRecord = RecordBase.extend({
  kind: z.literal("indicator"),
  itemNumber: z.string().nullable(),
  name: z.string(),
  unit: z.string(),
  values: z.array(IndicatorValue),
  owners: z.array(z.string()),
  ownerText: z.string(),
});
export type IndicatorRecord = z.infer<typeof IndicatorRecord>;

export const DtiCriterionRecord = RecordBase.extend({
  kind: z.literal("dti-criterion"),
  itemNumber: z.string().nullable(),
  pillar: z.string(),
  name: z.string(),
  maxPoints: z.number().nullable(),
  maxPointsText: z.string(),
  implementingUnits: z.array(z.string()),
  implementingText: z.string(),
  confirmingUnits: z.array(z.string()),
  confirmingText: z.string(),
  deadline: Deadline,
  /** Guidance ("Nội dung thực hiện", "Điều kiện đảm bảo") and evidence ("Tài liệu kiểm chứng"), as written. */
  guidance: z.string(),
  evidence: z.string(),
});
export type DtiCriterionRecord = z.infer<typeof DtiCriterionRecord>;

export const BudgetAmount = z.object({
  /** The column header, e.g. "Ngân sách Trung ương", "Vốn sự nghiệp", "Tổng số". */
  source: z.string(),
  text: z.string(),
  /** Amount in the table's unit ('.' thousands separator removed). */
  value: z.number().nullable(),
});
export type BudgetAmount = z.infer<typeof BudgetAmount>;

export const BudgetLineRecord = RecordBase.extend({
  kind: z.literal("budget-line"),
  itemNumber: z.string().nullable(),
  item: z.string(),
  implementers: z.array(z.string()),
  implementerText: z.string(),
  coordinators: z.array(z.string()),
  coordinatorText: z.string(),
  period: z.string(),
  progress: z.string(),
  unit: z.string().nullable(),
  amounts: z.array(BudgetAmount),
  note: z.string(),
  inheritedFields: z.array(z.string()),
  /**
   * Set on a row that sums others, as ingestion read it (decision 038): "table" for the row that
   * sums its table ("Tổng cộng", "Tổng số", "Cộng"), "group" for a group row carrying the subtotal
   * of the rows under it ("I Nhóm nhiệm vụ …", "Kinh phí đầu tư công"); absent on an item's row.
   */
  sums: z.enum(["table", "group"]).optional(),
});
export type BudgetLineRecord = z.infer<typeof BudgetLineRecord>;

export const KnowledgeRecord = z.discriminatedUnion("kind", [
  TaskRecord,
  IndicatorRecord,
  DtiCriterionRecord,
  BudgetLineRecord,
]);
export type KnowledgeRecord = z.infer<typeof KnowledgeRecord>;

/** Document metadata read from the text. A blank placeholder number ("Số: /KH-UBND") gives `number: null`. */
export const DocumentInfo = z.object({
  file: z.string(),
  kind: z.string(),
  number: z.string().nullable(),
  /** ISO date when the text gives a full date, else null; `dateText` keeps what is written. */
  date: z.string().nullable(),
  dateText: z.string(),
  issuer: z.string(),
  title: z.string(),
  /** Other names the document can be cited by ("Kế hoạch 429", "KH 429/KH-UBND", "Nghị quyết 57"). */
  aliases: z.array(z.string()),
  /** Where its number and date are written, its signer and the documents it cites (absent in indexes built before them). */
  facts: DocumentFacts.optional(),
});
export type DocumentInfo = z.infer<typeof DocumentInfo>;

/** A passage for retrieval: a section-aware chunk, or a table row kept whole with its header. */
export const Passage = z.object({
  id: z.string(),
  file: z.string(),
  breadcrumb: z.array(z.string()),
  text: z.string(),
  startLine: z.number().int().positive(),
  endLine: z.number().int().positive(),
  /** Record id when the passage is a table row. */
  recordId: z.string().nullable(),
  /** For body passages: the 1-based source line of each line of `text`, so a quoted sentence can cite its line. */
  lineNumbers: z.array(z.number().int().positive()).optional(),
});
export type Passage = z.infer<typeof Passage>;
