import type { DocumentInfo } from "../../../ingest/records/schemas.js";
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

const kindShortNames: Record<string, string[]> = {
  "ke hoach": ["kh", "ke hoach"],
  "quyet dinh": ["qd", "quyet dinh"],
  "chuong trinh": ["ctr", "chuong trinh"],
  "de an": ["de an"],
  "nghi quyet": ["nq", "nghi quyet"],
};

/** Leading words of an alias that still name the document ("chương trình công tác" for "Chương trình Công tác Ban Chỉ đạo năm 2026"): the kind and two more words at least. */
/** The kind metadata gives a document whose text names none (ingest/structure/metadata.ts), folded. */
const genericKind = "van ban";
const citingWords = ["theo", "trong", "tai", "thuoc", "cua", "thuc hien"];
const documentKindWords = ["nghi quyet", "quyet dinh", "ke hoach", "chuong trinh", "de an", "chi thi", "thong tu", "nghi dinh", "cong van"];
const connectorWords = new Set(["thuc", "hien", "ve", "cua", "va", "nam", "giai", "doan", "den", "tai", "tren", "theo", "dinh", "huong"]);

/**
 * Leading words of an alias that still name the document ("chương trình công tác" for
 * "Chương trình Công tác Ban Chỉ đạo năm 2026"): the kind and two more words at least, never
 * past a number or a second document kind, never ending on a connecting word.
 */
function aliasPrefixes(folded: string, kind: string, minWords = 4): string[] {
  const words = folded.split(" ");
  const kindWords = kind.split(" ").filter((word) => word !== "").length;
  const prefixes: string[] = [];
  for (let length = Math.max(kindWords + 2, minWords); length < words.length; length += 1) {
    const prefix = words.slice(0, length);
    const last = prefix[prefix.length - 1] ?? "";
    if (/\d/.test(last)) break;
    const rest = prefix.slice(kindWords).join(" ");
    if (documentKindWords.some((word) => ` ${rest} `.includes(` ${word} `))) break;
    if (!connectorWords.has(last)) prefixes.push(prefix.join(" "));
  }
  return prefixes;
}

/** The words of a name after its kind without the connecting ones ("ke hoach theo thang" → "ke hoach thang"); the kind is kept. */
function withoutConnectors(folded: string, kind: string): string {
  const words = folded.split(" ");
  const kindWords = kind.split(" ").filter((word) => word !== "").length;
  const rest = words.slice(kindWords).filter((word) => !connectorWords.has(word));
  return rest.length === 0 ? folded : [...words.slice(0, kindWords), ...rest].join(" ");
}

/** "ke hoach thuc hien nghi quyet 57" → "kh thuc hien nq 57", as officials abbreviate. */
function shortKindForm(folded: string): string {
  let short = ` ${folded} `;
  for (const [long, shortNames] of Object.entries(kindShortNames)) {
    const abbreviation = shortNames[0];
    if (abbreviation && abbreviation !== long) short = short.split(` ${long} `).join(` ${abbreviation} `);
  }
  return short.trim();
}

/** Rewrites spelt-out words as officials abbreviate them ("chuyen doi so" → "cds"); identity when not given. */
export type Abbreviate = (folded: string) => string;

export interface DocumentPhrases {
  phrases: string[];
  prefixes: string[];
  numbers: string[];
  /** The phrases made of the document's own number ("nq 57" for 57-NQ/TW): its name, whatever other titles cite. */
  ownNumber: string[];
}

export function documentPhrases(document: DocumentInfo, abbreviate: Abbreviate = (text) => text): DocumentPhrases {
  const phrases = new Set<string>();
  const ownNumber = new Set<string>();
  const prefixes = new Set<string>();
  const numbers: string[] = [];
  const kind = foldText(document.kind);
  for (const alias of document.aliases) {
    const folded = foldText(alias);
    if (folded.length < 3) continue;
    // "Kế hoạch 429", "Kế hoạch thực hiện Nghị quyết 57" name the document; "DTI" or "Nghị quyết 57"
    // may just as well be a task's subject or a resolution cited by other documents.
    const namesItself = folded.startsWith(`${kind} `) || /^\d/.test(folded) || folded.split(" ").length >= 5;
    for (const form of new Set([folded, shortKindForm(folded), abbreviate(folded)])) (namesItself ? phrases : prefixes).add(form);
    // A document whose kind was not read ("Văn bản") is named by its title's leading words ("bảng deliverables").
    const named = kind === genericKind && folded.startsWith(`${genericKind} `) ? [...aliasPrefixes(folded.slice(genericKind.length + 1), "", 2)] : [];
    for (const prefix of [...aliasPrefixes(folded, kind), ...named]) {
      // "KH tháng" for "Kế hoạch theo tháng": officials drop the connecting words of a name.
      for (const form of new Set([prefix, withoutConnectors(prefix, kind)])) {
        prefixes.add(form);
        prefixes.add(abbreviate(form));
        prefixes.add(shortKindForm(form));
      }
    }
  }
  const numberDigits = document.number?.match(/^\d+/)?.[0];
  if (numberDigits) {
    numbers.push(numberDigits);
    for (const short of kindShortNames[kind] ?? [kind]) {
      for (const phrase of [`${short} ${numberDigits}`, `${short}${numberDigits}`, `${short} so ${numberDigits}`]) ownNumber.add(phrase);
    }
    ownNumber.add(foldText(document.number ?? ""));
    for (const phrase of ownNumber) phrases.add(phrase);
  }
  return {
    phrases: [...phrases].filter((phrase) => phrase !== ""),
    prefixes: [...prefixes].filter((prefix) => !phrases.has(prefix)),
    numbers,
    ownNumber: [...ownNumber].filter((phrase) => phrase !== ""),
  };
}

interface PhraseTables {
  phraseSets: DocumentPhrases[];
  /** How many documents use each phrase: a phrase shared by two ("kế hoạch chuyển đổi số") names neither. */
  owners: Map<string, number>;
  /**
   * Phrases that are one document's own number ("NQ 57" of Nghị quyết 57-NQ/TW): they name that
   * document, even where other documents' titles cite it ("Kế hoạch thực hiện Nghị quyết số 57").
   */
  numberOwners: Map<string, number>;
}

const tablesByDocuments = new WeakMap<DocumentInfo[], PhraseTables>();

/** The documents' names, worked out once per loaded index rather than once per question. */
function phraseTables(documents: DocumentInfo[], abbreviate?: Abbreviate): PhraseTables {
  const known = tablesByDocuments.get(documents);
  if (known) return known;
  const phraseSets = documents.map((document) => documentPhrases(document, abbreviate));
  const owners = new Map<string, number>();
  for (const set of phraseSets) for (const phrase of new Set([...set.phrases, ...set.prefixes])) owners.set(phrase, (owners.get(phrase) ?? 0) + 1);
  const numberOwners = new Map<string, number>();
  for (const set of phraseSets) for (const phrase of new Set(set.ownNumber)) numberOwners.set(phrase, (numberOwners.get(phrase) ?? 0) + 1);
  const tables = { phraseSets, owners, numberOwners };
  tablesByDocuments.set(documents, tables);
  return tables;
}

export function documentHints(foldedQuestion: string, documents: DocumentInfo[], abbreviate?: Abbreviate): DocumentHints {
  const hints: DocumentHints = { files: [], matchedPhrases: [], softFiles: [], softPhrases: [], numbers: [], nameYears: [] };
  const { phraseSets, owners, numberOwners } = phraseTables(documents, abbreviate);
  // A document's own number is its name; a phrase that is no document's number names one only if one document uses it.
  const ownedBy = (set: DocumentPhrases, phrase: string) => {
    const numbered = numberOwners.get(phrase) ?? 0;
    return numbered > 0 ? numbered === 1 && set.ownNumber.includes(phrase) : owners.get(phrase) === 1;
  };
  const named = documents.map((document, index) => {
    const set = phraseSets[index];
    const hits = set ? set.phrases.filter((phrase) => ownedBy(set, phrase) && hasPhrase(foldedQuestion, phrase)) : [];
    const softHits = set ? set.prefixes.filter((prefix) => ownedBy(set, prefix) && hasPhrase(foldedQuestion, prefix)) : [];
    return { document, set, hits, softHits, numbersOfOthers: [] };
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
