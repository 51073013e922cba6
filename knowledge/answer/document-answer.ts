import type { DocumentInfo } from "../../ingest/records/schemas.js";
import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import type { Answer } from "./answer-types.js";
import { documentFactAnswer } from "./compose/document-facts.js";
import { readDocumentQuestion } from "./understand/document-question.js";
import { expandShorthand } from "../../vietnamese/glossary/chat-shorthand.js";
import { foldText } from "../../vietnamese/fold.js";

/**
 * A question about a document itself — its number, date, signer, or a document it cites — is
 * answered from the document's own lines; null when the question is not one.
 */
export function answerAboutDocument(asked: string, documents: DocumentInfo[], glossary: Glossary): Answer | null {
  const question = readDocumentQuestion(foldText(expandShorthand(asked)), documents, glossary);
  return question ? documentFactAnswer(question, asked, documents) : null;
}
