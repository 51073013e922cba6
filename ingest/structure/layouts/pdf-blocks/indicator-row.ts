import { collapseSpaces, endsDangling, startsWithAgency } from "./text-shapes.js";
import { loadVocabulary } from "./vocabulary.js";

/** An indicator row read from its text: "Tỷ lệ phủ sóng 5G trên địa bàn % ≥ 50 Sở Khoa học và Công nghệ". */
export interface IndicatorFields {
  name: string;
  unit: string;
  value: string;
  owner: string;
}

const valueToken = /^(?:≥|≤|>|<)?\d[\d.,]*$/u;
const comparison = /^(?:≥|≤|>|<)$/u;

function unitEndingAt(words: string[], end: number): number | null {
  const before = words.slice(0, end);
  const percent = before.lastIndexOf("%");
  if (percent >= 0 && end - percent <= 2) return percent;
  for (const unitWord of loadVocabulary().indicatorUnitWords) {
    const unitWords = unitWord.split(" ");
    const start = end - unitWords.length;
    if (start >= 0 && before.slice(start).join(" ") === unitWord) return start;
  }
  return null;
}

/** Numeric value ("≥ 50", "100") after a unit, followed by nothing or an agency name. */
function readNumeric(words: string[]): IndicatorFields | null {
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? "";
    const isComparison = comparison.test(word) && valueToken.test(words[index + 1] ?? "");
    if (!isComparison && !valueToken.test(word)) continue;
    const valueEnd = isComparison ? index + 2 : index + 1;
    const rest = words.slice(valueEnd).join(" ");
    if (rest !== "" && !startsWithAgency(rest)) continue;
    const unitStart = unitEndingAt(words, index);
    if (unitStart === null || unitStart === 0) continue;
    return {
      name: words.slice(0, unitStart).join(" "),
      unit: words.slice(unitStart, index).join(" "),
      value: words.slice(index, valueEnd).join(" "),
      owner: rest,
    };
  }
  return null;
}

/** Yes/no value: unit "Có/Không" or "Bảo đảm/Không bảo đảm", value one of the alternatives. */
function readAlternative(words: string[]): IndicatorFields | null {
  const slashIndex = words.findIndex((word) => /\/Không$/iu.test(word));
  if (slashIndex < 1) return null;
  const left = (words[slashIndex] ?? "").replace(/\/Không$/iu, "");
  for (let extra = 0; extra <= 3; extra += 1) {
    const secondAlternative = words.slice(slashIndex + 1, slashIndex + 1 + extra);
    const firstWords = [...words.slice(slashIndex - Math.max(extra - 1, 0), slashIndex), left];
    const unitStart = slashIndex - Math.max(extra - 1, 0);
    if (unitStart < 1) continue;
    const afterUnit = words.slice(slashIndex + 1 + extra);
    const candidates = [firstWords, ["Không", ...secondAlternative]];
    for (const candidate of candidates) {
      const head = afterUnit.slice(0, candidate.length).join(" ").toLowerCase();
      if (head !== candidate.join(" ").toLowerCase()) continue;
      const ownerText = afterUnit.slice(candidate.length).join(" ");
      if (ownerText !== "" && !startsWithAgency(ownerText)) continue;
      return {
        name: words.slice(0, unitStart).join(" "),
        unit: words.slice(unitStart, slashIndex + 1 + extra).join(" "),
        value: afterUnit.slice(0, candidate.length).join(" "),
        owner: afterUnit.slice(candidate.length).join(" "),
      };
    }
  }
  return null;
}

const valueAtLineEnd = /^(.*?)\s*((?:≥|≤|>|<)?\s*\d[\d.,]*%?(?:\s*[-–]\s*\d[\d.,]*%?)?)(?:\s+(\S.*))?$/u;

/** Unit written before the value on a line that may also hold the end of the name: "… địa bàn % ≥ 50". */
function unitInPrefix(prefix: string, isFirstLine: boolean): { name: string; unit: string } | null {
  if (!isFirstLine) return { name: "", unit: prefix };
  const words = prefix.split(" ").filter((word) => word !== "");
  const start = unitEndingAt(words, words.length);
  if (start === null || start === 0) return null;
  return { name: words.slice(0, start).join(" "), unit: words.slice(start).join(" ") };
}

/** Unit written on the lines just above a value that stands alone ("Sáng chế, giải" / "pháp" / "≥ 1"). */
function unitAbove(lines: string[], valueLine: number): number {
  let start = valueLine - 1;
  while (start > 0 && !/^\p{Lu}/u.test(lines[start] ?? "") && (lines[start] ?? "").length <= 16) start -= 1;
  return start;
}

function readByLines(lines: string[]): IndicatorFields | null {
  for (let index = 0; index < lines.length; index += 1) {
    const match = valueAtLineEnd.exec(lines[index] ?? "");
    if (!match) continue;
    const prefix = match[1] ?? "";
    const value = (match[2] ?? "").replace(/\s+/g, " ");
    const rest = [match[3] ?? "", ...lines.slice(index + 1)].join(" ").trim();
    if ((match[3] ?? "") !== "" && !startsWithAgency(match[3] ?? "")) continue;
    if (prefix === "") {
      if (index === 0) continue;
      const unitStart = unitAbove(lines, index);
      if (unitStart <= 0 || (lines[unitStart] ?? "").length > 16) continue;
      return { name: lines.slice(0, unitStart).join(" "), unit: lines.slice(unitStart, index).join(" "), value, owner: rest };
    }
    const split = unitInPrefix(prefix, index === 0);
    if (!split) continue;
    return { name: [...lines.slice(0, index), split.name].join(" ").trim(), unit: split.unit, value, owner: rest };
  }
  return null;
}

/** Reads name, unit, value and owner from the lines of an indicator row (item number removed). */
export function readIndicatorFields(lines: string[]): IndicatorFields | null {
  const cleaned = lines.map((line) => collapseSpaces(line)).filter((line) => line !== "");
  const byLines = readByLines(cleaned);
  if (byLines) return byLines;
  const words = cleaned.join(" ").split(" ").filter((word) => word !== "");
  return readNumeric(words) ?? readAlternative(words);
}

/**
 * Adds the lines that follow a page break: the end of the name, and, when the owner was cut
 * ("Sở Khoa học và"), its end written on the same line ("nghiệp sáng tạo Công nghệ").
 */
export function continueAfterBreak(fields: IndicatorFields, lines: string[]): IndicatorFields {
  let { name, owner } = fields;
  for (const line of lines.map((text) => collapseSpaces(text)).filter((text) => text !== "")) {
    if (!endsDangling(owner)) {
      name = `${name} ${line}`.trim();
      continue;
    }
    const words = line.split(" ");
    let cut = -1;
    words.forEach((word, index) => {
      if (/^\p{Lu}/u.test(word)) cut = index;
    });
    if (cut <= 0) owner = `${owner} ${line}`.trim();
    else {
      name = `${name} ${words.slice(0, cut).join(" ")}`.trim();
      owner = `${owner} ${words.slice(cut).join(" ")}`.trim();
    }
  }
  return { ...fields, name, owner };
}
