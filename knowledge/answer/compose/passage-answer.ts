import type { DocumentInfo, Passage } from "../../../ingest/records/schemas.js";
import type { Citation } from "../answer-types.js";
import type { TitleMatcher } from "../find/title-match.js";
import { passageCitation } from "./cite.js";
import { sentencesOfLines, startsListItem, type TextSentence } from "../../../vietnamese/sentences.js";

/**
 * The best sentence of a passage for a topic: body text answers general questions
 * ("mục tiêu đến năm 2030 …") when no record does. The sentence is quoted verbatim.
 */
export interface PassageSentence {
  passage: Passage;
  sentence: string;
  line: number;
  coverage: number;
  /**
   * Sentences of the same passage read, like this one, with a context (a heading, a parent
   * bullet), that cover the topic exactly as well: the same fact for each of several subjects
   * the question does not choose between ("Tỉnh Quảng Bình: 62,25/100 điểm" / "Tỉnh Quảng Trị
   * (cũ): 76,80/100 điểm" under "5. An toàn thông tin mạng").
   */
  parallel?: PassageSentence[];
}

/** Parallel sentences an answer quotes at most besides the best one. */
const maxParallel = 3;

export function bestSentence(
  passage: Passage,
  topics: string[],
  matcher: TitleMatcher,
  accented: boolean,
  holdsFact: (sentence: string) => boolean,
  free?: ReadonlySet<string>,
): PassageSentence | null {
  const lines = passage.text.split("\n");
  let best: PassageSentence | null = null;
  let bestHasContext = false;
  let parallel: PassageSentence[] = [];
  // Whole sentences, however the text wraps them (raw PDF text breaks one every few words).
  for (const unit of withEnumerations(sentencesOfLines(lines))) {
    const text = unit.text;
    if (text.length < 12 || !holdsFact(text)) continue;
    // A "+" item reads with the "-" item above it ("- Tỉnh Quảng Bình" / "+ Tỷ lệ … đạt 84,51%").
    // A short labelled value ("Tỉnh Quảng Bình: 106,75/200 điểm") reads with the heading it sits under ("3. Hạ tầng số").
    const context = /^\s*\+/.test(text) ? parentBullet(lines, unit.lineIndex) : isLabelledValue(text) ? (passage.breadcrumb.at(-1) ?? "") : "";
    const coverage = Math.max(...topics.map((topic) => matcher.coverage(topic, `${context} ${text}`, free, accented)));
    const line = passage.lineNumbers?.[unit.lineIndex] ?? passage.startLine;
    const sentence = context ? `${context} … ${text}` : text;
    if (!best || coverage > best.coverage + 1e-9) {
      best = { passage, sentence, line, coverage };
      bestHasContext = context !== "";
      parallel = [];
    } else if (bestHasContext && context !== "" && coverage > best.coverage - 1e-9 && sentence !== best.sentence && parallel.length < maxParallel) {
      parallel.push({ passage, sentence, line, coverage });
    }
  }
  return best && parallel.length > 0 ? { ...best, parallel } : best;
}

/**
 * The sentences, and after each run of clauses joined by ";" that share one predicate ("90% hồ
 * sơ … cấp tỉnh; 80% … cấp huyện và 60% … được xử lý trên môi trường mạng"), the run whole.
 * A list item that ends with ";" starts no run with the next item.
 */
function withEnumerations(sentences: TextSentence[]): TextSentence[] {
  const result: TextSentence[] = [];
  let run: TextSentence[] = [];
  const close = () => {
    if (run.length > 1 && run[0]) result.push({ text: run.map((unit) => unit.text).join(" "), lineIndex: run[0].lineIndex });
    run = [];
  };
  for (const sentence of sentences) {
    result.push(sentence);
    const previous = run.at(-1);
    if (previous && !(previous.text.endsWith(";") && !startsListItem(sentence.text))) close();
    run.push(sentence);
  }
  close();
  return result;
}

/** Words a labelled value line holds at most. */
const labelledValueWords = 12;

/** "Tỉnh Quảng Bình: 40/50 điểm", "Tổng cộng: 716.168": a label, a colon, a short value with a number. */
function isLabelledValue(text: string): boolean {
  const colon = text.indexOf(":");
  return colon > 1 && colon <= 60 && /\d/.test(text.slice(colon)) && text.split(/\s+/).length <= labelledValueWords;
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
