import type { KnowledgeRecord, Passage } from "../records/schemas.js";

/**
 * The text each searchable item is indexed by (lexical and vector alike): what people name the
 * item by and who is responsible for it, plus where it sits, but not long bodies that would
 * drown the title (guidance, evidence, value columns).
 */
export function recordIndexText(record: KnowledgeRecord): string {
  const parts: string[] = [];
  switch (record.kind) {
    case "task":
      parts.push(record.title, ...record.owners, record.ownerText, ...record.coordinators, record.coordinatorText, record.product);
      break;
    case "indicator":
      parts.push(record.name, record.unit, ...record.owners, record.ownerText);
      break;
    case "dti-criterion":
      parts.push(record.name, record.pillar, ...record.implementingUnits, ...record.confirmingUnits);
      break;
    case "budget-line":
      parts.push(record.item, ...record.implementers, record.implementerText, ...record.coordinators, record.coordinatorText);
      break;
  }
  parts.push(record.itemNumber ?? "", ...record.locator.groupPath, ...record.locator.breadcrumb);
  return joinDistinct(parts);
}

/** A passage's text, preceded by its section breadcrumb so headings ("Mục tiêu") find their body. */
export function passageIndexText(passage: Passage): string {
  return joinDistinct([...passage.breadcrumb, passage.text]);
}

/** Joins non-empty parts, skipping exact repeats (e.g. ownerText equal to the canonical owner). */
function joinDistinct(parts: readonly string[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const part of parts) {
    const trimmed = part.trim();
    if (trimmed === "" || seen.has(trimmed)) continue;
    seen.add(trimmed);
    kept.push(trimmed);
  }
  return kept.join("\n");
}
