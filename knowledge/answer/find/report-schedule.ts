import { foldText } from "../../../vietnamese/fold.js";

/** The periods a report recurs by, folded, as a question or a document names them. */
const periodWords = ["tuan", "thang", "quy", "nam"] as const;
export type ReportPeriod = (typeof periodWords)[number] | `${number} thang`;

/**
 * The recurring reports a question asks the deadline of: "báo cáo tháng", "BC tuần", "báo cáo quý và
 * báo cáo năm", "báo cáo hàng tháng", "báo cáo 6 tháng". A period followed by a number names one
 * month or year ("báo cáo tháng 10", "báo cáo năm 2026"), not a recurrence; empty when none.
 */
export function askedReportPeriods(question: string): ReportPeriod[] {
  const folded = foldText(question);
  if (!/\b(?:bao cao|bc)\b/.test(folded)) return [];
  const periods = new Set<ReportPeriod>();
  const pattern = /\b(?:(?:bao cao|bc)(?: (?:dinh ky|hang|hang ky))?|hang|dinh ky)(?: (\d{1,2}))? (tuan|thang|quy|nam)\b(?! (?:\d|nay|sau|toi|truoc))/g;
  for (const match of folded.matchAll(pattern)) {
    const [, count, period] = match;
    if (period) periods.add(count ? (`${count} ${period}` as ReportPeriod) : (period as ReportPeriod));
  }
  return [...periods];
}

/**
 * The test of whether a sentence sets the deadline of one of these recurring reports: it speaks of
 * reporting and writes the period as a recurrence with a deadline right after it ("hàng tháng
 * (trước ngày 18 của tháng)", "định kỳ 6 tháng báo cáo … trước ngày 15 tháng 6"). Built once per
 * question, tried on every sentence read.
 */
export function reportDeadlineTest(periods: ReportPeriod[]): (sentence: string) => boolean {
  const recurrences = periods.map((period) => new RegExp(`\\b(?:hang|dinh ky)(?: hang)? ${period.replace(" ", "\\s")}\\b(.{0,160})`, "u"));
  return (sentence) => {
    const folded = foldText(sentence);
    if (recurrences.length === 0 || !/\bbao cao\b/.test(folded)) return false;
    return recurrences.some((recurring) => {
      const after = recurring.exec(folded)?.[1];
      return after !== undefined && /\btruoc\b|\bngay \d{1,2}\b|\bthang \d{1,2}\b/.test(after);
    });
  };
}

const reportPeriodPhrase = /(?<![\p{L}\p{N}])(báo cáo|bao cao|bc)(?: (?:định kỳ|dinh ky|hàng|hang|hằng))? (?:tuần|tuan|tháng|thang|quý|quy|năm|nam)(?![\p{L}\p{N}])(?! \d)/gu;

/**
 * A topic with the period of each recurring report left out ("báo cáo quý và báo cáo năm" →
 * "báo cáo và báo cáo"): the sentence that sets the deadline writes the recurrence apart ("hàng
 * quý (trước ngày 15 …) … báo cáo"), and `reportDeadlineTest` checks it there.
 */
export function withoutReportPeriods(topic: string): string {
  return topic.replace(reportPeriodPhrase, "$1");
}
