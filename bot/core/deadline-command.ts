import type { DeadlineQuery } from "../../knowledge/answer/answer-types.js";

/**
 * Reads the arguments of "/han <kỳ> [cơ quan]": the period comes first in one of the forms
 * "3/2026", "tháng 3/2026", "tháng 3 năm 2026", "quý II/2026", "quý 2 năm 2026", "2026",
 * "năm 2026"; whatever follows is the agency.
 */
const periodPattern = new RegExp(
  [
    String.raw`(?:tháng\s+)?\d{1,2}\s*(?:[/.-]|\s+năm\s+)\s*\d{4}`,
    String.raw`quý\s+[ivx\d]{1,4}(?:\s*(?:[/.-]|,?\s*năm)\s*\d{4})?`,
    String.raw`(?:năm\s+)?\d{4}`,
  ].join("|"),
  "iu",
);
const leadingPeriod = new RegExp(String.raw`^(${periodPattern.source})(?=\s|$)\s*(.*)$`, "isu");

export function parseDeadlineArguments(argumentsText: string): DeadlineQuery | null {
  const text = argumentsText.normalize("NFC").trim();
  const match = leadingPeriod.exec(text);
  if (!match || match[1] === undefined) return null;
  const agency = (match[2] ?? "").trim();
  return agency.length > 0 ? { period: match[1].trim(), agency } : { period: match[1].trim() };
}
