import { foldText } from "../../../vietnamese/fold.js";
import { questionForms } from "./question-forms.js";
import { comparable, cueForm } from "./question-kind.js";

/** Words before the count word that may start the noun ("mô hình điểm nông nghiệp số bao nhiêu"). */
const maxWordsBefore = 6;

const isNumberOrYear = (token: string) => /^\d+(?:[.,/]\d+)*$/.test(token);

function phraseAt(tokens: string[], index: number, phrases: string[][]): string[] | null {
  for (const phrase of phrases) if (phrase.every((part, offset) => tokens[index + offset] === part)) return phrase;
  return null;
}

/**
 * The words that may start what a "how many" question counts, folded: "có bao nhiêu xã của tỉnh
 * …" → ["xa"], "bao nhiêu nhóm Zalo" → ["nhom"], "số trạm BTS xây mới …" → ["tram"]; when no
 * noun follows the count word, each word before it ("mô hình điểm nông nghiệp số bao nhiêu" →
 * ["mo", "hinh", "diem", "nong", "nghiep", "so"]). Null when the question counts nothing
 * ("đạt bao nhiêu %", "bao nhiêu?").
 */
export function countedNounStarts(question: string): string[] | null {
  const forms = questionForms();
  // Compared as typed: folded, "số" would stop at "so với" and "cơ quan" at "có".
  const target = comparable(question);
  const tokens = target.text.split(" ").filter((token) => /[\p{L}\p{N}%]/u.test(token));
  const split = (phrases: string[]) => phrases.map((phrase) => cueForm(phrase, target).split(" ")).sort((left, right) => right.length - left.length);
  const countWords = split(forms.countWords);
  const stops = split(forms.countStops);
  const endsNoun = (index: number) => {
    const token = tokens[index] ?? "";
    return isNumberOrYear(token) || token === "%" || phraseAt(tokens, index, countWords) !== null || phraseAt(tokens, index, stops) !== null;
  };
  // The noun after a word: its first word, when that word is no number or function word.
  const firstAfter = (start: number): string[] => (start < tokens.length && !endsNoun(start) ? [foldText(tokens[start] ?? "")] : []);
  // The words before the count word, back to a number or a function word ("giai đoạn" ends at "đoạn" too).
  const endsBefore = (index: number) => endsNoun(index) || stops.some((stop) => stop.length > 1 && stop.at(-1) === tokens[index] && phraseAt(tokens, index - stop.length + 1, [stop]) !== null);
  const wordsBefore = (end: number): string[] => {
    const words: string[] = [];
    for (let index = end; index >= 0 && words.length < maxWordsBefore && !endsBefore(index); index -= 1) words.unshift(foldText(tokens[index] ?? ""));
    return words;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const word = phraseAt(tokens, index, countWords);
    if (!word) continue;
    const after = firstAfter(index + word.length);
    if (after.length > 0) return after;
    // "mấy" asks the count of what follows only ("tháng mấy" asks a month).
    if (word.length > 1) {
      const before = wordsBefore(index - 1);
      if (before.length > 0) return before;
    }
  }
  const head = phraseAt(tokens, 0, split(forms.countHeads));
  const noun = head ? firstAfter(head.length) : [];
  return noun.length > 0 ? noun : null;
}
