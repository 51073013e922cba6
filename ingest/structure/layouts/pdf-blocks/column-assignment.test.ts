import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toSourceLines } from "../../../read/source-text.js";
import { AgencyRotation } from "../../../../bench/scale/agency-rotation.js";
import { copyDocumentText } from "../../../../bench/scale/generate-corpus.js";
import { loadGlossary } from "../../../../vietnamese/glossary/glossary.js";
import { continuationCost, finalCellCost, joinCost, newCellCost, widthCost, emptyMarkCost, type BlockRole } from "./cell-costs.js";
import { assignColumns, type Assignment } from "./column-assignment.js";
import { segmentRows, type RowUnit } from "./row-segmentation.js";
import { splitVariants } from "./split-variants.js";
import { cutCost, splitCutCost } from "./cell-costs.js";
import { findTableRegions } from "./table-body.js";
import { blockRoles } from "./task-table.js";
import { WordPairs } from "./word-pairs.js";

/**
 * The beam search as it was before its candidates were costed before being made (decision 037): every
 * placement made into a state, all of them sorted. Kept here as the reference the search must equal.
 */
interface State {
  column: number;
  closed: boolean;
  cells: string[][];
  marked: boolean[];
  cost: number;
}
const copy = (state: State): State => ({ column: state.column, closed: state.closed, cells: [...state.cells], marked: state.marked, cost: state.cost });

function placeText(state: State, roles: BlockRole[], pairs: WordPairs, column: number, text: string): State | null {
  const role = roles[column];
  if (role === undefined) return null;
  const continuing = column === state.column && !state.closed;
  if (column < state.column || (column === state.column && state.closed)) return null;
  const next = copy(state);
  const cell = state.cells[column] ?? [];
  const previous = cell[cell.length - 1];
  if (continuing) next.cost += continuationCost(role, previous ?? "", text);
  else next.cost += newCellCost(role, text, cell.length > 0) + (state.marked[column] && cell.length === 0 ? 2 : 0);
  if (previous !== undefined) next.cost += joinCost(pairs, previous, text);
  next.cost += widthCost(role, text);
  next.cells[column] = [...cell, text];
  next.column = column;
  next.closed = false;
  return next;
}

function placeEmpty(state: State, column: number): State | null {
  if (column < state.column || column >= state.cells.length) return null;
  const next = copy(state);
  next.marked = [...state.marked];
  next.cost += emptyMarkCost(column === state.column && !state.closed);
  for (let marked = Math.max(state.column + 1, 0); marked <= column; marked += 1) if ((next.cells[marked] ?? []).length === 0) next.marked[marked] = true;
  next.column = column;
  next.closed = true;
  return next;
}

function placeParts(state: State, roles: BlockRole[], pairs: WordPairs, parts: string[], from = 0): State[] {
  const text = parts[from];
  if (text === undefined) return [state];
  const results: State[] = [];
  for (let column = Math.max(state.column, 0); column < roles.length; column += 1) {
    const placed = placeText(state, roles, pairs, column, text);
    if (!placed) continue;
    if (from === parts.length - 1) {
      results.push(placed);
      continue;
    }
    placed.closed = true;
    results.push(...placeParts(placed, roles, pairs, parts, from + 1));
  }
  return results;
}

function referenceAssignment(pieces: RowUnit[][], roles: BlockRole[], pairs: WordPairs): Assignment {
  let beam: State[] = [{ column: -1, closed: false, cells: roles.map(() => []), marked: roles.map(() => false), cost: 0 }];
  pieces.forEach((piece, pieceIndex) => {
    beam = beam.map((state) => ({ ...state, column: -1, closed: false }));
    for (const unit of piece) {
      const nextBeam: State[] = [];
      for (const state of beam) {
        if (unit.empty) {
          for (let column = Math.max(state.column, 0); column < roles.length; column += 1) {
            const placed = placeEmpty(state, column);
            if (placed) nextBeam.push(placed);
          }
          continue;
        }
        const variants = [{ parts: [unit.text], cost: 0 }];
        if (unit.fromItemLine || pieceIndex > 0) {
          for (const parts of splitVariants(unit.text, 5, 24, unit.fromItemLine)) {
            let cost = splitCutCost * (parts.length - 1);
            for (let index = 1; index < parts.length; index += 1) cost += cutCost(pairs, parts[index - 1] ?? "", parts[index] ?? "");
            variants.push({ parts, cost });
          }
        }
        for (const variant of variants) {
          for (const placed of placeParts(state, roles, pairs, variant.parts)) {
            placed.cost += variant.cost;
            nextBeam.push(placed);
          }
        }
      }
      nextBeam.sort((left, right) => left.cost - right.cost);
      beam = nextBeam.slice(0, 60);
    }
  });
  let best: Assignment | null = null;
  for (const state of beam) {
    const total = state.cost + roles.reduce((sum, role, column) => sum + finalCellCost(role, state.cells[column] ?? [], state.marked[column] ?? false), 0);
    if (!best || total < best.cost) best = { cells: state.cells, cost: total };
  }
  return best ?? { cells: roles.map(() => []), cost: Number.POSITIVE_INFINITY };
}

const nq57 = readFileSync(new URL("../../../../knowledge/sources/ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt", import.meta.url), "utf8");
// A second document in the layout: the copy the scale bench makes, with other owners and numbers (its word pairs differ too).
const copied = copyDocumentText(nq57, 7, 2, new AgencyRotation(loadGlossary().agencies));

describe("column assignment of raw PDF task rows", () => {
  it.each([
    ["NQ 57 plan", nq57],
    ["its copy with other owners", copied],
  ])("gives the cells and cost of the search that made every candidate: %s", (_, text) => {
    let rows = 0;
    for (const region of findTableRegions(toSourceLines(text))) {
      if (region.header.kind !== "tasks") continue;
      const roles = blockRoles(region.header.cells);
      const pairs = new WordPairs(region.body.flatMap((line) => (line.kind === "text" ? [line.text] : [])));
      for (const row of segmentRows(region.body).rows) {
        if (row.item.roman) continue;
        expect(assignColumns(row.pieces, roles, pairs)).toEqual(referenceAssignment(row.pieces, roles, pairs));
        rows += 1;
      }
    }
    expect(rows).toBeGreaterThan(150);
  });
});
