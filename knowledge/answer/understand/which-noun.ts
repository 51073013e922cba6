import { foldText } from "../../../vietnamese/fold.js";
import { documentQuestionWords } from "./document-question-words.js";
import { questionForms } from "./question-forms.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import type { QuestionKind } from "../answer-types.js";
import { asksWho, comparable, cueForm, hasPhrase, loadCues, whichAgencyPhrase, type ComparableText } from "./question-kind.js";

/** Words a noun asked with "nào" may have ("thành phố nào", "quy hoạch nào"): Vietnamese nouns are mostly one or two syllables. */
const maxNounWords = 2;

/** Kinds whose question may ask for a noun to be named; an owner or coordinators question only when no "who" is asked. */
const nounKinds: ReadonlySet<QuestionKind> = new Set(["value", "result", "budget", "general"]);
const agencyKinds: ReadonlySet<QuestionKind> = new Set(["owner", "coordinators"]);
const periodWords: ReadonlySet<string> = new Set(["năm", "tháng", "quý", "ngày"]);

/**
 * The noun a "which" question asks to be named, folded: "Xã nào được chọn …?" → ["xa"], "… ở
 * những thành phố nào?" → ["thanh", "pho"], "… theo quy hoạch nào?" → ["quy", "hoach"]. Null
 * when "nào" closes a cue that asks for a field ("cơ quan nào", "năm nào", "nhiệm vụ nào", "khi
 * nào"), a word agency names begin with ("bộ nào": who is asked), a document kind ("quyết
 * định nào": the document's own facts answer it), or follows no noun.
 */
export function whichNounAsked(question: string, kind: QuestionKind, glossary: Pick<Glossary, "startsWithAgencyHead">): string[] | null {
  const target = comparable(question);
  if (!asksForName(kind, target)) return null;
  const tokens = target.text.split(" ").filter((token) => /[\p{L}\p{N}]/u.test(token));
  const which = cueForm("nào", target);
  // Function words end the noun; period words do not ("quy hoạch" folds to the "quý" of a period).
  const stops = oneWordStops(target, periodWords);
  for (const word of ["những", "các", "mọi", "là"]) stops.add(cueForm(word, target));
  const index = tokens.indexOf(which);
  if (index <= 0) return null;
  const noun: string[] = [];
  for (let at = index - 1; at >= 0 && noun.length < maxNounWords && !stops.has(tokens[at] ?? "") && !/\d/.test(tokens[at] ?? ""); at -= 1) noun.unshift(tokens[at] ?? "");
  if (noun.length === 0) return null;
  const asked = `${noun.join(" ")} ${which}`;
  // "Bộ nào", "bệnh viện nào", "doanh nghiệp nào": a word agency names begin with asks which agency.
  if (closesCue(asked, target) || whichAgencyPhrase(target) !== null || [noun.join(" "), noun.at(-1) ?? ""].some((words) => glossary.startsWithAgencyHead(words))) return null;
  const folded = noun.map((word) => foldText(word));
  const kinds = [...documentQuestionWords().kinds.flatMap((kind) => kind.forms), "van ban"];
  const written = ` ${folded.join(" ")}`;
  return kinds.some((kind) => written.endsWith(` ${kind}`) || ` ${kind}`.endsWith(written)) ? null : folded;
}

/**
 * Whether the question's kind lets it ask for something to be named: a value, result, budget or
 * general question, or an owner or coordinators one that asks no "who" ("Xã nào được chọn để phối
 * hợp với Bộ …": the duty word is part of the subject).
 */
function asksForName(kind: QuestionKind, target: ComparableText): boolean {
  return nounKinds.has(kind) || (agencyKinds.has(kind) && !asksWho(target));
}

/** The one-word function words that end a noun (`countStops`), in the question's form, but those `kept`. */
function oneWordStops(target: ComparableText, kept: ReadonlySet<string> = new Set()): Set<string> {
  return new Set(questionForms().countStops.filter((stop) => !kept.has(stop)).map((stop) => cueForm(stop, target)).filter((stop) => !stop.includes(" ")));
}

/** Prepositions a place is asked after ("ở đâu", "gửi về đâu"), with those a sentence may name it after instead. */
const placePrepositions: Record<string, string[]> = { "ở": ["ở", "tại"], "tại": ["tại", "ở"], "về": ["về"], "đến": ["đến", "tới"], "tới": ["tới", "đến"] };

/**
 * "… sàn giao dịch công nghệ quốc gia ở đâu?", "báo cáo gửi về đâu?": the prepositions a sentence
 * names the place asked after ("tại Hà Nội", "về Sở Khoa học và Công nghệ"); null when "đâu" follows
 * none, and for kinds that ask something else (as for a noun).
 */
export function placeAsked(question: string, kind: QuestionKind): string[] | null {
  const target = comparable(question);
  if (!asksForName(kind, target)) return null;
  const tokens = target.text.split(" ");
  const where = tokens.indexOf(cueForm("đâu", target));
  const before = where > 0 ? tokens[where - 1] : undefined;
  const preposition = Object.keys(placePrepositions).find((word) => cueForm(word, target) === before);
  return preposition ? (placePrepositions[preposition] ?? null) : null;
}

/** Whether a sentence names a place after one of these prepositions: a capitalised name right after it ("tại Hà Nội", "về Sở …"). */
export function namesPlace(prepositions: readonly string[]): (sentence: string) => boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${prepositions.join("|")})\\s+(?:các\\s+|những\\s+)?\\p{Lu}`, "u");
  return (sentence) => pattern.test(sentence.normalize("NFC"));
}

/** Words of a role read at most ("trưởng ban ban", "phó trưởng ban"), and of a clause naming one before "là ai". */
const maxRoleWords = 3;
const maxClauseWords = 8;

/**
 * "Ai làm Trưởng ban Ban Chỉ đạo …?", "Tổ trưởng là ai?": the role whose holder is asked, folded
 * (["truong", "ban"]); a sentence that says who "là"/"làm" that role answers ("Chủ tịch UBND tỉnh
 * làm Trưởng ban"). Null when the question asks no one's role.
 */
export function roleAsked(question: string): string[] | null {
  const target = comparable(question);
  const tokens = target.text.split(" ").filter((token) => /[\p{L}\p{N}]/u.test(token));
  const [who, be, act] = [cueForm("ai", target), cueForm("là", target), cueForm("làm", target)];
  const stops = oneWordStops(target);
  const asks = tokens.indexOf(who);
  if (asks < 0) return null;
  // A position, not a task: "ai làm Trưởng ban …" asks who holds it, "ai làm CSDL đất đai" who does a task.
  const positions = questionForms().positionHeads.map((head) => cueForm(head, target).split(" "));
  const position = (start: number) => positions.some((head) => head.every((word, offset) => tokens[start + offset] === word));
  let start = -1;
  // "ai làm Trưởng ban …": the words after "làm".
  if (tokens[asks + 1] === act) start = asks + 2;
  // "Tổ trưởng tổ công tác là ai": the clause before "là ai" (back to a function word) opens with the role.
  else if (asks > 1 && tokens[asks - 1] === be) {
    start = asks - 1;
    while (start > 0 && asks - 1 - start < maxClauseWords && !stops.has(tokens[start - 1] ?? "")) start -= 1;
  }
  if (start < 0 || !position(start)) return null;
  const role: string[] = [];
  for (let at = start; at < tokens.length && role.length < maxRoleWords && !stops.has(tokens[at] ?? "") && tokens[at] !== be; at += 1) role.push(tokens[at] ?? "");
  return role.length > 0 ? role.map((word) => foldText(word)) : null;
}

/** Whether a sentence says who holds the role: "là" or "làm" right before its first two words. */
export function namesRoleHolder(role: readonly string[]): (sentence: string) => boolean {
  const head = role.slice(0, 2).join(" ");
  return (sentence) => {
    const folded = foldText(sentence);
    return hasPhrase(folded, `la ${head}`) || hasPhrase(folded, `lam ${head}`);
  };
}

/** Whether "<noun> nào" ends with a cue phrase that holds "nào" ("đơn vị nào", "giai đoạn nào", "khi nào"). */
function closesCue(asked: string, target: ComparableText): boolean {
  const cues = loadCues();
  const phrases = [...Object.values(cues).flat(), ...questionForms().questionWords].map((cue) => cueForm(cue, target));
  const which = cueForm("nào", target);
  return phrases.some((phrase) => phrase !== which && phrase.split(" ").includes(which) && (` ${asked}`.endsWith(` ${phrase}`) || phrase.endsWith(asked)));
}

/**
 * Whether a sentence names what a "which" question asks: it holds the noun ("chọn xã Hướng
 * Phùng", "theo Quy hoạch hạ tầng …"), whole words, folded; a two-word noun may be written by its
 * last word alone ("các thành phố" / "tại Hà Nội, Thành phố Hồ Chí Minh").
 */
export function namesNoun(noun: readonly string[]): (sentence: string) => boolean {
  const phrases = [noun.join(" "), noun.at(-1) ?? ""].filter((phrase) => phrase !== "");
  return (sentence) => {
    const folded = foldText(sentence);
    return phrases.some((phrase) => hasPhrase(folded, phrase));
  };
}
