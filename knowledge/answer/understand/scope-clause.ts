import { foldText, normalizeText } from "../../../vietnamese/fold.js";
import { questionForms } from "./question-forms.js";
import { cueForm, hasPhrase, type ComparableText } from "./question-kind.js";

/** Words a scope clause holds at most ("Trong bộ chỉ số DTI cấp tỉnh" has 7). */
const maxScopeWords = 10;

/**
 * Which tokens of the question's comparable text (`target`, made from `question`) a scope clause
 * covers: a clause set off by a comma that opens with a scope word and says where or what for the
 * fact is, not what it is — "Trong bộ chỉ số DTI cấp tỉnh, chỉ số Hạ tầng số chiếm bao nhiêu
 * điểm?" (the first seven tokens), "Ai chủ trì …, theo Đề án?" (the last three). All false when
 * there is none.
 */
export function scopeClauseMarks(question: string, target: ComparableText): boolean[] {
  const tokens = target.text === "" ? [] : target.text.split(" ");
  const marks = tokens.map(() => false);
  markTimeQualifier(tokens, marks, target);
  const pieces = question.split(/[,;]/);
  if (pieces.length < 2) return marks;
  const heads = questionForms().scopeHeads.map((head) => cueForm(head, target).split(" "));
  const isScope = (clause: string[]) =>
    clause.length > 0 && clause.length <= maxScopeWords && clause.length < tokens.length && heads.some((head) => head.every((word, offset) => clause[offset] === word));
  const first = tokensOf(pieces[0] ?? "", target);
  if (isScope(first) && first.every((word, index) => tokens[index] === word)) first.forEach((_word, index) => (marks[index] = true));
  const last = tokensOf(pieces.at(-1) ?? "", target);
  const lastStart = tokens.length - last.length;
  if (isScope(last) && last.every((word, index) => tokens[lastStart + index] === word)) last.forEach((_word, index) => (marks[lastStart + index] = true));
  return marks;
}

/** Words that open a clause saying when the fact holds ("tại thời điểm lập đề án"), not asking when. */
const timeQualifierHeads = ["tại thời điểm", "vào thời điểm", "ở thời điểm"];
/** Words that ask, which a time qualifier does not hold. */
const askingWords = ["nào", "mấy", "gì", "ai", "bao giờ", "bao nhiêu"];

/**
 * "Tổng số thuê bao … tại thời điểm lập đề án?": a closing clause opening with "tại thời điểm"
 * that asks nothing itself says when the fact holds, not that a date is asked. Marked like a scope
 * clause. (The tokens carry no commas: a clause with an ask after it is left alone.)
 */
function markTimeQualifier(tokens: string[], marks: boolean[], target: ComparableText): void {
  const heads = timeQualifierHeads.map((head) => cueForm(head, target).split(" "));
  const asking = askingWords.map((word) => cueForm(word, target).split(" "));
  const opensAt = (index: number, phrase: string[]) => phrase.every((word, offset) => tokens[index + offset] === word);
  for (let start = 0; start < tokens.length; start += 1) {
    const head = heads.find((phrase) => opensAt(start, phrase));
    if (!head) continue;
    const span = tokens.slice(start).join(" ");
    if (asking.some((phrase) => hasPhrase(span, phrase.join(" ")))) continue;
    for (let index = start; index < tokens.length; index += 1) marks[index] = true;
    return;
  }
}

function tokensOf(text: string, target: ComparableText): string[] {
  const normalized = target.folded ? foldText(text) : normalizeText(text);
  return normalized === "" ? [] : normalized.split(" ");
}
