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

  it("closes a row a page break cut: column rules running on past the last horizontal rule end a row there", () => {
    // A head row and one whole row, then a row whose rules run down to the foot of the page (y 300) with no rule under it.
    const edges = [h(100, 0, 200), h(120, 0, 200), h(140, 0, 200), v(0, 100, 300), v(80, 100, 300), v(200, 100, 300)];
    const [table] = findRuledTables(edges);
    expect(table?.ys.map(Math.round)).toEqual([100, 120, 140, 300]);
    // On the next page the cut row goes on above the first rule (under the repeated head, here at y 60).
    const [next] = findRuledTables([h(60, 0, 200), h(80, 0, 200), v(0, 20, 80), v(80, 20, 80), v(200, 20, 80)]);
    expect(next?.ys.map(Math.round)).toEqual([20, 60, 80]);
  });

  it("adds no rule for a lone vertical line running past a table", () => {
    const grid = [h(100, 0, 100), h(120, 0, 100), h(140, 0, 100), v(0, 100, 140), v(50, 100, 140), v(100, 100, 400)];
    expect(findRuledTables(grid)[0]?.ys.map(Math.round)).toEqual([100, 120, 140]);
  });
});
