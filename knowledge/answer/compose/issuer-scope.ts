import type { DocumentInfo, KnowledgeRecord } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import type { QuestionFrame } from "../understand/understand-question.js";
import { coordinatorsOf, isListable, ownersOf } from "./task-rows.js";

/** Share of an agency name's words the document's issuer and title must hold. */
const nameShare = 0.8;

/**
 * "Quý II/2026 Ban Chỉ đạo có những nhiệm vụ nào?": an agency that leads or joins no task but
 * issues a document (or is named in its title) asks for that document's tasks. The frame comes
 * back scoped to those documents, without the agency; unchanged when the agency holds tasks,
 * names no document, or the question asks for no list in so many words ("ngày họp BCĐ quý I?").
 */
export function issuerAsScope(frame: QuestionFrame, records: readonly KnowledgeRecord[], documents: readonly DocumentInfo[]): QuestionFrame {
  const agency = frame.agencies[0];
  if (!agency || frame.agencies.length > 1 || !frame.listAsked) return frame;
  const holds = records.some((record) => isListable(record) && (ownersOf(record).includes(agency.canonical) || coordinatorsOf(record).includes(agency.canonical)));
  if (holds) return frame;
  const names = [agency.canonical, agency.written].map((name) => foldText(name).split(" ")).filter((words) => words.length >= 2);
  const issued = documents.filter((document) => {
    const said = new Set(foldText(`${document.issuer} ${document.title}`).split(" "));
    // The title may write the name with a few words between ("Ban Chỉ đạo của UBND tỉnh về …").
    return names.some((words) => words.filter((word) => said.has(word)).length >= nameShare * words.length);
  });
  const files = issued.map((document) => document.file).filter((file) => frame.documentFiles.length === 0 || frame.documentFiles.includes(file));
  if (files.length === 0) return frame;
  return { ...frame, agencies: [], documentFiles: files, kind: frame.period ? "list-by-period" : frame.kind };
}
