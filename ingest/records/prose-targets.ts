import { foldText } from "../../vietnamese/fold.js";
import { clean, itemMarker, paragraphs, type ProseInput } from "./prose-duties.js";
import type { IndicatorRecord, IndicatorValue } from "./schemas.js";
import { readDecimal } from "./values.js";
import { targetParts } from "./enumerated-targets.js";

/**
 * Targets written in sentences rather than in an indicator table, as resolutions and programmes
 * state their objectives: "Quy mô kinh tế số đạt tối thiểu 30% GDP", "Tối thiểu có 5 doanh
 * nghiệp công nghệ số ngang tầm …", "Phấn đấu đến năm 2030, có ít nhất 05 dự án … được triển
 * khai", "… hướng tới tối thiểu đạt 25%".
 *
 * A clause (a sentence, or a part of one between semicolons) states a target when it lies under a
 * heading of objectives ("Mục tiêu", "Tầm nhìn", "Chỉ tiêu") or its sentence aims at it
 * ("phấn đấu", "hướng tới"), and it holds a quantity: a number with a percent sign, or a number
 * after a word of reaching or bounding ("đạt", "ở mức", "chiếm", "tối thiểu", "ít nhất", "trên",
 * "hơn", "nhóm", "có"). A clause that reports what was done ("đã đạt", "Đến nay …") states no
 * target. Each such clause becomes an indicator record: its name is the clause without the
 * quantity, its values the quantities, in the year the clause, its sentence or its heading gives
 * ("Đến năm 2030", "Tầm nhìn đến năm 2045").
 */

/** Headings whose sentences state objectives (general administrative Vietnamese, folded). */
const objectiveHeading = /(?<![a-z])(muc tieu|tam nhin|chi tieu)(?![a-z])/;
/**
 * Headings of what is to be done or thought, below a part named after its horizon ("B- ĐỊNH HƯỚNG …
 * VÀ TẦM NHÌN ĐẾN NĂM 2030" > "III- NHIỆM VỤ VÀ GIẢI PHÁP"): the nearest of the two kinds decides.
 */
const otherHeading = /(?<![a-z])(nhiem vu|giai phap|quan diem|to chuc thuc hien)(?![a-z])/;
/** Headings of a report on what was done ("Đánh giá kết quả …", "Tình hình thực hiện các mục tiêu"): their figures are results. */
export const reportHeading = /(?<![a-z])(danh gia|ket qua|tinh hinh|thuc trang|hien trang)(?![a-z])/;
/** Words by which a sentence aims at a target wherever it stands. */
const aimWords = /(?<!\p{L})(phấn đấu|hướng tới|hướng đến)(?!\p{L})/iu;
/** A clause that reports a state or a result, not an aim. */
const reports = /(?<!\p{L})(đã|đạt được|hiện nay|đến nay|hiện có)(?!\p{L})/iu;

const bound = String.raw`(?:tối thiểu|ít nhất|trên|hơn|khoảng|từ|dưới|tối đa|không quá|nhóm|có)`;
// Verbs of being at a level go with the quantity; verbs of doing ("bố trí", "thu hút thêm") stay in the name.
const reach = String.raw`(?:đạt mức|đạt|ở mức|chiếm|duy trì)`;
const number = String.raw`\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?`;
// Group 1: the verb of reaching before; 2: the bounding words; 3: the number; 4: a percent and what it is of.
const quantity = new RegExp(
  String.raw`(?<!\p{L})(?:(${reach})\s+)?((?:${bound}\s+){0,3})(${number})(\s*%(?:\s*\/\s*năm)?(?:\s+[A-Z]{2,5}(?=\s*(?:[,.;)]|$|(?:vào|đến|tới)\s+năm\s)))?)?(?![\p{L}\d/.,-]*\d)`,
  "giu",
);
/** What a number is when it is no quantity: a year, a date, a document's or an item's number. */
const notQuantityBefore = /(?<!\p{L})(năm|ngày|tháng|quý|số|khoá|khóa|thứ|điều|khoản|mục|giai đoạn|đoạn|lần|nghị quyết|quyết định|kết luận|chỉ thị|luật|nghị định|thông tư|kế hoạch)\s*$/iu;
const yearPattern = /(?<!\p{L})(?:đến|vào|trong|tới|cuối)?\s*(?:cuối\s+)?năm\s+((?:19|20)\d{2})(?!\d)/iu;

/**
 * The targets of the body text. A document with an indicator table states its targets there and
 * its sentences restate them (a plan's "Mục tiêu" summarising its appendix, in other words):
 * `tabled`, the number of indicators its tables give, leaves its sentences alone.
 */
export function proseTargets(input: ProseInput, tabled = 0): IndicatorRecord[] {
  if (tabled > 0) return [];
  const records: IndicatorRecord[] = [];
  // An aim holds to the end of its sentence: a PDF breaks "- Phấn đấu …; Hạ tầng …" into lines, the
  // sentence goes on after a line ending in ";" until an item marker, a heading or a full stop.
  let aimHolds = false;
  for (const unit of paragraphs(input)) {
    const first = unit[0];
    if (!first || /^\s*#/.test(first.text)) {
      aimHolds = false;
      continue;
    }
    const opensItem = (itemMarker.exec(first.text)?.[0].trim() ?? "") !== "";
    if (opensItem) aimHolds = false;
    const breadcrumb = input.breadcrumbAt(first.line);
    const text = unit.map((part) => part.text.trim()).join(" ");
    const marker = itemMarker.exec(text);
    const body = clean(text.slice(marker?.[0].length ?? 0));
    const headings = breadcrumb.map((heading) => foldText(heading));
    if (headings.some((heading) => reportHeading.test(heading))) continue;
    const nearest = [...headings].reverse().find((heading) => objectiveHeading.test(heading) || otherHeading.test(heading));
    const underObjectives = nearest !== undefined && objectiveHeading.test(nearest);
    const sentences = body.split(/(?<=\.)\s+(?=\p{Lu})/u);
    sentences.forEach((sentence, position) => {
      aimHolds = aimWords.test(sentence) || (position === 0 && aimHolds);
      // "… đạt 1,5% GDP vào năm 2015, trên 2% GDP vào năm 2020 …": a value given the year it is to be reached is aimed at.
      if (!underObjectives && !aimHolds && !yearsEachValue(sentence)) return;
      const clauses = sentence.split(/;\s*/u);
      // An enumeration ("90% … cấp tỉnh; 80% … cấp huyện và 60% … cấp xã được …") gives a target per value.
      const parts = targetParts(clauses, valueSpans);
      clauses.forEach((clause, index) => {
        const before = clauses.slice(0, index).join("; ");
        for (const part of parts[index] ?? [clause]) {
          const target = readTarget(part);
          if (!target) continue;
          const year = yearOf(part) ?? yearOf(clause) ?? yearOf(before, true) ?? headingYear(breadcrumb);
          records.push({
            id: `${input.file}:${first.line}:indicator:prose${records.length}`,
            kind: "indicator",
            locator: { file: input.file, breadcrumb, appendix: null, groupPath: [], itemNumber: marker?.[1] ?? null, line: first.line },
            sourceLines: unit,
            itemNumber: marker?.[1] ?? null,
            name: target.name,
            unit: target.unit,
            values: target.values.map(({ ownYear, ...value }) => {
              const of = ownYear ?? year;
              return { ...value, year: of, label: of === null ? "Mục tiêu" : `Mục tiêu đến năm ${of}` };
            }),
            owners: [],
            ownerText: "",
          });
        }
      });
    });
    if (!/[;,]\s*$/u.test(text)) aimHolds = false;
  }
  return records;
}

interface Target {
  name: string;
  unit: string;
  /** `ownYear`: the year written right after the value ("3% GDP vào năm 2030"), before the clause's. */
  values: (Omit<IndicatorValue, "year" | "label"> & { ownYear: number | null })[];
}

/** "người trên một vạn dân", "bác sĩ/10.000 dân": what a rate counts and the population it is counted over. */
const perPopulation = /^\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*(?:trên|\/)\s*(?:một|mỗi|1)?\s*(?:vạn|nghìn|ngàn|triệu|10\.000|1\.000|100\.000)\s+(?:người\s+)?dân(?!\p{L})/u;

/** "vào năm 2030" right after a value: the year that value is to be reached. */
const ownYearAfter = /^\s*(?:vào|đến|tới)\s+(?:cuối\s+)?năm\s+((?:19|20)\d{2})(?!\d)/iu;

/** Whether a clause gives some value the year it is to be reached ("đạt 1,5% GDP vào năm 2015"), and reports nothing done. */
function yearsEachValue(sentence: string): boolean {
  return !reports.test(sentence) && sentence.split(/;\s*/u).some((clause) => readTarget(clause)?.values.some((value) => value.ownYear !== null) ?? false);
}

type ValueReading = Target["values"][number];

/** A quantity of a clause and where it is written: from its verb or bounds to the end of what it is of (and its own year). */
export interface ValueSpan {
  value: ValueReading;
  unit: string | null;
  start: number;
  end: number;
}

/** The quantities a clause states, in order, with where each is written. */
export function valueSpans(clause: string): ValueSpan[] {
  const spans: ValueSpan[] = [];
  for (const match of clause.matchAll(quantity)) {
    const [whole, verb, bounds = "", digits = "", percent] = match;
    const start = match.index ?? 0;
    const isYear = /^(19|20)\d{2}$/.test(digits) && !percent;
    if (isYear || notQuantityBefore.test(clause.slice(0, start + whole.indexOf(digits))) || (!percent && bounds.trim() === "" && !verb)) continue;
    // What a percent is of is written in capitals ("30% GDP"); a word in lower case after it is the sentence going on.
    const ofWhat = /^(.*%(?:\s*\/\s*năm)?)\s+(\S+)$/u.exec(percent ?? "");
    const percentText = ofWhat && ofWhat[2] !== ofWhat[2]?.toUpperCase() ? (ofWhat[1] ?? "") : percent;
    const written = clean(`${bounds}${digits}${percentText ?? ""}`);
    // A count names what it counts: "ít nhất 05 dự án", "12 người"; a rate per head of population is its unit ("12 người trên một vạn dân").
    const perHead = percent ? null : perPopulation.exec(clause.slice(start + whole.length));
    const counted = percent ? "" : (perHead?.[0].trim() ?? /^\s+((?:\p{Ll}+\s+)?\p{Ll}+)/u.exec(clause.slice(start + whole.length))?.[1] ?? "");
    const end = start + whole.length - ((percent ?? "").length - (percentText ?? "").length) + (perHead?.[0].length ?? 0);
    const ownYear = percentText ? ownYearAfter.exec(clause.slice(end)) : null;
    const value = { valueKind: "target" as const, text: [written, counted].filter(Boolean).join(" "), number: readDecimal(digits), comparator: comparatorOf(bounds), ownYear: ownYear ? Number(ownYear[1]) : null };
    const unit = percentText ? clean(percentText) : perHead ? perHead[0].trim() : null;
    spans.push({ value, unit, start, end: end + (ownYear?.[0].length ?? 0) });
  }
  return spans;
}

/** What lies between two values when it is only their joining (", ", " và "): they share one name. */
const onlyJoining = /^[\s,]*(?:và|hoặc)?\s*$/u;

/**
 * The quantities a clause states and its name without them; null when it states none. A clause
 * that reports what was done states no target, unless `reported` (a report's figures, `report-figures.ts`).
 */
export function readTarget(clause: string, reported = false): Target | null {
  if ((!reported && reports.test(clause)) || clause.split(" ").length > 70) return null;
  const spans = valueSpans(clause);
  if (spans.length === 0) return null;
  const units: string[] = [];
  let name = "";
  let taken = 0;
  spans.forEach((span, index) => {
    if (span.unit !== null) units.push(span.unit);
    // A percent goes with its verb ("đạt tối thiểu 30% GDP"); a count leaves the thing counted in the name.
    // What lies between two values is only their joining (", ", " và "), no part of the name.
    const between = clause.slice(taken, span.start);
    name += index > 0 && onlyJoining.test(between) ? " " : `${between} `;
    taken = span.end;
  });
  name = clean(`${name}${clause.slice(taken)}`)
    .replace(/^về\s+[^:]{2,60}:\s*/iu, "")
    .replace(/^(?:phấn đấu|hướng tới|hướng đến|trong đó)\s+/iu, "")
    .replace(/^(?:đến|vào|tới)\s+(?:cuối\s+)?năm\s+\d{4}\s*[,:]?\s*/iu, "")
    .replace(/^(?:[a-zđ]|\d{1,2})\)\s+/u, "")
    .replace(/\s+,/g, ",")
    .replace(/[\s,.;:]+$/u, "");
  if (name.split(" ").length < 2) return null;
  const values = spans.map((span) => span.value);
  const unit = units.length === values.length && new Set(units).size === 1 ? (units[0] ?? "") : "";
  return { name: name.charAt(0).toUpperCase() + name.slice(1), unit, values };
}

function comparatorOf(bounds: string): string | null {
  const words = bounds.toLowerCase();
  if (/tối thiểu|ít nhất|từ/.test(words)) return "≥";
  if (/tối đa|không quá/.test(words)) return "≤";
  if (/trên|hơn/.test(words)) return ">";
  if (/dưới/.test(words)) return "<";
  return null;
}

/** The year a text aims at ("đến năm 2030"); the last one written when `last`. */
export function yearOf(text: string, last = false): number | null {
  const all = [...text.matchAll(new RegExp(yearPattern.source, "giu"))].map((match) => Number(match[1]));
  return (last ? all.at(-1) : all[0]) ?? null;
}

/** The year of the nearest heading that names one ("1. Đến năm 2030", "2. Tầm nhìn đến năm 2045"). */
export function headingYear(breadcrumb: string[]): number | null {
  for (const heading of [...breadcrumb].reverse()) {
    const year = yearOf(heading);
    if (year !== null) return year;
  }
  return null;
}
