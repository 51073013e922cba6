import { rm } from "node:fs/promises";
import path from "node:path";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { attempt, baseIndexDir, type BenchContext, ensureBaseIndex, jobTimeout, type Outcome } from "../bench-context.js";
import { fixed, markdownTable, type Cell } from "../format/markdown-table.js";
import type { QuestionPool } from "../questions/question-pool.js";
import { generateCorpus } from "../scale/generate-corpus.js";
import { megabytes } from "../stats/memory.js";
import { runJob } from "../worker/run-job.js";
import type { BaselineResult, IngestResult, QuestionsResult } from "../worker/worker-protocol.js";
import { measureAskProcess, type AskProcessResult } from "../stats/ask-process.js";
import { warmupQuestions } from "./questions-part.js";

export interface ScaleRow {
  factor: number;
  documents: number;
  corpusBytes: number;
  generateMilliseconds: number | null;
  ingest: Outcome<IngestResult>;
  questions: Outcome<QuestionsResult> | null;
  /** One `npm run ask` process on the built index (what a person waits for). */
  askProcess: Outcome<AskProcessResult> | null;
  /** The LangChain BM25 baseline over the same corpus, in the same run. */
  baseline: Outcome<BaselineResult> | null;
}

/** The README's example question, asked by the one-question process at every size. */
export const askProcessQuestion = "ai chủ trì CSDL nhà ở?";

/** Part 3: the same measures on corpora 1×, and each factor × the sources (generated copies). */
export async function runScalePart(context: BenchContext, pool: QuestionPool): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [await baseRow(context, pool)];
  for (const factor of context.options.scaleFactors) {
    rows.push(await scaledRow(context, pool, factor));
  }
  return rows;
}

async function baseRow(context: BenchContext, pool: QuestionPool): Promise<ScaleRow> {
  const ingest = await attempt(async () => {
    await ensureBaseIndex(context);
    return context.baseIngest as IngestResult;
  });
  const questions = ingest.ok
    ? await attempt(async () => context.baseQuestions ?? askQuestions(context, pool, baseIndexDir(context), context.sourcesDir, 1))
    : null;
  const documents = ingest.ok ? ingest.value.documents : [];
  return {
    factor: 1,
    documents: documents.length,
    corpusBytes: documents.reduce((sum, document) => sum + document.bytes, 0),
    generateMilliseconds: null,
    ingest,
    questions,
    ...(await processAndBaseline(context, pool, baseIndexDir(context), context.sourcesDir, 1, ingest.ok)),
  };
}

async function scaledRow(context: BenchContext, pool: QuestionPool, factor: number): Promise<ScaleRow> {
  const corpusDir = path.join(context.workDir, `corpus-${factor}x`);
  const indexDir = path.join(context.workDir, `index-${factor}x`);
  context.log(`scale ${factor}×: generating the corpus…`);
  const generateStarted = performance.now();
  const corpus = await generateCorpus(context.sourcesDir, corpusDir, factor, loadGlossary().agencies);
  const generateMilliseconds = performance.now() - generateStarted;
  context.log(`scale ${factor}×: ingesting ${corpus.files.length} documents (${fixed(megabytes(corpus.bytes), 1)} MB)…`);
  const ingest = await attempt(() =>
    runJob(
      { kind: "ingest", sourcesDir: corpusDir, indexDir, perDocument: false, workDir: context.workDir },
      { workDir: context.workDir, name: `ingest-${factor}x`, timeout: jobTimeout(context) },
    ),
  );
  const questions = ingest.ok ? await attempt(() => askQuestions(context, pool, indexDir, corpusDir, factor)) : null;
  const measured = await processAndBaseline(context, pool, indexDir, corpusDir, factor, ingest.ok);
  await rm(corpusDir, { recursive: true, force: true });
  await rm(indexDir, { recursive: true, force: true });
  return { factor, documents: corpus.files.length, corpusBytes: corpus.bytes, generateMilliseconds, ingest, questions, ...measured };
}

async function processAndBaseline(
  context: BenchContext,
  pool: QuestionPool,
  indexDir: string,
  sourcesDir: string,
  factor: number,
  indexBuilt: boolean,
): Promise<Pick<ScaleRow, "askProcess" | "baseline">> {
  context.log(`scale ${factor}×: one-question ask processes…`);
  const askProcess = indexBuilt ? await attempt(() => measureAskProcess(sourcesDir, indexDir, askProcessQuestion)) : null;
  context.log(`scale ${factor}×: LangChain BM25 baseline…`);
  const baseline = await attempt(() =>
    runJob(
      { kind: "baseline", sourcesDir, questions: pool.questions, count: context.options.questionCount, timeBudgetMilliseconds: context.options.scaleQuestionSeconds * 1000 },
      { workDir: context.workDir, name: `baseline-${factor}x`, timeout: jobTimeout(context) },
    ),
  );
  return { askProcess, baseline };
}

function askQuestions(context: BenchContext, pool: QuestionPool, indexDir: string, sourcesDir: string, factor: number): Promise<QuestionsResult> {
  context.log(`scale ${factor}×: questions…`);
  const budgetSeconds = factor === 1 ? context.options.timeoutSeconds * 0.8 : context.options.scaleQuestionSeconds;
  return runJob(
    {
      kind: "questions",
      sourcesDir,
      indexDir,
      questions: pool.questions,
      count: context.options.questionCount,
      warmup: warmupQuestions,
      timeBudgetMilliseconds: budgetSeconds * 1000,
      timeIndexLoadAlone: factor === 1,
    },
    { workDir: context.workDir, name: `questions-${factor}x`, timeout: jobTimeout(context) },
  );
}

export function renderScale(rows: readonly ScaleRow[]): string {
  const header = [
    "Corpus", "Documents", "Text (MB)", "Ingestion (s)", "Index (MB)", "Ingestion peak RSS (MB)",
    "Index load (ms)", "createAssistant (ms)", "Questions", "p50 (ms)", "p95 (ms)", "p99 (ms)", "Questions/s", "Questions peak RSS (MB)",
  ];
  const notes: string[] = [];
  const tableRows = rows.map((row): Cell[] => {
    const ingest = row.ingest.ok ? row.ingest.value : null;
    const questions = row.questions?.ok ? row.questions.value : null;
    if (!row.ingest.ok) notes.push(`${row.factor}×: ingestion not measured — ${row.ingest.error}`);
    if (row.questions && !row.questions.ok) notes.push(`${row.factor}×: questions not measured — ${row.questions.error}`);
    if (questions?.assistantRebuiltIndex) notes.push(`${row.factor}×: createAssistant rebuilt a stale index (pipeline code changed meanwhile); its time includes an ingestion.`);
    if (questions?.stoppedByTimeBudget) notes.push(`${row.factor}×: the question loop stopped at its time budget after ${questions.latency.count} questions.`);
    return [
      `${row.factor}×`,
      row.documents,
      fixed(megabytes(row.corpusBytes), 1),
      ingest ? fixed(ingest.totalMilliseconds / 1000, 1) : null,
      ingest ? fixed(megabytes(ingest.indexBytes), 1) : null,
      ingest ? fixed(megabytes(ingest.memory.peakRssBytes), 0) : null,
      questions ? fixed(questions.indexLoadMilliseconds, 0) : null,
      questions ? fixed(questions.assistantStartMilliseconds, 0) : null,
      questions ? questions.latency.count : null,
      questions ? fixed(questions.latency.p50, 2) : null,
      questions ? fixed(questions.latency.p95, 2) : null,
      questions ? fixed(questions.latency.p99, 2) : null,
      questions ? fixed(questions.throughput, 1) : null,
      questions ? fixed(megabytes(questions.memory.peakRssBytes), 0) : null,
    ];
  });
  const body = notes.length > 0 ? `\n\n${notes.map((note) => `- ${note}`).join("\n")}` : "";
  const sideBySide = renderSideBySide(rows);
  const intro =
    "Copies of the sources with renumbered document numbers and rotated agency names (bench/scale/generate-corpus.ts). " +
    "The index load is timed alone at 1× only; on larger corpora it is part of createAssistant.";
  return `### Scale\n\n${intro}\n\n${markdownTable(header, tableRows)}${body}\n\n${sideBySide}\n`;
}

/** Per size: index against text, one ask process, and the LangChain BM25 baseline over the same corpus. */
function renderSideBySide(rows: readonly ScaleRow[]): string {
  const header = [
    "Corpus", "Database (MB)", "Database / text", "`npm run ask` process (s)", "its peak RSS (MB)", "p95 per question (ms)",
    "BM25 build (s)", "BM25 p50 (ms)", "BM25 p95 (ms)", "BM25 peak RSS (MB)",
  ];
  const notes: string[] = [];
  const tableRows = rows.map((row): Cell[] => {
    const ingest = row.ingest.ok ? row.ingest.value : null;
    const ask = row.askProcess?.ok ? row.askProcess.value : null;
    const questions = row.questions?.ok ? row.questions.value : null;
    const baseline = row.baseline?.ok ? row.baseline.value : null;
    if (row.askProcess && !row.askProcess.ok) notes.push(`${row.factor}×: ask process not measured — ${row.askProcess.error}`);
    if (row.baseline && !row.baseline.ok) notes.push(`${row.factor}×: baseline not measured — ${row.baseline.error}`);
    return [
      `${row.factor}×`,
      ingest ? fixed(megabytes(ingest.databaseBytes), 1) : null,
      ingest && row.corpusBytes > 0 ? `${fixed(ingest.databaseBytes / row.corpusBytes, 1)}×` : null,
      ask ? fixed(ask.wallMilliseconds / 1000, 2) : null,
      ask ? fixed(megabytes(ask.peakRssBytes), 0) : null,
      questions ? fixed(questions.latency.p95, 1) : null,
      baseline ? fixed(baseline.buildMilliseconds / 1000, 1) : null,
      baseline ? fixed(baseline.latency.p50, 1) : null,
      baseline ? fixed(baseline.latency.p95, 1) : null,
      baseline ? fixed(megabytes(baseline.memory.peakRssBytes), 0) : null,
    ];
  });
  const intro =
    "The database is the SQLite file a question process opens (the Index column above also counts the per-document parse cache and manifest). " +
    `The ask process is \`${askProcessQuestion}\` asked by a fresh process on the built index (median of 3 after one unmeasured run); ` +
    "the baseline (RecursiveCharacterTextSplitter 1000/200 + BM25Retriever k=3) is built in memory from the same files, in a process of its own.";
  const body = notes.length > 0 ? `\n\n${notes.map((note) => `- ${note}`).join("\n")}` : "";
  return `${intro}\n\n${markdownTable(header, tableRows)}${body}`;
}
