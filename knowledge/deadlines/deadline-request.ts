import { foldDiacritics, foldText } from "../../vietnamese/fold.js";
import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import { findPeriodSpans, findRelativePeriod, shiftDate } from "../../vietnamese/periods.js";
import { deadlineWords, holdsPhrase } from "./deadline-words.js";
import { escapeRegExp } from "../../vietnamese/escape-regexp.js";

/** What a deadline command or question asks for: a window of due dates and/or overdue work, for some agencies. */
export interface DeadlineRequest {
  /** Due dates asked for (ISO, inclusive); null for "overdue" alone. */
  window: { from: string; to: string } | null;
  overdue: boolean;
  /** Canonical agency names; empty for every agency. */
  agencies: string[];
  /** Words left over that look like an agency name the glossary does not know ("Sở Không Tồn Tại"). */
  unknownAgency: string | null;
}

export interface RequestContext {
  /** ISO date of today in the province. */
  today: string;
  /** Days ahead that "sắp đến hạn" covers. */
  soonDays: number;
  glossary: Glossary;
}

interface Span {
  index: number;
  length: number;
}

/** Folded and lower-cased with the same length as the text, so spans found in it cut the text too. */
function foldSameLength(text: string): string {
  const folded = foldDiacritics(text.toLowerCase());
  return folded.length === text.length ? folded : text.toLowerCase();
}

function cut(text: string, spans: Span[]): string {
  let result = text;
  for (const span of [...spans].sort((left, right) => right.index - left.index)) {
    result = `${result.slice(0, span.index)} ${result.slice(span.index + span.length)}`;
  }
  return result;
}

function phraseSpans(folded: string, phrases: string[]): Span[] {
  const spans: Span[] = [];
  for (const phrase of phrases) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase).replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`, "gu");
    for (const match of folded.matchAll(pattern)) spans.push({ index: match.index ?? 0, length: match[0].length });
  }
  return spans;
}

/** Removes connector words ("của", "việc", "năm") at both ends and returns what remains, as written. */
function leftoverWords(text: string): string {
  const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  const folded = words.map((word) => foldText(word));
  const connectors = deadlineWords().connectors.map((connector) => connector.split(" "));
  let start = 0;
  let end = words.length;
  const at = (index: number, parts: string[]) => parts.every((part, offset) => folded[index + offset] === part);
  for (let moved = true; moved && start < end; ) {
    moved = false;
    for (const parts of connectors) {
      if (start + parts.length <= end && at(start, parts)) {
        start += parts.length;
        moved = true;
      } else if (end - parts.length >= start && at(end - parts.length, parts)) {
        end -= parts.length;
        moved = true;
      }
    }
  }
  return words.slice(start, end).join(" ").trim();
}

/**
 * Reads "/han" arguments or a question: the first period written (absolute "quý 3/2026", "3/2026",
 * "2026", or relative "hôm nay", "tuần này", "trong 30 ngày"), "quá hạn", "sắp đến hạn", and
 * the agencies named. Returns null when it names neither a period nor overdue nor upcoming work.
 */
export function readDeadlineRequest(text: string, context: RequestContext, options: { overdue?: boolean } = {}): DeadlineRequest | null {
  const source = text.normalize("NFC");
  const folded = foldSameLength(source);
  const words = deadlineWords();
  const absolute = findPeriodSpans(folded)[0];
  const relative = findRelativePeriod(folded, context.today);
  const period =
    absolute && (!relative || absolute.index <= relative.index)
      ? { from: absolute.period.from, to: absolute.period.to, index: absolute.index, length: absolute.length }
      : relative;
  const overdueSpans = phraseSpans(folded, words.overdue);
  const soonSpans = phraseSpans(folded, words.soon);
  const overdue = options.overdue === true || overdueSpans.length > 0;
  let window = period ? { from: period.from, to: period.to } : null;
  if (!window && soonSpans.length > 0) window = { from: context.today, to: shiftDate(context.today, context.soonDays) };
  if (!window && !overdue) return null;

  const rest = cut(source, [...(period ? [period] : []), ...overdueSpans, ...soonSpans]);
  const mentions = context.glossary.findAgencies(rest);
  const agencies = [...new Set(mentions.map((mention) => mention.canonical))];
  const withoutAgencies = cut(rest, mentions.map((mention) => ({ index: mention.start, length: mention.written.length })));
  const leftover = leftoverWords(withoutAgencies);
  const unknownAgency = agencies.length === 0 && /\p{L}{2,}/u.test(leftover) ? leftover : null;
  return { window, overdue, agencies, unknownAgency };
}

/**
 * A question about deadlines that the general answerer cannot place in time: "việc gì quá
 * hạn?", "sắp đến hạn trong 30 ngày", "tuần này Sở Y tế có việc gì đến hạn?". Absolute periods
 * alone ("… trong quý II/2026") are left to the general answerer. Null when it is not one.
 */
export function readDeadlineQuestion(question: string, context: RequestContext): DeadlineRequest | null {
  const folded = foldText(question);
  const words = deadlineWords();
  const overdue = words.overdue.some((phrase) => holdsPhrase(folded, phrase));
  const soon = words.soon.some((phrase) => holdsPhrase(folded, phrase));
  const relative = findRelativePeriod(foldSameLength(question.normalize("NFC")), context.today) !== null;
  const due = words.dueWords.some((phrase) => holdsPhrase(folded, phrase));
  if (!overdue && !soon && !(relative && due)) return null;
  const request = readDeadlineRequest(question, context);
  return request ? { ...request, unknownAgency: null } : null;
}
