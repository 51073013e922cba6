import type { DocumentInfo, KnowledgeRecord } from "../../../ingest/records/schemas.js";
import type { ListItem } from "../answer-types.js";
import { recordTitle } from "../find/knowledge-base.js";
import { recordCitation } from "./cite.js";
import { shortDocument } from "./document-names.js";

/** Records a list answer can hold: they carry an owner and a deadline. */
export type Listable = Extract<KnowledgeRecord, { kind: "task" | "dti-criterion" }>;

export const isListable = (record: KnowledgeRecord): record is Listable => record.kind === "task" || record.kind === "dti-criterion";
export const ownersOf = (record: Listable) => (record.kind === "task" ? record.owners : record.implementingUnits);
export const coordinatorsOf = (record: Listable) => (record.kind === "task" ? record.coordinators : record.confirmingUnits);

/** "Phụ lục III, mục 5": where the item sits in its document. */
export function placeOf(record: Listable): string {
  return [record.locator.appendix, record.locator.itemNumber ? `mục ${record.locator.itemNumber}` : null].filter(Boolean).join(", ");
}

/** The row of a list item: document, place, item, owners, coordinators, deadline and the source line it rests on. */
export function listItem(record: Listable, documents: DocumentInfo[]): ListItem {
  const info = documents.find((document) => document.file === record.locator.file);
  return {
    document: shortDocument(documents, record.locator.file),
    place: placeOf(record),
    item: recordTitle(record),
    owners: ownersOf(record),
    coordinators: coordinatorsOf(record),
    deadline: record.deadline.text,
    citation: recordCitation(record, info, [record.deadline.text]),
  };
}
