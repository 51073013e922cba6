import { foldDiacritics } from "../../../vietnamese/fold.js";
import type { Glossary } from "../../../vietnamese/glossary/glossary.js";
import { conversationWords } from "./conversation-words.js";

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
  const pattern = new RegExp(`${boundary}${phrase.split(" ").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+")}${boundaryAfter}`, "u");
  const match = pattern.exec(key);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** "tháng 10", "quý II/2026", "năm 2030", "9/2026", "2025": periods as written. */
const periodPattern = new RegExp(
  `${boundary}(?:(?:thang|quy|nam)\\s+)?(?:(?:\\d{1,2}|iv|i{1,3})\\s*/\\s*(?:19|20)\\d{2}|(?:19|20)\\d{2})${boundaryAfter}|${boundary}(?:thang|quy)\\s+(?:\\d{1,2}|iv|i{1,3})${boundaryAfter}(?!\\s*/)`,
  "gu",
);

function periodSpans(key: string): Span[] {
  return [...key.matchAll(periodPattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

const replaceSpan = (text: string, span: Span, by: string) => `${text.slice(0, span.start)}${by}${text.slice(span.end)}`;

/** The follow-up without its markers ("thế còn … thì sao?"), or null when it has none. */
function strippedFollowUp(question: string): string | null {
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

/**
 * Reads a follow-up ("còn tháng 10 thì sao?", "thế còn phối hợp?", "còn Sở Y tế?", "còn nhà ở
 * thì sao?") against the previous question of the chat and returns the question it stands for:
 * the previous one with the follow-up's period, agency, role or subject put in place of its own.
 * Null when the message is not a follow-up. `previousTopic` is the previous question's subject.
 */
export function resolveFollowUp(question: string, previous: string, previousTopic: string, glossary: Glossary): string | null {
  const body = strippedFollowUp(question);
  if (body === null) return null;
  let rest = body;
  let result = previous.normalize("NFC").trim().replace(/[?？]+$/u, "");
  if (keyOf(result).length !== result.length) return null;

  const role = conversationWords().roles.find((entry) => phraseSpan(keyOf(rest), entry.phrase) !== null);
  if (role) {
    const span = phraseSpan(keyOf(rest), role.phrase) as Span;
    const written = rest.slice(span.start, span.end);
    rest = replaceSpan(rest, span, " ");
    const own = conversationWords().roles.map((entry) => phraseSpan(keyOf(result), entry.phrase)).find((found) => found !== null);
    result = own ? replaceSpan(result, own, written) : `${written} ${result}`;
  }

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

  const subject = rest.replace(/[^\p{L}\p{N}&\s-]/gu, " ").replace(/^\s*(?:của|cua|về|ve|với|voi|trong|theo)\s+/iu, "").replace(/\s+/g, " ").trim();
  if (subject !== "") {
    // A new subject takes the place of the previous one (its longest unbroken part).
    const part = previousTopic.split("·").map((chunk) => chunk.trim()).sort((left, right) => right.length - left.length)[0] ?? "";
    const own = part === "" ? null : phraseSpan(keyOf(result), foldDiacritics(part));
    result = own ? replaceSpan(result, own, subject) : `${result} ${subject}`;
  }
  return result === previous ? null : `${result}?`;
}
