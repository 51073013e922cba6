import { cutAtWord } from "../vietnamese/cut-at-word.js";
import type { ReviewData } from "./review-data.js";

const MAX_NAME = 60;

/**
 * "Kế hoạch 429/KH-UBND"; for a document without its own number, the number another document
 * cites it by, else its kind and the start of its title (cut between words); the file name
 * when its metadata could not be read.
 */
export function documentName(data: ReviewData, file: string): string {
  const info = data.documents.get(file);
  if (!info) return file;
  const number = info.number ?? data.cited.get(file)?.number;
  if (number) return `${info.kind} ${number}`;
  return cutAtWord(`${info.kind} ${info.title}`, MAX_NAME);
}
