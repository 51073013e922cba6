import { readFileSync } from "node:fs";
import { z } from "zod";
import { foldText } from "../../../vietnamese/fold.js";

export const DocumentFact = z.enum(["number", "date", "signer", "basis", "subject", "effective"]);
export type DocumentFact = z.infer<typeof DocumentFact>;

const WordFile = z.object({
  asks: z.partialRecord(DocumentFact, z.array(z.string())),
  askEndings: z.partialRecord(DocumentFact, z.array(z.string())),
  which: z.array(z.string()),
  kinds: z.array(z.object({ name: z.string(), codes: z.array(z.string()) })),
  fillers: z.array(z.string()),
  deadlineWords: z.array(z.string()),
  basisLeads: z.array(z.string()),
  joiners: z.array(z.string()),
  timelineLabels: z.array(z.string()),
});

/** The words, folded, that ask for a document's own facts, name a kind of document, or carry no subject. */
export interface DocumentQuestionWords {
  asks: [DocumentFact, string[]][];
  askEndings: [DocumentFact, string[]][];
  which: string[];
  /** Folded kind names and the chat codes for them ("qd", "kh", "nq"), with the kind as the documents write it. */
  kinds: { name: string; forms: string[] }[];
  fillers: string[];
  /** "hạn", "hoàn thành": a question about a task's deadline, not a document's date. */
  deadlineWords: string[];
  /** How a text introduces what it rests on ("Căn cứ", "Thực hiện", "Theo đề nghị"). */
  basisLeads: string[];
  /** "và", "của": words an abbreviation written out may bring in, which a title need not hold. */
  joiners: string[];
  /** "Thời gian triển khai": labels under which a document states its own timeline, as written (not folded). */
  timelineLabels: string[];
}

let cached: DocumentQuestionWords | null = null;

/** Read once from document-question-words.json (general Vietnamese, kept apart from code). */
export function documentQuestionWords(): DocumentQuestionWords {
  if (cached) return cached;
  const file = WordFile.parse(JSON.parse(readFileSync(new URL("./document-question-words.json", import.meta.url), "utf8")));
  const folded = (phrases: string[]) => [...new Set(phrases.map((phrase) => foldText(phrase)))].sort((left, right) => right.length - left.length);
  cached = {
    asks: Object.entries(file.asks).map(([fact, phrases]) => [fact as DocumentFact, folded(phrases ?? [])]),
    askEndings: Object.entries(file.askEndings).map(([fact, phrases]) => [fact as DocumentFact, folded(phrases ?? [])]),
    which: folded(file.which),
    kinds: file.kinds.map((kind) => ({ name: kind.name, forms: folded([kind.name, ...kind.codes]) })),
    fillers: folded(file.fillers),
    deadlineWords: folded(file.deadlineWords),
    basisLeads: folded(file.basisLeads),
    joiners: folded(file.joiners),
    timelineLabels: file.timelineLabels,
  };
  return cached;
}
