export type Cell = string | number | null;

/** A GitHub-flavoured Markdown table; numbers are right-aligned, `null` prints as "–". */
export function markdownTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const numeric = header.map(
    (_, column) =>
      rows.some((row) => typeof row[column] === "number") && rows.every((row) => typeof row[column] === "number" || row[column] === null),
  );
  const text = (cell: Cell | undefined): string => (cell === null || cell === undefined ? "–" : String(cell).replace(/\|/g, "\\|"));
  const lines = [
    `| ${header.map((cell) => text(cell)).join(" | ")} |`,
    `| ${numeric.map((isNumeric) => (isNumeric ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((row) => `| ${header.map((_, column) => text(row[column])).join(" | ")} |`),
  ];
  return lines.join("\n");
}

/** Fixed decimals, for table cells. */
export function fixed(value: number | null | undefined, decimals = 1): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

export function percentText(share: number | null): string | null {
  return share === null ? null : `${(share * 100).toFixed(1)} %`;
}
