import { copyFile, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createAssistant } from "../../knowledge/assistant.js";

describe("/reload rebuilds in the background", () => {
  it("keeps answering from the current index while a child process ingests, then swaps", { timeout: 120_000 }, async () => {
    const root = await mkdtemp(path.join(tmpdir(), "plan-assistant-reload-"));
    const sourcesDir = path.join(root, "sources");
    await mkdir(sourcesDir);
    const fixture = path.resolve("test/fixtures/documents/ke-hoach-mau.md");
    await copyFile(fixture, path.join(sourcesDir, "ke-hoach-mau.md"));
    const logs: Array<{ at: number; line: string }> = [];
    const assistant = await createAssistant({ sourcesDir, indexDir: path.join(root, "index"), log: (line) => logs.push({ at: performance.now(), line }) });
    expect(assistant.documents()).toHaveLength(1);

    // A document big enough that parsing it in this process would stall it for seconds.
    const text = await readFile(path.resolve("knowledge/sources/ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md"), "utf8");
    await writeFile(path.join(sourcesDir, "ke-hoach-lon.md"), Array.from({ length: 6 }, () => text).join("\n"));

    let lastTick = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - lastTick);
      lastTick = now;
    }, 10);
    const started = performance.now();
    const reload = assistant.reload();
    const again = assistant.reload();
    let answered = 0;
    while (!logs.some((entry) => entry.at > started && entry.line.includes("ke-hoach-lon.md"))) {
      const answer = await assistant.answer("ai chủ trì?");
      expect(answer.text.length).toBeGreaterThan(0);
      answered += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (performance.now() - started > 100_000) break;
    }
    const gapWhileChildRan = longestGap;
    clearInterval(ticker);
    const report = await reload;
    expect(await again).toBe(report);
    expect(answered).toBeGreaterThan(3);
    expect(gapWhileChildRan).toBeLessThan(1_500);
    expect(report).toContain("ke-hoach-lon.md");
    expect(assistant.documents().map((document) => document.file).sort()).toEqual(["ke-hoach-lon.md", "ke-hoach-mau.md"]);
  });
});
