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
 * the cells it extends (or the marks it sets), and shares the others with the state it came from.
 */
function nextState(state: State): State {
  return { column: state.column, closed: state.closed, cells: [...state.cells], marked: state.marked, cost: state.cost };
}

interface SearchContext {
  roles: BlockRole[];
  pairs: WordPairs;
}

/**
 * The cost after placing `text` in `column` of `state`, added to `running` term by term (the order of
 * the additions is the order the cost of a placement always had, so equal placements cost the same bits).
 */
function costAfter(running: number, state: State, context: SearchContext, column: number, text: string, continuing: boolean): number {
  const role = context.roles[column]!;
  const cell = state.cells[column] ?? [];
  const previous = cell[cell.length - 1];
  let cost = running;
  if (continuing) cost += continuationCost(role, previous ?? "", text);
  else cost += newCellCost(role, text, cell.length > 0) + (state.marked[column] && cell.length === 0 ? 2 : 0);
  if (previous !== undefined) cost += joinCost(context.pairs, previous, text);
  cost += widthCost(role, text);
  return cost;
}

/**
 * A way to go on from a state of the beam, not made yet: the parts of a line and the columns they go to
 * (or an empty-cell mark's state, already made), and the cost it has. Only the candidates the beam keeps
 * are made into states (`made`): most of them are dropped, and each would copy its state's cells.
 */
type Candidate = { state: State; parts: readonly string[]; columns: number[]; cost: number } | { made: State; cost: number };

/**
 * Every way to place `parts` one after another in `state`, each part in a later column than the one
 * before (the first may continue the state's open cell), in column order: a part after the first
 * starts a new cell, whose lines are the state's, since the parts before went to earlier columns.
 */
function placements(state: State, context: SearchContext, parts: readonly string[], variantCost: number, into: Candidate[]): void {
  const columns: number[] = [];
  const visit = (index: number, lowest: number, running: number): void => {
    const text = parts[index]!;
    for (let column = lowest; column < context.roles.length; column += 1) {
      const atOpen = index === 0 && column === state.column;
      if (atOpen && state.closed) continue;
      const cost = costAfter(running, state, context, column, text, atOpen);
      columns[index] = column;
      if (index === parts.length - 1) into.push({ state, parts, columns: columns.slice(), cost: cost + variantCost });
      else visit(index + 1, column + 1, cost);
    }
  };
  if (parts.length > 0) visit(0, Math.max(state.column, 0), state.cost);
}

function made(candidate: Candidate): State {
  if ("made" in candidate) return candidate.made;
  const next = nextState(candidate.state);
  candidate.parts.forEach((text, index) => {
    const column = candidate.columns[index]!;
    next.cells[column] = [...(next.cells[column] ?? []), text];
  });
  next.column = candidate.columns[candidate.columns.length - 1]!;
  next.closed = false;
  next.cost = candidate.cost;
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
      const candidates: Candidate[] = [];
      for (const state of beam) {
        if (unit.empty) {
          for (let column = Math.max(state.column, 0); column < roles.length; column += 1) {
            const placed = placeEmpty(state, column);
            if (placed) candidates.push({ made: placed, cost: placed.cost });
          }
          continue;
        }
        const splittable = unit.fromItemLine || pieceIndex > 0;
        for (const variant of variantsOf(unit, splittable)) placements(state, context, variant.parts, variant.cost, candidates);
      }
      // A stable sort: among equal costs, the order the candidates were found in.
      candidates.sort((left, right) => left.cost - right.cost);
      beam = candidates.slice(0, beamWidth).map(made);
    }
  });
  let best: Assignment | null = null;
  for (const state of beam) {
    const total = state.cost + roles.reduce((sum, role, column) => sum + finalCellCost(role, state.cells[column] ?? [], state.marked[column] ?? false), 0);
    if (!best || total < best.cost) best = { cells: state.cells, cost: total };
  }
  return best ?? { cells: roles.map(() => []), cost: Number.POSITIVE_INFINITY };
}
