import type { SourceLine } from "../../read/source-text.js";
import { foldText } from "../../../vietnamese/fold.js";
import { plainText } from "./line-text.js";
import { loadVocabulary } from "./vocabulary.js";

/**
 * The title of a document that has no formal title block (a web copy, an exported table): its
 * first heading or its first bold line near the top ("# Nghị quyết số 57-NQ/TW", "**Bảng
 * Deliverables (Kết quả đầu ra) …**"). A kind word it starts with ("Nghị quyết", "Kế hoạch")
 * gives the kind, and "số 57-NQ/TW" the number.
 */
export interface OpeningTitle {
  title: string;
  kind: string | null;
  number: string | null;
}

const OPENING_WINDOW = 15;
const headingPattern = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/;
const boldPattern = /^\s*\*\*(.+?)\*\*\s*$/;
const numberPattern = /\bsố\s+(\d+[\p{L}\d]*(?:[-/][\p{L}\dĐđ.]+)+)/u;

export function readOpeningTitle(lines: SourceLine[]): OpeningTitle | null {
  for (const line of lines.slice(0, OPENING_WINDOW)) {
    const match = headingPattern.exec(line.text) ?? boldPattern.exec(line.text);
    if (!match?.[1]) continue;
    const title = plainText(match[1]).replace(/\s+/g, " ").trim();
    if (title.length < 6) continue;
    const kind = loadVocabulary().documentKinds.find((entry) => title.toLowerCase().startsWith(entry.name.toLowerCase()))?.name ?? null;
    const number = kind ? (numberPattern.exec(title)?.[1] ?? null) : null;
    return { title, kind, number };
  }
  return null;
}

/** The kind a file name starts with ("ke-hoach-…" → "Kế hoạch"), for a document whose text never names its kind. */
export function kindOfFileName(file: string): string | null {
  const words = ` ${foldText(fileNameWords(file))} `;
  const kinds = [...loadVocabulary().documentKinds].sort((left, right) => right.name.length - left.name.length);
  return kinds.find((entry) => words.startsWith(` ${foldText(entry.name)} `))?.name ?? null;
}

/** The file name as words: staff name files after the document ("ke-hoach-theo-thang-nq57-wbs.md" → "ke hoach theo thang nq57 wbs"). */
export function fileNameWords(file: string): string {
  return file
    .replace(/\.[^.]+$/, "")
    .replace(/[-_.]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The title of a document that names itself nowhere (a table exported on its own, no heading, no
 * bold line): the words of its file name after the kind, each written as the document's text writes
 * it ("thang" → "tháng", "wbs" → "WBS"), the first in capitals as titles are written; a word the text does not hold stays as the file name has it,
 * a code with digits in capitals ("nq57" → "NQ57"). Empty when the file name says only the kind.
 */
export function fileNameTitle(file: string, lines: SourceLine[], kind: string): string {
  const words = fileNameWords(file).split(" ").filter(Boolean);
  const kindWords = foldText(kind).split(" ");
  const named = kindWords.every((word, index) => foldText(words[index] ?? "") === word);
  const rest = named ? words.slice(kindWords.length) : words;
  const forms = new Map<string, Map<string, number>>();
  for (const line of lines) {
    for (const token of plainText(line.text).match(/[\p{L}\p{N}]+/gu) ?? []) {
      // An acronym keeps its capitals ("WBS"); any other word is counted in lower case.
      const written = token.length > 1 && /\p{L}/u.test(token) && token === token.toUpperCase() ? token : token.toLowerCase();
      const counts = forms.get(foldText(token)) ?? new Map<string, number>();
      counts.set(written, (counts.get(written) ?? 0) + 1);
      forms.set(foldText(token), counts);
    }
  }
  const asWritten = (word: string) => {
    const counts = [...(forms.get(foldText(word)) ?? new Map<string, number>())].sort((left, right) => right[1] - left[1]);
    if (counts[0]) return counts[0][0];
    return /\d/u.test(word) && /\p{L}/u.test(word) ? word.toUpperCase() : word;
  };
  const title = rest.map(asWritten).join(" ");
  return title.charAt(0).toUpperCase() + title.slice(1);
}
