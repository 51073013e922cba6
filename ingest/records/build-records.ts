import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import { foldText } from "../../vietnamese/fold.js";
import { refineColumnRoles } from "../structure/column-content.js";
import { columnRoles, type ColumnRole } from "../structure/column-roles.js";
import type { ParsedTable, TableRow, UnparsedRow } from "../structure/table-model.js";
import { agencyList, cleanCell, readAgencyFields } from "./agency-fields.js";
import { parseDeadline, readsMonthFirst, type DateReading } from "../../vietnamese/periods.js";
import { findParentRows } from "./inheritance.js";
import { layoutParts, type TablePart } from "./layout-parts.js";
import { rowFields } from "./row-fields.js";
import type { BudgetLineRecord, DtiCriterionRecord, IndicatorRecord, KnowledgeRecord, Locator, RecordField, TaskRecord } from "./schemas.js";
import { readAmount, readDecimal, readValue } from "./values.js";

/**
 * One place where every layout's tables become records. What a table holds is decided from
 * its column roles (see column-roles.ts):
 * - max points or a confirming unit → DTI criteria;
 * - value columns (targets, results, scores) → indicators;
 * - budget columns without a coordinators column → budget lines;
 * - otherwise (owner, coordinators, deadline…) → tasks, with any budget columns summarised.
 */
export interface BuiltRecords {
  records: KnowledgeRecord[];
  unparsed: UnparsedRow[];
}

type TableKind = "dti-criterion" | "indicator" | "budget-line" | "task";

interface RowCells {
  row: TableRow;
  byRole: Map<ColumnRole["role"], string>;
  values: { role: Extract<ColumnRole, { role: "value" }>; header: string; text: string }[];
  budgets: { source: string; text: string }[];
  /** The columns no record field holds, with their headers. */
  fields: RecordField[];
}

export function tableKind(roles: ColumnRole[]): TableKind {
  const has = (name: ColumnRole["role"]) => roles.some((role) => role.role === name);
  if (has("value")) return "indicator";
  if (has("maxPoints") || has("confirmingUnit")) return "dti-criterion";
  if (has("budget") && !has("coordinators")) return "budget-line";
  return "task";
}

function collectCells(row: TableRow, headers: string[], roles: ColumnRole[]): RowCells {
  const byRole = new Map<ColumnRole["role"], string>();
  const values: RowCells["values"] = [];
  const budgets: RowCells["budgets"] = [];
  for (const cell of row.cells) {
    const role = roles[cell.column];
    const text = cleanCell(cell.text);
    if (!role || text === "") continue;
    if (role.role === "value") values.push({ role, header: headers[cell.column] ?? "", text });
    else if (role.role === "maxPoints") {
      values.push({ role: { role: "value", valueKind: "value", year: null }, header: headers[cell.column] ?? "", text });
      byRole.set(role.role, text);
    }
    else if (role.role === "budget") budgets.push({ source: role.source, text });
    else byRole.set(role.role, [byRole.get(role.role), text].filter(Boolean).join(" "));
  }
  return { row, byRole, values, budgets, fields: rowFields(row, headers, roles) };
}

function locatorFor(table: ParsedTable, row: TableRow): Locator {
  return {
    file: "",
    breadcrumb: table.breadcrumb,
    appendix: table.appendix,
    groupPath: row.groupPath,
    itemNumber: row.itemNumber,
    line: row.sourceLines[0]?.line ?? table.startLine,
  };
}

export function buildRecords(file: string, tables: ParsedTable[], glossary: Glossary): BuiltRecords {
  const records: KnowledgeRecord[] = [];
  const unparsed: UnparsedRow[] = [];
  for (const table of tables) {
    unparsed.push(...table.unparsed);
    const roles = refineColumnRoles(columnRoles(table.headers), columnTexts(table), glossary);
    // A run of rows in another column layout is read with roles of its own (layout-parts.ts).
    for (const part of layoutParts(table.rows, table.headers, roles, glossary)) {
      const built = partRecords(file, table, part, glossary);
      records.push(...built.records);
      unparsed.push(...built.unparsed);
    }
  }
  return { records: mergeRepeatedIndicators(records), unparsed };
}

function partRecords(file: string, table: ParsedTable, part: TablePart, glossary: Glossary): BuiltRecords {
  const records: KnowledgeRecord[] = [];
  const unparsed: UnparsedRow[] = [];
  const kind = tableKind(part.roles);
  const cells = part.rows.map((row) => collectCells(row, part.headers, part.roles));
  const dates: DateReading = { monthFirst: readsMonthFirst(datesOf(cells)) };
  const parents = findParentRows(part.rows);
  cells.forEach((rowCells, index) => {
    if (rowCells.row.isGroup || isTotalRow(rowCells)) {
      // Group and total rows carry subtotals: they answer "tổng kinh phí …" questions.
      const subtotal = subtotalLine(file, table, rowCells, glossary, isTotalRow(rowCells) ? "table" : "group");
      if (subtotal) records.push(subtotal);
      return;
    }
    const locator = { ...locatorFor(table, rowCells.row), file };
    const id = `${file}:${locator.line}:${kind}`;
    const base = { id, locator, sourceLines: rowCells.row.sourceLines, itemNumber: rowCells.row.itemNumber };
    const parentIndex = parents[index];
    const parentCells = parentIndex === undefined || parentIndex === null ? null : cells[parentIndex] ?? null;
    const parent = parentCells && !parentCells.row.isGroup ? parentCells : null;
    const record = buildOne(kind, base, rowCells, parent, table, glossary, dates);
    if (record) records.push(record);
    else unparsed.push({ reason: "dòng bảng không có nội dung (tên) hay giá trị", sourceLines: rowCells.row.sourceLines });
  });
  return { records, unparsed };
}

/** "Tổng cộng" / "Tổng số" rows sum the table; they are not items of their own. */
function isTotalRow(cells: RowCells): boolean {
  return cells.row.itemNumber === null && /^(tổng cộng|tổng số|tổng|cộng)\s*(:.*)?$/iu.test((cells.byRole.get("title") ?? "").trim());
}

function subtotalLine(file: string, table: ParsedTable, cells: RowCells, glossary: Glossary, sums: "table" | "group"): BudgetLineRecord | null {
  if (cells.budgets.length === 0) return null;
  const locator = { ...locatorFor(table, cells.row), file };
  const caption = table.breadcrumb.at(-1) ?? table.appendix ?? "";
  const title = cells.byRole.get("title") ?? "";
  // A subtotal is named with its table's caption: "Kinh phí đầu tư công — TỔNG HỢP KINH PHÍ … NĂM 2025".
  const item = `${title || "Tổng cộng"} — ${caption}`.trim();
  const base = { id: `${file}:${locator.line}:budget-line`, locator, sourceLines: cells.row.sourceLines, itemNumber: cells.row.itemNumber };
  return { ...budgetLine(base, cells, null, item, table, glossary), sums };
}

type Base = { id: string; locator: Locator; sourceLines: TableRow["sourceLines"]; itemNumber: string | null };

function buildOne(
  kind: TableKind,
  base: Base,
  cells: RowCells,
  parent: RowCells | null,
  table: ParsedTable,
  glossary: Glossary,
  dates: DateReading,
): KnowledgeRecord | null {
  const title = cells.byRole.get("title") ?? "";
  if (kind === "indicator") return title === "" && cells.values.length === 0 ? null : indicator(base, cells, title, glossary);
  if (kind === "dti-criterion") return title === "" ? null : criterion(base, cells, title, glossary, dates);
  if (kind === "budget-line") return title === "" ? null : budgetLine(base, cells, parent, title, table, glossary);
  return title === "" ? null : task(base, cells, parent, title, table, glossary, dates);
}

/** The cells of every non-group row, column by column, for reading what each column holds. */
function columnTexts(table: ParsedTable): string[][] {
  const columns: string[][] = table.headers.map(() => []);
  for (const row of table.rows) {
    if (row.isGroup) continue;
    for (const cell of row.cells) columns[cell.column]?.push(cleanCell(cell.text));
  }
  return columns;
}

function datesOf(cells: RowCells[]): string[] {
  return cells.flatMap((row) => [row.byRole.get("deadline") ?? "", row.byRole.get("start") ?? ""]).filter((text) => text !== "");
}

/** Fields a sub-item takes from its parent row when it leaves them blank. */
const inheritableRoles = ["owner", "coordinators", "deadline"] as const;

function withInheritance(cells: RowCells, parent: RowCells | null): { get: (role: ColumnRole["role"]) => string; inherited: string[] } {
  const inherited: string[] = [];
  const get = (role: ColumnRole["role"]) => {
    const own = cells.byRole.get(role) ?? "";
    if (own !== "" || !parent || !(inheritableRoles as readonly string[]).includes(role)) return own;
    const fromParent = parent.byRole.get(role) ?? "";
    if (fromParent !== "") inherited.push(fieldName(role));
    return fromParent;
  };
  return { get, inherited };
}

function fieldName(role: ColumnRole["role"]): string {
  if (role === "owner") return "owners";
  return role;
}

function task(
  base: Base,
  cells: RowCells,
  parent: RowCells | null,
  title: string,
  table: ParsedTable,
  glossary: Glossary,
  dates: DateReading,
): TaskRecord {
  const fields = withInheritance(cells, parent);
  const agencies = readAgencyFields(glossary, fields.get("owner"), fields.get("coordinators"));
  const deadline = parseDeadline(cleanCell(fields.get("deadline")), dates);
  const unit = table.unit ? ` ${table.unit.toLowerCase()}` : "";
  const budget = cells.budgets.length > 0 ? cells.budgets.map((budget) => `${budget.source}: ${budget.text}${unit}`).join("; ") : null;
  const other = cells.fields;
  return {
    ...base,
    kind: "task",
    title,
    ...agencies,
    product: cells.byRole.get("product") ?? "",
    deadline,
    budget,
    inheritedFields: fields.inherited,
    parentItemNumber: parent?.row.itemNumber ?? null,
    ...(other.length > 0 ? { fields: other } : {}),
  };
}

function indicator(base: Base, cells: RowCells, title: string, glossary: Glossary): IndicatorRecord {
  const ownerText = cells.byRole.get("owner") ?? "";
  return {
    ...base,
    kind: "indicator",
    name: title,
    unit: cells.byRole.get("unit") ?? "",
    values: cells.values.map((value) => {
      const read = readValue(value.text);
      return {
        valueKind: value.role.valueKind,
        year: value.role.year,
        label: value.header.replace(/\s+/g, " ").trim(),
        text: value.text,
        number: read.number,
        comparator: read.comparator,
      };
    }),
    owners: agencyList(glossary, ownerText),
    ownerText,
  };
}

function criterion(base: Base, cells: RowCells, title: string, glossary: Glossary, dates: DateReading): DtiCriterionRecord {
  const get = (role: ColumnRole["role"]) => cells.byRole.get(role) ?? "";
  const maxPointsText = get("maxPoints");
  return {
    ...base,
    kind: "dti-criterion",
    pillar: base.locator.groupPath.at(-1) ?? "",
    name: title,
    maxPoints: readDecimal(maxPointsText.replace(/\s*điểm$/i, "")),
    maxPointsText,
    implementingUnits: agencyList(glossary, get("owner")),
    implementingText: get("owner"),
    confirmingUnits: agencyList(glossary, get("confirmingUnit")),
    confirmingText: get("confirmingUnit"),
    deadline: parseDeadline(get("deadline"), dates),
    guidance: get("guidance"),
    evidence: get("evidence"),
  };
}

function budgetLine(
  base: Base,
  cells: RowCells,
  parent: RowCells | null,
  title: string,
  table: ParsedTable,
  glossary: Glossary,
): BudgetLineRecord {
  const fields = withInheritance(cells, parent);
  const agencies = readAgencyFields(glossary, fields.get("owner"), fields.get("coordinators"));
  return {
    ...base,
    kind: "budget-line",
    item: title,
    implementers: agencies.owners,
    implementerText: agencies.ownerText,
    coordinators: agencies.coordinators,
    coordinatorText: agencies.coordinatorText,
    period: fields.get("deadline"),
    progress: cells.byRole.get("progress") ?? "",
    unit: table.unit,
    amounts: cells.budgets.map((budget) => ({ source: budget.source, text: budget.text, value: readAmount(budget.text) })),
    note: cells.byRole.get("note") ?? "",
    inheritedFields: fields.inherited,
  };
}

/**
 * An indicator repeated in several tables of one appendix (one table per target year, "Đến năm
 * 2025/2030/…") is one indicator with several values: the repeats are merged into the first,
 * keeping every value and every source line.
 */
export function mergeRepeatedIndicators(records: KnowledgeRecord[]): KnowledgeRecord[] {
  const firstByKey = new Map<string, IndicatorRecord>();
  const merged: KnowledgeRecord[] = [];
  for (const record of records) {
    if (record.kind !== "indicator") {
      merged.push(record);
      continue;
    }
    const key = [record.locator.file, record.locator.appendix ?? "", foldText(record.name), foldText(record.unit)].join("\u0001");
    const first = firstByKey.get(key);
    if (!first) {
      const copy = { ...record, values: [...record.values], sourceLines: [...record.sourceLines] };
      firstByKey.set(key, copy);
      merged.push(copy);
      continue;
    }
    const known = new Set(first.values.map((value) => `${value.label}\u0001${value.text}`));
    first.values.push(...record.values.filter((value) => !known.has(`${value.label}\u0001${value.text}`)));
    first.sourceLines.push(...record.sourceLines);
    if (first.ownerText === "" && record.ownerText !== "") {
      first.ownerText = record.ownerText;
      first.owners = record.owners;
    }
  }
  return merged;
}
