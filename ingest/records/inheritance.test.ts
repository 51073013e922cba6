import { describe, expect, it } from "vitest";
import type { TableRow } from "../structure/table-model.js";
import { findParentRows } from "./inheritance.js";

const row = (itemNumber: string | null, groupPath: string[] = []): TableRow => ({
  itemNumber,
  groupPath,
  isGroup: false,
  cells: [],
  sourceLines: [{ line: 1, text: itemNumber ?? "" }],
});

describe("findParentRows", () => {
  it("links sub-items to the row with their prefix", () => {
    expect(findParentRows([row("39"), row("39.1"), row("39.2"), row("40")])).toEqual([null, 0, 0, null]);
  });
  it("falls back to the nearest top-level row when the prefix is missing (57 → 58.1)", () => {
    expect(findParentRows([row("57"), row("58.1"), row("58.2")])).toEqual([null, 0, 0]);
  });
  it("keeps groups apart when numbering restarts", () => {
    const rows = [row("6", ["II"]), row("6", ["III"]), row("6.1", ["III"])];
    expect(findParentRows(rows)).toEqual([null, null, 1]);
  });
  it("makes a row without a number a sibling of the sub-item above it", () => {
    expect(findParentRows([row("6"), row("6.1"), row(null)])).toEqual([null, 0, 0]);
  });
});
