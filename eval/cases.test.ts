import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CaseKind } from "./case-schema.js";
import { containsAlternative } from "./grade.js";
import { loadCases } from "./load-cases.js";

const CASES_DIR = join(import.meta.dirname, "cases");
const SOURCES_DIR = join(import.meta.dirname, "..", "knowledge", "sources");
/** How far after the evidence line an expected value may sit (PDF cells run over several lines). */
const WINDOW_AFTER = 40;

// The tune cases: the holdout files (eval/cases/holdout/) are checked by the integrator who writes them.
const cases = loadCases(CASES_DIR, "tune");
const documentLines = new Map<string, string[]>();
function linesOf(file: string): string[] {
  let lines = documentLines.get(file);
  if (lines === undefined) {
    lines = readFileSync(join(SOURCES_DIR, file), "utf8").normalize("NFC").split("\n");
    documentLines.set(file, lines);
  }
  return lines;
}

describe("eval cases", () => {
  it("parse with the schema, have unique ids and number at least 270", () => {
    expect(new Set(cases.map((evalCase) => evalCase.id)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(270);
  });

  it("cover every kind, and at least 25 out-of-scope questions that must be refused", () => {
    for (const kind of CaseKind.options) expect(cases.some((evalCase) => evalCase.kind === kind), kind).toBe(true);
    expect(cases.filter((evalCase) => evalCase.refuse === true).length).toBeGreaterThanOrEqual(25);
  });

  it("cover all five documents", () => {
    const documents = new Set(cases.filter((evalCase) => evalCase.refuse !== true).map((evalCase) => evalCase.document));
    expect(documents.size).toBeGreaterThanOrEqual(5);
  });

  it("quote their evidence verbatim at the given line, and the expected answer is really there", () => {
    const problems: string[] = [];
    for (const evalCase of cases) {
      if (evalCase.refuse === true || evalCase.evidence === undefined) continue;
      const lines = linesOf(evalCase.document);
      const index = evalCase.evidence.line - 1;
      const line = lines[index];
      if (line === undefined || !line.includes(evalCase.evidence.text.normalize("NFC"))) {
        problems.push(`${evalCase.id}: evidence not at line ${evalCase.evidence.line}`);
        continue;
      }
      const window = lines.slice(index, index + 1 + WINDOW_AFTER).join("\n");
      for (const group of evalCase.expected) {
        if (!group.some((alternative) => containsAlternative(window, alternative))) {
          problems.push(`${evalCase.id}: expected [${group.join(" | ")}] not near line ${evalCase.evidence.line}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("offer rewordings that differ from the question", () => {
    for (const evalCase of cases) {
      for (const rewording of evalCase.rewordings) expect(rewording, evalCase.id).not.toBe(evalCase.question);
    }
  });
});
