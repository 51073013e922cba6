import type { Answer, DocumentSummary } from "../../knowledge/answer/answer-types.js";
import { fill, type BotTexts } from "./texts.js";

/**
 * Turns answers and document lists into plain chat text. Each citation becomes one
 * paragraph, so the message splitter never separates a quote from its heading or cuts it.
 */
export function formatSources(answer: Answer, texts: BotTexts): string {
  const header = fill(texts.sourcesHeader, { question: answer.question });
  const items = answer.citations.map((citation, index) =>
    fill(texts.sourceItem, {
      index: index + 1,
      title: citation.title,
      locator: citation.locator,
      file: citation.file,
      line: citation.line,
      quote: collapseBlankLines(citation.quote.trim()),
    }),
  );
  return [header, ...items].join("\n\n");
}

export function formatDocuments(documents: DocumentSummary[], texts: BotTexts): string {
  if (documents.length === 0) return texts.documentsEmpty;
  const items = documents.map((document, index) =>
    fill(texts.documentItem, {
      index: index + 1,
      kind: document.kind,
      number: document.number ?? "",
      date: document.dateText,
      title: document.title,
    })
      .replace(/[ \t]{2,}/g, " ")
      .replace(/ — \n/, "\n"),
  );
  return [fill(texts.documentsHeader, { count: documents.length }), ...items].join("\n\n");
}

/** A quote must stay one paragraph: blank lines inside it become single line breaks. */
function collapseBlankLines(text: string): string {
  return text.replace(/\n[ \t]*\n+/g, "\n");
}
