import { baseIndexDir, jobTimeout, type BenchContext } from "../bench-context.js";
import { fixed, markdownTable } from "../format/markdown-table.js";
import { megabytes } from "../stats/memory.js";
import { runJob } from "../worker/run-job.js";
import type { IngestResult } from "../worker/worker-protocol.js";

/** Part 1: fresh, forced ingestion of the sources, in a child process of its own. */
export async function runIngestPart(context: BenchContext): Promise<IngestResult> {
  context.log("ingestion: all documents, then each document alone…");
  const result = await runJob(
    { kind: "ingest", sourcesDir: context.sourcesDir, indexDir: baseIndexDir(context), perDocument: true, workDir: context.workDir },
    { workDir: context.workDir, name: "ingest", timeout: jobTimeout(context) },
  );
  context.baseIngest = result;
  return result;
}

export function renderIngest(result: IngestResult): string {
  const countColumns = [...new Set(result.documents.flatMap((document) => Object.keys(document.counts ?? {})))];
  const rows = result.documents.map((document) => [
    document.file,
    fixed(document.bytes / 1024, 0),
    fixed(document.milliseconds, 0),
    ...countColumns.map((name) => document.counts?.[name] ?? null),
    document.error,
  ]);
  const perDocument = markdownTable(["Document", "Size (KB)", "Alone (ms)", ...countColumns, "Error"], rows);
  const documentTotal = result.documents.reduce((sum, document) => sum + (document.milliseconds ?? 0), 0);
  const totals = markdownTable(
    ["All documents, fresh index (ms)", "Index on disk (MB)", "Peak RSS (MB)", "RSS before (MB)"],
    [[fixed(result.totalMilliseconds, 0), fixed(megabytes(result.indexBytes), 2), fixed(megabytes(result.memory.peakRssBytes), 0), fixed(megabytes(result.memory.startRssBytes), 0)]],
  );
  return `### Ingestion\n\n${perDocument}\n\nSum of the documents ingested alone: ${fixed(documentTotal, 0)} ms.\n\n${totals}\n`;
}
