import { foldText } from "../../../vietnamese/fold.js";

/** A numbered, labelled clause of a cell: "2. Điều kiện đảm bảo: 52 tin bài/năm trở lên". */
interface LabelledClause {
  /** The clause without its number ("Điều kiện đảm bảo: 52 tin bài/năm trở lên"). */
  text: string;
  /** Its label, folded ("dieu kien dam bao"); empty when the clause has none. */
  label: string;
}

function labelledClauses(text: string): LabelledClause[] {
  return text
    .split(/(?:^|[\s;])(?=\d{1,2}\.\s+\p{Lu}[^:]{2,40}:)/u)
    .map((clause) => clause.trim().replace(/[;.]\s*$/u, ""))
    .filter((clause) => clause !== "")
    .map((clause) => ({ text: clause.replace(/^\d{1,2}\.\s+/u, ""), label: foldText(clause.match(/^\d{1,2}\.\s+([^:]{2,40}):/u)?.[1] ?? "") }));
}

/**
 * Whether the question names the label: its head — the label's first two words, a Vietnamese
 * compound noun ("điều kiện" of "Điều kiện đảm bảo") — stands in the question as a phrase.
 */
function namesLabel(label: string, questionFolded: string): boolean {
  const head = label.split(" ").slice(0, 2).join(" ");
  return head.includes(" ") && ` ${questionFolded} `.includes(` ${head} `);
}

/**
 * The words of the labels of a cell's clauses that the question names ("điều kiện" asks for the
 * clause "Điều kiện đảm bảo: …"): words that say which part of the record is asked, not what it is about.
 */
export function namedLabelWords(text: string, questionFolded: string): string[] {
  const asked = new Set(questionFolded.split(" "));
  return labelledClauses(text)
    .filter((clause) => clause.label !== "" && namesLabel(clause.label, questionFolded))
    .flatMap((clause) => clause.label.split(" ").filter((word) => asked.has(word)));
}

/**
 * Of a cell's numbered, labelled clauses ("1. Nội dung thực hiện: …; 2. Điều kiện đảm bảo: …"),
 * the one stating a number that is not a year, preferring the clause whose label the question
 * names (`named`); null when no clause states one.
 */
export function clauseWithNumber(text: string, questionFolded: string): { text: string; number: string; named: boolean } | null {
  const asked = new Set(questionFolded.split(" "));
  const withNumbers = labelledClauses(text)
    .map((clause) => ({ ...clause, number: clause.text.match(/[<>≥≤]?\s*\d+(?:[.,/]\d+)*\s*%?/u)?.[0]?.trim() }))
    .filter((entry): entry is LabelledClause & { number: string } => entry.number !== undefined && !/^(19|20)\d{2}$/.test(entry.number));
  const labelHits = (clause: LabelledClause) => clause.label.split(" ").filter((word) => word.length > 1 && asked.has(word)).length;
  const best = [...withNumbers].sort((left, right) => labelHits(right) - labelHits(left))[0];
  return best ? { text: best.text, number: best.number, named: best.label !== "" && namesLabel(best.label, questionFolded) } : null;
}

/**
 * The part of a cell that says who takes part ("- Chi cục Thống kê chủ trì, Chi cục Thuế phối
 * hợp thống kê đầy đủ số liệu …"): the first bullet or sentence holding "phối hợp"; null when none does.
 */
export function partnersClause(text: string): string | null {
  const parts = text
    .split(/(?:^|\s)[-–+•]\s+|(?<=[.;])\s+/u)
    .map((part) => part.trim().replace(/^\d{1,2}\.\s+\p{Lu}[^:]{2,40}:\s*/u, "").replace(/[;.]\s*$/u, ""))
    .filter((part) => part !== "");
  return parts.find((part) => ` ${foldText(part)} `.includes(" phoi hop ")) ?? null;
}
