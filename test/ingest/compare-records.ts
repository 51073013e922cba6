import type { Deadline, KnowledgeRecord } from "../../ingest/records/schemas.js";
import { foldText } from "../../vietnamese/fold.js";

/**
 * Compares the records read from two formats of one document: each record is matched by kind,
 * item number and its title/name (folded, spaces removed — a PDF may break a word over two lines),
 * then its owner, coordinators, deadline and values are compared.
 */

export interface RecordFacts {
  key: string;
  facts: Record<string, unknown>;
}

function spaceless(text: string): string {
  return foldText(text).replace(/ /g, "");
}

function deadlineFacts(deadline: Deadline): unknown {
  return deadline.kind === "text" ? { kind: "text", text: spaceless(deadline.text) } : { kind: deadline.kind, from: deadline.from, to: deadline.to };
}

export function recordFacts(record: KnowledgeRecord): RecordFacts {
  const key = (title: string) => `${record.kind}|${record.itemNumber ?? ""}|${spaceless(title).slice(0, 80)}`;
  switch (record.kind) {
    case "task":
      return { key: key(record.title), facts: { owners: record.owners, coordinators: record.coordinators, deadline: deadlineFacts(record.deadline) } };
    case "indicator":
      return {
        key: key(record.name),
        facts: {
          owners: record.owners,
          values: record.values.map((value) => ({ kind: value.valueKind, year: value.year, number: value.number, comparator: value.comparator, text: spaceless(value.text) })),
        },
      };
    case "dti-criterion":
      return {
        key: key(record.name),
        facts: { owners: record.implementingUnits, coordinators: record.confirmingUnits, deadline: deadlineFacts(record.deadline), values: [record.maxPoints] },
      };
    case "budget-line":
      return {
        key: key(record.item),
        facts: { owners: record.implementers, coordinators: record.coordinators, deadline: spaceless(record.period), values: record.amounts.map((amount) => amount.value) },
      };
  }
}

export interface Comparison {
  /** Records of the reference (text) version. */
  expected: number;
  /** Records of the other format. */
  actual: number;
  /** Reference records found in the other format with the same facts. */
  equal: number;
  /** Equal records over the larger of the two counts, in percent. */
  percent: number;
  differences: string[];
}

export function compareRecords(reference: KnowledgeRecord[], other: KnowledgeRecord[]): Comparison {
  const pool = new Map<string, RecordFacts[]>();
  for (const facts of other.map(recordFacts)) pool.set(facts.key, [...(pool.get(facts.key) ?? []), facts]);
  let equal = 0;
  const differences: string[] = [];
  for (const expected of reference.map(recordFacts)) {
    const candidates = pool.get(expected.key) ?? [];
    const match = candidates.shift();
    if (!match) {
      differences.push(`missing ${expected.key}`);
      continue;
    }
    const wrong = Object.keys(expected.facts).filter((field) => JSON.stringify(expected.facts[field]) !== JSON.stringify(match.facts[field]));
    if (wrong.length === 0) equal += 1;
    else differences.push(`${expected.key}: ${wrong.map((field) => `${field} ${JSON.stringify(expected.facts[field])} ≠ ${JSON.stringify(match.facts[field])}`).join("; ")}`);
  }
  for (const [key, left] of pool) for (const _ of left) differences.push(`extra ${key}`);
  const total = Math.max(reference.length, other.length);
  return { expected: reference.length, actual: other.length, equal, percent: total === 0 ? 100 : (100 * equal) / total, differences };
}
