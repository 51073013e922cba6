import { readFileSync } from "node:fs";
import { z } from "zod";
import { Split } from "../case-schema.js";
import { Outcome } from "./report-schema.js";

const ReportWords = z.object({
  kinds: z.record(z.string(), z.string()),
  variants: z.object({ question: z.string(), rewording: z.string() }),
  /** The word for a passing outcome. */
  passed: z.string(),
  splits: z.record(Split, z.string()),
  evidenceStates: z.record(z.string(), z.string()),
  causes: z.array(z.object({ outcome: Outcome, label: z.string(), check: z.string() })),
});
export type ReportWords = z.infer<typeof ReportWords>;

let cached: ReportWords | null = null;

/** The Vietnamese words of the report (page, terminal table, review page), kept as data in report-words.json. */
export function reportWords(): ReportWords {
  cached ??= ReportWords.parse(JSON.parse(readFileSync(new URL("./report-words.json", import.meta.url), "utf8")));
  return cached;
}

/** "rewording 2" → "cách hỏi khác 2". */
export function variantLabel(variant: string, words: ReportWords): string {
  if (variant === "question") return words.variants.question;
  return variant.replace(/^rewording/, words.variants.rewording);
}

/** "not-found" → "Không tìm thấy", "pass" → "Đạt". */
export function outcomeLabel(outcome: string, words: ReportWords): string {
  if (outcome === "pass") return words.passed;
  return words.causes.find((cause) => cause.outcome === outcome)?.label ?? outcome;
}

/** Rows keyed by question kind, under their Vietnamese names, in the order report-words.json lists the kinds. */
export function byKindInOrder<T>(rows: Record<string, T>, words: ReportWords): [string, T][] {
  const order = Object.keys(words.kinds);
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  return Object.entries(rows)
    .sort(([left], [right]) => rank(left) - rank(right) || left.localeCompare(right))
    .map(([kind, row]) => [kindLabel(kind, words), row]);
}

/** Rows keyed by document file, under the documents' short names, in Vietnamese alphabetical order. */
export function byNameInOrder<T>(rows: Record<string, T>, name: (key: string) => string): [string, T][] {
  return Object.entries(rows)
    .map(([key, row]): [string, T] => [name(key), row])
    .sort(([left], [right]) => left.localeCompare(right, "vi"));
}

/** "owner" → "Cơ quan chủ trì". */
export function kindLabel(kind: string, words: ReportWords): string {
  return words.kinds[kind] ?? kind;
}

/** "2026-12-01T21:40:00.000Z" → "02/12/2026 04:40 (giờ Việt Nam)". */
export function localTime(iso: string, timeZone = "Asia/Ho_Chi_Minh"): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(iso));
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? "";
  return `${value("day")}/${value("month")}/${value("year")} ${value("hour")}:${value("minute")} (giờ Việt Nam)`;
}
