import { foldText } from "../../../vietnamese/fold.js";
import { questionForms } from "./question-forms.js";
import { comparable, cueForm } from "./question-kind.js";

/** Words of a counted noun kept at most: "bao nhiêu tập dữ liệu chuyên ngành" counts "tập dữ liệu". */
const maxNounWords = 3;
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
  const nounFrom = (start: number, step: 1 | -1): string[] => {
    const noun: string[] = [];
    const most = step > 0 ? maxNounWords : maxWordsBefore;
    for (let index = start; index >= 0 && index < tokens.length && noun.length < most; index += step) {
      const token = tokens[index] ?? "";
      if (isNumberOrYear(token) || token === "%" || phraseAt(tokens, index, countWords)) break;
      if (phraseAt(tokens, index, stops) || (step < 0 && stops.some((stop) => stop.length > 1 && stop.at(-1) === token && phraseAt(tokens, index - stop.length + 1, [stop])))) break;
      noun.push(token);
    }
    return step < 0 ? noun.reverse() : noun;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const word = phraseAt(tokens, index, countWords);
    if (!word) continue;
    const after = nounFrom(index + word.length, 1);
    if (after[0] !== undefined) return [foldText(after[0])];
    // "mấy" asks the count of what follows only ("tháng mấy" asks a month).
    if (word.length > 1) {
      const before = nounFrom(index - 1, -1).slice(-maxWordsBefore);
      if (before.length > 0) return before.map((token) => foldText(token));
    }
  }
  const head = phraseAt(tokens, 0, split(forms.countHeads));
  const noun = head ? nounFrom(head.length, 1) : [];
  return noun[0] !== undefined ? [foldText(noun[0])] : null;
}
