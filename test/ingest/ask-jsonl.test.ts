import { spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Runs `ask --jsonl` as a person would, with its own sources and index folders. */
async function askJsonLines(input: string, environment: Record<string, string>): Promise<{ stdout: string; stderr: string; code: number | null }> {
  const child = spawn(process.execPath, ["--import", "tsx", "knowledge/ask-cli.ts", "--jsonl"], {
    env: { ...process.env, ...environment },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  child.stdin.end(input);
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  return { stdout, stderr, code };
}

describe("ask --jsonl at the door", () => {
  it("accepts a byte-order mark, cuts a long question, skips a huge line and answers every line after it", { timeout: 90_000 }, async () => {
    const root = await mkdtemp(path.join(tmpdir(), "plan-assistant-ask-"));
    const sourcesDir = path.join(root, "sources");
    await mkdir(sourcesDir);
    await copyFile(path.resolve("test/fixtures/documents/ke-hoach-mau.md"), path.join(sourcesDir, "ke-hoach-mau.md"));
    const lines = [
      `\uFEFF${JSON.stringify({ id: "bom", question: "ai chủ trì?" })}`,
      JSON.stringify({ id: "long", question: `${"chuyển đổi số ".repeat(5_000)}?` }),
      JSON.stringify({ id: "huge", question: "x".repeat(2_000_000) }),
      JSON.stringify({ id: "after", question: "hạn hoàn thành?\u2028" }),
    ];
    const started = performance.now();
    const { stdout, stderr, code } = await askJsonLines(`${lines.join("\n")}\n`, {
      SOURCES_DIR: sourcesDir,
      INDEX_DIR: path.join(root, "index"),
      MAX_QUESTION_CHARS: "500",
    });
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(code).toBe(0);
    const outputLines = stdout.trimEnd().split("\n");
    expect(outputLines).toHaveLength(4);
    const results = outputLines.map((line) => JSON.parse(line) as { id: string | null; question: string; answer: string });
    expect(results.map((result) => result.id)).toEqual(["bom", "long", null, "after"]);
    expect(results[1]?.question.length).toBeLessThanOrEqual(500);
    expect(results[2]?.answer).toContain("quá dài");
    expect(stderr).toContain("Dòng 2: câu hỏi dài");
    expect(stderr).toContain("Dòng 3: dài hơn");
    expect(stdout).not.toMatch(/[\u2028\u2029\u0085]/);
  });
});
