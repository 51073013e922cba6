import { findPeriods } from "../../../ingest/records/deadline.js";
import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import type { Glossary } from "../../glossary/glossary.js";
import { foldDiacritics, foldText } from "../../text/fold.js";
import type { QuestionKind } from "../answer-types.js";
import { detectKind, hasPhrase, loadCues, matchedCues } from "./question-kind.js";
import { documentHints } from "./document-hints.js";

export interface QuestionPeriod {
  from: string;
  to: string;
  text: string;
}

/** What the question asks, about what, where: the input of retrieval and composition. */
export interface QuestionFrame {
  question: string;
  folded: string;
  kind: QuestionKind;
  /** For agency lists: is the agency asked about as owner or as coordinator? */
  agencyRole: "owner" | "coordinator";
  wantsConfirming: boolean;
  wantsProduct: boolean;
  agencies: { canonical: string; written: string }[];
  period: QuestionPeriod | null;
  /** A year named in the question ("năm 2026", "đến 2030"), for picking indicator values. */
  year: number | null;
  /** Files the question points at ("Kế hoạch 429", "QĐ 1982", "DTI"); empty when none. */
  documentFiles: string[];
  /** The question's subject with cue words, agencies, periods and document hints removed (folded). */
  topic: string;
}

const fillerWords = [
  "la", "gi", "nao", "cua", "cho", "trong", "theo", "ve", "the", "vay", "a", "oi", "nhe", "nhi", "khong", "co", "duoc",
  "bao", "nhieu", "nhu", "the nao", "ra sao", "hay", "xin", "cho biet", "vui long", "giup", "em", "anh", "chi", "minh",
  "toi", "ban", "ạ", "voi", "tai", "o day", "nay", "do", "can", "phai", "se", "da", "dang", "nhung", "cac", "mot",
  "viec", "nhiem vu", "ke hoach", "tinh", "quang tri", "nam", "thang", "quy", "den", "han", "ngay",
  "tieu chi", "chi so", "thanh phan", "noi dung", "hang muc", "muc", "so",
];

function stripPhrases(folded: string, phrases: string[]): string {
  let result = ` ${folded} `;
  const sorted = [...phrases].sort((left, right) => right.length - left.length);
  for (const phrase of sorted) {
    if (phrase === "") continue;
    result = result.split(` ${phrase} `).join(" ");
    result = result.split(` ${phrase} `).join(" ");
  }
  return result.replace(/\s+/g, " ").trim();
}

function questionPeriod(question: string): QuestionPeriod | null {
  const folded = foldDiacritics(question.toLowerCase()).replace(/\s*\/\s*/g, "/");
  const periods = findPeriods(folded);
  const first = periods[0];
  if (!first) return null;
  return { from: first.from, to: first.to, text: first.kind };
}

export function understandQuestion(question: string, glossary: Glossary, documents: DocumentInfo[]): QuestionFrame {
  const folded = foldText(question);
  const agencies = glossary.findAgencies(question).map(({ canonical, written }) => ({ canonical, written }));
  const hints = documentHints(folded, documents);
  const period = questionPeriod(removeHintNumbers(question, hints.numbers));
  const yearMatch = folded.match(/\b(20\d{2})\b/g)?.filter((year) => !hints.numbers.includes(year));
  const year = yearMatch && yearMatch.length > 0 ? Number(yearMatch[yearMatch.length - 1]) : null;
  const kind = detectKind(folded, { hasAgency: agencies.length > 0, hasPeriod: period !== null });
  const cues = loadCues();
  const agencyRole = hasPhrase(folded, "phoi hop") ? "coordinator" : "owner";
  const allCues = Object.values(cues).flat();
  let topic = stripPhrases(folded, [...hints.matchedPhrases, ...matchedCues(folded, allCues)]);
  for (const agency of agencies) topic = stripPhrases(topic, [foldText(agency.written)]);
  topic = topic.replace(/\b\d{1,2}\/\d{4}\b|\b(19|20)\d{2}\b/g, " ");
  topic = stripPhrases(topic, fillerWords);
  return {
    question,
    folded,
    kind,
    agencyRole,
    wantsConfirming: matchedCues(folded, cues.confirming).length > 0,
    wantsProduct: matchedCues(folded, cues.product).length > 0,
    agencies,
    period,
    year,
    documentFiles: hints.files,
    topic,
  };
}

function removeHintNumbers(question: string, numbers: string[]): string {
  let result = question;
  for (const number of numbers) result = result.split(number).join(" ");
  return result;
}
