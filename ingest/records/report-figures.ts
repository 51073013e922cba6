import { foldText } from "../../vietnamese/fold.js";
import { clean, itemMarker, paragraphs, type ProseInput } from "./prose-duties.js";
import { targetParts } from "./enumerated-targets.js";
import { headingYear, readTarget, reportHeading, valueSpans, yearOf } from "./prose-targets.js";
import type { IndicatorRecord, IndicatorValue } from "./schemas.js";

/**
 * Figures a report states in its sentences: what was reached, counted or set up by the time it
 * was written — "Có 11 chỉ tiêu chưa đạt mục tiêu đề ra (chiếm tỷ lệ 55%)", "Tổng số thuê bao
 * Internet toàn tỉnh đạt 103.662 thuê bao", "+ Tỷ lệ người dân … có danh tính điện tử … đạt
 * 81,94%". Plans open with such a report ("Phần I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2025", "I. ĐÁNH
 * GIÁ HIỆN TRẠNG", "ĐÁNH GIÁ THỰC TRẠNG … NĂM 2024"); their figures are in no table.
 *
 * A clause under a heading of a report (`reportHeading`: "đánh giá", "kết quả", "tình hình",
 * "thực trạng", "hiện trạng") that states a quantity the target reader reads (a percent, or a
 * number after a word of reaching or bounding: "đạt", "chiếm", "có", "trên") is a figure with a
 * result value, in the year the clause or its heading names; a paragraph's figures are one
 * indicator, the first naming it and each later one named in its value's label. A list item under
 * a short item naming no figure ("- Tỉnh Quảng Bình" above "+ Tỷ lệ … đạt 81,94%") is that one's:
 * its value's label says so ("Kết quả năm 2024 Tỉnh Quảng Bình", as the score rows' labels do).
 * Item lines inside a text table's span that no row took are prose. Lines a record already quotes, and clauses whose values all stand in the document's indicator
 * tables (a restatement), give none.
 *
 * Ingestion names these paragraphs in a warning (`unreadFiguresWarning`) and does not index them:
 * as records they crowded the record candidates of the tables' own indicators (decision 041).
 */
/** Openings that date or frame a report's sentence and name nothing ("Đến nay,", "Hiện nay,", "Năm 2024,"). */
const frameOpening = /^(?:(?:đến nay|hiện nay|hiện tại|tính đến [^,]{3,40}|năm (?:19|20)\d{2}|trong năm (?:19|20)\d{2}|qua [^,]{3,40}),\s*)+/iu;
/** Words left dangling at a name's end when its value is cut out ("… chỉ đạt 0,24%" → "… chỉ"). */
const danglingEnd = /(?:\s+(?:chỉ|mới|đã|được|là|với|thấp|cao|ước|bình quân|tăng|giảm))+[\s,]*$/iu;
/** A short item that names a scope (a province, a level, a group) and no figure: the scope of the items under it. */
const maxScopeWords = 8;

export function reportFigures(prose: ProseInput, taken: ReadonlySet<number>, tabled: ReadonlySet<number> = new Set()): IndicatorRecord[] {
  const records: IndicatorRecord[] = [];
  // A table read from a text layout can span list items it took no row from (the DTI plan's
  // assessment between its score rows): an item line no record quotes is prose.
  const texts = new Map(prose.lines.map((line) => [line.line, line.text]));
  const steppedOver = (line: number) => !taken.has(line) && /^\s*[-–•+*]\s+\S/u.test(texts.get(line) ?? "") && !(texts.get(line) ?? "").includes("\t");
  const input: ProseInput = { ...prose, inTable: (line) => prose.inTable(line) && !steppedOver(line) };
  let scope: { text: string; breadcrumb: string } | null = null;
  for (const unit of paragraphs(input)) {
    const first = unit[0];
    if (!first || /^\s*#/.test(first.text)) continue;
    const breadcrumb = input.breadcrumbAt(first.line);
    if (!breadcrumb.some((heading) => reportHeading.test(foldText(heading)))) continue;
    const text = unit.map((part) => part.text.trim()).join(" ");
    const marker = itemMarker.exec(text);
    const mark = marker?.[0].trim() ?? "";
    const body = clean(text.slice(marker?.[0].length ?? 0));
    const place = breadcrumb.join("\u0001");
    if (/^[-–•]$/u.test(mark) && isScope(body)) {
      scope = { text: body.replace(/[:.]$/u, ""), breadcrumb: place };
      continue;
    }
    if (scope && (scope.breadcrumb !== place || !/^[+*]$/u.test(mark))) scope = null;
    if (unit.some((line) => taken.has(line.line))) continue;
    const within = scope?.text ?? null;
    const read: { name: string; unit: string; values: IndicatorValue[] }[] = [];
    for (const sentence of body.split(/(?<=\.)\s+(?=\p{Lu})/u)) {
      const clauses = sentence.split(/;\s*/u);
      const parts = targetParts(clauses, valueSpans);
      clauses.forEach((clause, index) => {
        for (const part of parts[index] ?? [clause]) {
          const figure = readTarget(part.replace(frameOpening, ""), true);
          // A sentence restating what the document's indicator table holds ("… 5G trên địa bàn 74,2%") adds no figure.
          if (!figure || figure.values.every((value) => value.number !== null && tabled.has(value.number))) continue;
          // "(chiếm tỷ lệ 45%)" without its value: the brackets' words stay, not their spaces.
          const name = capitalised(figure.name.replace(frameOpening, "").replace(/\(\s*\)/gu, "").replace(/\s+\)/gu, ")").replace(danglingEnd, "").replace(/[\s,.;:]+$/u, ""));
          if (name.split(" ").length < 2) continue;
          const year = yearOf(part) ?? yearOf(sentence) ?? headingYear(breadcrumb);
          const label = [year === null ? "Kết quả" : `Kết quả năm ${year}`, within].filter(Boolean).join(" ");
          // The paragraph's first figure names the record; each later one is named in its value's label.
          const labelled = read.length === 0 ? label : `${label} — ${name}`;
          read.push({ name, unit: figure.unit, values: figure.values.map(({ ownYear, ...value }) => ({ ...value, valueKind: "result" as const, year: ownYear ?? year, label: labelled })) });
        }
      });
    }
    const lead = read[0];
    if (!lead) continue;
    // One record per paragraph: a paragraph of details ("… 100% trường THPT …, 85,5% trường THCS …") is one source, not ten.
    records.push({
      id: `${input.file}:${first.line}:indicator:report${records.length}`,
      kind: "indicator",
      locator: { file: input.file, breadcrumb, appendix: null, groupPath: [], itemNumber: marker?.[1] ?? null, line: first.line },
      sourceLines: unit,
      itemNumber: marker?.[1] ?? null,
      name: lead.name,
      unit: read.every((figure) => figure.unit === lead.unit) ? lead.unit : "",
      values: read.flatMap((figure) => figure.values),
      owners: [],
      ownerText: "",
    });
  }
  return records;
}

/** Lines named in the warning; the count says how many there are. */
const maxNamed = 15;

/**
 * The warning naming the report's paragraphs whose figures are in no record (found by passages
 * only), or null when there are none: "Phần đánh giá, kết quả: 24 đoạn có số liệu không thành bản
 * ghi chỉ tiêu (chỉ tìm được theo đoạn văn), dòng 78, 80, …".
 */
export function unreadFiguresWarning(figures: readonly IndicatorRecord[]): string | null {
  const lines = [...new Set(figures.map((figure) => figure.locator.line))].sort((a, b) => a - b);
  if (lines.length === 0) return null;
  const named = lines.slice(0, maxNamed).join(", ");
  const more = lines.length > maxNamed ? ", …" : "";
  return `Phần đánh giá, kết quả: ${lines.length} đoạn có số liệu không thành bản ghi chỉ tiêu (chỉ tìm được theo đoạn văn), dòng ${named}${more}.`;
}

/** "Tỉnh Quảng Bình", "Cấp xã:": a few words, no figure, no sentence. */
function isScope(body: string): boolean {
  const words = body.replace(/[:.]$/u, "").split(/\s+/u);
  return words.length > 0 && words.length <= maxScopeWords && !/\d/u.test(body) && !/[,;]/u.test(body) && /^\p{Lu}/u.test(body);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
