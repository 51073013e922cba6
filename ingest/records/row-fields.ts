import type { ColumnRole } from "../structure/column-roles.js";
import type { TableRow } from "../structure/table-model.js";
import { cleanCell } from "./agency-fields.js";
import type { RecordField } from "./schemas.js";

/**
 * Columns no field of a task holds ("KPI tác nghiệp", "Chỉ tiêu của Chính phủ", "START DATE",
 * "Ghi chú") are kept with their header as written, so that a question naming the header is
 * answered from the row instead of losing what the table says.
 */
const keptRoles: ReadonlySet<ColumnRole["role"]> = new Set<ColumnRole["role"]>(["other", "note", "start", "duration", "progress"]);

/** Placeholders that state nothing ("-", "…"). */
const empty = /^[\s\-–—.…x/]*$/iu;

export function rowFields(row: TableRow, headers: string[], roles: ColumnRole[]): RecordField[] {
  const fields: RecordField[] = [];
  for (const cell of row.cells) {
    const role = roles[cell.column];
    const label = cleanCell(headers[cell.column] ?? "");
    const text = cleanCell(cell.text);
    if (!role || !keptRoles.has(role.role) || label === "" || empty.test(text)) continue;
    const known = fields.find((field) => field.label === label);
    if (known) known.text = `${known.text} ${text}`;
    else fields.push({ label, text, ...(role.role === "start" || role.role === "duration" ? { role: role.role } : {}) });
  }
  return fields;
}
