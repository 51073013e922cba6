import { describe, expect, it } from "vitest";
import type { Edge } from "./geometry.js";
import { findRuledTables } from "./ruling-tables.js";

const h = (y: number, x0: number, x1: number): Edge => ({ orientation: "h", x0, x1, top: y, bottom: y });
const v = (x: number, top: number, bottom: number): Edge => ({ orientation: "v", x0: x, x1: x, top, bottom });

describe("findRuledTables", () => {
  it("rebuilds a grid from ruling lines drawn slightly apart and in pieces, with row and column spans", () => {
    // STT | Tên | Kinh phí (over Tổng | TW) ; then one body row of four cells.
    const edges = [
      h(100, 10, 110),
      h(100.8, 110, 210), // the same line, drawn in two pieces a little off
      h(120, 110, 210), // under "Kinh phí" only
      h(140, 10, 210),
      h(160, 10, 210),
      v(10, 100, 160),
      v(60, 100, 160),
      v(110, 100, 160),
      v(160, 120, 160.5),
      v(210.4, 100, 160),
    ];
    const [table] = findRuledTables(edges);
    expect(table?.xs.map(Math.round)).toEqual([10, 60, 110, 160, 210]);
    expect(table?.ys.map(Math.round)).toEqual([100, 120, 140, 160]);
    expect(table?.cells.map(({ row, column, rowSpan, colSpan }) => [row, column, rowSpan, colSpan])).toEqual([
      [0, 0, 2, 1],
      [0, 1, 2, 1],
      [0, 2, 1, 2],
      [1, 2, 1, 1],
      [1, 3, 1, 1],
      [2, 0, 1, 1],
      [2, 1, 1, 1],
      [2, 2, 1, 1],
      [2, 3, 1, 1],
    ]);
  });

  it("finds two tables apart, and no table in a lone box or stray lines", () => {
    const grid = (top: number): Edge[] => [h(top, 0, 100), h(top + 20, 0, 100), h(top + 40, 0, 100), v(0, top, top + 40), v(50, top, top + 40), v(100, top, top + 40)];
    const box = [h(500, 0, 100), h(600, 0, 100), v(0, 500, 600), v(100, 500, 600)];
    const tables = findRuledTables([...grid(300), ...grid(100), ...box, h(700, 0, 400)]);
    expect(tables.map((table) => [Math.round(table.top), table.cells.length])).toEqual([
      [100, 4],
      [300, 4],
    ]);
  });
});
