import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EvalCase } from "./case-schema.js";
import { DEVDOCS_CASES_DIR, DEVDOCS_DIR } from "./devdocs-sources.js";
import { containsAlternative } from "./grade.js";
import { loadCases } from "./load-cases.js";

/**
 * The held-out cases (written from the documents alone by people who saw neither the code nor
 * the answers) are only checked for form here: they parse, their evidence is verbatim at its
 * line, and the expected answer stands near it. Their pass rate is reported, never tuned on.
 */
const SOURCES_DIR = join(import.meta.dirname, "..", "knowledge", "sources");
const WINDOW_AFTER = 40;
/** A yes/no group names the form of the answer ("có", "đúng"), not a fact of the document. */
const ANSWER_WORDS = new Set(["có", "đúng", "phải", "không", "không phải", "không đúng", "sai"]);
/** Checked by hand: the cell "Sở Khoa học và / Công nghệ" is cut by a page break and a page header. */
const CHECKED_BY_HAND = new Set(["ho-nq57-35"]);

function evidenceProblems(cases: EvalCase[], folders: string[]): string[] {
  const cache = new Map<string, string[] | null>();
  const linesOf = (file: string) => {
    if (!cache.has(file)) {
      const found = folders.map((folder) => {
        try {
          return readFileSync(join(folder, file), "utf8").normalize("NFC").split("\n");
        } catch {
          return null;
        }
      });
      cache.set(file, found.find((lines) => lines !== null) ?? null);
    }
    return cache.get(file) ?? null;
  };
  const problems: string[] = [];
  for (const evalCase of cases) {
    if (evalCase.refuse === true || !evalCase.evidence) continue;
    const lines = linesOf(evalCase.document);
    if (!lines) {
      problems.push(`${evalCase.id}: no document ${evalCase.document}`);
      continue;
    }
    const index = evalCase.evidence.line - 1;
    if (!(lines[index] ?? "").includes(evalCase.evidence.text.normalize("NFC"))) {
      problems.push(`${evalCase.id}: evidence not at line ${evalCase.evidence.line}`);
      continue;
    }
    const window = lines.slice(index, index + 1 + WINDOW_AFTER).join("\n");
    const missing = evalCase.expected.filter(
      (group) => !group.every((alternative) => ANSWER_WORDS.has(alternative.toLowerCase())) && !group.some((alternative) => containsAlternative(window, alternative)),
    );
    if (CHECKED_BY_HAND.has(evalCase.id)) continue;
    if (missing.length > 0) problems.push(`${evalCase.id}: expected ${JSON.stringify(missing)} not near line ${evalCase.evidence.line}`);
  }
  return problems;
}

describe("held-out cases", () => {
  it("on the corpus: at least 200, all held out, evidence verbatim", () => {
    const cases = loadCases(join(import.meta.dirname, "cases", "holdout"));
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(cases.every((evalCase) => evalCase.split === "holdout")).toBe(true);
    expect(evidenceProblems(cases, [SOURCES_DIR])).toEqual([]);
  });

  it("on the documents outside the corpus: at least 25 held out per document, evidence verbatim in the fixtures", () => {
    const cases = loadCases(DEVDOCS_CASES_DIR);
    const perDocument = new Map<string, number>();
    for (const evalCase of cases) if (evalCase.refuse !== true && evalCase.split === "holdout") perDocument.set(evalCase.document, (perDocument.get(evalCase.document) ?? 0) + 1);
    expect(perDocument.size).toBe(4);
    for (const [document, count] of perDocument) expect(count, document).toBeGreaterThanOrEqual(25);
    expect(evidenceProblems(cases, [DEVDOCS_DIR, SOURCES_DIR])).toEqual([]);
  });
});
