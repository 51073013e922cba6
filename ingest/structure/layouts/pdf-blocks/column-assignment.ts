import {
  continuationCost,
  cutCost,
  joinCost,
  emptyMarkCost,
  finalCellCost,
  newCellCost,
  splitCutCost,
  widthCost,
  type BlockRole,
} from "./cell-costs.js";
import type { RowUnit } from "./row-segmentation.js";
import { splitVariants } from "./split-variants.js";
import type { WordPairs } from "./word-pairs.js";

/** Which column every line of a row belongs to, found by a beam search over monotone assignments. */

interface State {
  /** Column that received the last line of the current piece; -1 at the start of a piece. */
  column: number;
  /** True after an empty-cell mark: the current column is closed. */
  closed: boolean;
  cells: string[][];
  marked: boolean[];
  cost: number;
}

const beamWidth = 60;
const maximumParts = 5;
const maximumVariants = 24;

/**
 * A state's arrays are never changed once it is in the beam: a placement copies the list of cells and
 * the one cell it extends (or the marks it sets), and shares the others with the state it came from.
 */
function nextState(state: State): State {
  return { column: state.column, closed: state.closed, cells: [...state.cells], marked: state.marked, cost: state.cost };
}

interface SearchContext {
  roles: BlockRole[];
  pairs: WordPairs;
}

function placeText(state: State, context: SearchContext, column: number, text: string): State | null {
  const roles = context.roles;
  const role = roles[column];
  if (role === undefined) return null;
  const continuing = column === state.column && !state.closed;
  if (column < state.column || (column === state.column && state.closed)) return null;
  const next = nextState(state);
  const cell = state.cells[column] ?? [];
  const previous = cell[cell.length - 1];
  if (continuing) next.cost += continuationCost(role, previous ?? "", text);
  else next.cost += newCellCost(role, text, cell.length > 0) + (state.marked[column] && cell.length === 0 ? 2 : 0);
  if (previous !== undefined) next.cost += joinCost(context.pairs, previous, text);
  next.cost += widthCost(role, text);
  next.cells[column] = [...cell, text];
  next.column = column;
  next.closed = false;
  return next;
}

function placeEmpty(state: State, column: number): State | null {
  if (column < state.column || column >= state.cells.length) return null;
  const next = nextState(state);
  next.marked = [...state.marked];
  const cellHasText = column === state.column && !state.closed;
  next.cost += emptyMarkCost(cellHasText);
  for (let marked = Math.max(state.column + 1, 0); marked <= column; marked += 1) {
    if ((next.cells[marked] ?? []).length === 0) next.marked[marked] = true;
  }
  next.column = column;
  next.closed = true;
  return next;
}

/** Every way to place `parts[from…]` one after another, each part in a later column than the one before. */
function placeParts(state: State, context: SearchContext, parts: string[], from = 0): State[] {
  const text = parts[from];
  if (text === undefined) return [state];
  const results: State[] = [];
  const lowest = Math.max(state.column, 0);
  const last = from === parts.length - 1;
  for (let column = lowest; column < context.roles.length; column += 1) {
    const placed = placeText(state, context, column, text);
    if (!placed) continue;
    if (last) {
      results.push(placed);
      continue;
    }
    // A new state no one else holds yet: the next part starts a later cell.
    placed.closed = true;
    for (const next of placeParts(placed, context, parts, from + 1)) results.push(next);
  }
  return results;
}

function unitVariants(unit: RowUnit, splittable: boolean, pairs: WordPairs): { parts: string[]; cost: number }[] {
  const variants = [{ parts: [unit.text], cost: 0 }];
  if (!splittable) return variants;
  for (const parts of splitVariants(unit.text, maximumParts, maximumVariants, unit.fromItemLine)) {
    let cost = splitCutCost * (parts.length - 1);
    for (let index = 1; index < parts.length; index += 1) cost += cutCost(pairs, parts[index - 1] ?? "", parts[index] ?? "");
    variants.push({ parts, cost });
  }
  return variants;
}

export interface Assignment {
  cells: string[][];
  cost: number;
}

/** Assigns the lines of each piece (split at page breaks) to the columns with these roles, in column order. */
export function assignColumns(pieces: RowUnit[][], roles: BlockRole[], pairs: WordPairs): Assignment {
  const context: SearchContext = { roles, pairs };
  let beam: State[] = [{ column: -1, closed: false, cells: roles.map(() => []), marked: roles.map(() => false), cost: 0 }];
  const variantCache = new Map<RowUnit, { parts: string[]; cost: number }[]>();
  const variantsOf = (unit: RowUnit, splittable: boolean) => {
    let variants = variantCache.get(unit);
    if (!variants) {
      variants = unitVariants(unit, splittable, pairs);
      variantCache.set(unit, variants);
    }
    return variants;
  };
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
        const splittable = unit.fromItemLine || pieceIndex > 0;
        for (const variant of variantsOf(unit, splittable)) {
          for (const placed of placeParts(state, context, variant.parts)) {
            placed.cost += variant.cost;
            nextBeam.push(placed);
          }
        }
      }
      nextBeam.sort((left, right) => left.cost - right.cost);
      beam = nextBeam.slice(0, beamWidth);
    }
  });
  let best: Assignment | null = null;
  for (const state of beam) {
    const total = state.cost + roles.reduce((sum, role, column) => sum + finalCellCost(role, state.cells[column] ?? [], state.marked[column] ?? false), 0);
    if (!best || total < best.cost) best = { cells: state.cells, cost: total };
  }
  return best ?? { cells: roles.map(() => []), cost: Number.POSITIVE_INFINITY };
}
