import type { CitedDocument } from "../../records/document-facts-schema.js";
import type { DocumentInfo } from "../../records/schemas.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import { topicVariants } from "../../../vietnamese/glossary/topic-variants.js";
import { foldText } from "../../../vietnamese/fold.js";

/**
 * What a question about a document itself ("KH 429 ai ký?", "căn cứ QĐ nào …?") is scored
 * against (answering's `readDocumentQuestion`): a corpus document's kind, number, title, issuer
 * and aliases, and each document it cites as its citing line gives it; `subject` the part that
 * says what it is about. Their words are worked out at ingest and stored with the document's
 * names (document-names.ts, decision 034): a question reads them instead of writing out the
 * abbreviations of every citation of the corpus again.
 */
export interface TargetText {
  all: string;
  subject: string;
}

export const ownTargetText = (document: DocumentInfo): TargetText => ({
  all: [document.kind, document.number ?? "", document.title, document.issuer, ...document.aliases].join(" "),
  subject: document.title,
});

export const citedTargetText = (citation: CitedDocument): TargetText => ({
  all: [citation.kind, citation.number, citation.issuer, citation.subject, citation.lead].join(" "),
  subject: citation.subject,
});

/** Every text of a document a question may be scored against, in a fixed order: its own, then each citation's. */
export function documentTargetTexts(document: DocumentInfo): string[] {
  const own = ownTargetText(document);
  return [own.all, own.subject, ...(document.facts?.citations ?? []).flatMap((citation) => {
    const cited = citedTargetText(citation);
    return [cited.all, cited.subject];
  })];
}

/** A target's words as written and with its abbreviations written out ("UBND" → "ủy ban nhân dân"), folded, each once. */
export function targetWordsOf(text: string, glossary: Glossary): string[] {
  const words = new Set<string>();
  for (const variant of topicVariants([foldText(text)], glossary)) for (const word of foldText(variant).split(" ")) if (word !== "") words.add(word);
  return [...words];
}
