import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import { parseDeadline } from "../../vietnamese/periods.js";
import type { ColumnRole } from "./column-roles.js";

/**
 * What a column holds, read from its cells, to settle what the header wording leaves open or
 * gets wrong. The header speaks first (column-roles.ts); the cells decide only where they
 * clearly say otherwise:
 * - a column whose cells are agency names is the owner column (the next one, coordinators)
 *   when no header names one ("Đơn vị", "Responsible party", a header the rules do not know);
 * - a column whose cells are dates, months, quarters or "Thường xuyên" is the deadline column
 *   when none is named ("Tiến độ" holding "Quý II/2026");
 * - a "title" column holding only numbers or dashes ("Nhiệm vụ của Chính phủ: 14, 26") is not
 *   the title; a "value" column holding prose ("Mục tiêu: Hoàn thiện thể chế") holds no values;
 * - a table whose header names no title column takes the leftmost column of prose.
 */
export interface ColumnProfile {
  filled: number;
  agencies: number;
  periods: number;
  numbers: number;
  prose: number;
}

const numberPattern = /^[≥≤<>~]?\s*[-+]?[\d.,]+\s*(%|[\p{L}/]{0,12})?$/u;
const dashPattern = /^[-–—x/]+$/;
/** Lists of numbers such as "14, 26" or "9; 8". */
const numberListPattern = /^[\d\s.,;–+%-]+$/;

function profile(texts: string[], glossary: Glossary): ColumnProfile {
  const result: ColumnProfile = { filled: 0, agencies: 0, periods: 0, numbers: 0, prose: 0 };
  for (const raw of texts) {
    const text = raw.trim();
    if (text === "") continue;
    result.filled += 1;
    if (numberPattern.test(text) || dashPattern.test(text) || numberListPattern.test(text)) result.numbers += 1;
    const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    if (words.length >= 3 && !numberPattern.test(text)) result.prose += 1;
    const first = text.split(/[,;]|\s+và\s+/u)[0] ?? text;
    if (glossary.looksLikeAgency(first)) result.agencies += 1;
    const kind = parseDeadline(text).kind;
    if (kind !== "text" && kind !== "none" && text.length <= 40) result.periods += 1;
  }
  return result;
}

const share = (count: number, of: ColumnProfile) => (of.filled === 0 ? 0 : count / of.filled);
/** A clear majority of a column's filled cells. */
const CLEAR = 0.6;

export function refineColumnRoles(roles: ColumnRole[], columns: string[][], glossary: Glossary): ColumnRole[] {
  const profiles = columns.map((texts) => profile(texts, glossary));
  const refined = roles.map((role, index) => demote(role, profiles[index]));
  const has = (name: ColumnRole["role"]) => refined.some((role) => role.role === name);
  const open = (index: number) => {
    const role = refined[index]?.role;
    return role === "other" || role === "progress" || role === "note";
  };
  profiles.forEach((column, index) => {
    if (column.filled === 0 || !open(index)) return;
    if (share(column.agencies, column) >= CLEAR && share(column.periods, column) < CLEAR) {
      refined[index] = has("owner") ? (has("coordinators") ? refined[index]! : { role: "coordinators" }) : { role: "owner" };
    } else if (share(column.periods, column) >= CLEAR && !has("deadline")) {
      refined[index] = { role: "deadline" };
    }
  });
  if (!has("title")) {
    const index = profiles.findIndex(
      (column, at) =>
        column.filled > 0 &&
        share(column.prose, column) >= 0.5 &&
        share(column.agencies, column) < CLEAR &&
        ["other", "product", "guidance", "note"].includes(refined[at]?.role ?? ""),
    );
    if (index !== -1) refined[index] = { role: "title" };
  }
  return refined;
}

function demote(role: ColumnRole, column: ColumnProfile | undefined): ColumnRole {
  if (!column || column.filled === 0) return role;
  if (role.role === "title" && share(column.numbers, column) >= CLEAR) return { role: "other" };
  if (role.role === "value" && share(column.prose, column) >= 0.5 && share(column.numbers, column) < 0.3) return { role: "other" };
  return role;
}
