import type { SourceLine } from "../../../read/source-text.js";
import {
  endsSentence,
  expectsContinuation,
  isGuidanceStart,
  isNarrow,
  looksLikeAgencyPiece,
  squeeze,
  startsEvidence,
} from "./line-patterns.js";

/** One criterion row being rebuilt line by line. */
export interface RowDraft {
  itemNumber: string | null;
  phase: "name" | "units" | "rest";
  name: string[];
  points: string | null;
  /** Unit text read before the deadline (both unit columns, in reading order). */
  unitPieces: string[];
  /** Pieces of the implementing unit found after a page break, among the guidance. */
  lateUnitPieces: string[];
  deadline: string | null;
  guidance: string[];
  evidence: string[];
  evidenceMode: boolean;
  /** Narrow lines read just after a page break, waiting to learn which column they continue. */
  pendingAfterBreak: string[] | null;
  sourceLines: SourceLine[];
}

export function newRowDraft(itemNumber: string | null, firstLine: SourceLine | null): RowDraft {
  return {
    itemNumber,
    phase: "name",
    name: [],
    points: null,
    unitPieces: [],
    lateUnitPieces: [],
    deadline: null,
    guidance: [],
    evidence: [],
    evidenceMode: false,
    pendingAfterBreak: null,
    sourceLines: firstLine ? [firstLine] : [],
  };
}

/** Narrow lines after a page break, followed by more guidance: a cut agency cell, else the cut name. */
function resolvePendingBeforeWideLine(row: RowDraft): void {
  const pending = row.pendingAfterBreak;
  row.pendingAfterBreak = null;
  if (!pending || pending.length === 0) return;
  if (pending.some(looksLikeAgencyPiece)) row.lateUnitPieces.push(...pending);
  else row.name.push(...pending);
}

/** Narrow lines after a page break that end the row: the tail of unfinished guidance, else evidence. */
export function resolvePendingAtRowEnd(row: RowDraft): void {
  const pending = row.pendingAfterBreak;
  row.pendingAfterBreak = null;
  if (!pending || pending.length === 0) return;
  const lastGuidance = row.guidance[row.guidance.length - 1];
  if (lastGuidance !== undefined && !endsSentence(lastGuidance)) row.guidance.push(...pending);
  else row.evidence.push(...pending);
}

/** Opens the wait for narrow continuation lines after a page break inside the row's guidance. */
export function markPageBreak(row: RowDraft): void {
  if (row.phase === "rest" && row.pendingAfterBreak === null) row.pendingAfterBreak = [];
}

/**
 * A line after the deadline: guidance (wide column) or evidence (narrow column). Runs of narrow
 * lines that start like an evidence cell ("File điện tử", "- Quyết định", a link) are evidence
 * until the next wide line; a lone narrow line that finishes a guidance sentence stays guidance.
 */
export function addRestLine(row: RowDraft, text: string): void {
  const line = squeeze(text);
  const wide = !isNarrow(line) || isGuidanceStart(line);
  if (row.pendingAfterBreak !== null) {
    if (!wide) {
      row.pendingAfterBreak.push(line);
      return;
    }
    resolvePendingBeforeWideLine(row);
  }
  if (wide) {
    row.guidance.push(line);
    row.evidenceMode = false;
    return;
  }
  const lastGuidance = row.guidance[row.guidance.length - 1];
  if (!row.evidenceMode && lastGuidance !== undefined && expectsContinuation(lastGuidance)) {
    row.guidance.push(line);
    return;
  }
  if (row.evidenceMode || startsEvidence(line)) {
    row.evidence.push(line);
    row.evidenceMode = true;
    return;
  }
  if (row.evidence.length > 0 && (lastGuidance === undefined || endsSentence(lastGuidance))) {
    row.evidence.push(line);
    return;
  }
  row.guidance.push(line);
}
