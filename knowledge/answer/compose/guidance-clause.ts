import { foldText } from "../../../vietnamese/fold.js";

/**
 * Of a cell's numbered, labelled clauses ("1. Nội dung thực hiện: …; 2. Điều kiện đảm bảo: …"),
 * the one stating a number that is not a year, preferring the clause whose label the question
 * names; null when no clause states one.
 */
export function clauseWithNumber(text: string, questionFolded: string): { text: string; number: string } | null {
  const clauses = text
    .split(/(?:^|[\s;])(?=\d{1,2}\.\s+\p{Lu}[^:]{2,40}:)/u)
    .map((clause) => clause.trim().replace(/[;.]\s*$/u, ""))
    .filter((clause) => clause !== "");
  const asked = new Set(questionFolded.split(" "));
  const withNumbers = clauses
    .map((clause) => ({ clause, number: clause.replace(/^\d{1,2}\.\s+/u, "").match(/[<>≥≤]?\s*\d+(?:[.,/]\d+)*\s*%?/u)?.[0]?.trim() }))
    .filter((entry): entry is { clause: string; number: string } => entry.number !== undefined && !/^(19|20)\d{2}$/.test(entry.number));
  const labelHits = (clause: string) => {
    const label = clause.match(/^\d{1,2}\.\s+([^:]{2,40}):/u)?.[1] ?? "";
    return foldText(label).split(" ").filter((word) => word.length > 1 && asked.has(word)).length;
  };
  const best = [...withNumbers].sort((left, right) => labelHits(right.clause) - labelHits(left.clause))[0];
  return best ? { text: best.clause.replace(/^\d{1,2}\.\s+/u, ""), number: best.number } : null;
}
