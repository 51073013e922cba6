import { copyFile, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatIngestReport } from "../../ingest/format-report.js";
import { loadIndexFiles } from "../../ingest/index/index-store.js";
import { runIngest } from "../../ingest/run-ingest.js";
import { foldWithOffsets } from "../../vietnamese/glossary/match-key.js";

/** One line of `chars` characters of ordinary Vietnamese plan wording. */
function longLine(chars: number): string {
  const words = ["Sở", "Khoa", "học", "và", "Công", "nghệ", "chủ", "trì", "CSDL", "KH&CN", "chuyển", "đổi", "số", "năm", "2026"];
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < chars; index += 1) {
    const word = words[index % words.length] ?? "";
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(" ");
}

async function workspace(budget?: { maxDocumentBytes: number; maxLineChars: number }) {
  const root = await mkdtemp(path.join(tmpdir(), "plan-assistant-long-"));
  const sourcesDir = path.join(root, "sources");
  const indexDir = path.join(root, "index");
  await mkdir(sourcesDir);
  return { sourcesDir, indexDir, settings: { sourcesDir, indexDir, embeddings: { provider: "local" as const }, ...(budget ? { budget } : {}) } };
}

describe("long inputs stay linear", () => {
  it("folds a 400 KB line in well under a second per 100 KB", () => {
    const line = longLine(400_000);
    const started = performance.now();
    const { folded, offsets } = foldWithOffsets(line);
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(folded.length).toBe(offsets.length);
    expect(folded.startsWith("so khoa hoc va cong nghe chu tri csdl kh&cn")).toBe(true);
  });

  it("ingests a file holding one 600 KB line within the line budget it is given, and says so", { timeout: 60_000 }, async () => {
    const { sourcesDir, indexDir, settings } = await workspace({ maxDocumentBytes: 20 * 1024 * 1024, maxLineChars: 1_000_000 });
    await writeFile(path.join(sourcesDir, "mot-dong.txt"), `KẾ HOẠCH\n${longLine(600_000)}\n`);
    const progress: string[] = [];
    const started = performance.now();
    const report = await runIngest(settings, { onProgress: (line) => progress.push(line) });
    // Quadratic cost took over a minute here; linear cost is a few seconds even on a busy machine.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(report.documents[0]?.error).toBeNull();
    expect(progress).toHaveLength(1);
    expect(progress[0]).toMatch(/^\[1\/1\] mot-dong\.txt: đã đọc \(\d+\.\d s\)$/);
    expect((await loadIndexFiles(indexDir)).passages.length).toBeGreaterThan(0);
  });

  it("cuts a line longer than the line budget and names the file, the line and the variable", async () => {
    const { sourcesDir, settings } = await workspace({ maxDocumentBytes: 20 * 1024 * 1024, maxLineChars: 5_000 });
    await writeFile(path.join(sourcesDir, "dong-dai.txt"), `KẾ HOẠCH\n${longLine(50_000)}\nDòng cuối.\n`);
    const report = await runIngest(settings);
    const entry = report.documents[0];
    expect(entry?.error).toBeNull();
    const cut = (entry?.warnings ?? []).filter((warning) => warning.includes("INGEST_MAX_LINE_CHARS"));
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatch(/^Dòng 2: 50[.,]\d{3} ký tự/);
    const printed = formatIngestReport(report, { showUnparsed: false });
    expect(printed).toContain("⚠ dong-dai.txt: Dòng 2:");
    // The table speaks Vietnamese, its columns lined up under titles with diacritics.
    const [head = "", row = ""] = printed.split("\n");
    expect(head).toMatch(/^văn bản\s+mục\s+bảng\s+dòng bảng\s+nhiệm vụ\s+chỉ tiêu\s+tiêu chí\s+kinh phí\s+đoạn\s+chưa đọc\s+trạng thái$/);
    expect(row.match(/^dong-dai\.txt\s+/)?.[0].length).toBe(head.indexOf("mục"));
    // The warning survives a rebuild that reuses the cached parse.
    const again = await runIngest(settings, { force: true });
    expect(again.documents[0]?.cached).toBe(true);
    expect(again.documents[0]?.warnings.filter((warning) => warning.includes("INGEST_MAX_LINE_CHARS"))).toHaveLength(1);
  });

  it("refuses a file over the size budget, names it and the variable, and indexes the others", async () => {
    const { sourcesDir, indexDir, settings } = await workspace({ maxDocumentBytes: 100_000, maxLineChars: 20_000 });
    await copyFile(path.resolve("test/fixtures/documents/ke-hoach-mau.md"), path.join(sourcesDir, "ke-hoach-mau.md"));
    await writeFile(path.join(sourcesDir, "qua-lon.txt"), `${"Dòng văn bản bình thường của kế hoạch.\n".repeat(4_000)}`);
    const report = await runIngest(settings);
    const tooLarge = report.documents.find((document) => document.file === "qua-lon.txt");
    expect(tooLarge?.error).toContain("qua-lon.txt");
    expect(tooLarge?.error).toContain("INGEST_MAX_DOCUMENT_MB");
    expect(report.documents.find((document) => document.file === "ke-hoach-mau.md")?.error).toBeNull();
    expect((await loadIndexFiles(indexDir)).records.length).toBeGreaterThan(0);
  });
});
