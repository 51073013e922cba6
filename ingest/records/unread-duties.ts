import { foldText } from "../../vietnamese/fold.js";
import { paragraphs, type ProseInput } from "./prose-duties.js";
import type { KnowledgeRecord } from "./schemas.js";

/**
 * Paragraphs of the part a document assigns its work in ("Tổ chức thực hiện", as every plan,
 * decision and resolution names it) that gave no record: a duty whose agency or verb the prose
 * readers do not recognise ("Ban cán sự đảng Chính phủ chỉ đạo sửa đổi …", "- Triển khai các nhiệm
 * vụ …" under "8. Ngân hàng Nhà nước …"). Ingestion names them instead of dropping them in silence.
 */
const assigningPart = /(?<![a-z])to chuc thuc hien(?![a-z])/;
/** Shorter lines are labels or closing formulas ("./."), not duties. */
const minChars = 40;
/** Lines named in the warning; the count says how many there are. */
const maxNamed = 15;

export interface UnreadInput extends ProseInput {
  /** First lines of the section headings: a heading names who, it is no duty. */
  headingLines: ReadonlySet<number>;
}

/** First lines of the paragraphs under "Tổ chức thực hiện" that no record quotes. */
export function unreadDuties(input: UnreadInput, records: readonly KnowledgeRecord[]): number[] {
  const quoted = new Set(records.flatMap((record) => record.sourceLines.map((line) => line.line)));
  const lines: number[] = [];
  for (const unit of paragraphs(input)) {
    const first = unit[0];
    if (!first || input.headingLines.has(first.line) || unit.some((line) => quoted.has(line.line))) continue;
    const text = unit.map((line) => line.text.trim()).join(" ");
    if (text.length < minChars || /^(?:#|\|)/u.test(text)) continue;
    if (input.breadcrumbAt(first.line).some((heading) => assigningPart.test(foldText(heading)))) lines.push(first.line);
  }
  return lines;
}

/** The warning for them, or null when every paragraph there gave a record. */
export function unreadDutiesWarning(lines: readonly number[]): string | null {
  if (lines.length === 0) return null;
  const named = lines.slice(0, maxNamed).join(", ");
  const more = lines.length > maxNamed ? ", …" : "";
  return `Phần «Tổ chức thực hiện»: ${lines.length} đoạn không thành nhiệm vụ (không nhận ra cơ quan hoặc động từ giao việc), dòng ${named}${more}.`;
}
