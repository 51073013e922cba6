import { z } from "zod";
import type { DocumentInfo } from "../../records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import { abbreviator } from "../../../vietnamese/glossary/abbreviator.js";
import { documentTargetTexts, targetWordsOf } from "./document-targets.js";

/**
 * The phrases that name a document in a question ("Kế hoạch 429", "QĐ 1982", "KH tháng",
 * "chương trình công tác"), worked out from its metadata and aliases with the glossary's
 * abbreviations (answering's `documentHints` reads them). Computed per document at ingest and
 * stored beside its row (`document_names`, decision 034), so a question process reads them
 * instead of working them out for every document on its first question.
 */
export const DocumentPhrases = z.object({
  phrases: z.array(z.string()),
  prefixes: z.array(z.string()),
  numbers: z.array(z.string()),
  /** The phrases made of the document's own number ("nq 57" for 57-NQ/TW): its name, whatever other titles cite. */
  ownNumber: z.array(z.string()),
});
export type DocumentPhrases = z.infer<typeof DocumentPhrases>;

/** Rewrites spelt-out words as officials abbreviate them ("chuyen doi so" → "cds"); identity when not given. */
export type Abbreviate = (folded: string) => string;

const kindShortNames: Record<string, string[]> = {
  "ke hoach": ["kh", "ke hoach"],
  "quyet dinh": ["qd", "quyet dinh"],
  "chuong trinh": ["ctr", "chuong trinh"],
  "de an": ["de an"],
  "nghi quyet": ["nq", "nghi quyet"],
};

/** The kind metadata gives a document whose text names none (ingest/structure/metadata.ts), folded. */
const genericKind = "van ban";
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
export function shortKindForm(folded: string): string {
  let short = ` ${folded} `;
  for (const [long, shortNames] of Object.entries(kindShortNames)) {
    const abbreviation = shortNames[0];
    if (abbreviation && abbreviation !== long) short = short.split(` ${long} `).join(` ${abbreviation} `);
  }
  return short.trim();
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

/** What is stored per document (document_names): its phrases, and the words of each of its target texts (document-targets.ts), in `documentTargetTexts` order. */
export const StoredDocumentNames = z.object({ phrases: DocumentPhrases, targets: z.array(z.array(z.string())) });
export type StoredDocumentNames = z.infer<typeof StoredDocumentNames>;

/** A document's names as ingest stores them, with the glossary of the index (its identity). */
export function documentNames(document: DocumentInfo, glossary: Glossary): StoredDocumentNames {
  return { phrases: documentPhrases(document, abbreviator(glossary)), targets: documentTargetTexts(document).map((text) => targetWordsOf(text, glossary)) };
}

interface Attached {
  read: () => StoredDocumentNames[] | null;
  names?: StoredDocumentNames[] | null;
  targetWords?: Map<string, ReadonlySet<string>> | null;
}

/** The stored names of a loaded index's documents, read when first asked (search-index.ts attaches them). */
const storedByDocuments = new WeakMap<readonly DocumentInfo[], Attached>();

/**
 * Attaches to a loaded index's documents the reading of their stored names, computed at ingest
 * with the glossary the index was built with (the index identity): `read` gives them in the
 * documents' order, or null when some document has none stored.
 */
export function attachStoredDocumentNames(documents: readonly DocumentInfo[], read: () => StoredDocumentNames[] | null): void {
  storedByDocuments.set(documents, { read });
}

function storedNames(documents: readonly DocumentInfo[]): StoredDocumentNames[] | null {
  const attached = storedByDocuments.get(documents);
  if (!attached) return null;
  if (attached.names === undefined) attached.names = attached.read();
  return attached.names;
}

/** The phrase sets stored for these documents (the array a loaded index gives), or null when none were attached. */
export function storedDocumentPhrases(documents: readonly DocumentInfo[]): DocumentPhrases[] | null {
  return storedNames(documents)?.map((names) => names.phrases) ?? null;
}

/** The stored words of every target text of these documents, by text; null when none were attached. */
export function storedTargetWords(documents: readonly DocumentInfo[]): ReadonlyMap<string, ReadonlySet<string>> | null {
  const attached = storedByDocuments.get(documents);
  const names = storedNames(documents);
  if (!attached || !names) return null;
  if (attached.targetWords === undefined) {
    const byText = new Map<string, ReadonlySet<string>>();
    documents.forEach((document, position) => {
      const targets = names[position]?.targets ?? [];
      documentTargetTexts(document).forEach((text, index) => {
        const words = targets[index];
        if (words && !byText.has(text)) byText.set(text, new Set(words));
      });
    });
    attached.targetWords = byText;
  }
  return attached.targetWords;
}
