import { findPeriods } from "../../../vietnamese/periods.js";
import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { expandShorthand } from "../../../vietnamese/glossary/chat-shorthand.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import { foldDiacritics, foldText } from "../../../vietnamese/fold.js";
import type { QuestionKind } from "../answer-types.js";
import { documentHints } from "./document-hints.js";
import { itemReference } from "./item-reference.js";
import { scopeClauseMarks } from "./scope-clause.js";
import { roleVerbMarks } from "./role-verb.js";
import { abbreviator } from "../../../vietnamese/glossary/abbreviator.js";
import { askedFields, comparable, detectKind, loadCues, matchedCues, usablePhrases, whichAgencyPhrase, type AskedField } from "./question-kind.js";
import { escapeRegExp } from "../../../vietnamese/escape-regexp.js";

export interface QuestionPeriod {
  from: string;
  to: string;
}

/** What the question asks, about what, where: the input of retrieval and composition. */
export interface QuestionFrame {
  question: string;
  folded: string;
  kind: QuestionKind;
  /** For agency lists: is the agency asked about as owner or as coordinator? */
  agencyRole: "owner" | "coordinator";
  wantsConfirming: boolean;
  wantsProduct: boolean;
  /** For indicators: the result achieved, the target, or unsaid. */
  valuePreference: "result" | "target" | null;
  valuePreferenceStrong: boolean;
  /** The words that set the preference, folded: they may belong to an indicator's name instead ("kết quả giải quyết TTHC"). */
  valuePreferenceWords: { result: string[]; target: string[] };
  /** The question asks for a list in so many words ("những nhiệm vụ nào", "liệt kê", "đến hạn"), not only by naming an agency and a period. */
  listAsked: boolean;
  /** Every fact the cue words ask for ("ai làm, bao giờ xong": owner and deadline); the answer's details show these first. */
  askedFields: AskedField[];
  /** "tổng kinh phí", "tổng cộng": the sum of a table is asked; its total row answers before the rows it sums. */
  asksTotal: boolean;
  /** "xếp hạng", "thứ mấy": a rank, not a score. */
  wantsRank: boolean;
  /** The question names an indicator ("chỉ tiêu", "tỷ lệ"): among equal matches, indicators come first. */
  mentionsIndicator: boolean;
  agencies: { canonical: string; written: string }[];
  period: QuestionPeriod | null;
  /** A year named in the question ("năm 2026", "đến 2030"), for picking indicator values. */
  year: number | null;
  /** Every year written in the question; a title holding them ("giai đoạn 2026-2030") is a better match. */
  years: string[];
  /** Files the question points at ("Kế hoạch 429", "QĐ 1982", "DTI"); empty when none. */
  documentFiles: string[];
  /** Files the question may point at ("chương trình công tác"): preferred, not required. */
  preferredFiles: string[];
  /** True when the question was typed with diacritics: topics keep them and are compared with them. */
  accented: boolean;
  /** An item of a table named by its number ("mục 39.7", "(WBS 1.1.33)", "(deliverable 43)"); null when none. */
  itemNumber: string | null;
  /** The question's subject: cue words, agencies, periods and document hints removed; "·" marks where words were removed. */
  topic: string;
  /** The topic, plus versions that keep the agency names or the document-like words, which may belong to a task's name. */
  topics: string[];
  /**
   * A clause that says where or what for the fact is ("Trong bộ chỉ số DTI cấp tỉnh, …"): its
   * words, and the topic without them. Body text whose document or section states the clause
   * answers for the shorter topic.
   */
  scope: { words: string; topic: string } | null;
}

/** Words that carry no subject: question words, politeness, generic nouns for a record. */
const fillerWords = [
  "là", "gì", "nào", "của", "cho", "trong", "theo", "về", "thế", "vậy", "ạ", "ơi", "nhé", "nhỉ", "không", "có", "được",
  "như thế nào", "ra sao", "hãy", "xin", "cho biết", "vui lòng", "giúp", "em", "anh", "chị", "mình", "tôi", "bạn",
  "với", "tại", "này", "đó", "cần", "phải", "sẽ", "đã", "đang", "những", "các", "một", "việc", "nhiệm vụ", "kế hoạch", "được giao",
  "quảng trị", "tiêu chí", "thành phần", "nội dung", "hạng mục",
  "văn bản", "theo văn bản", "hỏi", "cho hỏi", "xong", "mấy", "dự kiến", "dự án", "hiện nay", "ở tỉnh", "trên địa bàn tỉnh", "vào", "do", "để", "bộ chỉ số", "trong bộ chỉ số", "kh", "qđ", "ctr", "nq", "theo kh", "theo qđ",
];

const documentKindPairs = new Set(["de an", "ke hoach", "quyet dinh", "chuong trinh", "nghi quyet"]);

/** Marks every occurrence of a phrase (as tokens) in a token list. */
function markPhrase(tokens: string[], phrase: string, mask: boolean[]): void {
  const parts = phrase.split(" ").filter((part) => part !== "");
  if (parts.length === 0) return;
  for (let start = 0; start + parts.length <= tokens.length; start += 1) {
    if (parts.every((part, offset) => tokens[start + offset] === part)) {
      for (let offset = 0; offset < parts.length; offset += 1) mask[start + offset] = true;
    }
  }
}

function questionPeriod(question: string, hintNumbers: string[]): QuestionPeriod | null {
  let text = foldDiacritics(question.toLowerCase()).replace(/\s*\/\s*/g, "/");
  for (const number of hintNumbers) text = text.split(number).join(" ");
  const first = findPeriods(text)[0];
  return first ? { from: first.from, to: first.to } : null;
}

/** "AI" written in capitals is the technology, not the question word "ai": write it out. */
function expandCaseSensitive(question: string, glossary: Glossary): string {
  let result = question;
  for (const entry of glossary.abbreviations) {
    const expansion = entry.expansions[0];
    if (!entry.caseSensitive || !expansion) continue;
    for (const written of [entry.abbreviation, ...entry.variants]) {
      result = result.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(written)}(?![\\p{L}\\p{N}])`, "gu"), expansion);
    }
  }
  return result;
}

function valuePreference(target: ReturnType<typeof comparable>): "result" | "target" | null {
  const cues = loadCues();
  if (matchedCues(target, cues.resultStrong).length > 0) return "result";
  if (matchedCues(target, cues.targetStrong).length > 0) return "target";
  if (matchedCues(target, ["đạt"]).length > 0) return "result";
  return null;
}

/** Joins the kept tokens, with "·" where removed words leave a gap (no bigram across it). */
function buildTopic(tokens: string[], removed: boolean[]): string {
  const parts: string[] = [];
  tokens.forEach((token, index) => {
    if (!removed[index]) parts.push(token);
    else if (parts.length > 0 && parts[parts.length - 1] !== "·") parts.push("·");
  });
  while (parts[parts.length - 1] === "·") parts.pop();
  return parts.join(" ");
}

const isYear = (token: string) => /^(19|20)\d{2}$/.test(token);
const isPeriodPart = (token: string) => /^\d{1,2}$/.test(token) || /^(i|ii|iii|iv)$/.test(token);

/** "CT VNeID 2030 + CQ chủ trì theo dõi?": a year beside an owner question asks for that year's value too. */
function withYearValue(fields: AskedField[], kind: QuestionFrame["kind"], years: string[]): AskedField[] {
  return kind === "owner" && years.length > 0 && !fields.includes("value") ? [...fields, "value"] : fields;
}

export function understandQuestion(asked: string, glossary: Glossary, documents: DocumentInfo[]): QuestionFrame {
  const question = expandCaseSensitive(expandShorthand(asked), glossary);
  const folded = foldText(question);
  const target = comparable(question, asked);
  const foldedTokens = folded === "" ? [] : folded.split(" ");
  const targetTokens = target.text === "" ? [] : target.text.split(" ");
  const mask = foldedTokens.map(() => false);

  const agencies = glossary.findAgencies(question).map(({ canonical, written }) => ({ canonical, written }));
  const hints = documentHints(folded, documents, abbreviator(glossary));
  const period = questionPeriod(question, [...hints.numbers, ...hints.nameYears]);
  const years = foldedTokens.filter((token) => isYear(token) && !hints.numbers.includes(token));
  const year = years.length > 0 ? Number(years[years.length - 1]) : null;
  // "Để đạt điểm, tỷ lệ … phải đạt tối thiểu bao nhiêu?": what is asked is read outside the clause saying what for.
  const scopeMask = scopeClauseMarks(question, target);
  const asking = scopeMask.some(Boolean) ? { ...target, text: targetTokens.filter((_token, index) => !scopeMask[index]).join(" ") } : target;
  const kind = detectKind(asking, { hasAgency: agencies.length > 0, hasPeriod: period !== null });
  const cues = loadCues();

  const agencyMask = foldedTokens.map(() => false);
  const softHintMask = foldedTokens.map(() => false);
  for (const phrase of hints.matchedPhrases) markPhrase(foldedTokens, phrase, mask);
  // "theo Đề án QĐ 1982": kind words just before a named document belong to its name.
  for (let index = foldedTokens.length - 1; index > 0; index -= 1) {
    if (!mask[index]) continue;
    for (let before = index - 1; before >= 0 && before >= index - 3 && !mask[before]; before -= 1) {
      const pair = `${foldedTokens[before - 1] ?? ""} ${foldedTokens[before] ?? ""}`;
      if (documentKindPairs.has(pair)) {
        mask[before] = true;
        mask[before - 1] = true;
        before -= 1;
      } else break;
    }
  }
  for (const phrase of hints.softPhrases) markPhrase(foldedTokens, phrase, softHintMask);
  // "… tối thiểu bao nhiêu %?" asks for a bound, which a title may write too ("xây mới tối thiểu … trạm BTS"): matched with and without.
  for (const bound of matchedCues(target, cues.bounds)) markPhrase(targetTokens, bound, softHintMask);
  // "Cơ quan báo chí nào …": the words describe the agency asked for, which a task's title need not name.
  const whichAgency = whichAgencyPhrase(asking);
  if (whichAgency) markPhrase(targetTokens, whichAgency, softHintMask);
  // "(WBS 1.1.33)": where the item sits, not what it is about.
  const item = itemReference(question, [...hints.numbers, ...hints.nameYears]);
  if (item?.aside) markPhrase(foldedTokens, foldText(item.aside), mask);
  for (const agency of agencies) markPhrase(foldedTokens, foldText(agency.written), agencyMask);
  // Words asking for a total stay in the topic: "tổng chi" also opens an indicator's name ("Tổng chi Ngân sách nhà nước …").
  const { accentOnly: _accentOnly, total: _total, bounds: _bounds, ...cueLists } = cues;
  for (const cue of matchedCues(target, Object.values(cueLists).flat())) markPhrase(targetTokens, cue, mask);
  for (const filler of usablePhrases(target, fillerWords)) markPhrase(targetTokens, filler, mask);
  // Period words count as fillers only before a number: "năm 2026", not "Quảng Nam".
  targetTokens.forEach((token, index) => {
    const next = targetTokens[index + 1] ?? "";
    const beforePeriod = /^(\d|i{1,3}$|iv$)/.test(next) || (/^(đến|den|trước|truoc|từ|tu)$/.test(token) && /^(năm|nam|tháng|thang|quý|quy|ngày|ngay)$/.test(next));
    if (/^(năm|nam|tháng|thang|quý|quy|ngày|ngay|đến|den|trước|truoc)$/.test(token) && beforePeriod) mask[index] = true;
  });
  foldedTokens.forEach((token, index) => {
    const next = foldedTokens[index + 1];
    if (isYear(token) || hints.numbers.includes(token) || (isPeriodPart(token) && next !== undefined && isYear(next))) mask[index] = true;
    if (!/[\p{L}\p{N}]/u.test(token)) mask[index] = true;
    // "theo Phụ lục II", "trong phụ lục Đề án": a place in the document, not the subject.
    if ((token === "lục" || token === "luc") && foldedTokens[index - 1] === "phu") {
      mask[index - 1] = true;
      mask[index] = true;
      if (next !== undefined && /^(\d+|[ivx]+)$/.test(next)) mask[index + 1] = true;
    }
  });
  // "văn hóa số ai lo?": the words after the question word that end an agency question are the role's verb.
  if (kind === "owner" || kind === "coordinators") {
    const taken = targetTokens.map((_token, index) => mask[index] === true || agencyMask[index] === true || softHintMask[index] === true);
    roleVerbMarks(targetTokens, taken).forEach((marked, index) => (softHintMask[index] ||= marked));
  }
  const topicWith = (extra: boolean[][]) =>
    buildTopic(targetTokens, targetTokens.map((_token, index) => mask[index] === true || extra.some((marks) => marks[index] === true)));
  const topic = topicWith([agencyMask, softHintMask]);
  const topics = [...new Set([topic, topicWith([softHintMask]), topicWith([agencyMask])])].filter((variant) => variant !== "");
  // "Trong bộ chỉ số DTI cấp tỉnh, …": the clause that says where the fact sits, and the subject without it.
  const scopeWords = buildTopic(targetTokens, targetTokens.map((_token, index) => !scopeMask[index] || mask[index] === true));
  const scopeTopic = topicWith([agencyMask, softHintMask, scopeMask]);

  const preference = valuePreference(target);
  const preferenceWords = {
    result: matchedCues(target, cues.resultStrong).map((cue) => foldText(cue)),
    target: matchedCues(target, cues.targetStrong).map((cue) => foldText(cue)),
  };

  return {
    question: asked,
    folded,
    kind,
    agencyRole: matchedCues(target, cues.coordinators).length > 0 ? "coordinator" : "owner",
    wantsConfirming: matchedCues(target, cues.confirming).length > 0,
    wantsProduct: matchedCues(target, cues.product).length > 0,
    valuePreference: preference,
    wantsRank: matchedCues(target, cues.rank).length > 0,
    asksTotal: matchedCues(target, cues.total).length > 0,
    askedFields: withYearValue(askedFields(asking), kind, years),
    listAsked: matchedCues(target, [...cues.list, ...cues.due]).length > 0,
    mentionsIndicator: matchedCues(target, ["chỉ tiêu", "tỷ lệ", "mục tiêu", "chỉ số"]).length > 0,
    valuePreferenceStrong: preference !== null && preferenceWords.result.length + preferenceWords.target.length > 0,
    valuePreferenceWords: preferenceWords,
    agencies,
    period,
    year,
    years,
    documentFiles: hints.files,
    preferredFiles: hints.softFiles,
    itemNumber: item?.number ?? null,
    accented: !target.folded,
    topic,
    topics,
    scope: scopeWords !== "" && scopeTopic !== "" && scopeTopic !== topic ? { words: scopeWords, topic: scopeTopic } : null,
  };
}
