import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EvalCase } from "./case-schema.js";

/**
 * Whether a case's evidence still stands in its document: "ok" at the given line, "moved" when
 * the text is now on another line, "missing" when the text is gone, "no-document" when the file
 * is gone. Moved and missing cases are stale: the document was edited after the case was written.
 */
export type EvidenceStatus = "ok" | "moved" | "missing" | "no-document";

export interface EvidenceCheck {
  status: EvidenceStatus;
  /** Where the evidence text is now (1-based), when it moved. */
  newLine?: number;
}

/** Document lines (NFC) by file name, read once per run. */
export class DocumentLines {
  private readonly cache = new Map<string, string[] | null>();

  constructor(private readonly sourcesDir: string) {}

  lines(file: string): string[] | null {
    const cached = this.cache.get(file);
    if (cached !== undefined) return cached;
    let lines: string[] | null;
    try {
      lines = readFileSync(join(this.sourcesDir, file), "utf8").normalize("NFC").split("\n");
    } catch {
      lines = null;
    }
    this.cache.set(file, lines);
    return lines;
  }
}

export function checkEvidence(evalCase: EvalCase, lines: string[] | null): EvidenceCheck {
  if (evalCase.evidence === undefined) return { status: "ok" };
  if (lines === null) return { status: "no-document" };
  const text = evalCase.evidence.text.normalize("NFC");
  const atLine = lines[evalCase.evidence.line - 1];
  if (atLine !== undefined && atLine.includes(text)) return { status: "ok" };
  const index = lines.findIndex((line) => line.includes(text));
  return index === -1 ? { status: "missing" } : { status: "moved", newLine: index + 1 };
}

export function isStale(check: EvidenceCheck): boolean {
  return check.status !== "ok";
}
