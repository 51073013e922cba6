import { foldDiacritics } from "./fold.js";
import { z } from "zod";

/**
 * Reads a deadline cell as written ("8/2025", "Quý I, năm 2026", "Trước 15/06/2026",
 * "2025-2027", "Hằng năm", "Theo chỉ đạo của Trung ương", and in English "June 2025",
 * "30 Jun 2025", "Q3 2025") into a period [from, to].
 * What cannot be read as a period keeps its text with kind "recurring" or "text".
 */

/** A deadline as written and as understood. `kind: "text"` keeps recurring/conditional wording. */
export const Deadline = z.object({
  text: z.string(),
  kind: z.enum(["date", "month", "quarter", "year", "range", "recurring", "text", "none"]),
  /** Earliest and latest ISO dates the deadline covers (inclusive), when it is a period. */
  from: z.string().nullable(),
  to: z.string().nullable(),
});
export type Deadline = z.infer<typeof Deadline>;

interface Period {
  kind: "date" | "month" | "quarter" | "year";
  from: string;
  to: string;
}

const pad = (value: number) => String(value).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
const monthPeriod = (year: number, month: number): Period => ({
  kind: "month",
  from: isoDate(year, month, 1),
  to: isoDate(year, month, lastDay(year, month)),
});
const quarterPeriod = (year: number, quarter: number): Period => ({
  kind: "quarter",
  from: isoDate(year, quarter * 3 - 2, 1),
  to: isoDate(year, quarter * 3, lastDay(year, quarter * 3)),
});
const yearPeriod = (year: number): Period => ({ kind: "year", from: isoDate(year, 1, 1), to: isoDate(year, 12, 31) });

const romanQuarters: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/**
 * English month names and their usual abbreviations, for plans written in English ("June 2025",
 * "30 Jun 2025", "Dec 2025"). "may" and "sep" are also Vietnamese syllables once diacritics are
 * folded ("máy", "sếp"): they are months only with a day ("30 May 2025"), never before a bare year.
 */
const englishMonths = new Map<string, number>(
  ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"].flatMap((name, index) => [
    [name, index + 1],
    [name.slice(0, 3), index + 1],
  ]),
).set("sept", 9);
const monthName = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
const ambiguousMonthNames = new Set(["may", "sep"]);
const dayDate = (year: number, month: number, day: number): Period | null => {
  if (!validYear(year) || month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
  const iso = isoDate(year, month, day);
  return { kind: "date", from: iso, to: iso };
};
const validYear = (year: number) => year >= 1990 && year <= 2100;

/** Finds every period written in the folded text, left to right. */
export function findPeriods(folded: string): Period[] {
  return findPeriodSpans(folded).map((entry) => entry.period);
}

/** The periods written in the folded text with where each was written, left to right. */
export function findPeriodSpans(folded: string): { index: number; length: number; period: Period }[] {
  const found: { index: number; length: number; period: Period }[] = [];
  const taken: [number, number][] = [];
  const claim = (index: number, length: number, period: Period | null) => {
    if (!period) return;
    if (taken.some(([start, end]) => index < end && index + length > start)) return;
    taken.push([index, index + length]);
    found.push({ index, length, period });
  };
  const scan = (pattern: RegExp, toPeriod: (match: RegExpExecArray) => Period | null) => {
    for (const match of folded.matchAll(pattern)) claim(match.index ?? 0, match[0].length, toPeriod(match));
  };
  scan(/\bquy\s+(iv|iii|ii|i|[1-4])\b(?:\s*(?:nam|\/|-)\s*)+((?:19|20)\d{2})\b/g, (match) => {
    const quarter = romanQuarters[match[1] ?? ""] ?? Number(match[1]);
    const year = Number(match[2]);
    return validYear(year) ? quarterPeriod(year, quarter) : null;
  });
  scan(/\bq([1-4])\s*[/-]?\s*((?:19|20)\d{2})\b/g, (match) => quarterPeriod(Number(match[2]), Number(match[1])));
  // "T11/2025": the month written as officials shorten "tháng", as "Q3/2026" shortens "quý".
  scan(/\bt(1[0-2]|0?[1-9])\s*[/-]\s*((?:19|20)\d{2})\b/g, (match) => monthPeriod(Number(match[2]), Number(match[1])));
  scan(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${monthName}\\.?\\s+((?:19|20)\\d{2})\\b`, "g"), (match) =>
    dayDate(Number(match[3]), englishMonths.get(match[2] ?? "") ?? 0, Number(match[1])),
  );
  scan(new RegExp(`\\b${monthName}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+((?:19|20)\\d{2})\\b`, "g"), (match) =>
    dayDate(Number(match[3]), englishMonths.get(match[1] ?? "") ?? 0, Number(match[2])),
  );
  scan(new RegExp(`\\b${monthName}\\.?\\s+((?:19|20)\\d{2})\\b`, "g"), (match) =>
    ambiguousMonthNames.has(match[1] ?? "") ? null : monthPeriod(Number(match[2]), englishMonths.get(match[1] ?? "") ?? 1),
  );
  scan(/\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\b/g, (match) => {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
    const iso = isoDate(year, month, day);
    return { kind: "date", from: iso, to: iso };
  });
  scan(/\b((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})\b/g, (match) => {
    const [start, end] = [Number(match[1]), Number(match[2])];
    if (end < start) return null;
    return { kind: "year", from: isoDate(start, 1, 1), to: isoDate(end, 12, 31) };
  });
  scan(/\b(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})\b/g, (match) => {
    const [month, year] = [Number(match[1]), Number(match[2])];
    return month >= 1 && month <= 12 ? monthPeriod(year, month) : null;
  });
  scan(/\bthang\s+(\d{1,2})\s+nam\s+((?:19|20)\d{2})\b/g, (match) => {
    const [month, year] = [Number(match[1]), Number(match[2])];
    return month >= 1 && month <= 12 ? monthPeriod(year, month) : null;
  });
  scan(/\b((?:19|20)\d{2})\b/g, (match) => yearPeriod(Number(match[1])));
  return found.sort((left, right) => left.index - right.index);
}

const recurringWords = ["hang nam", "hang quy", "hang thang", "dinh ky", "thuong xuyen", "hang tuan", "lien tuc"];

export interface DateReading {
  /** Full dates are written month first ("6/30/2025"), as in tables exported from US-style spreadsheets. */
  monthFirst?: boolean;
}

const fullDate = /\b(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*((?:19|20)\d{2})\b/g;

/**
 * Whether a column's full dates are written month first: some date has a second part above 12
 * ("1/31/2025") and none has a first part above 12. Decided per column, never per cell.
 */
export function readsMonthFirst(texts: string[]): boolean {
  let secondAbove12 = false;
  for (const text of texts) {
    for (const match of text.matchAll(fullDate)) {
      if (Number(match[1]) > 12) return false;
      if (Number(match[2]) > 12) secondAbove12 = true;
    }
  }
  return secondAbove12;
}

export function parseDeadline(text: string, reading: DateReading = {}): Deadline {
  const written = text.replace(/\s+/g, " ").trim();
  if (written === "") return { text: "", kind: "none", from: null, to: null };
  const ordered = reading.monthFirst ? written.replace(fullDate, "$2/$1/$3") : written;
  // "Quý 11/2026" is not a quarter; "11/2026" inside it must not be read as November either.
  const folded = foldDiacritics(ordered.toLowerCase())
    .replace(/[–—]/g, "-")
    .replace(/\s*\/\s*/g, "/")
    .replace(/[^\p{L}\p{N}/.\-]+/gu, " ")
    .trim();
  const badQuarter = /\bquy\s+(?!(?:iv|iii|ii|i|[1-4])\b)\S+/.test(folded);
  const periods = badQuarter ? [] : findPeriods(folded);
  if (periods.length > 0) {
    const from = periods.map((period) => period.from).sort()[0] ?? null;
    const to = periods.map((period) => period.to).sort().at(-1) ?? null;
    const single = periods.length === 1 ? periods[0] : undefined;
    const isRange = !single || /\d{4}\s*-\s*\d{4}/.test(folded);
    const kind = isRange ? "range" : (single?.kind ?? "range");
    return { text: written, kind, from, to };
  }
  if (recurringWords.some((word) => folded.includes(word))) return { text: written, kind: "recurring", from: null, to: null };
  return { text: written, kind: "text", from: null, to: null };
}

/** True when the deadline falls due within [from, to] (ISO dates): "Quý I/2026" is due in March 2026, "2026" is not. */
export function isDueWithin(deadline: Deadline, from: string, to: string): boolean {
  return deadline.to !== null && deadline.to >= from && deadline.to <= to;
}

/** True when the deadline's period overlaps [from, to] (ISO dates). */
export function deadlineOverlaps(deadline: Deadline, from: string, to: string): boolean {
  if (!deadline.from || !deadline.to) return false;
  return deadline.from <= to && deadline.to >= from;
}

/** A period read relative to a given day ("hôm nay", "tuần này", "trong 30 ngày tới"), with how it was written. */
export interface RelativePeriod {
  from: string;
  to: string;
  /** Where it was found in the folded text, to remove it from what remains. */
  index: number;
  length: number;
}

const addDays = (iso: string, days: number): string => {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const partsOf = (iso: string) => iso.split("-").map(Number) as [number, number, number];

/** Monday to Sunday of the week holding `iso`, shifted by `weeks`. */
function weekPeriod(iso: string, weeks: number): { from: string; to: string } {
  const weekday = (new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7;
  const monday = addDays(iso, -weekday + weeks * 7);
  return { from: monday, to: addDays(monday, 6) };
}

function shiftedMonth(year: number, month: number, by: number): Period {
  const index = year * 12 + (month - 1) + by;
  return monthPeriod(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * Periods named relative to `today` (ISO date), in folded text: "hom nay", "ngay mai",
 * "tuan nay/sau/toi", "thang nay/sau/toi", "quy nay/sau/toi", "nam nay/sau/toi", "trong (vong) N ngay
 * (toi)", "N ngay toi", and a month or quarter written without its year ("thang 3", "quy II"), which
 * is this year's. The first one found, or null.
 */
export function findRelativePeriod(folded: string, today: string): RelativePeriod | null {
  const [year, month] = partsOf(today);
  const quarter = Math.floor((month - 1) / 3) + 1;
  const offsetOf = (word: string | undefined) => (word === "nay" ? 0 : 1);
  const rules: [RegExp, (match: RegExpExecArray) => { from: string; to: string } | null][] = [
    [/\bhom nay\b/g, () => ({ from: today, to: today })],
    [/\bngay mai\b/g, () => ({ from: addDays(today, 1), to: addDays(today, 1) })],
    [/\btuan (nay|sau|toi)\b/g, (match) => weekPeriod(today, offsetOf(match[1]))],
    [/\bthang (nay|sau|toi)\b/g, (match) => shiftedMonth(year, month, offsetOf(match[1]))],
    [
      /\bquy (nay|sau|toi)\b/g,
      (match) => {
        const next = quarter + offsetOf(match[1]);
        return next > 4 ? quarterPeriod(year + 1, 1) : quarterPeriod(year, next);
      },
    ],
    [/\bnam (nay|sau|toi)\b/g, (match) => yearPeriod(year + offsetOf(match[1]))],
    [
      /\b(?:trong(?: vong)? )?(\d{1,3}) ngay (?:toi|sap toi|nua)\b|\btrong(?: vong)? (\d{1,3}) ngay\b/g,
      (match) => {
        const days = Number(match[1] ?? match[2]);
        return days >= 1 && days <= 366 ? { from: today, to: addDays(today, days) } : null;
      },
    ],
    [
      /\bthang (\d{1,2})\b(?!\s*(?:[/.-]\s*\d|nam\s+\d))/g,
      (match) => {
        const written = Number(match[1]);
        return written >= 1 && written <= 12 ? monthPeriod(year, written) : null;
      },
    ],
    [
      /\bquy (iv|iii|ii|i|[1-4])\b(?!\s*(?:[/.-]|nam)\s*\d)/g,
      (match) => quarterPeriod(year, romanQuarters[match[1] ?? ""] ?? Number(match[1])),
    ],
  ];
  let best: RelativePeriod | null = null;
  for (const [pattern, toPeriod] of rules) {
    for (const match of folded.matchAll(pattern)) {
      const period = toPeriod(match);
      const index = match.index ?? 0;
      if (period && (!best || index < best.index)) best = { ...period, index, length: match[0].length };
      break;
    }
  }
  return best;
}

/** Recurring deadlines ("Hằng năm", "Năm 2026 và thường xuyên") are never overdue. */
export function isRecurring(deadline: Deadline): boolean {
  if (deadline.kind === "recurring") return true;
  const folded = foldDiacritics(deadline.text.toLowerCase());
  return recurringWords.some((word) => folded.includes(word));
}

/** Due before `today` (ISO) and not recurring: overdue, unless the documents record it as done (they do not). */
export function isOverdue(deadline: Deadline, today: string): boolean {
  return deadline.to !== null && deadline.to < today && !isRecurring(deadline);
}

/** `today` shifted by `days` (ISO dates). */
export function shiftDate(iso: string, days: number): string {
  return addDays(iso, days);
}
