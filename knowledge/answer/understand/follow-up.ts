import { foldDiacritics } from "../../../vietnamese/fold.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import type { QuestionKind } from "../answer-types.js";
import { conversationWords } from "./conversation-words.js";
import { documentQuestionWords } from "./document-question-words.js";
import { loadCues } from "./question-kind.js";
import { escapeRegExp } from "../../../vietnamese/escape-regexp.js";

interface Span {
  start: number;
  end: number;
}

/** Lower case and folded, the same length as the NFC text (Vietnamese letters fold one to one). */
function keyOf(text: string): string {
  return foldDiacritics(text.toLowerCase());
}

const boundary = "(?<![\\p{L}\\p{N}])";
const boundaryAfter = "(?![\\p{L}\\p{N}])";

function phraseSpan(key: string, phrase: string): Span | null {
  const pattern = new RegExp(`${boundary}${phrase.split(" ").map((part) => escapeRegExp(part)).join("\\s+")}${boundaryAfter}`, "u");
  const match = pattern.exec(key);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** "tháng 10", "quý II/2026", "năm 2030", "9/2026", "2025": periods as written. */
const periodPattern = new RegExp(
  `${boundary}(?:(?:thang|quy|nam)\\s+)?(?:(?:\\d{1,2}|iv|i{1,3})\\s*/\\s*(?:19|20)\\d{2}|(?:19|20)\\d{2})${boundaryAfter}|${boundary}(?:thang|quy)\\s+(?:\\d{1,2}|iv|i{1,3})${boundaryAfter}(?!\\s*/)`,
  "gu",
);

let documentNumberBefore: RegExp | null = null;

/** "QĐ 1982", "Kế hoạch số 2025": a number right after a document's kind (its name or code, as document questions read them) or "số" names it; it is no year. */
function namesDocumentBefore(key: string): boolean {
  documentNumberBefore ??= new RegExp(
    `(?:^|\\s)(?:${[...documentQuestionWords().kinds.flatMap((kind) => kind.forms), "so"].map((form) => form.split(" ").map(escapeRegExp).join("\\s+")).join("|")})\\s*$`,
    "u",
  );
  return documentNumberBefore.test(key);
}

function periodSpans(key: string): Span[] {
  return [...key.matchAll(periodPattern)]
    .filter((match) => !(/^\s*(?:19|20)\d{2}\s*$/.test(match[0]) && namesDocumentBefore(key.slice(0, match.index))))
    .map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

const replaceSpan = (text: string, span: Span, by: string) => `${text.slice(0, span.start)}${by}${text.slice(span.end)}`;

/** The follow-up without its markers ("thế còn … thì sao?"), or null when it has none. */
export function strippedFollowUp(question: string): string | null {
  const words = conversationWords();
  let text = question.normalize("NFC").trim().replace(/[?？!.…]+$/u, "").trim();
  let marked = false;
  for (const start of words.followUpStarts) {
    const span = phraseSpan(keyOf(text), start);
    if (span && span.start === 0) {
      text = text.slice(span.end).trim();
      marked = true;
      break;
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const end of words.followUpEnds) {
      const key = keyOf(text);
      const span = phraseSpan(key, end);
      const last = span && key.slice(span.end).trim() === "" && span.start > 0 ? span : null;
      if (last) {
        text = text.slice(0, last.start).replace(/[,\s]+$/u, "");
        marked = true;
        changed = true;
      }
    }
  }
  return marked && text !== "" ? text : null;
}

/** The kinds a follow-up may switch to by naming what it asks ("còn thời gian thực hiện thì sao?"). */
const switchableKinds = ["owner", "coordinators", "deadline", "budget", "result", "value"] as const;

function cuesOf(kind: QuestionKind): string[] {
  const cues = loadCues();
  return (switchableKinds as readonly string[]).includes(kind) ? cues[kind as (typeof switchableKinds)[number]] : [];
}

/** The longest question cue of another kind than `previousKind` that the text holds, with its kind. */
function otherKindCue(text: string, previousKind: QuestionKind): { kind: QuestionKind; span: Span } | null {
  let best: { kind: QuestionKind; span: Span } | null = null;
  for (const kind of switchableKinds) {
    if (kind === previousKind) continue;
    for (const cue of cuesOf(kind)) {
      const span = phraseSpan(keyOf(text), keyOf(cue));
      if (span && (!best || span.end - span.start > best.span.end - best.span.start)) best = { kind, span };
    }
  }
  return best;
}

/** The question without the cues of its own kind ("ai chủ trì X" → "X"): what stays is its subject and scope. */
function withoutKindCues(question: string, kind: QuestionKind): string {
  let text = question;
  const cues = [...cuesOf(kind)].sort((left, right) => right.length - left.length);
  for (const cue of cues) {
    for (let span = phraseSpan(keyOf(text), keyOf(cue)); span; span = phraseSpan(keyOf(text), keyOf(cue))) text = replaceSpan(text, span, " ");
  }
  return text.replace(/\s+/g, " ").trim();
}

/** The question kind whose cues go with a role of conversation-words.json. */
const roleKinds: Record<string, QuestionKind> = { owner: "owner", coordinators: "coordinators", deadline: "deadline", budget: "budget", result: "result", target: "value" };

/** The text without any question word of the switchable kinds ("bao nhiêu", "ai", "khi nào"): what names a subject. */
function withoutQuestionCues(text: string): string {
  return switchableKinds.reduce((rest, kind) => withoutKindCues(rest, kind), text);
}

/**
 * Reads a follow-up ("còn tháng 10 thì sao?", "thế còn phối hợp?", "còn Sở Y tế?", "còn nhà ở
 * thì sao?") against the previous question of the chat and returns the question it stands for:
 * the previous one with the follow-up's period, agency, role or subject put in place of its own.
 * Null when the message is not a follow-up. `previousTopic` is the previous question's subject.
 * `unmarked`: the caller found that the message names no subject of its own, so it follows up
 * without the markers ("còn", "thì sao") a follow-up otherwise needs.
 */
export function resolveFollowUp(
  question: string,
  previous: string,
  previousTopic: string,
  glossary: Glossary,
  previousKind?: QuestionKind,
  options: { unmarked?: boolean } = {},
): string | null {
  // A message that names no subject ("CQ phối hợp?", "hạn?") is read as a follow-up without markers (`unmarked`).
  const body = strippedFollowUp(question) ?? (options.unmarked ? question.normalize("NFC").trim().replace(/[?？!.…]+$/u, "").trim() || null : null);
  if (body === null) return null;
  let rest = body;
  let result = previous.normalize("NFC").trim().replace(/[?？]+$/u, "");
  if (keyOf(result).length !== result.length) return null;

  const role = conversationWords().roles.find((entry) => phraseSpan(keyOf(rest), entry.phrase) !== null);
  if (role) {
    const span = phraseSpan(keyOf(rest), role.phrase) as Span;
    const written = rest.slice(span.start, span.end);
    // "vậy còn *ai* chủ trì?": the question words of the role asked go with it, they are no subject.
    rest = withoutQuestionCues(replaceSpan(rest, span, " "));
    const own = conversationWords().roles.map((entry) => phraseSpan(keyOf(result), entry.phrase)).find((found) => found !== null);
    // Asked of another kind ("thế còn kinh phí?" after "hạn … khi nào?"), the previous kind's question words go too.
    const family = (kind: QuestionKind | undefined) => (kind === "coordinators" ? "owner" : kind);
    const strip = previousKind !== undefined && family(roleKinds[role.role]) !== family(previousKind);
    const clean = (text: string) => (strip ? withoutKindCues(text, previousKind as QuestionKind) : text);
    result = own ? `${clean(result.slice(0, own.start))} ${written} ${clean(result.slice(own.end))}`.replace(/\s+/g, " ").trim() : `${written} ${result}`;
  }

  // "còn thời gian thực hiện thì sao?" after an owner question: the same subject, asked another way.
  const switched = role || previousKind === undefined ? null : otherKindCue(rest, previousKind);
  if (switched) {
    const written = rest.slice(switched.span.start, switched.span.end);
    rest = withoutQuestionCues(replaceSpan(rest, switched.span, " "));
    result = `${written} ${withoutKindCues(result, previousKind as QuestionKind)}`;
  }
  // Words left beside a switched kind ("thời gian *thực hiện*") add to the subject; they do not replace it.
  const keepSubject = switched !== null;

  const period = periodSpans(keyOf(rest))[0];
  if (period) {
    let written = rest.slice(period.start, period.end);
    rest = replaceSpan(rest, period, " ");
    const own = periodSpans(keyOf(result))[0];
    if (own) {
      // "còn tháng 10?" after "… tháng 9/2026": the year carries over.
      const year = /(?:19|20)\d{2}/.exec(result.slice(own.start, own.end))?.[0];
      if (year && !/(?:19|20)\d{2}/.test(written) && /^(thang|quy)/.test(keyOf(written))) written = `${written}/${year}`;
      result = replaceSpan(result, own, written);
    } else result = `${result} ${written}`;
  }

  const agency = glossary.findAgencies(rest)[0];
  if (agency) {
    rest = `${rest.slice(0, agency.start)} ${rest.slice(agency.start + agency.written.length)}`;
    const own = glossary.findAgencies(result)[0];
    result = own ? `${result.slice(0, own.start)}${agency.written}${result.slice(own.start + own.written.length)}` : `${result} của ${agency.written}`;
  }

  const words = rest.replace(/[^\p{L}\p{N}&\s-]/gu, " ").replace(/^\s*(?:của|cua|về|ve|với|voi|trong|theo)\s+/iu, "").replace(/\s+/g, " ").trim();
  // "thế còn đến năm 2030?": the "đến" of a period taken out is no subject.
  const subject = /^(?:đến|den|tới|toi|từ|tu|trước|truoc|trong|vào|vao|năm|nam)$/iu.test(words) ? "" : words;
  if (subject !== "") {
    // A new subject takes the place of the previous one (its longest unbroken part).
    const part = previousTopic.split("·").map((chunk) => chunk.trim()).sort((left, right) => right.length - left.length)[0] ?? "";
    const own = part === "" || keepSubject ? null : phraseSpan(keyOf(result), foldDiacritics(part));
    result = own ? replaceSpan(result, own, subject) : `${result} ${subject}`;
  }
  return result === previous ? null : `${result}?`;
}
