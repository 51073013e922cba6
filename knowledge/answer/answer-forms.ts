import type { KnowledgeRecord } from "../../ingest/records/schemas.js";
import type { KnowledgeBase } from "./find/knowledge-base.js";
import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import type { Answer, Citation } from "./answer-types.js";
import { composeParts } from "./compose/parts-answer.js";
import { composeYesNo, type RecordsOfCitation } from "./compose/yes-no.js";
import { splitQuestionParts, type PartReading, type QuestionPart } from "./understand/question-parts.js";
import { readYesNo } from "./understand/yes-no-question.js";
import { subjectsSharingAsk, type AgencySpans } from "./understand/shared-ask.js";
import { documentHints } from "./understand/document-hints.js";
import { abbreviator } from "../../vietnamese/glossary/abbreviator.js";
import { foldText } from "../../vietnamese/fold.js";

/** What answering by the form of a question needs from the answerer. */
export interface FormContext {
  /** Answers one plain question (QuestionAnswerer's standalone path). */
  answerOne(question: string): Promise<Answer>;
  /** What the answerer understands of a question. */
  read(question: string): PartReading;
  glossary: Glossary;
  knowledgeBase: Pick<KnowledgeBase, "documents" | "recordsOf">;
  /** The question with the abbreviations the documents teach written out ("CAT" → "Công an tỉnh"); as asked when none. */
  writtenOut?(question: string): string;
  /** Answers a question from the records these citations quote (null when they quote none). */
  answerFromSources?(question: string, citations: Citation[]): Answer | null;
}

const recordKinds: readonly KnowledgeRecord["kind"][] = ["task", "indicator", "dti-criterion", "budget-line"];

/** The records a citation quotes, read from its file when a yes/no answer needs them. */
function recordsOfCitation(knowledgeBase: FormContext["knowledgeBase"]): RecordsOfCitation {
  return (citation: Citation) =>
    knowledgeBase.recordsOf({ kinds: recordKinds, files: [citation.file] }).filter((record) => record.locator.line === citation.line);
}

async function answerPart(question: string, context: FormContext): Promise<Answer> {
  const reader = { kind: (text: string) => context.read(text).kind, glossary: context.glossary, documents: context.knowledgeBase.documents };
  // "cơ yếu BCA à?": an agency the question abbreviates is claimed once the documents' abbreviations are written out.
  const readWrittenOut = () => {
    const writtenOut = context.writtenOut?.(question) ?? question;
    return writtenOut !== question ? readYesNo(writtenOut, reader) : null;
  };
  const yesNo = readYesNo(question, reader) ?? readWrittenOut();
  if (!yesNo) return context.answerOne(question);
  const underlying = await context.answerOne(yesNo.underlying);
  return { ...composeYesNo(yesNo, underlying, recordsOfCitation(context.knowledgeBase), context.glossary), question };
}

function documentPhrases(text: string, context: FormContext): string[] {
  const hints = documentHints(foldText(text), context.knowledgeBase.documents, abbreviator(context.glossary));
  return [...hints.matchedPhrases, ...hints.softPhrases];
}

const firstLine = (answer: Answer) => answer.text.split("\n")[0] ?? "";
const sourceKey = (citation: Citation | undefined) => (citation ? `${citation.file}:${citation.line}` : "");

/**
 * "X do ai chủ trì, hạn khi nào?": the asks that name no subject are about the record the
 * subject's ask found, not about whatever else their words reach. When that ask was answered
 * from a source, the others are answered from the same source (the field it lacks is said so).
 */
function sameSubjectFromOneSource(parts: QuestionPart[], answers: Answer[], context: FormContext): void {
  const donor = answers.find((answer, index) => !parts[index]?.borrowsSubject && answer.found && answer.citations.length > 0);
  if (!donor || !context.answerFromSources) return;
  parts.forEach((part, index) => {
    const answer = answers[index];
    if (!answer || (answer.found && sourceKey(answer.citations[0]) === sourceKey(donor.citations[0]))) return;
    if (!part.borrowsSubject) {
      // "…, KPI tác nghiệp là gì?", "… và khi nào hoàn thành?": an ask whose own words are few (two syllables) names no
      // subject of its own, whatever else they reach; one whose words reach nothing asks about the subject's record too
      // when the fact names them. Either way only if that record states the fact.
      const own = ownWords(part.text, context);
      const reachedOther = answer.found || answer.citations.length > 0;
      if (reachedOther && own.length > 2) return;
      const fromDonor = context.answerFromSources?.(part.text, donor.citations);
      if (fromDonor?.found && (own.length <= 2 || own.every((word) => foldText(firstLine(fromDonor)).split(" ").includes(word)))) answers[index] = fromDonor;
      return;
    }
    const fromDonor = context.answerFromSources?.(part.text, donor.citations);
    if (fromDonor) answers[index] = fromDonor;
  });
}

/**
 * "A và B được bao nhiêu điểm?" that found no answer whole: asked once per subject, the document
 * the question names carried into both. Answered so only when every subject is, each with a fact
 * of its own; the whole question's refusal otherwise.
 */
async function orSubjectBySubject(question: string, whole: Answer, context: FormContext, agencySpans: AgencySpans): Promise<Answer> {
  if (whole.found) return whole;
  const subjects = subjectsSharingAsk(question, agencySpans);
  if (subjects.length < 2) return whole;
  const named = documentPhrases(question, context);
  const parts = subjects.map((part) => (named.length > 0 && documentPhrases(part, context).length === 0 ? `${part.replace(/\?$/u, "")} ${named.join(" ")}?` : part));
  const answers: Answer[] = [];
  for (const part of parts) answers.push(await answerPart(part, context));
  if (!answers.every((answer) => answer.found) || new Set(answers.map(firstLine)).size < answers.length) return whole;
  return composeParts(question, parts, answers);
}

/** The words of an ask's own subject, folded. */
function ownWords(text: string, context: FormContext): string[] {
  return foldText(context.read(text).topic)
    .split(" ")
    .filter((word) => word !== "" && word !== "·");
}

/**
 * Answers a question by its form: a question of several parts ("… năm 2025 và 2026", "ai chủ trì
 * và ai phối hợp …") part by part in one reply; a yes/no question ("có phải Sở Y tế chủ trì …
 * không?") with the fact and whether it bears the claim out; any other question as it is.
 */
export async function answerByForm(question: string, given: FormContext): Promise<Answer> {
  // One question is read several times (whole, parts, yes/no): each text once.
  const readings = new Map<string, PartReading>();
  const read = (text: string): PartReading => {
    let reading = readings.get(text);
    if (!reading) {
      reading = given.read(text);
      readings.set(text, reading);
    }
    return reading;
  };
  const context: FormContext = { ...given, read };
  const reader = {
    read,
    agencySpans: (text: string) => context.glossary.findAgencies(text).map((mention) => ({ start: mention.start, end: mention.start + mention.written.length })),
    documentPhrases: (text: string) => documentPhrases(text, context),
  };
  const split = splitQuestionParts(question, reader);
  const parts = split.map((part) => part.text);
  if (parts.length === 1) return orSubjectBySubject(question, await answerPart(question, context), context, reader.agencySpans);
  const answers: Answer[] = [];
  for (const part of parts) answers.push(await answerPart(part, context));
  sameSubjectFromOneSource(split, answers, context);
  // Parts that all come back with the same fact did not ask different things: answer the question whole.
  if (new Set(answers.map(firstLine)).size === 1) return answerPart(question, context);
  return composeParts(question, parts, answers);
}
