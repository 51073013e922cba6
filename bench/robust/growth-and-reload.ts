import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createAssistant } from "../../knowledge/assistant.js";
import { runIngest } from "../../ingest/run-ingest.js";
import { percentile } from "../stats/percentiles.js";

/**
 * `npx tsx bench/robust/growth-and-reload.ts [--large]`: not a timed test, a measurement.
 * 1. Ingest time against the length of one line (200 KB, 800 KB; with --large also 3.2 MB) and
 *    against the size of one file of ordinary lines (1, 3 MB; with --large 10 and 30 MB, the
 *    size budget raised to let them in): linear growth means time ∝ size.
 * 2. The assistant's p95 answer latency while idle and while `/reload` rebuilds the corpus plus
 *    one large document in the background, which should stay within 2× of idle.
 */
const large = process.argv.includes("--large");
const corpusDir = path.resolve("knowledge/sources");
const planText = await readFile(path.join(corpusDir, "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md"), "utf8");
const budget = { maxDocumentBytes: 64 * 1024 * 1024, maxLineChars: 10_000_000 };

function oneLine(chars: number): string {
  const words = planText.replace(/\s+/g, " ").split(" ");
  const parts: string[] = [];
  for (let index = 0, length = 0; length < chars; index += 1) {
    const word = words[index % words.length] ?? "";
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(" ");
}

function ofSize(bytes: number): string {
  const copies = Math.ceil(bytes / Buffer.byteLength(planText));
  return Array.from({ length: copies }, () => planText).join("\n");
}

async function ingestSeconds(name: string, content: string): Promise<number> {
  const root = await mkdtemp(path.join(tmpdir(), "bench-robust-"));
  const sourcesDir = path.join(root, "sources");
  await mkdir(sourcesDir);
  await writeFile(path.join(sourcesDir, name), content);
  const started = performance.now();
  await runIngest({ sourcesDir, indexDir: path.join(root, "index"), embeddings: { provider: "local" }, budget });
  const seconds = (performance.now() - started) / 1000;
  await rm(root, { recursive: true, force: true });
  return seconds;
}

async function growth(label: string, sizes: number[], make: (size: number) => string): Promise<void> {
  console.log(`\n${label}`);
  console.log("size       seconds   seconds per MB");
  for (const size of sizes) {
    const seconds = await ingestSeconds("do-lon.txt", make(size));
    const megabytes = size / 1e6;
    console.log(`${megabytes.toFixed(1).padStart(5)} MB  ${seconds.toFixed(2).padStart(8)}  ${(seconds / megabytes).toFixed(2).padStart(8)}`);
  }
}

async function latencies(ask: () => Promise<unknown>, until: () => boolean, atLeast: number): Promise<number[]> {
  const times: number[] = [];
  while (times.length < atLeast || !until()) {
    const started = performance.now();
    await ask();
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return times;
}

async function reloadLatency(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), "bench-robust-reload-"));
  const sourcesDir = path.join(root, "sources");
  await mkdir(sourcesDir);
  for (const file of await readdir(corpusDir)) await copyFile(path.join(corpusDir, file), path.join(sourcesDir, file));
  const assistant = await createAssistant({ sourcesDir, indexDir: path.join(root, "index"), budget, log: () => undefined });
  const questions = ["ai chủ trì CSDL nhà ở?", "hạn ban hành Khung kiến trúc số?", "chỉ tiêu dịch vụ công trực tuyến toàn trình năm 2026?"];
  let next = 0;
  const ask = () => assistant.answer(questions[next++ % questions.length] ?? "");
  const idle = await latencies(ask, () => true, 200);
  await writeFile(path.join(sourcesDir, "ke-hoach-lon.md"), ofSize(large ? 10e6 : 2e6));
  let done = false;
  const reloadStarted = performance.now();
  const reload = assistant.reload().finally(() => (done = true));
  const during = await latencies(ask, () => done, 50);
  await reload;
  const reloadSeconds = (performance.now() - reloadStarted) / 1000;
  console.log("\nanswer latency         p50 ms   p95 ms   questions");
  console.log(`idle                 ${percentile(idle, 50).toFixed(1).padStart(8)} ${percentile(idle, 95).toFixed(1).padStart(8)} ${String(idle.length).padStart(10)}`);
  console.log(`during /reload       ${percentile(during, 50).toFixed(1).padStart(8)} ${percentile(during, 95).toFixed(1).padStart(8)} ${String(during.length).padStart(10)}`);
  console.log(`/reload of the corpus + a ${large ? 10 : 2} MB document took ${reloadSeconds.toFixed(1)} s; p95 during / idle = ${(percentile(during, 95) / percentile(idle, 95)).toFixed(2)}`);
  await rm(root, { recursive: true, force: true });
}

await growth("ingest time against the length of one line", large ? [200e3, 800e3, 3.2e6] : [200e3, 800e3], oneLine);
await growth("ingest time against the size of one file", large ? [1e6, 3e6, 10e6, 30e6] : [1e6, 3e6], ofSize);
await reloadLatency();
