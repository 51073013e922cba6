import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { foldText } from "../../text/fold.js";
import { hasPhrase } from "./question-kind.js";

/**
 * Which documents a question points at: "Kế hoạch 429", "QĐ 1982", "Nghị quyết 57",
 * "chương trình công tác", "DTI". Built from each document's metadata and aliases, so a new
 * document is recognised by what its own header says.
 */
export interface DocumentHints {
  files: string[];
  /** Folded phrases of the question that named a document (removed from the topic). */
  matchedPhrases: string[];
  /** Document numbers named in the question ("429", "1982"), not to be read as years. */
  numbers: string[];
}

const kindShortNames: Record<string, string[]> = {
  "ke hoach": ["kh", "ke hoach"],
  "quyet dinh": ["qd", "quyet dinh"],
  "chuong trinh": ["ctr", "chuong trinh"],
  "de an": ["de an"],
  "nghi quyet": ["nq", "nghi quyet"],
};

export function documentPhrases(document: DocumentInfo): { phrases: string[]; numbers: string[] } {
  const phrases = new Set<string>();
  const numbers: string[] = [];
  for (const alias of document.aliases) {
    const folded = foldText(alias);
    if (folded.length >= 3) phrases.add(folded);
  }
  const numberDigits = document.number?.match(/^\d+/)?.[0];
  const kind = foldText(document.kind);
  if (numberDigits) {
    numbers.push(numberDigits);
    for (const short of kindShortNames[kind] ?? [kind]) {
      phrases.add(`${short} ${numberDigits}`);
      phrases.add(`${short} so ${numberDigits}`);
    }
    phrases.add(foldText(document.number ?? ""));
  }
  return { phrases: [...phrases].filter((phrase) => phrase !== ""), numbers };
}

export function documentHints(foldedQuestion: string, documents: DocumentInfo[]): DocumentHints {
  const files: string[] = [];
  const matchedPhrases: string[] = [];
  const numbers: string[] = [];
  for (const document of documents) {
    const { phrases, numbers: documentNumbers } = documentPhrases(document);
    const hits = phrases.filter((phrase) => hasPhrase(foldedQuestion, phrase));
    if (hits.length === 0) continue;
    files.push(document.file);
    matchedPhrases.push(...hits);
    numbers.push(...documentNumbers.filter((number) => hasPhrase(foldedQuestion, number)));
  }
  return { files, matchedPhrases, numbers };
}
