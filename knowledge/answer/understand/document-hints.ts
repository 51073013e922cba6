import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { documentPhrases, shortKindForm, storedDocumentPhrases, type Abbreviate, type DocumentPhrases } from "../../../ingest/index/vocabulary/document-names.js";
import { foldText } from "../../../vietnamese/fold.js";
import { hasPhrase } from "./question-kind.js";

/**
 * Which documents a question points at: "Kế hoạch 429", "QĐ 1982", "Nghị quyết 57",
 * "chương trình công tác", "DTI". Built from each document's metadata and aliases, so a new
 * document is recognised by what its own header says.
 */
export interface DocumentHints {
  /** Files named for sure (number or full alias): the search is restricted to them. */
  files: string[];
  /** Folded phrases of the question that named a document for sure (removed from the topic). */
  matchedPhrases: string[];
  /** Files named only by the leading words of an alias ("chương trình công tác"): preferred, not required. */
  softFiles: string[];
  /** Those leading words, removed from one topic variant only (they may belong to a task's name). */
  softPhrases: string[];
  /** Document numbers named in the question ("429", "1982"), not to be read as years. */
  numbers: string[];
  /** Years written right after a document's name, as its name writes them ("KH DTI 2025"): no period asked. */
  nameYears: string[];
}

const citingWords = ["theo", "trong", "tai", "thuoc", "cua", "thuc hien"];

interface PhraseTables {
  phraseSets: DocumentPhrases[];
  /**
   * The document each phrase names, when it names one: a phrase shared by two ("kế hoạch chuyển
   * đổi số") names neither, and a phrase that is one document's own number ("NQ 57" of Nghị quyết
   * 57-NQ/TW) names that document, even where other documents' titles cite it ("Kế hoạch thực
   * hiện Nghị quyết số 57").
   */
  namedBy: Map<string, number>;
  /** The most words a phrase of `namedBy` has: the longest stretch of a question looked up. */
  maxWords: number;
}

const tablesByDocuments = new WeakMap<DocumentInfo[], PhraseTables>();

/** The documents' names, read from the index (stored at ingest) or worked out once per loaded index rather than once per question. */
function phraseTables(documents: DocumentInfo[], abbreviate?: Abbreviate): PhraseTables {
  const known = tablesByDocuments.get(documents);
  if (known) return known;
  const phraseSets = storedDocumentPhrases(documents) ?? documents.map((document) => documentPhrases(document, abbreviate));
  const owners = new Map<string, number>();
  for (const set of phraseSets) for (const phrase of new Set([...set.phrases, ...set.prefixes])) owners.set(phrase, (owners.get(phrase) ?? 0) + 1);
  const numberOwners = new Map<string, number>();
  for (const set of phraseSets) for (const phrase of new Set(set.ownNumber)) numberOwners.set(phrase, (numberOwners.get(phrase) ?? 0) + 1);
  // A document's own number is its name; a phrase that is no document's number names one only if one document uses it.
  const ownedBy = (set: DocumentPhrases, phrase: string) => {
    const numbered = numberOwners.get(phrase) ?? 0;
    return numbered > 0 ? numbered === 1 && set.ownNumber.includes(phrase) : owners.get(phrase) === 1;
  };
  const namedBy = new Map<string, number>();
  let maxWords = 0;
  phraseSets.forEach((set, index) => {
    for (const phrase of [...set.phrases, ...set.prefixes]) {
      if (!ownedBy(set, phrase)) continue;
      namedBy.set(phrase, index);
      maxWords = Math.max(maxWords, phrase.split(" ").length);
    }
  });
  const tables = { phraseSets, namedBy, maxWords };
  tablesByDocuments.set(documents, tables);
  return tables;
}

/**
 * Every stretch of the question between two spaces (of ` question `), up to `maxWords` words: the
 * phrases `hasPhrase(question, phrase)` holds for, looked up instead of tried one by one.
 */
function questionStretches(foldedQuestion: string, maxWords: number): Set<string> {
  const padded = ` ${foldedQuestion} `;
  const spaces: number[] = [];
  for (let index = 0; index < padded.length; index += 1) if (padded[index] === " ") spaces.push(index);
  const stretches = new Set<string>();
  for (let start = 0; start < spaces.length; start += 1) {
    for (let end = start + 1; end < spaces.length && end - start <= maxWords; end += 1) {
      const stretch = padded.slice((spaces[start] ?? 0) + 1, spaces[end]);
      if (stretch !== "") stretches.add(stretch);
    }
  }
  return stretches;
}

export function documentHints(foldedQuestion: string, documents: DocumentInfo[], abbreviate?: Abbreviate): DocumentHints {
  const hints: DocumentHints = { files: [], matchedPhrases: [], softFiles: [], softPhrases: [], numbers: [], nameYears: [] };
  const { phraseSets, namedBy, maxWords } = phraseTables(documents, abbreviate);
  const stretches = questionStretches(foldedQuestion, maxWords);
  // Only the documents a phrase of the question names, in the documents' order (the others have no hits).
  const hitDocuments = new Set<number>();
  for (const stretch of stretches) {
    const index = namedBy.get(stretch);
    if (index !== undefined) hitDocuments.add(index);
  }
  const named = [...hitDocuments]
    .sort((left, right) => left - right)
    .map((index) => {
      const set = phraseSets[index];
      const hit = (phrase: string) => namedBy.get(phrase) === index && stretches.has(phrase);
      return { document: documents[index] as DocumentInfo, set, hits: set ? set.phrases.filter(hit) : [], softHits: set ? set.prefixes.filter(hit) : [], numbersOfOthers: [] };
    });
  for (const { document, set, hits, softHits, numbersOfOthers } of withNumbersOfOtherNames(named)) {
    if (!set) continue;
    hints.nameYears.push(...yearsAfterName(foldedQuestion, [...hits, ...softHits], document));
    if (hits.length > 0) {
      hints.files.push(document.file);
      // "Đề án chuyển đổi số (QĐ 1982)": the loose name of a firmly named document is not the subject either.
      hints.matchedPhrases.push(...hits, ...softHits);
      hints.numbers.push(...set.numbers.filter((number) => foldedQuestion.includes(number)), ...numbersOfOthers);
      continue;
    }
    // "theo chương trình công tác", "trong KH DTI": a citing word makes a loose name a firm one.
    const cited = softHits.filter((prefix) => citingWords.some((word) => hasPhrase(foldedQuestion, `${word} ${prefix}`)));
    if (cited.length > 0) {
      hints.files.push(document.file);
      hints.matchedPhrases.push(...softHits);
      continue;
    }
    if (softHits.length > 0) {
      hints.softFiles.push(document.file);
      hints.softPhrases.push(...softHits);
    }
  }
  return hints;
}

interface NamedDocument {
  document: DocumentInfo;
  set: DocumentPhrases | undefined;
  hits: string[];
  softHits: string[];
  /** The digits of other documents' numbers that this one's name holds ("03" of "NQ03"): no period. */
  numbersOfOthers: string[];
}

/** Letters and digits apart, so that "nq03" and "nq 03" are one phrase. */
const spaced = (folded: string) => folded.replace(/(\p{L})(\p{N})/gu, "$1 $2").replace(/(\p{N})(\p{L})/gu, "$1 $2");

/**
 * "Bảng kết quả đầu ra NQ 03", "KH theo tháng NQ57": a document named by words of its own name
 * whose name also holds another document's number ("… chương trình hành động NQ03"). The number is
 * then part of the first document's name — the plan or table made for that resolution — and names
 * the resolution no more; the first document is named for sure.
 */
function withNumbersOfOtherNames(named: NamedDocument[]): NamedDocument[] {
  const numberHits = (entry: NamedDocument) => (entry.set ? entry.hits.filter((hit) => entry.set?.ownNumber.includes(hit)) : []);
  const taken = new Map<NamedDocument, string[]>();
  for (const entry of named) {
    const numbers = numberHits(entry);
    if (numbers.length === 0 || numbers.length < entry.hits.length || entry.softHits.length > 0) continue;
    const holder = named.find(
      (other) =>
        other !== entry &&
        [...other.hits, ...other.softHits].some((phrase) => !numbers.includes(phrase)) &&
        other.document.aliases.some((alias) => {
          const folded = foldText(alias);
          return numbers.some((number) => [folded, shortKindForm(folded)].some((form) => hasPhrase(spaced(form), spaced(number))));
        }),
    );
    if (holder) taken.set(holder, [...(taken.get(holder) ?? []), ...numbers]);
  }
  if (taken.size === 0) return named;
  const dropped = new Set([...taken.values()].flat());
  return named.map((entry) => {
    const numbers = taken.get(entry);
    if (numbers) {
      const digits = numbers.flatMap((number) => number.match(/\d+/g) ?? []);
      return { ...entry, hits: [...entry.hits, ...entry.softHits, ...numbers], softHits: [], numbersOfOthers: digits };
    }
    const left = entry.hits.filter((hit) => !dropped.has(hit) || !numberHits(entry).includes(hit));
    return { ...entry, hits: left };
  });
}

/** The years of a document's own name ("… năm 2025") that the question writes right after naming it ("KH DTI 2025", "CT công tác BCĐ năm 2026"). */
function yearsAfterName(foldedQuestion: string, phrases: string[], document: DocumentInfo): string[] {
  const ownYears = new Set(foldText([document.title, ...document.aliases].join(" ")).match(/\b(19|20)\d{2}\b/g) ?? []);
  return [...ownYears].filter((year) => phrases.some((phrase) => hasPhrase(foldedQuestion, `${phrase} ${year}`) || hasPhrase(foldedQuestion, `${phrase} nam ${year}`)));
}
