import { z } from "zod";

/**
 * What the parent sends a benchmark child process (as a JSON file) and what the child writes
 * back. Each job runs alone in a fresh process so its peak memory and load times are its own.
 */
export const MemoryFigures = z.object({
  peakRssBytes: z.number(),
  startRssBytes: z.number(),
  sampledPeakRssBytes: z.number(),
});

export const LatencySummary = z.object({
  count: z.number(),
  p50: z.number(),
  p95: z.number(),
  p99: z.number(),
  mean: z.number(),
  max: z.number(),
});

export const IngestJob = z.object({
  kind: z.literal("ingest"),
  sourcesDir: z.string(),
  indexDir: z.string(),
  /** Also ingest each document alone (its own sources and index folder under workDir) to time it. */
  perDocument: z.boolean(),
  workDir: z.string(),
});
export type IngestJob = z.infer<typeof IngestJob>;

export const IngestResult = z.object({
  kind: z.literal("ingest"),
  totalMilliseconds: z.number(),
  documents: z.array(
    z.object({
      file: z.string(),
      bytes: z.number(),
      /** Time of a fresh ingestion of this document alone; null when not measured. */
      milliseconds: z.number().nullable(),
      counts: z.record(z.string(), z.number()).nullable(),
      error: z.string().nullable(),
    }),
  ),
  /** The index folder: the database, the manifest, vectors when built, and the per-document parse cache. */
  indexBytes: z.number(),
  /** The SQLite database alone (what a question process opens). */
  databaseBytes: z.number(),
  memory: MemoryFigures,
});
export type IngestResult = z.infer<typeof IngestResult>;

export const QuestionsJob = z.object({
  kind: z.literal("questions"),
  sourcesDir: z.string(),
  indexDir: z.string(),
  /** Asked in order, cycling, until `count` are measured or the time budget runs out. */
  questions: z.array(z.string()).min(1),
  count: z.number().int().positive(),
  warmup: z.number().int().nonnegative(),
  timeBudgetMilliseconds: z.number().positive(),
  /** Also time `SearchIndex.load` alone (one more load of the index: skipped on large corpora). */
  timeIndexLoadAlone: z.boolean(),
});
export type QuestionsJob = z.infer<typeof QuestionsJob>;

export const QuestionsResult = z.object({
  kind: z.literal("questions"),
  /** `SearchIndex.load` alone on the built index; null when not asked for. */
  indexLoadMilliseconds: z.number().nullable(),
  /** `createAssistant` on the built index: staleness check, index load, glossary and answerer. */
  assistantStartMilliseconds: z.number(),
  /** True when createAssistant found the index stale and rebuilt it (then its time includes an ingestion). */
  assistantRebuiltIndex: z.boolean(),
  latency: LatencySummary,
  /** Questions per second, asked one after another by one caller. */
  throughput: z.number(),
  answeredFound: z.number(),
  errors: z.number(),
  firstError: z.string().nullable(),
  stoppedByTimeBudget: z.boolean(),
  memory: MemoryFigures,
});
export type QuestionsResult = z.infer<typeof QuestionsResult>;

export const QualityJob = z.object({
  kind: z.literal("quality"),
  sourcesDir: z.string(),
  indexDir: z.string(),
  casesPattern: z.string(),
});
export type QualityJob = z.infer<typeof QualityJob>;

export const SystemQuality = z.object({
  name: z.string(),
  questions: z.number(),
  /** Share of questions (cases' questions and rewordings) judged right; see docs/performance.md. */
  shares: z.record(z.string(), z.number()),
  latency: LatencySummary,
  /** Time to build or load before the first question. */
  setupMilliseconds: z.number(),
  /** True when setup had to rebuild a stale index (the pipeline code changed since the build). */
  setupRebuiltIndex: z.boolean(),
  notes: z.array(z.string()),
});
export type SystemQuality = z.infer<typeof SystemQuality>;

export const QualityResult = z.object({
  kind: z.literal("quality"),
  cases: z.number(),
  refusalCases: z.number(),
  systems: z.array(SystemQuality),
});
export type QualityResult = z.infer<typeof QualityResult>;

/** The LangChain BM25 baseline on a corpus: build it, then retrieve for questions one after another. */
export const BaselineJob = z.object({
  kind: z.literal("baseline"),
  sourcesDir: z.string(),
  questions: z.array(z.string()).min(1),
  count: z.number().int().positive(),
  timeBudgetMilliseconds: z.number().positive(),
});
export type BaselineJob = z.infer<typeof BaselineJob>;

export const BaselineResult = z.object({
  kind: z.literal("baseline"),
  chunkCount: z.number(),
  /** Loading the files, splitting them and building the retriever (in memory; nothing is stored). */
  buildMilliseconds: z.number(),
  latency: LatencySummary,
  memory: MemoryFigures,
});
export type BaselineResult = z.infer<typeof BaselineResult>;

export const BenchJob = z.discriminatedUnion("kind", [IngestJob, QuestionsJob, QualityJob, BaselineJob]);
export type BenchJob = z.infer<typeof BenchJob>;

export const BenchJobResult = z.discriminatedUnion("kind", [IngestResult, QuestionsResult, QualityResult, BaselineResult]);
export type BenchJobResult = z.infer<typeof BenchJobResult>;
