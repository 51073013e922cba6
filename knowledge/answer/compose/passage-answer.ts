import type { DocumentInfo, Passage } from "../../../ingest/records/schemas.js";
import type { Citation } from "../answer-types.js";
import type { TitleMatcher } from "../find/title-match.js";
import { passageCitation } from "./cite.js";

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
  // Sentences may wrap over lines (raw PDF text): score each line joined with its neighbour too.
  for (let index = 0; index < lines.length; index += 1) {
    // A "+" item reads with the "-" item above it ("- Tỉnh Quảng Bình" / "+ Tỷ lệ … đạt 84,51%").
    const context = /^\s*\+/.test(lines[index] ?? "") ? parentBullet(lines, index) : "";
    for (const span of [1, 2, 3]) {
      const text = lines.slice(index, index + span).join(" ").replace(/\s+/g, " ").trim();
      if (text.length < 12 || !holdsFact(text)) continue;
      const coverage = Math.max(...topics.map((topic) => matcher.coverage(topic, `${context} ${text}`, undefined, accented)));
      const line = passage.lineNumbers?.[index] ?? passage.startLine;
      // Prefer the shortest span reaching the best coverage.
      const sentence = context ? `${context} … ${text}` : text;
      if (!best || coverage > best.coverage + 1e-9) best = { passage, sentence, line, coverage };
    }
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
