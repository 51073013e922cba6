import type { DocumentInfo } from "../../../ingest/records/schemas.js";

/** "Kế hoạch 429/KH-UBND", or the kind and the start of the title for a document without a number yet. */
export function shortDocument(documents: DocumentInfo[], file: string): string {
  const info = documents.find((document) => document.file === file);
  if (!info) return file;
  if (info.number) return `${info.kind} ${info.number}`;
  const words = `${info.kind} ${info.title}`.split(" ");
  let short = "";
  for (const word of words) {
    if (`${short} ${word}`.length > 48) return `${short}…`;
    short = short === "" ? word : `${short} ${word}`;
  }
  return short;
}
