import type { Box, Edge } from "./geometry.js";

/**
 * Rebuilds table grids from a page's ruling lines, the way pdfplumber's table finder does:
 * edges → snapped to shared positions and joined where collinear → intersections → the smallest
 * rectangles closed by edges (cells) → cells sharing corners grouped into tables. A table's cells
 * are then placed on its grid (distinct column and row boundaries) with their spans.
 */

/** Edges within this distance are moved to one shared position. */
const snapTolerance = 3;
/** Collinear edges with a gap up to this are joined into one. */
const joinTolerance = 3;
/** Shorter edges are dropped (the short sides of thin filled rectangles drawn as lines). */
const minimumLength = 3;
/** How far an edge may miss a crossing and still make an intersection. */
const intersectionTolerance = 3;

export interface GridCell extends Box {
  row: number;
  column: number;
  rowSpan: number;
  colSpan: number;
}

export interface RuledTable extends Box {
  /** Column boundaries, left to right (columnCount + 1 values). */
  xs: number[];
  /** Row boundaries, top to bottom (rowCount + 1 values). */
  ys: number[];
  cells: GridCell[];
}

function clusterPositions(values: number[], tolerance: number): Map<number, number> {
  const sorted = [...new Set(values)].sort((left, right) => left - right);
  const snapped = new Map<number, number>();
  let group: number[] = [];
  const flush = (): void => {
    const mean = group.reduce((sum, value) => sum + value, 0) / group.length;
    for (const value of group) snapped.set(value, mean);
    group = [];
  };
  for (const value of sorted) {
    if (group.length > 0 && value - (group[group.length - 1] ?? value) > tolerance) flush();
    group.push(value);
  }
  if (group.length > 0) flush();
  return snapped;
}

/** Snaps edges of one orientation to shared positions, then joins collinear overlapping ones. */
function snapAndJoin(edges: Edge[], orientation: "h" | "v"): Edge[] {
  const position = (edge: Edge) => (orientation === "h" ? edge.top : edge.x0);
  const snapped = clusterPositions(edges.map(position), snapTolerance);
  const byPosition = new Map<number, Edge[]>();
  for (const edge of edges) {
    const at = snapped.get(position(edge)) ?? position(edge);
    const moved: Edge = orientation === "h" ? { ...edge, top: at, bottom: at } : { ...edge, x0: at, x1: at };
    byPosition.set(at, [...(byPosition.get(at) ?? []), moved]);
  }
  const joined: Edge[] = [];
  for (const group of byPosition.values()) {
    const start = (edge: Edge) => (orientation === "h" ? edge.x0 : edge.top);
    const end = (edge: Edge) => (orientation === "h" ? edge.x1 : edge.bottom);
    group.sort((left, right) => start(left) - start(right));
    const merged: Edge[] = [];
    for (const edge of group) {
      const current = merged[merged.length - 1];
      if (current && start(edge) <= end(current) + joinTolerance) {
        current.x1 = Math.max(current.x1, edge.x1);
        current.bottom = Math.max(current.bottom, edge.bottom);
      } else merged.push({ ...edge });
    }
    joined.push(...merged);
  }
  return joined.filter((edge) => (orientation === "h" ? edge.x1 - edge.x0 : edge.bottom - edge.top) >= minimumLength);
}

interface Intersection {
  x: number;
  y: number;
  horizontal: Set<number>;
  vertical: Set<number>;
}

function intersections(horizontal: Edge[], vertical: Edge[]): Map<string, Intersection> {
  const points = new Map<string, Intersection>();
  vertical.forEach((v, vIndex) => {
    horizontal.forEach((h, hIndex) => {
      const crosses =
        v.x0 >= h.x0 - intersectionTolerance && v.x0 <= h.x1 + intersectionTolerance && h.top >= v.top - intersectionTolerance && h.top <= v.bottom + intersectionTolerance;
      if (!crosses) return;
      const key = `${v.x0},${h.top}`;
      const point = points.get(key) ?? { x: v.x0, y: h.top, horizontal: new Set(), vertical: new Set() };
      point.horizontal.add(hIndex);
      point.vertical.add(vIndex);
      points.set(key, point);
    });
  });
  return points;
}

function shares(left: Set<number>, right: Set<number>): boolean {
  for (const value of left) if (right.has(value)) return true;
  return false;
}

/** For each intersection, the smallest rectangle whose four sides are drawn (pdfplumber's intersections_to_cells). */
function cellsFrom(points: Map<string, Intersection>): Box[] {
  const list = [...points.values()].sort((left, right) => left.y - right.y || left.x - right.x);
  const at = (x: number, y: number) => points.get(`${x},${y}`);
  const cells: Box[] = [];
  list.forEach((point, index) => {
    const rest = list.slice(index + 1);
    const below = rest.filter((other) => other.x === point.x);
    const right = rest.filter((other) => other.y === point.y);
    for (const down of below) {
      if (!shares(point.vertical, down.vertical)) continue;
      for (const across of right) {
        if (!shares(point.horizontal, across.horizontal)) continue;
        const corner = at(across.x, down.y);
        if (corner && shares(corner.horizontal, down.horizontal) && shares(corner.vertical, across.vertical)) {
          cells.push({ x0: point.x, top: point.y, x1: across.x, bottom: down.y });
          return;
        }
      }
    }
  });
  return cells;
}

/** Groups cells that share a corner (pdfplumber's cells_to_tables). */
function groupCells(cells: Box[]): Box[][] {
  const corners = (cell: Box) => [`${cell.x0},${cell.top}`, `${cell.x1},${cell.top}`, `${cell.x0},${cell.bottom}`, `${cell.x1},${cell.bottom}`];
  const parent = cells.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index] ?? index] ?? index;
    return index;
  };
  const owner = new Map<string, number>();
  cells.forEach((cell, index) => {
    for (const corner of corners(cell)) {
      const other = owner.get(corner);
      if (other === undefined) owner.set(corner, index);
      else parent[find(index)] = find(other);
    }
  });
  const groups = new Map<number, Box[]>();
  cells.forEach((cell, index) => groups.set(find(index), [...(groups.get(find(index)) ?? []), cell]));
  return [...groups.values()];
}

function toGrid(cells: Box[]): RuledTable {
  const xs = [...new Set(cells.flatMap((cell) => [cell.x0, cell.x1]))].sort((left, right) => left - right);
  const ys = [...new Set(cells.flatMap((cell) => [cell.top, cell.bottom]))].sort((left, right) => left - right);
  const gridCells: GridCell[] = cells
    .map((cell) => {
      const column = xs.indexOf(cell.x0);
      const row = ys.indexOf(cell.top);
      return { ...cell, row, column, colSpan: xs.indexOf(cell.x1) - column, rowSpan: ys.indexOf(cell.bottom) - row };
    })
    .sort((left, right) => left.row - right.row || left.column - right.column);
  return {
    x0: xs[0] ?? 0,
    x1: xs[xs.length - 1] ?? 0,
    top: ys[0] ?? 0,
    bottom: ys[ys.length - 1] ?? 0,
    xs,
    ys,
    cells: gridCells,
  };
}

/**
 * Closes rows cut by a page break. A browser printing a table over pages clips the row that runs
 * over the break: its column rules run on past the table's last horizontal rule, down to the
 * foot of the page (and, on the next page, start above the first one). Where two or more
 * vertical rules crossed by horizontal rules end together past the last of them (or begin
 * together before the first), a horizontal rule is added there, so that the cut row is a row.
 */
function closeCutRows(horizontal: Edge[], vertical: Edge[]): Edge[] {
  const crossing = (v: Edge) => horizontal.filter((h) => h.top >= v.top - intersectionTolerance && h.top <= v.bottom + intersectionTolerance && v.x0 >= h.x0 - intersectionTolerance && v.x0 <= h.x1 + intersectionTolerance);
  const ends = new Map<string, Edge[]>();
  for (const v of vertical) {
    const crossed = crossing(v).map((h) => h.top);
    if (crossed.length === 0) continue;
    const lowest = Math.max(...crossed);
    const highest = Math.min(...crossed);
    if (v.bottom - lowest > snapTolerance) ends.set(`b${Math.round(v.bottom / snapTolerance)}`, [...(ends.get(`b${Math.round(v.bottom / snapTolerance)}`) ?? []), v]);
    if (highest - v.top > snapTolerance) ends.set(`t${Math.round(v.top / snapTolerance)}`, [...(ends.get(`t${Math.round(v.top / snapTolerance)}`) ?? []), v]);
  }
  const added: Edge[] = [];
  for (const [key, group] of ends) {
    if (group.length < 2) continue;
    const y = key.startsWith("b") ? Math.max(...group.map((v) => v.bottom)) : Math.min(...group.map((v) => v.top));
    added.push({ orientation: "h", x0: Math.min(...group.map((v) => v.x0)), x1: Math.max(...group.map((v) => v.x0)), top: y, bottom: y });
  }
  return added;
}

/** The ruled tables of a page, top to bottom. A table needs at least two columns and two cells. */
export function findRuledTables(edges: Edge[]): RuledTable[] {
  const horizontal = snapAndJoin(
    edges.filter((edge) => edge.orientation === "h"),
    "h",
  );
  const vertical = snapAndJoin(
    edges.filter((edge) => edge.orientation === "v"),
    "v",
  );
  horizontal.push(...closeCutRows(horizontal, vertical));
  const cells = cellsFrom(intersections(horizontal, vertical));
  return groupCells(cells)
    .map(toGrid)
    .filter((table) => table.xs.length >= 3 && table.cells.length >= 2)
    .sort((left, right) => left.top - right.top || left.x0 - right.x0);
}
