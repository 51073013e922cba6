import { withAbbreviationForms } from "../../vietnamese/glossary/abbreviation-forms.js";
import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import type { IngestedDocument } from "../ingest-document.js";
import { passageIndexText, recordIndexText } from "../index/index-text.js";
import { matchText } from "../index/vocabulary/record-texts.js";

/**
 * The texts the index writer gives the glossary's abbreviation forms to (index-text.ts: each record's and passage's
 * index text; the vocabulary's record titles), with those forms written in: computed by the parse worker with the
 * document, so that the thread writing the index does not (a sixth of its time).
 */
export function indexTextExpansions(document: Pick<IngestedDocument, "records" | "passages">, glossary: Glossary): [string, string][] {
  const texts = new Set([...document.records.flatMap((record) => [recordIndexText(record), matchText(record)]), ...document.passages.map(passageIndexText)]);
  return [...texts].map((text) => [text, withAbbreviationForms(text, glossary)]);
}

/**
 * The writer's `expandText`: a text whose expansion came with its document (`use`) is taken as it is — the same
 * function of the same glossary computed it — and any other is expanded here.
 */
export class IndexTextExpander {
  private ahead = new Map<string, string>();

  constructor(private readonly glossary: Glossary) {}

  readonly expand = (text: string): string => this.ahead.get(text) ?? withAbbreviationForms(text, this.glossary);

  /** The expansions of the document about to be written; none (`[]`) once it is. */
  use(expansions: readonly (readonly [string, string])[]): void {
    this.ahead = new Map(expansions);
  }
}
