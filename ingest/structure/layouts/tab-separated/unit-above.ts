import type { SourceLine } from "../../../read/source-text.js";

/**
 * The unit of a table's amounts: a line "Đơn vị tính: Triệu đồng" / "ĐVT: triệu đồng" just
 * above the header, or a header naming it in parentheses ("Kinh phí (triệu đồng)").
 */

const unitLinePattern = /(?:đơn\s+vị\s+tính|đvt)\s*[:：]\s*(.+)$/iu;
const headerUnitPattern = /\(\s*((?:triệu|tỷ|nghìn|ngàn)?\s*đồng|trđ|tr\.đ)\s*\)/iu;

export function findUnit(lines: SourceLine[], headerLine: number, headers: string[], lookBack = 6): string | null {
  let seen = 0;
  for (let index = headerLine - 2; index >= 0 && seen < lookBack; index -= 1) {
    const text = lines[index]?.text ?? "";
    if (text.includes("\t")) break;
    if (text.trim() === "") continue;
    seen += 1;
    const match = text.replace(/[*_]+/g, "").trim().match(unitLinePattern);
    if (match?.[1]) return match[1].replace(/[)\].;]+$/, "").trim();
  }
  for (const header of headers) {
    const match = header.match(headerUnitPattern);
    if (match?.[1]) return match[1].trim();
  }
  return null;
}
