import { columnRole } from "../column-roles.js";
import type { LayoutParser, LayoutParserInput, ParsedTable, TableCell, TableRow, UnparsedRow } from "../table-model.js";
import { type ItemRun, collectItemRuns } from "./labelled-bullets/collect-items.js";

const MIN_ITEMS = 2;
const FIXED_HEADERS = ["STT", "Nội dung"];

/**
 * Field labels that mean the same column ("Cơ quan chủ trì" / "Cơ quan chủ trì tham mưu") share one
 * column, headed by the shortest wording; labels with no known role keep their own column.
 */
function fieldColumns(run: ItemRun): { headers: string[]; columnOfLabel: Map<string, number> } {
  const labels = [...new Set(run.items.flatMap((item) => item.fields.map((field) => field.label)))];
  const groups = new Map<string, string[]>();
  for (const label of labels) {
    const role = columnRole(label);
    const key = role.role === "other" || role.role === "title" ? `label:${label}` : `role:${role.role}`;
    groups.set(key, [...(groups.get(key) ?? []), label]);
  }
  const headers = [...FIXED_HEADERS];
  const columnOfLabel = new Map<string, number>();
  for (const group of groups.values()) {
    const header = [...group].sort((left, right) => left.length - right.length)[0] ?? "";
    headers.push(header);
    for (const label of group) columnOfLabel.set(label, headers.length - 1);
  }
  return { headers, columnOfLabel };
}

/** Field lists repeat their labels from item to item; prose bullets ("Đối với …: …") do not. */
function hasRecurringLabel(run: ItemRun): boolean {
  const counts = new Map<string, number>();
  for (const item of run.items) {
    for (const label of new Set(item.fields.map((field) => field.label))) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts.values()].some((count) => count >= MIN_ITEMS);
}

function commonPrefix(paths: string[][]): string[] {
  const [first, ...rest] = paths;
  if (!first) return [];
  let length = first.length;
  for (const path of rest) {
    let same = 0;
    while (same < Math.min(length, path.length) && path[same] === first[same]) same += 1;
    length = same;
  }
  return first.slice(0, length);
}

function buildTable(run: ItemRun, input: LayoutParserInput): ParsedTable {
  const { headers, columnOfLabel } = fieldColumns(run);
  const crumbs = run.items.map((item) => input.breadcrumbAt(item.line));
  const breadcrumb = commonPrefix(crumbs);
  const rows: TableRow[] = run.items.map((item, position) => {
    const cells: TableCell[] = [];
    if (item.itemNumber) cells.push({ column: 0, text: item.itemNumber });
    cells.push({ column: 1, text: item.text });
    const byColumn = new Map<number, string[]>();
    for (const field of item.fields) {
      const column = columnOfLabel.get(field.label);
      if (column !== undefined) byColumn.set(column, [...(byColumn.get(column) ?? []), field.value]);
    }
    for (const [column, values] of [...byColumn.entries()].sort((left, right) => left[0] - right[0])) {
      cells.push({ column, text: values.join(" ") });
    }
    return {
      itemNumber: item.itemNumber,
      groupPath: (crumbs[position] ?? []).slice(breadcrumb.length),
      isGroup: false,
      cells,
      sourceLines: item.sourceLines,
    };
  });
  const unparsed: UnparsedRow[] = run.items
    .filter((item) => item.strayLines.length > 0)
    .map((item) => ({ reason: `gạch đầu dòng không có nhãn trường (mục ${item.itemNumber ?? "?"})`, sourceLines: item.strayLines }));
  const lastItem = run.items[run.items.length - 1];
  const lastLine = lastItem?.sourceLines[lastItem.sourceLines.length - 1]?.line ?? 1;
  const appendix = breadcrumb.find((title) => /^(Phụ lục|PHỤ LỤC)/u.test(title)) ?? null;
  return {
    layout: "labelled-bullets",
    breadcrumb,
    appendix,
    headers,
    unit: null,
    rows,
    unparsed,
    startLine: run.items[0]?.line ?? 1,
    endLine: lastLine,
  };
}

/** Items written as numbered lines followed by labelled bullets ("- Cơ quan chủ trì: …"), grouped under headings. */
export const labelledBulletsLayout: LayoutParser = {
  name: "labelled-bullets",
  parse: (input) =>
    collectItemRuns(input.lines)
      .filter((run) => run.items.length >= MIN_ITEMS && hasRecurringLabel(run))
      .map((run) => buildTable(run, input)),
};
