import type { KnowledgeRecord } from "../../../ingest/records/schemas.js";
import type { QuestionKind } from "../answer-types.js";
import type { QuestionFrame } from "../understand/understand-question.js";
import { recordTitle, type KnowledgeBase } from "./knowledge-base.js";
import { terms, type TitleMatcher } from "./title-match.js";
import type { Thresholds } from "./thresholds.js";
import { namedFields, namesColumnOf, namingWords } from "../compose/named-fields.js";
import { clauseWithNumber, namedLabelWords } from "../compose/guidance-clause.js";

/** Kinds that ask for a number: a criterion's clause that states one speaks to them. */
const numberKinds: ReadonlySet<QuestionKind> = new Set(["value", "result", "score"]);

export interface RecordMatch {
  record: KnowledgeRecord;
  /** Weighted share of the question's topic found in the record's title. */
  coverage: number;
  /** Weighted share of the record's title named by the question. */
  specificity: number;
  score: number;
}

const kindsFor: Record<QuestionKind, KnowledgeRecord["kind"][]> = {
  owner: ["task", "dti-criterion", "budget-line", "indicator"],
  coordinators: ["task", "budget-line", "dti-criterion"],
  deadline: ["task", "dti-criterion", "budget-line"],
  value: ["indicator", "dti-criterion"],
  result: ["indicator", "task"],
  score: ["dti-criterion", "indicator"],
  budget: ["budget-line", "task"],
  "list-by-agency": ["task"],
  "list-by-period": ["task"],
  general: ["task", "indicator", "dti-criterion", "budget-line"],
};

/**
 * The texts a record is matched on, with the glossary's expansions of the abbreviations they use:
 * `match` for coverage (for indicators, the name with its unit and value labels), `name` for
 * specificity (the name alone, so that long value labels do not dilute it).
 */
export interface TitleText {
  match: (record: KnowledgeRecord) => string;
  name: (record: KnowledgeRecord) => string;
}

/**
 * Finds the records the question is about: search-index candidates (lexical + vector, fused)
 * re-scored by how much of the question's topic their title covers. Returns the best match and
 * any match nearly as good (the same task or indicator written in several documents).
 */
/** The matches kept, and the score of the best candidate left out (null when there was none). */
export interface RecordSearch {
  matches: RecordMatch[];
  runnerUpScore: number | null;
}

export async function findRecords(
  frame: QuestionFrame,
  topics: string[],
  knowledgeBase: KnowledgeBase,
  matcher: TitleMatcher,
  titleText: TitleText,
  thresholds: Thresholds,
  documentWords: (file: string) => ReadonlySet<string>,
): Promise<RecordSearch> {
  const allowed = new Set(kindsFor[frame.kind]);
  const candidates = new Map<string, KnowledgeRecord>();
  for (const topic of topics) {
    if (topic.trim() === "") continue;
    const hits = await knowledgeBase.searchRecords(topic, { limit: thresholds.candidateLimit, files: frame.documentFiles });
    for (const hit of hits) {
      const record = knowledgeBase.record(hit.id);
      // A task answers a value question when the question names one of its columns ("KPI tác nghiệp").
      if (record && (allowed.has(record.kind) || namesColumnOf(record, frame.folded))) candidates.set(record.id, record);
    }
  }
  const itemNumber = frame.itemNumber;
  const matches: RecordMatch[] = [];
  for (const record of candidates.values()) {
    const title = titleText.match(record);
    const name = titleText.name(record);
    if (contradictsYears(frame.years, record, title, frame.kind)) continue;
    // Words that name the record's own document ("DTI" in the DTI plan) are not asked about: they are free.
    // So are the words naming a column of the record the question asks for ("KPI tác nghiệp của …").
    const free = withFieldWords(documentWords(record.locator.file), record, frame);
    const coverageOf = (text: string) => Math.max(...topics.map((topic) => matcher.coverage(topic, text, free, frame.accented)));
    const titleCoverage = coverageOf(title);
    // Words found only in the guidance clause the question asks about count for less than the title's.
    const clause = numberClause(record, frame);
    const coverage = clause === null ? titleCoverage : titleCoverage + clauseCredit * Math.max(0, coverageOf(`${title} · ${clause}`) - titleCoverage);
    const specificity = Math.max(...topics.map((topic) => matcher.specificity(topic, name, frame.accented)));
    const itemBonus = itemNumber !== null && record.locator.itemNumber === itemNumber ? thresholds.itemNumberBonus : 0;
    const kindBonus = preferredKind(frame, record) ? thresholds.preferredKindBonus : 0;
    const yearBonus = frame.years.some((year) => title.includes(year)) ? thresholds.yearInTitleBonus : 0;
    const fileBonus = frame.preferredFiles.includes(record.locator.file) ? thresholds.preferredFileBonus : 0;
    const score = coverage * 0.7 + specificity * 0.3 + itemBonus + kindBonus + yearBonus + fileBonus;
    matches.push({ record, coverage: Math.min(1, coverage + itemBonus), specificity, score });
  }
  matches.sort((left, right) => right.score - left.score);
  const best = matches[0];
  if (!best || best.coverage < thresholds.minCoverage) return { matches: [], runnerUpScore: null };
  const tied = matches.filter((match) => match.coverage >= thresholds.minCoverage && match.score >= best.score - thresholds.tieMargin);
  const kept = [...tied, ...sameInOtherDocuments(matches, tied, best, frame, thresholds)];
  const runnerUp = matches.find((match) => !kept.includes(match));
  return { matches: kept, runnerUpScore: runnerUp?.score ?? null };
}

/**
 * The same task written in another document ("Thành lập Ủy ban Dữ liệu quốc gia" in a deliverables
 * table, "Tham mưu Chính phủ thành lập Ủy ban Dữ liệu quốc gia" in a monthly plan): the best match of
 * each other document whose title covers the question as fully as the best one's, however many
 * words of its own it adds, when the best covers nearly all of it. Not when the question prefers a document.
 */
function sameInOtherDocuments(matches: RecordMatch[], tied: RecordMatch[], best: RecordMatch, frame: QuestionFrame, thresholds: Thresholds): RecordMatch[] {
  if (frame.preferredFiles.length > 0 || best.coverage < thresholds.otherDocumentMinCoverage) return [];
  const files = new Set(tied.map((match) => match.record.locator.file));
  const added: RecordMatch[] = [];
  for (const match of matches) {
    const file = match.record.locator.file;
    if (files.has(file) || match.coverage < thresholds.minCoverage || match.coverage < best.coverage - thresholds.otherDocumentCoverageMargin) continue;
    files.add(file);
    added.push(match);
  }
  return added;
}

/** The share of a topic word's weight that a word found only in a criterion's guidance clause earns. */
const clauseCredit = 0.5;

/**
 * A criterion asked for a number is matched on its title and, for less, on the guidance clause
 * that states one ("Điều kiện đảm bảo: … >50% tổng dân số từ 15 tuổi trở lên …"): the question
 * may describe the condition. Null for other records and kinds.
 */
function numberClause(record: KnowledgeRecord, frame: QuestionFrame): string | null {
  if (record.kind !== "dti-criterion" || !numberKinds.has(frame.kind)) return null;
  return clauseWithNumber(record.guidance, frame.folded)?.text ?? null;
}

function withFieldWords(words: ReadonlySet<string>, record: KnowledgeRecord, frame: QuestionFrame): ReadonlySet<string> {
  const questionFolded = frame.folded;
  // "Điều kiện để đạt tiêu chí …": the label of the criterion's guidance clause the question asks for.
  if (record.kind === "dti-criterion") {
    const labelWords = namedLabelWords(record.guidance, questionFolded);
    return labelWords.length === 0 ? words : new Set([...words, ...terms(labelWords.join(" "))]);
  }
  if (record.kind !== "task") return words;
  const named = namedFields(record.fields, questionFolded).filter((field) => field.role !== "start");
  if (named.length === 0) return words;
  return new Set([...words, ...named.flatMap((field) => terms(namingWords(field, questionFolded).join(" ")))]);
}

/**
 * A task or budget line whose name carries years ("giai đoạn 2021 – 2025") is not the subject of a
 * question about other years ("giai đoạn 2031-2035"). Indicators are exempt: their years are
 * value columns, checked when the value is picked.
 */
function contradictsYears(years: string[], record: KnowledgeRecord, title: string, kind: QuestionFrame["kind"]): boolean {
  if (years.length === 0) return false;
  // A question naming a year and nothing else to ask ("kinh tế số 2050") needs that year in the record.
  if (kind === "general" && !years.some((year) => JSON.stringify(record.kind === "indicator" ? record.values : record).includes(year))) return true;
  if (record.kind === "indicator") return false;
  // The years a task or budget line spans: its name's, else its period's ("2024-2025").
  const period = record.kind === "budget-line" ? record.period : record.kind === "task" ? record.deadline.text : "";
  const ownYears = title.match(/\b(19|20)\d{2}\b/g) ?? [];
  const titleYears = ownYears.length > 0 ? ownYears : (period.match(/\b(19|20)\d{2}\b/g) ?? []);
  if (titleYears.length === 0) return false;
  const [first, last] = [Number(titleYears[0]), Number(titleYears[titleYears.length - 1])];
  return !years.some((year) => Number(year) >= Math.min(first, last) && Number(year) <= Math.max(first, last));
}

function preferredKind(frame: QuestionFrame, record: KnowledgeRecord): boolean {
  switch (frame.kind) {
    case "value":
    case "result":
      return record.kind === "indicator";
    case "score":
      if (frame.wantsRank) return record.kind === "indicator" && record.values.some((value) => value.valueKind === "rank");
      return (
        record.kind === "dti-criterion" ||
        (record.kind === "indicator" && (/điểm/i.test(record.unit) || record.values.some((value) => value.valueKind === "score" || value.valueKind === "rank")))
      );
    case "budget":
      return record.kind === "budget-line" || (record.kind === "task" && record.budget !== null);
    default:
      return frame.mentionsIndicator ? record.kind === "indicator" : record.kind === "task";
  }
}

export { recordTitle };
