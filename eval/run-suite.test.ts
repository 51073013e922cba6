import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCliOptions, DEFAULT_CLI_OPTIONS } from "./cli-options.js";
import { runEval } from "./run-eval.js";
import { runSuite } from "./run-suite.js";
import { decideVerdict } from "./report/verdict.js";
import { makeAnswer, makeCase, scriptedAssistant } from "./test-support.js";

function sourcesFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "eval-sources-"));
  writeFileSync(join(folder, "plan.md"), "Kế hoạch\nCSDL nhà ở — Sở Xây dựng\nCSDL đất đai — Sở Nông nghiệp và Môi trường\n");
  return folder;
}

const owner = makeCase({ id: "owner-nha-o" });
const refusal = makeCase({
  id: "oos-weather",
  kind: "out-of-scope",
  refuse: true,
  question: "Thời tiết Đông Hà mai thế nào?",
  rewordings: ["thoi tiet dong ha mai?", "mai mưa ko?"],
  expected: [],
  evidence: undefined,
});
const refusedAnswer = makeAnswer({ found: false, text: "Tài liệu không nói về việc này.", citations: [] });

function fixedClock(step: number): () => number {
  let time = 0;
  return () => (time += step);
}

describe("runSuite", () => {
  it("asks every case and rewording and tallies passes, refusals and latency", async () => {
    const assistant = scriptedAssistant((question) => (question.toLowerCase().includes("thoi") || question.includes("Thời") || question.includes("mưa") ? refusedAnswer : makeAnswer({})));
    const report = await runSuite(assistant, [owner, refusal], { sourcesDir: sourcesFolder(), now: fixedClock(10) });
    expect(report.summary.questions).toBe(6);
    expect(report.summary.passRate).toBe(1);
    expect(report.summary.refusals).toEqual({ total: 3, passed: 3, rate: 1 });
    expect(report.summary.citations.rate).toBe(1);
    expect(report.summary.latencyMs.p50).toBe(10);
    expect(report.summary.byKind["owner"]?.total).toBe(3);
    expect(decideVerdict(report, DEFAULT_CLI_OPTIONS).exitCode).toBe(0);
  });

  it("counts wrong answers given with confidence and errors, and fails the verdict", async () => {
    const assistant = scriptedAssistant((question) =>
      question.startsWith("csdl") ? new Error("index missing") : makeAnswer({ text: "Sở Tài chính chủ trì." }),
    );
    const report = await runSuite(assistant, [owner, refusal], { sourcesDir: sourcesFolder() });
    expect(report.summary.byOutcome["error"]).toBe(1);
    expect(report.summary.confidentWrong).toBe(5);
    const verdict = decideVerdict(report, DEFAULT_CLI_OPTIONS);
    expect(verdict.exitCode).toBe(1);
    expect(verdict.reasons.join(" ")).toContain("ngoài phạm vi");
    const relaxed = decideVerdict(report, { minPassRate: 0, failOnRegression: true, requireAllRefusals: false });
    expect(relaxed.exitCode).toBe(0);
  });

  it("reports stale cases and where their evidence moved", async () => {
    const moved = makeCase({ id: "moved", evidence: { line: 1, text: "CSDL đất đai — Sở Nông" } });
    const gone = makeCase({ id: "gone", evidence: { line: 2, text: "CSDL giao thông — Sở Xây dựng" } });
    const report = await runSuite(scriptedAssistant(() => makeAnswer({})), [owner, moved, gone], { sourcesDir: sourcesFolder() });
    expect(report.cases.map((evalCase) => evalCase.evidence)).toEqual([{ status: "ok" }, { status: "moved", newLine: 3 }, { status: "missing" }]);
    expect(report.summary.staleCases).toBe(2);
  });

  it("lists regressions against the previous run", async () => {
    const sourcesDir = sourcesFolder();
    const previous = await runSuite(scriptedAssistant(() => makeAnswer({})), [owner], { sourcesDir });
    const worse = scriptedAssistant((question) => (question.startsWith("csdl") ? makeAnswer({ found: false }) : makeAnswer({})));
    const report = await runSuite(worse, [owner], { sourcesDir, previous });
    expect(report.regressions).toEqual([{ caseId: "owner-nha-o", variant: "rewording 2", question: "csdl nha o ai lam?", outcome: "not-found" }]);
    expect(decideVerdict(report, { ...DEFAULT_CLI_OPTIONS, minPassRate: 0 }).exitCode).toBe(1);
    expect(decideVerdict(report, { ...DEFAULT_CLI_OPTIONS, minPassRate: 0, failOnRegression: false }).exitCode).toBe(0);
    const again = await runSuite(scriptedAssistant(() => makeAnswer({})), [owner], { sourcesDir, previous: report });
    expect(again.fixed).toHaveLength(1);
  });
});

describe("runEval", () => {
  it("writes report.json and a self-contained report.html, keeps the last run as previous.json, and sets the exit code", async () => {
    const reportsDir = mkdtempSync(join(tmpdir(), "eval-reports-"));
    const sourcesDir = sourcesFolder();
    const output: string[] = [];
    const io = { sourcesDir, write: (text: string) => output.push(text), progress: () => undefined };
    const good = await runEval(scriptedAssistant(() => makeAnswer({})), [owner], { ...DEFAULT_CLI_OPTIONS, reportsDir }, io);
    expect(good.exitCode).toBe(0);
    expect(output.join("")).toContain("KẾT LUẬN: ĐẠT");
    const html = readFileSync(join(reportsDir, "report.html"), "utf8");
    expect(html).toContain("<svg");
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=/);

    output.length = 0;
    const bad = await runEval(scriptedAssistant(() => makeAnswer({ found: false })), [owner], { ...DEFAULT_CLI_OPTIONS, reportsDir, json: true }, io);
    expect(bad.exitCode).toBe(1);
    expect(existsSync(join(reportsDir, "previous.json"))).toBe(true);
    const summary = JSON.parse(output.join("")) as { regressions: unknown[]; verdict: { exitCode: number } };
    expect(summary.regressions).toHaveLength(3);
    expect(summary.verdict.exitCode).toBe(1);
  });
});

describe("parseCliOptions", () => {
  it("reads the flags and their defaults", () => {
    expect(parseCliOptions([])).toEqual(DEFAULT_CLI_OPTIONS);
    const options = parseCliOptions(["--cases", "eval/cases/*.jsonl", "--json", "--min-pass-rate=0.8", "--no-fail-on-regression", "--allow-unrefused"]);
    expect(options).toMatchObject({ cases: "eval/cases/*.jsonl", json: true, minPassRate: 0.8, failOnRegression: false, requireAllRefusals: false });
  });
  it("rejects unknown flags and bad rates with a usage message", () => {
    expect(() => parseCliOptions(["--fast"])).toThrow(/không biết/);
    expect(() => parseCliOptions(["--min-pass-rate", "95"])).toThrow(/từ 0 đến 1/);
  });
});
