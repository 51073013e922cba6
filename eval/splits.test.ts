import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CLI_OPTIONS, parseCliOptions } from "./cli-options.js";
import { isHoldoutFile, loadCases } from "./load-cases.js";
import { formatSplitLines } from "./report/split-lines.js";
import { decideVerdict } from "./report/verdict.js";
import { runSuite } from "./run-suite.js";
import { makeAnswer, makeCase, scriptedAssistant } from "./test-support.js";

function sourcesFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "eval-split-sources-"));
  writeFileSync(join(folder, "plan.md"), "Kế hoạch\nCSDL nhà ở — Sở Xây dựng\n");
  return folder;
}

function caseLine(id: string, extra: Record<string, unknown> = {}): string {
  const { split: _split, ...rest } = makeCase({ id });
  return JSON.stringify({ ...rest, ...extra });
}

describe("case splits", () => {
  it("defaults to tune, and a file in a holdout/ folder gives holdout cases whatever they say", () => {
    const folder = mkdtempSync(join(tmpdir(), "eval-split-cases-"));
    mkdirSync(join(folder, "holdout"));
    writeFileSync(join(folder, "a.jsonl"), `${caseLine("tuned")}\n${caseLine("marked", { split: "holdout" })}\n`);
    writeFileSync(join(folder, "holdout", "b.jsonl"), `${caseLine("held", { split: "tune" })}\n`);
    const all = loadCases(folder);
    expect(all.map((evalCase) => [evalCase.id, evalCase.split])).toEqual([
      ["tuned", "tune"],
      ["marked", "holdout"],
      ["held", "holdout"],
    ]);
    expect(loadCases(folder, "tune").map((evalCase) => evalCase.id)).toEqual(["tuned"]);
    expect(loadCases(folder, "holdout").map((evalCase) => evalCase.id)).toEqual(["marked", "held"]);
    expect(isHoldoutFile(join("eval", "cases", "holdout", "x.jsonl"))).toBe(true);
    expect(isHoldoutFile(join("eval", "cases", "holdout.jsonl"))).toBe(false);
  });

  it("reads --split and rejects an unknown split", () => {
    expect(DEFAULT_CLI_OPTIONS.split).toBeNull();
    expect(parseCliOptions(["--split", "holdout"]).split).toBe("holdout");
    expect(parseCliOptions(["--split=tune"]).split).toBe("tune");
    expect(() => parseCliOptions(["--split", "train"])).toThrow(/tune hoặc holdout/);
  });

  it("reports tune and holdout apart, judges tune only and never lists a holdout regression", async () => {
    const sourcesDir = sourcesFolder();
    const tuned = makeCase({ id: "tuned" });
    const held = makeCase({ id: "held", split: "holdout", question: "Sở nào làm CSDL nhà ở?" });
    const outOfScope = makeCase({ id: "oos", split: "holdout", kind: "out-of-scope", refuse: true, expected: [], evidence: undefined, question: "Thời tiết mai?" });
    const good = scriptedAssistant(() => makeAnswer({}));
    const previous = await runSuite(good, [tuned, held, outOfScope], { sourcesDir });
    // One holdout question answered wrongly and the out-of-scope one answered in all its wordings: reported, not judged.
    const heldWrong = scriptedAssistant((question) => (question.includes("nào") ? makeAnswer({ text: "Sở Tài chính chủ trì." }) : makeAnswer({})));
    const report = await runSuite(heldWrong, [tuned, held, outOfScope], { sourcesDir, previous });
    const { tune, holdout } = report.summary.bySplit;
    expect(tune).toMatchObject({ cases: 1, questions: 3, passed: 3, passRate: 1, confidentWrong: 0, answerable: 3 });
    expect(holdout).toMatchObject({ cases: 2, questions: 6, answerable: 3, confidentWrong: 4, refusals: { total: 3, passed: 0 } });
    expect(holdout?.confidentWrongRate).toBeCloseTo(1 / 3);
    expect(report.regressions).toEqual([]);
    expect(decideVerdict(report, DEFAULT_CLI_OPTIONS).exitCode).toBe(0);
    expect(report.results.filter((result) => result.split === "holdout")).toHaveLength(6);
    const lines = formatSplitLines(report.summary);
    expect(lines).toContain("Câu dùng để chỉnh: đạt 3/3 = 100.0%");
    expect(lines).toContain("Câu giữ riêng (chỉ báo cáo): đạt 2/6 = 33.3%");
    expect(lines).not.toContain("held");
  });
});

describe("follow-up cases", () => {
  it("asks the context questions first in one conversation, and times only the case's question", async () => {
    const seen: { question: string; previous: string | null }[] = [];
    const assistant = scriptedAssistant((question, previous) => {
      seen.push({ question, previous: previous?.question ?? null });
      return makeAnswer({});
    });
    const followUp = makeCase({ id: "follow", context: ["Ai chủ trì CSDL đất đai?"], question: "còn nhà ở thì sao?", rewordings: ["con nha o?", "thế còn nhà ở"] });
    let time = 0;
    const report = await runSuite(assistant, [followUp], { sourcesDir: sourcesFolder(), now: () => (time += 7) });
    expect(seen.slice(0, 2)).toEqual([
      { question: "Ai chủ trì CSDL đất đai?", previous: null },
      { question: "còn nhà ở thì sao?", previous: "Ai chủ trì CSDL đất đai?" },
    ]);
    // Each wording is its own chat: the second starts again from the context, not from the first wording.
    expect(seen[3]).toEqual({ question: "con nha o?", previous: "Ai chủ trì CSDL đất đai?" });
    expect(seen).toHaveLength(6);
    expect(report.results.map((result) => result.latencyMs)).toEqual([7, 7, 7]);
  });
});
