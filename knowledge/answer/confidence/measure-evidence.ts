import type { RecordFact } from "../compose/record-facts.js";
import type { RecordMatch, RecordSearch } from "../find/find-records.js";
import type { TitleMatcher } from "../find/title-match.js";
import type { QuestionFrame } from "../understand/understand-question.js";
import type { AnswerEvidence } from "../answer-types.js";

/** What the question itself contributes to the evidence of any answer to it. */
export interface QuestionEvidence {
  frame: QuestionFrame;
  /** The topic variants searched (the first is the question's own). */
  topics: string[];
  expandedAbbreviations: number;
  matcher: TitleMatcher;
  /** Files the question names by the words of their short names (DocumentMentions). */
  namedFiles: ReadonlySet<string>;
  /** The passage plain full-text search ranks first for the topic (table rows have a record id), null when none. */
  topPassage: { id: string; recordId: string | null } | null;
}

/** Does plain full-text search agree with the answer's source? */
function lexicalTop(question: QuestionEvidence, source: { recordId: string } | { passageId: string }): AnswerEvidence["lexicalTop"] {
  const top = question.topPassage;
  if (!top) return "none";
  if ("recordId" in source ? top.recordId === source.recordId : top.id === source.passageId) return "same";
  return top.recordId === null ? "body-text" : "other";
}

/** Whether the answer's file is one the question named, or the question named others only. */
function documentFit(question: QuestionEvidence, file: string | undefined): Pick<AnswerEvidence, "documentNamed" | "otherDocumentNamed"> {
  const named = new Set([...question.frame.documentFiles, ...question.namedFiles]);
  const documentNamed = file !== undefined && named.has(file);
  return { documentNamed, otherDocumentNamed: named.size > 0 && !documentNamed };
}

/** Whether the question names a year, and the fact line names one of them. */
function yearFit(question: QuestionEvidence, factLine: string): Pick<AnswerEvidence, "yearAsked" | "yearInFact"> {
  const years = question.frame.years;
  return { yearAsked: years.length > 0, yearInFact: years.some((year) => factLine.includes(year)) };
}

function topicEvidence(question: QuestionEvidence): Pick<AnswerEvidence, "topicWords" | "unknownShare" | "kind" | "expandedAbbreviations"> {
  const topic = question.topics[0] ?? question.frame.topic;
  return {
    kind: question.frame.kind,
    topicWords: topic.split(" ").filter((word) => word !== "" && word !== "·").length,
    unknownShare: question.matcher.unknownShare(topic),
    expandedAbbreviations: question.expandedAbbreviations,
  };
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** Evidence of an answer from table records: the best match, its lead over the next candidate, its sources' agreement. */
export function recordEvidence(
  question: QuestionEvidence,
  search: RecordSearch,
  supported: { match: RecordMatch; fact: RecordFact }[],
): AnswerEvidence {
  const [first] = supported;
  const best = search.matches[0];
  const lead = best ?? first?.match;
  const keys = new Set(supported.map((entry) => entry.fact.compareKey));
  return {
    route: "record",
    ...topicEvidence(question),
    coverage: clamp(lead?.coverage ?? 0),
    specificity: clamp(lead?.specificity ?? 0),
    margin: lead && search.runnerUpScore !== null ? clamp(lead.score - search.runnerUpScore) : 1,
    sources: Math.max(supported.length, 1),
    sourcesDiffer: keys.size > 1,
    exactKind: supported.every((entry) => entry.fact.exactKind !== false),
    ...documentFit(question, first?.match.record.locator.file),
    lexicalTop: lexicalTop(question, { recordId: first?.match.record.id ?? "" }),
    ...yearFit(question, first?.fact.line ?? ""),
  };
}

/** Evidence of an answer from one body-text sentence: its coverage and its lead over the next passage's best sentence. */
export function passageEvidence(
  question: QuestionEvidence,
  sentence: { coverage: number; text: string },
  runnerUpCoverage: number | null,
  passage: { id: string; file: string },
): AnswerEvidence {
  const coverage = sentence.coverage;
  return {
    route: "passage",
    ...topicEvidence(question),
    coverage: clamp(coverage),
    specificity: 0,
    margin: runnerUpCoverage === null ? 1 : clamp(coverage - runnerUpCoverage),
    sources: 1,
    sourcesDiffer: false,
    exactKind: true,
    ...documentFit(question, passage.file),
    lexicalTop: lexicalTop(question, { passageId: passage.id }),
    ...yearFit(question, sentence.text),
  };
}
