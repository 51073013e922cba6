import type { KnowledgeRecord } from "../ingest/records/schemas.js";
import { reviewWords } from "./review-words.js";

/** One record as the review page shows it, whatever its kind: what it is, who owns it, when, which values. */
export interface RecordView {
  kind: string;
  itemNumber: string | null;
  title: string;
  /** Agencies that carry it out (canonical names), or the cell as written when none was recognised. */
  owners: string[];
  coordinators: string[];
  deadline: string;
  /** Values, products and amounts, one "label: text" each. */
  values: string[];
  /** Fields taken from the parent row rather than written on this one, in Vietnamese. */
  inherited: string[];
}

const written = (names: string[], text: string) => (names.length > 0 ? names : text.trim() === "" ? [] : [text.trim()]);
const labelled = (label: string, text: string) => (text.trim() === "" ? [] : [`${label}: ${text.trim()}`]);

export function recordView(record: KnowledgeRecord): RecordView {
  const words = reviewWords();
  const base = { kind: words.recordKinds[record.kind] ?? record.kind, itemNumber: record.itemNumber };
  switch (record.kind) {
    case "task":
      return {
        ...base,
        title: record.title,
        owners: written(record.owners, record.ownerText),
        coordinators: written(record.coordinators, record.coordinatorText),
        deadline: record.deadline.text,
        values: [...labelled("Sản phẩm", record.product), ...labelled("Kinh phí", record.budget ?? "")],
        inherited: record.inheritedFields.map((field) => words.fields[field] ?? field),
      };
    case "indicator":
      return {
        ...base,
        title: record.name,
        owners: written(record.owners, record.ownerText),
        coordinators: [],
        deadline: "",
        values: [
          ...labelled("Đơn vị tính", record.unit),
          ...record.values.map((value) => `${value.label} (${words.valueKinds[value.valueKind] ?? value.valueKind}): ${value.text}`),
        ],
        inherited: [],
      };
    case "dti-criterion":
      return {
        ...base,
        title: record.name,
        owners: written(record.implementingUnits, record.implementingText),
        coordinators: written(record.confirmingUnits, record.confirmingText),
        deadline: record.deadline.text,
        values: [...labelled("Trụ cột", record.pillar), ...labelled("Điểm tối đa", record.maxPointsText)],
        inherited: [],
      };
    case "budget-line":
      return {
        ...base,
        title: record.item,
        owners: written(record.implementers, record.implementerText),
        coordinators: written(record.coordinators, record.coordinatorText),
        deadline: record.period,
        values: [
          ...record.amounts.map((amount) => `${amount.source}: ${amount.text}${record.unit ? ` ${record.unit}` : ""}`),
          ...labelled("Tiến độ", record.progress),
          ...labelled("Ghi chú", record.note),
        ],
        inherited: record.inheritedFields.map((field) => words.fields[field] ?? field),
      };
  }
}
