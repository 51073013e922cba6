import { copyFile, mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { runIngest } from "../../ingest/run-ingest.js";
import { builtIndexFiles } from "../../ingest/index/index-layout.js";
import { readIndexManifest } from "../../ingest/index/index-store.js";
import { directorySize } from "../stats/directory-size.js";
import { peakRssBytes, startRssSampler } from "../stats/memory.js";
import type { IngestJob, IngestResult } from "../worker/worker-protocol.js";

/**
 * Ingests the whole sources folder into a fresh index folder (force), then, when asked, each
 * document alone into its own fresh folders, so the per-document times do not share caches.
 */
export async function runIngestJob(job: IngestJob): Promise<IngestResult> {
  const startRssBytes = process.memoryUsage().rss;
  const sampler = startRssSampler();
  await rm(job.indexDir, { recursive: true, force: true });
  const report = await runIngest({ sourcesDir: job.sourcesDir, indexDir: job.indexDir, embeddings: { provider: "local" } }, { force: true });
  const indexBytes = await directorySize(job.indexDir);
  const { folder } = await readIndexManifest(job.indexDir);
  const databaseBytes = (await stat(builtIndexFiles(folder).database)).size;

  const documents: IngestResult["documents"] = [];
  for (const document of report.documents) {
    const bytes = (await stat(path.join(job.sourcesDir, document.file))).size;
    const milliseconds = job.perDocument ? await ingestAlone(job, document.file) : null;
    documents.push({ file: document.file, bytes, milliseconds, counts: document.counts ? { ...document.counts } : null, error: document.error });
  }
  const sampledPeakRssBytes = sampler.stop();
  return {
    kind: "ingest",
    totalMilliseconds: report.milliseconds,
    documents,
    indexBytes,
    databaseBytes,
    memory: { peakRssBytes: peakRssBytes(), startRssBytes, sampledPeakRssBytes },
  };
}

async function ingestAlone(job: IngestJob, file: string): Promise<number> {
  const folder = path.join(job.workDir, `alone-${path.parse(file).name}`);
  const sourcesDir = path.join(folder, "sources");
  const indexDir = path.join(folder, "index");
  await rm(folder, { recursive: true, force: true });
  await mkdir(sourcesDir, { recursive: true });
  await copyFile(path.join(job.sourcesDir, file), path.join(sourcesDir, file));
  const report = await runIngest({ sourcesDir, indexDir, embeddings: { provider: "local" } }, { force: true });
  await rm(folder, { recursive: true, force: true });
  return report.milliseconds;
}
