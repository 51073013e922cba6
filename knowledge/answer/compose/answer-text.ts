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
export function askedDetailsFirst(details: readonly string[], asked: readonly AskedField[]): string[] {
  const isAsked = askedDetailTest(asked);
  return [...details.filter(isAsked), ...details.filter((line) => !isAsked(line))];
}

function askedDetailTest(asked: readonly AskedField[]): (line: string) => boolean {
  const prefixes = asked.flatMap((field) => detailTemplates[field].map(detailPrefix)).filter((prefix) => prefix !== "");
  return (line) => prefixes.some((prefix) => line.startsWith(prefix));
}

/** "[2] Bộ Công an chủ trì: … — Thời hạn: 3/31/2025": a source's fact with the details the question asks besides, on its own line. */
function numberedFact(fact: RecordFact, index: number, isAsked: (line: string) => boolean): string {
  const askedDetails = fact.details.filter(isAsked).map((line) => line.replace(/^\s*•\s*/u, ""));
  return askedDetails.length === 0 ? fill("numberedFact", { index, line: fact.line }) : fill("numberedFactWithAsked", { index, line: fact.line.replace(/\.\s*$/u, ""), asked: askedDetails.join("; ") });
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
 * or all sources agree (the details asked for first); each source's fact, numbered, with the
 * details asked for besides, when they differ.
 */
export function factLines(facts: readonly RecordFact[], asked: readonly AskedField[] = []): string[] {
  const [first] = facts;
  if (!first) return [];
  const details = askedDetailsFirst(first.details, asked);
  if (facts.length === 1) return [first.line, ...details];
  const keys = new Set(facts.map((fact) => fact.compareKey));
  // Sources that agree: the fact and its details as from one, then how many documents say so.
  if (keys.size === 1) return [first.line, ...details, fill("severalAgree", { count: facts.length })];
  const distinct = facts.filter((fact, index) => facts.findIndex((other) => other.line === fact.line) === index);
  const isAsked = askedDetailTest(asked);
  return [...distinct.map((fact, index) => numberedFact(fact, index + 1, isAsked)), fill("severalDiffer", { count: facts.length })];
}
