import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { foldText } from "../../../vietnamese/fold.js";
import type { QuestionFrame } from "./understand-question.js";

/**
 * "Kế hoạch nâng cao chỉ số DTI năm 2025 phải hoàn thành trước ngày nào?": a deadline question whose
 * topic is only words of one named (or preferred) document's kind, title and aliases asks about
 * the document as a whole, not about a task in it. Returns that document's file, or null.
 */
export function wholeDocumentAsked(frame: Pick<QuestionFrame, "kind" | "documentFiles" | "preferredFiles">, topics: string[], documents: DocumentInfo[]): string | null {
  if (frame.kind !== "deadline") return null;
  const [file, ...others] = [...new Set([...frame.documentFiles, ...frame.preferredFiles])];
  const info = file !== undefined && others.length === 0 ? documents.find((document) => document.file === file) : undefined;
  if (!info) return null;
  const named = new Set(foldText([info.kind, info.title, ...info.aliases].join(" ")).split(/[^\p{L}\p{N}]+/u));
  const words = foldText(topics[0] ?? "").split(" ").filter((word) => word !== "·" && word !== "");
  return words.length > 0 && words.every((word) => named.has(word)) ? info.file : null;
}
