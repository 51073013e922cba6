import { foldDiacritics } from "../../../vietnamese/fold.js";
import { escapeRegExp } from "../../../vietnamese/escape-regexp.js";

const number = "\\d+(?:[.,]\\d+)*(?:\\s*[-–]\\s*\\d+(?:[.,]\\d+)*)?";

/**
 * The number a sentence gives for what a question counts: "… từ ViLIS của 145 xã …" gives "145"
 * for ["xa"]; "tối thiểu 3-5 mô hình điểm" gives "3-5" for ["nong", "mo"]. Null when no number
 * stands right before one of the words. Compared folded, whole words. The pattern is built once
 * per question and tried on every sentence.
 */
export function countedNumberMatcher(nounStarts: readonly string[]): (sentence: string) => string | null {
  if (nounStarts.length === 0) return () => null;
  const words = nounStarts.map(escapeRegExp).join("|");
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}/])(${number})\\s+(?:[(\\[]\\s*)?(?:${words})(?![\\p{L}\\p{N}])`, "u");
  // Folded with its punctuation kept: "18/8/2025" stays a date, "3-5" a range.
  return (sentence) => pattern.exec(foldDiacritics(sentence.normalize("NFC").toLowerCase()))?.[1] ?? null;
}

export function countedNumberIn(sentence: string, nounStarts: readonly string[]): string | null {
  return countedNumberMatcher(nounStarts)(sentence);
}
