import { copyFile, mkdir, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { formatIngestReport } from "../../ingest/format-report.js";
import { runIngest } from "../../ingest/run-ingest.js";
import { createAssistant } from "../../knowledge/assistant.js";

/** A file system that refuses new folders in the index directory once `readOnly` is set, as a read-only mount does. */
const faults = vi.hoisted(() => ({ readOnly: false }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const original = await importOriginal<typeof import("node:fs/promises")>();
  const mkdtemp: typeof original.mkdtemp = (async (prefix: string, options?: unknown) => {
    if (faults.readOnly) throw Object.assign(new Error(`EROFS: read-only file system, mkdtemp '${prefix}XXXXXX'`), { code: "EROFS" });
    return original.mkdtemp(prefix, options as never);
  }) as typeof original.mkdtemp;
  return { ...original, default: { ...original, mkdtemp }, mkdtemp };
});

const fixture = path.resolve("test/fixtures/documents/ke-hoach-mau.md");

async function workspace() {
  const root = await mkdtemp(path.join(tmpdir(), "plan-assistant-readonly-"));
  const sourcesDir = path.join(root, "sources");
  const indexDir = path.join(root, "index");
  await mkdir(sourcesDir);
  await copyFile(fixture, path.join(sourcesDir, "ke-hoach-mau.md"));
  return { sourcesDir, indexDir, settings: { sourcesDir, indexDir, embeddings: { provider: "local" as const } } };
}

describe("an index directory that cannot be written", () => {
  it("keeps the report of every document and names the cause; the index in use is served with a warning", async () => {
    const { sourcesDir, settings } = await workspace();
    faults.readOnly = false;
    await runIngest(settings);
    await copyFile(fixture, path.join(sourcesDir, "ke-hoach-mau-ban-sao.md"));

    faults.readOnly = true;
    try {
      const report = await runIngest(settings, { force: true });
      expect(report.rebuilt).toBe(false);
      expect(report.indexError).toContain("EROFS");
      expect(report.documents.map((document) => document.file).sort()).toEqual(["ke-hoach-mau-ban-sao.md", "ke-hoach-mau.md"]);
      expect(report.documents.every((document) => document.error === null && (document.counts?.tasks ?? 0) === 3)).toBe(true);
      const printed = formatIngestReport(report, { showUnparsed: false });
      expect(printed).toContain("ke-hoach-mau-ban-sao.md");
      expect(printed).toContain("EROFS");

      const logged: string[] = [];
      const assistant = await createAssistant({ ...settings, log: (line) => logged.push(line) });
      expect(logged.join("\n")).toContain("EROFS");
      expect(assistant.documents().map((document) => document.file)).toEqual(["ke-hoach-mau.md"]);
    } finally {
      faults.readOnly = false;
    }
  });

  it("removes at the next ingest the build folder an ingest killed midway left", async () => {
    const { indexDir, settings } = await workspace();
    await mkdir(path.join(indexDir, ".build-999999999-Ab12Cd"), { recursive: true });
    await mkdir(path.join(indexDir, ".build-Ef34Gh"), { recursive: true });
    await runIngest(settings);
    expect((await readdir(indexDir)).filter((name) => name.startsWith(".build-"))).toEqual([]);
  });
});
