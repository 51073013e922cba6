import type { Answer, Citation } from "../answer-types.js";
import { fill } from "./templates.js";

/** The reply of an answer without its sources: the fact line, then the details. */
function body(answer: Answer): string[] {
  const lines = answer.text.split("\n");
  const heading = lines.indexOf(fill("sourcesHeading"));
  const kept = heading < 0 ? lines : lines.slice(0, heading);
  while (kept.length > 0 && kept[kept.length - 1]?.trim() === "") kept.pop();
  return kept;
}

const citationKey = (citation: Citation) => `${citation.file}:${citation.line}:${citation.quote}`;

/**
 * One reply for a question of several parts: the first line of every part first (the facts, in
 * the order asked), then their details, then every source once. A part the documents do not
 * answer is named; the reply is `found` only when every part is.
 */
export function composeParts(question: string, parts: string[], answers: Answer[]): Answer {
  const factLines: string[] = [];
  const details: string[] = [];
  const citations: Citation[] = [];
  const seen = new Set<string>();
  answers.forEach((answer, index) => {
    const [first, ...rest] = body(answer);
    // A part refused outright is named; "Văn bản không ghi thời hạn cho …" (with its source) says what is missing itself.
    const answered = answer.found || answer.citations.length > 0;
    factLines.push(answered && first !== undefined ? first : fill("partNotFound", { part: (parts[index] ?? "").replace(/[?？]+$/u, "") }));
    if (!answered) return;
    // The details of a record an earlier part already showed are not repeated.
    const shown = answer.citations[0] !== undefined && seen.has(citationKey(answer.citations[0]));
    if (!shown) for (const line of rest) if (line.trim() !== "" && !details.includes(line)) details.push(line);
    for (const citation of answer.citations) {
      if (seen.has(citationKey(citation))) continue;
      seen.add(citationKey(citation));
      citations.push(citation);
    }
  });
  const missing = answers.filter((answer) => !answer.found).length;
  const sources = citations.map((citation, index) => fill("sourceLine", { index: index + 1, document: citation.title, locator: citation.locator, quote: citation.quote }));
  const text = [
    ...factLines,
    ...(missing > 0 ? [fill("partsSomeNotFound", { count: missing })] : []),
    ...details,
    "",
    ...(sources.length > 0 ? [fill("sourcesHeading"), ...sources] : []),
  ].join("\n").trim();
  const first = answers[0];
  return {
    question,
    found: missing === 0,
    kind: first?.kind ?? "general",
    text,
    citations,
    suggestions: [...new Set(answers.flatMap((answer) => answer.suggestions))],
  };
}
