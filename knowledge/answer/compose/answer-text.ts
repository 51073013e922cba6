import type { Citation } from "../answer-types.js";
import type { RecordFact } from "./record-facts.js";
import { fill } from "./templates.js";

/** An answer's text: its lines (the fact first), then the numbered sources with their quoted lines. */
export function textWithSources(lines: readonly string[], citations: readonly Citation[]): string {
  const sources = citations.map((citation, index) =>
    fill("sourceLine", { index: index + 1, document: citation.title, locator: citation.locator, quote: citation.quote }),
  );
  return [...lines, "", ...(sources.length > 0 ? [fill("sourcesHeading"), ...sources] : [])].join("\n").trim();
}

/**
 * The lines of an answer from several records: one fact and its details when there is one source
 * or all sources agree; each source's fact, numbered, when they differ.
 */
export function factLines(facts: readonly RecordFact[]): string[] {
  const [first] = facts;
  if (!first) return [];
  if (facts.length === 1) return [first.line, ...first.details];
  const keys = new Set(facts.map((fact) => fact.compareKey));
  if (keys.size === 1) return [first.line, fill("severalAgree", { count: facts.length }), ...first.details];
  const distinct = facts.filter((fact, index) => facts.findIndex((other) => other.line === fact.line) === index);
  return [...distinct.map((fact, index) => `[${index + 1}] ${fact.line}`), fill("severalDiffer", { count: facts.length })];
}
