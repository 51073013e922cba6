import type { DocumentInfo, Passage } from "../../../ingest/records/schemas.js";
import type { Citation } from "../answer-types.js";
import type { TitleMatcher } from "../find/title-match.js";
import { passageCitation } from "./cite.js";
import { sentencesOfLines, startsListItem } from "../../../vietnamese/sentences.js";

/** Coverage a sentence joined with the next one or two must add over the best so far to be preferred. */
const longerSpanGain = 0.1;

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
  // Whole sentences, however the text wraps them (raw PDF text breaks one every few words), alone or with the
  // one or two after them: a question may name words of the sentence before the fact ("Để vận hành … 2 cấp, …").
  const units = sentencesOfLines(lines);
  units.forEach((unit, index) => {
    for (const span of [1, 2, 3]) {
      if (index + span > units.length) break;
      // A span stays within one item: the next "-", "+", "a)" item is another fact.
      if (span > 1 && startsListItem(units[index + span - 1]?.text ?? "")) break;
      const text = units.slice(index, index + span).map((part) => part.text).join(" ");
      if (text.length < 12 || !holdsFact(text)) continue;
      // A "+" item reads with the "-" item above it ("- Tỉnh Quảng Bình" / "+ Tỷ lệ … đạt 84,51%").
      const context = /^\s*\+/.test(text) ? parentBullet(lines, unit.lineIndex) : "";
      const coverage = Math.max(...topics.map((topic) => matcher.coverage(topic, `${context} ${text}`, undefined, accented)));
      const line = passage.lineNumbers?.[unit.lineIndex] ?? passage.startLine;
      const sentence = context ? `${context} … ${text}` : text;
      // The shortest span reaching the best coverage; a longer span must explain clearly more of the question.
      const needed = span === 1 ? 1e-9 : longerSpanGain;
      if (!best || coverage > best.coverage + needed) best = { passage, sentence, line, coverage };
    }
  });
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
