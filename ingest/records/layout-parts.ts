import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import { parseDeadline } from "../../vietnamese/periods.js";
import type { ColumnRole } from "../structure/column-roles.js";
import type { TableRow } from "../structure/table-model.js";
import { cleanCell } from "./agency-fields.js";

/**
 * A table whose rows change their column layout part way down, with no new header (an export
 * where the last part of a plan was pasted in another column order: group | milestone | month |
 * code | task | owner under a header of WBS number | title | owner | start | due | duration).
 * The header's roles hold while the rows fit them; a run of rows that contradicts them — dates
 * and codes where the header says owner and title, agencies where it says a duration — is read
 * with roles of its own, from what its cells hold:
 * - the column of agency names is the owner (a second one, coordinators);
 * - the column of dates, months or quarters is the deadline;
 * - the column with the most prose is the title;
 * - a column of one-word codes ("NV78") gives the item numbers.
 * Cells such a part leaves blank under a filled one, in a column filled on few of its rows, hold
 * the value above (cells merged down the rows, exported flat): the month of a milestone holds for
 * every task under it, and the group and milestone become the rows' group path.
 */
export interface TablePart {
  rows: TableRow[];
  roles: ColumnRole[];
  /** Column labels for the fields kept beside a record; empty where the header does not name the part's column. */
  headers: string[];
}

/** At least this many rows running contradict the header before the layout is read anew: one odd row is not a new layout. */
const minimumRun = 3;
/** Contradicted cells that make a row not fit the header's layout. */
const contradictions = 2;

const periodOf = (text: string) => {
  const kind = parseDeadline(text).kind;
  return kind !== "text" && kind !== "none" && text.length <= 40;
};
const wordCount = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
const isNumber = (text: string) => /^[\d.,\s%]+$/.test(text);
/** A one-word code: letters and digits, no space ("NV78", "M3.1"). */
const isCode = (text: string) => /^(?=.*\p{L})(?=.*\d)[\p{L}\d.-]{2,12}$/u.test(text);

function agencyLike(text: string, glossary: Glossary): boolean {
  const first = text.split(/[,;]|\s+và\s+/u)[0] ?? text;
  return glossary.looksLikeAgency(first.trim());
}

/** Whether a cell plainly contradicts what its column's role says it holds. */
function contradicts(role: ColumnRole | undefined, text: string, glossary: Glossary): boolean {
  switch (role?.role) {
    case "owner":
    case "coordinators":
      return periodOf(text) || isCode(text) || isNumber(text);
    case "deadline":
    case "start":
      return !periodOf(text) && (wordCount(text) >= 2 || isCode(text) || agencyLike(text, glossary));
    case "duration":
      return !isNumber(text) && (wordCount(text) >= 1 || agencyLike(text, glossary));
    case "title":
      return periodOf(text) || isCode(text);
    default:
      return false;
  }
}

function fits(row: TableRow, roles: ColumnRole[], glossary: Glossary): boolean {
  let against = 0;
  for (const cell of row.cells) {
    const text = cleanCell(cell.text);
    if (text !== "" && contradicts(roles[cell.column], text, glossary)) against += 1;
  }
  return against < contradictions;
}

export function layoutParts(rows: TableRow[], headers: string[], roles: ColumnRole[], glossary: Glossary): TablePart[] {
  const parts: TablePart[] = [];
  let start = 0;
  let index = 0;
  while (index < rows.length) {
    const row = rows[index];
    if (!row || row.isGroup || fits(row, roles, glossary)) {
      index += 1;
      continue;
    }
    let end = index;
    while (end < rows.length && (rows[end]?.isGroup === true || !fits(rows[end] as TableRow, roles, glossary))) end += 1;
    const run = rows.slice(index, end);
    const part = run.filter((candidate) => !candidate.isGroup).length >= minimumRun ? readAnew(run, headers.length, glossary) : null;
    if (part) {
      if (index > start) parts.push({ rows: rows.slice(start, index), roles, headers });
      parts.push(part);
      start = end;
    }
    index = end;
  }
  if (start < rows.length) parts.push({ rows: rows.slice(start), roles, headers });
  return parts;
}

/** The part's rows with the cells merged down written out, and roles read from the cells; null when no owner and title can be told. */
function readAnew(run: TableRow[], width: number, glossary: Glossary): TablePart | null {
  const body = run.filter((row) => !row.isGroup);
  const columns = Array.from({ length: width }, (_unused, column) =>
    body.map((row) => cleanCell(row.cells.find((cell) => cell.column === column)?.text ?? "")),
  );
  const filled = columns.map((texts) => texts.filter((text) => text !== ""));
  const share = (column: number, test: (text: string) => boolean) => {
    const texts = filled[column] ?? [];
    return texts.length === 0 ? 0 : texts.filter(test).length / texts.length;
  };
  const roles: ColumnRole[] = columns.map(() => ({ role: "other" }));
  const agencyColumns = columns.flatMap((_texts, column) => (share(column, (text) => agencyLike(text, glossary)) >= 0.6 ? [column] : []));
  const [owner, coordinators] = agencyColumns;
  if (owner !== undefined) roles[owner] = { role: "owner" };
  if (coordinators !== undefined) roles[coordinators] = { role: "coordinators" };
  const deadline = columns.findIndex((_texts, column) => roles[column]?.role === "other" && share(column, periodOf) >= 0.6);
  if (deadline !== -1) roles[deadline] = { role: "deadline" };
  const prose = columns.map((_texts, column) =>
    roles[column]?.role === "other" ? (filled[column] ?? []).filter((text) => wordCount(text) >= 2 && !isCode(text)).length : 0,
  );
  const most = Math.max(...prose);
  const title = most > body.length / 2 ? prose.indexOf(most) : -1;
  if (owner === undefined || title === -1) return null;
  roles[title] = { role: "title" };
  const codes = columns.findIndex(
    (_texts, column) => roles[column]?.role === "other" && (filled[column]?.length ?? 0) === body.length && share(column, isCode) === 1,
  );
  // Columns filled on few rows hold merged cells: their value holds down to the next filled one.
  const merged = columns.flatMap((_texts, column) =>
    roles[column]?.role !== "title" && (filled[column]?.length ?? 0) > 0 && (filled[column]?.length ?? 0) <= body.length / 2 ? [column] : [],
  );
  const groupColumns = merged.filter((column) => roles[column]?.role === "other");
  const carried = new Map<number, string>();
  const labels = new Map<number, string>();
  const rows = run.map((row): TableRow => {
    if (row.isGroup) return row;
    const cells = [...row.cells];
    for (const column of merged) {
      const own = cleanCell(cells.find((cell) => cell.column === column)?.text ?? "");
      if (own !== "") carried.set(column, own);
      else if (carried.has(column)) cells.push({ column, text: carried.get(column) ?? "" });
    }
    cells.sort((left, right) => left.column - right.column);
    const code = codes === -1 ? null : cleanCell(cells.find((cell) => cell.column === codes)?.text ?? "") || null;
    // A group written in the row's first cell keeps the number read off it ("3. Phát triển NL").
    const leftmost = row.cells.find((cell) => cleanCell(cell.text) !== "")?.column;
    for (const column of groupColumns) {
      const own = cleanCell(row.cells.find((cell) => cell.column === column)?.text ?? "");
      if (own !== "") labels.set(column, column === leftmost && row.itemNumber !== null ? `${row.itemNumber} ${own}` : own);
    }
    const groupPath = groupColumns.flatMap((column) => {
      const label = labels.get(column);
      return label === undefined ? [] : [label];
    });
    return { ...row, cells, itemNumber: code, groupPath: groupPath.length > 0 ? groupPath : row.groupPath };
  });
  if (codes !== -1) roles[codes] = { role: "itemNumber" };
  return { rows, roles, headers: columns.map(() => "") };
}
