import type { DocumentInfo, Passage } from "../../../ingest/records/schemas.js";
import type { Citation } from "../answer-types.js";
import type { TitleMatcher } from "../find/title-match.js";
import { passageCitation } from "./cite.js";
import { sentencesOfLines } from "../../../vietnamese/sentences.js";

/**
 * The best sentence of a passage for a topic: body text answers general questions
 * ("mục tiêu đến năm 2030 …") when no record does. The sentence is quoted verbatim.
 */
export interface PassageSentence {
  passage: Passage;
  sentence: string;
  line: number;
  coverage: number;
}

export function bestSentence(
  passage: Passage,
  topics: string[],
  matcher: TitleMatcher,
  accented: boolean,
  holdsFact: (sentence: string) => boolean,
): PassageSentence | null {
  const lines = passage.text.split("\n");
  let best: PassageSentence | null = null;
  // Whole sentences, however the text wraps them (raw PDF text breaks one every few words).
  for (const unit of sentencesOfLines(lines)) {
    const text = unit.text;
    if (text.length < 12 || !holdsFact(text)) continue;
    // A "+" item reads with the "-" item above it ("- Tỉnh Quảng Bình" / "+ Tỷ lệ … đạt 84,51%").
    const context = /^\s*\+/.test(text) ? parentBullet(lines, unit.lineIndex) : "";
    const coverage = Math.max(...topics.map((topic) => matcher.coverage(topic, `${context} ${text}`, undefined, accented)));
    const line = passage.lineNumbers?.[unit.lineIndex] ?? passage.startLine;
    const sentence = context ? `${context} … ${text}` : text;
    if (!best || coverage > best.coverage + 1e-9) best = { passage, sentence, line, coverage };
  }
  return best;
}

function parentBullet(lines: string[], index: number): string {
  for (let above = index - 1; above >= 0 && above >= index - 30; above -= 1) {
    const line = lines[above] ?? "";
    if (/^\s*-\s/.test(line)) return line.trim();
    if (!/^\s*\+/.test(line) && /^\s*(\d+\.|[a-zđ]\))/iu.test(line)) return "";
  }
  return "";
}

export function sentenceCitation(found: PassageSentence, documents: DocumentInfo[]): Citation {
  const info = documents.find((document) => document.file === found.passage.file);
  return passageCitation(found.passage, info, found.sentence, found.line);
}
