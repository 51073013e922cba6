import { z } from "zod";

/** One checkable source of an answer. `file` is the file name inside `knowledge/sources/`. */
export const Citation = z.object({
  file: z.string(),
  /** Document title with kind and number, e.g. "Kế hoạch 429/KH-UBND: Chuyển đổi số tỉnh Quảng Trị năm 2026". */
  title: z.string(),
  /** Where in the document: "Phụ lục III, mục 5" or "Phần II > 1. …". */
  locator: z.string(),
  /** The verbatim source line(s) the answer rests on. */
  quote: z.string(),
  /** 1-based line in the source file where the quote starts. */
  line: z.number().int().positive(),
});
export type Citation = z.infer<typeof Citation>;

export const QuestionKind = z.enum([
  "owner",
  "coordinators",
  "deadline",
  "value",
  "result",
  "score",
  "budget",
  "list-by-agency",
  "list-by-period",
  "general",
]);
export type QuestionKind = z.infer<typeof QuestionKind>;

/**
 * What the assistant understood of a question, kept per chat so that a follow-up ("còn tháng 10
 * thì sao?") is read against it. `question` is the question as a standalone sentence: for a
 * follow-up, the previous question with the follow-up's parts put in.
 */
export const Understanding = z.object({
  question: z.string(),
  kind: QuestionKind,
  /** The lines the answer quoted (file and line), for a follow-up about the same subject ("thế còn năm 2030?"). */
  sources: z.array(z.object({ file: z.string(), line: z.number() })).optional(),
});
export type Understanding = z.infer<typeof Understanding>;

/** What the assistant may know besides the question: the previous question of the same chat. */
export interface AskContext {
  previous?: Understanding | null;
}
/** One task (or DTI criterion) of a list answer, as a row a person can take away (/xuat) or pick by number. */
export const ListItem = z.object({
  /** Short document name: "Kế hoạch 429/KH-UBND". */
  document: z.string(),
  /** Place in the document: "Phụ lục III, mục 5". */
  place: z.string(),
  item: z.string(),
  owners: z.array(z.string()),
  coordinators: z.array(z.string()),
  deadline: z.string(),
  citation: Citation,
});
export type ListItem = z.infer<typeof ListItem>;

/**
 * What an answer rests on, as the answerer measured it: how much of the question the chosen
 * record or sentence covers, how far it stands above the next candidate, whether its sources
 * agree, how many of the question's words the documents never use. The confidence model turns
 * these into one probability that the answer is right (knowledge/answer/confidence/).
 */
export const AnswerEvidence = z.object({
  /** Where the fact came from: a table row (record) or a body-text sentence (passage). */
  route: z.enum(["record", "passage"]),
  kind: QuestionKind,
  /** Weighted share of the question's topic found in the source (0–1). */
  coverage: z.number().min(0).max(1),
  /** Weighted share of the source's title the question names (0–1; passages: 0). */
  specificity: z.number().min(0).max(1),
  /** Score of the best source minus the best candidate left out (0–1; 1 when there was none). */
  margin: z.number().min(0).max(1),
  /** Sources cited for the fact. */
  sources: z.number().int().min(1),
  /** True when the cited sources give different facts. */
  sourcesDiffer: z.boolean(),
  /** False when a source holds another kind of value than asked (a target for "đạt"). */
  exactKind: z.boolean(),
  /** Syllables in the question's topic. */
  topicWords: z.number().int().min(0),
  /** Share of the topic's syllables that no document uses (0–1). */
  unknownShare: z.number().min(0).max(1),
  /** The question named a document (by its hints or the words of its short names) and the answer comes from it. */
  documentNamed: z.boolean(),
  /** The question named a document and the answer comes from another one. */
  otherDocumentNamed: z.boolean(),
  /** What plain full-text search puts first for the topic: this very source, body text elsewhere, or another row. */
  lexicalTop: z.enum(["same", "body-text", "other", "none"]),
  /** Abbreviations written out from what the documents define or use. */
  expandedAbbreviations: z.number().int().min(0),
  /** The question names a year, and whether the fact stated names it too ("Mục tiêu 2026: 80 %"). */
  yearAsked: z.boolean(),
  yearInFact: z.boolean(),
});
export type AnswerEvidence = z.infer<typeof AnswerEvidence>;

export const Answer = z.object({
  question: z.string(),
  /** False when the documents do not support an answer; `text` then says so and offers close topics. */
  found: z.boolean(),
  kind: QuestionKind,
  /** The reply for a person: the fact in the first line, then details, then sources. */
  text: z.string(),
  citations: z.array(Citation),
  /** Closest existing topics offered on a refusal. */
  suggestions: z.array(z.string()),
  /** What was understood, for reading the chat's next question against it; absent when nothing was. */
  understanding: Understanding.optional(),
  /** For list answers: every item listed (also those past the shown ones), in the order shown. */
  items: z.array(ListItem).optional(),
  /**
   * A refusal of the confidence gate keeps the answer it held back: picking the offered suggestion
   * by number is the person's word that it is what they meant, and gets this answer.
   */
  withheld: z.object({ text: z.string(), citations: z.array(Citation) }).optional(),
  /** For answers from a record or sentence: what they rest on, and the model's probability that they are right. */
  evidence: AnswerEvidence.optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type Answer = z.infer<typeof Answer>;

/** A document as listed by /tailieu. */
export const DocumentSummary = z.object({
  file: z.string(),
  kind: z.string(),
  number: z.string().nullable(),
  dateText: z.string(),
  title: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** A deadline query (/han, /quahan): the arguments as typed, e.g. "quy 3/2026 so khcn", "hôm nay", "Sở Y tế". */
export interface DeadlineQuery {
  text: string;
  /** /quahan: work due before today (not recurring). */
  overdue?: boolean;
}

/**
 * The single read path. The bots, the console chat, `npm run ask` and the eval runner all
 * call this; nothing answers a question any other way.
 */
export interface Assistant {
  /** `context.previous`: the understanding of the chat's previous question, when it is recent. */
  answer(question: string, context?: AskContext): Promise<Answer>;
  dueTasks(query: DeadlineQuery): Promise<Answer>;
  documents(): DocumentSummary[];
  /** Re-ingests changed sources and swaps the index in without stopping; returns a short report. */
  reload(): Promise<string>;
}
