import type { Citation } from "../answer-types.js";
import type { AskedField } from "../understand/question-kind.js";
import type { RecordFact } from "./record-facts.js";
import { fill } from "./templates.js";

/** The detail line each asked field is written in (prompts/answer-templates.json). */
const detailTemplates: Record<AskedField, string[]> = {
  owner: ["detailOwner"],
  coordinators: ["detailCoordinators"],
  deadline: ["detailDeadline"],
  budget: ["detailBudget"],
  product: ["detailProduct"],
  value: ["detailValues", "detailClause"],
  score: ["detailPoints"],
};

const placeholder = "\u0000";

/** The text a detail line of this template starts with ("• Thời hạn: "). */
function detailPrefix(template: string): string {
  return fill(template, { value: placeholder }).split(placeholder)[0] ?? "";
}

/**
 * The details of a fact with those the question asks for first: "ai làm, bao giờ xong" reads the
 * owner from the fact line and the deadline from the line right after it.
 */
export function askedDetailsFirst(details: readonly string[], asked: readonly AskedField[]): { details: string[]; lead: number } {
  const prefixes = asked.flatMap((field) => detailTemplates[field].map(detailPrefix)).filter((prefix) => prefix !== "");
  const isAsked = (line: string) => prefixes.some((prefix) => line.startsWith(prefix));
  const first = details.filter(isAsked);
  return { details: [...first, ...details.filter((line) => !isAsked(line))], lead: first.length };
}

/** An answer's text: its lines (the fact first), then the numbered sources with their quoted lines. */
export function textWithSources(lines: readonly string[], citations: readonly Citation[]): string {
  const sources = citations.map((citation, index) =>
    fill("sourceLine", { index: index + 1, document: citation.title, locator: citation.locator, quote: citation.quote }),
  );
  return [...lines, "", ...(sources.length > 0 ? [fill("sourcesHeading"), ...sources] : [])].join("\n").trim();
}

/**
 * The lines of an answer from several records: one fact and its details when there is one source
 * or all sources agree (the details asked for first); each source's fact, numbered, when they differ.
 */
export function factLines(facts: readonly RecordFact[], asked: readonly AskedField[] = []): string[] {
  const [first] = facts;
  if (!first) return [];
  const { details, lead } = askedDetailsFirst(first.details, asked);
  if (facts.length === 1) return [first.line, ...details];
  const keys = new Set(facts.map((fact) => fact.compareKey));
  if (keys.size === 1) return [first.line, ...details.slice(0, lead), fill("severalAgree", { count: facts.length }), ...details.slice(lead)];
  const distinct = facts.filter((fact, index) => facts.findIndex((other) => other.line === fact.line) === index);
  return [...distinct.map((fact, index) => `[${index + 1}] ${fact.line}`), fill("severalDiffer", { count: facts.length })];
}
