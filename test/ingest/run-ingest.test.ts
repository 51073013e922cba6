import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadIndexFiles } from "../../ingest/index/index-store.js";
import { runIngest } from "../../ingest/run-ingest.js";

const fixture = path.resolve("test/fixtures/documents/ke-hoach-mau.md");

async function workspace() {
  const root = await mkdtemp(path.join(tmpdir(), "plan-assistant-ingest-"));
  const sourcesDir = path.join(root, "sources");
  const indexDir = path.join(root, "index");
  await import("node:fs/promises").then((fs) => fs.mkdir(sourcesDir));
  return { sourcesDir, indexDir, settings: { sourcesDir, indexDir, embeddings: { provider: "local" as const } } };
}

describe("runIngest", () => {
  it("names every bad file, still indexes the good ones, and skips unchanged files next time", async () => {
    const { sourcesDir, indexDir, settings } = await workspace();
    await copyFile(fixture, path.join(sourcesDir, "ke-hoach-mau.md"));
    await writeFile(path.join(sourcesDir, "rong.txt"), "");
    await writeFile(path.join(sourcesDir, "bang-tinh.xlsx"), "not a supported format");
    await writeFile(path.join(sourcesDir, "hong.pdf"), Buffer.from("%PDF-1.4 this is not a real pdf"));

    const first = await runIngest(settings);
    const byFile = new Map(first.documents.map((document) => [document.file, document]));
    expect(byFile.get("ke-hoach-mau.md")?.error).toBeNull();
    expect(byFile.get("ke-hoach-mau.md")?.counts?.tasks).toBe(3);
    for (const bad of ["rong.txt", "bang-tinh.xlsx", "hong.pdf"]) expect(byFile.get(bad)?.error, bad).toContain(bad);
    const built = await loadIndexFiles(indexDir);
    expect(built.records.filter((record) => record.kind === "task")).toHaveLength(3);

    // A new file: only it is parsed; the unchanged one comes from the cache.
    await import("node:fs/promises").then((fs) => Promise.all(["rong.txt", "bang-tinh.xlsx", "hong.pdf"].map((file) => fs.rm(path.join(sourcesDir, file)))));
    await copyFile(fixture, path.join(sourcesDir, "ke-hoach-mau-ban-sao.md"));
    const second = await runIngest(settings);
    expect(second.documents.find((document) => document.file === "ke-hoach-mau.md")?.cached).toBe(true);
    expect(second.documents.find((document) => document.file === "ke-hoach-mau-ban-sao.md")?.cached).toBe(false);
    // Nothing changed since: the index is current and nothing is parsed again.
    const third = await runIngest(settings);
    expect(third.rebuilt).toBe(false);
  });

  it("keeps the previous parse of a file that becomes unreadable", async () => {
    const { sourcesDir, indexDir, settings } = await workspace();
    const pdf = path.join(sourcesDir, "ke-hoach-mau.pdf");
    await copyFile(path.resolve("test/fixtures/documents/ke-hoach-mau.pdf"), pdf);
    await runIngest(settings);
    const before = (await loadIndexFiles(indexDir)).records.length;
    expect(before).toBeGreaterThan(0);

    const original = await readFile(pdf);
    await writeFile(pdf, original.subarray(0, 200));
    const report = await runIngest(settings);
    const entry = report.documents.find((document) => document.file === "ke-hoach-mau.pdf");
    expect(entry?.error).toContain("ke-hoach-mau.pdf");
    expect(entry?.keptPrevious).toBe(true);
    expect((await loadIndexFiles(indexDir)).records.length).toBe(before);
  });
});
