import { foldText } from "../../../vietnamese/fold.js";

/** Words a role's verb has at most after the question word ("lo", "tổng hợp", "đôn đốc"). */
const maxVerbWords = 2;

/** The question words that ask for an agency: "ai", and "nào" after a noun ("đơn vị nào", "sở nào"). */
const agencyAskWords = new Set(["ai", "nào", "nao"]);

/**
 * "Văn hóa số ai lo?", "VNeID ai tổng hợp?", "đv nào lo?": in a question for an agency, the words
 * that follow the question word and end the question say what the agency does (the role's verb),
 * as "ai chủ trì" does, in words no cue list can hold. They may belong to a task's name as well
 * ("ai tổng hợp" / "Tổng hợp báo cáo …"), so they are marked soft: the subject is read with and
 * without them. `tokens` are the question's comparable tokens, `masked` those already read as
 * cue, filler, agency or period words; a word right after the question word that is itself a cue
 * ("ai làm Trưởng ban") starts no verb.
 */
export function roleVerbMarks(tokens: string[], masked: boolean[]): boolean[] {
  const marks = tokens.map(() => false);
  // The last question word with a word after it.
  let at = tokens.length - 2;
  while (at >= 0 && !(masked[at] && agencyAskWords.has(foldText(tokens[at] ?? "")))) at -= 1;
  if (at < 0 || tokens.length - at - 1 > maxVerbWords) return marks;
  for (let position = at + 1; position < tokens.length; position += 1) if (masked[position]) return marks;
  for (let position = at + 1; position < tokens.length; position += 1) marks[position] = true;
  return marks;
}
