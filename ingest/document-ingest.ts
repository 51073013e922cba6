import { createHash } from "node:crypto";
import path from "node:path";
import { z } from "zod";
import type { Glossary } from "../vietnamese/glossary/glossary.js";
import type { IndexBuild } from "./index/build-index.js";
import { CachedDocumentFields } from "./index/document-cache.js";
import { readCachedDocument, writeCachedDocument } from "./index/index-store.js";
import type { IndexManifest, ManifestFile } from "./index/manifest.js";
import { ingestDocument, type IngestedDocument } from "./ingest-document.js";
import { pipelineVersion } from "./pipeline-version.js";
import { readDocument } from "./read/read-document.js";
import type { DocumentReport, IngestSettings } from "./run-ingest.js";
import { checkDocumentSize, defaultDocumentBudget, limitLineLengths } from "./document-budget.js";
import { errorMessage } from "../errors/error-message.js";
import { UnparsedRow } from "./structure/table-model.js";
import { TableFound } from "./document-findings.js";

/** A document's cached parse: the index's cached fields plus what the ingest report prints. */
const CachedIngest = CachedDocumentFields.extend({
  unparsed: z.array(UnparsedRow),
  tables: z.array(TableFound),
  warnings: z.array(z.string()),
  counts: z.record(z.string(), z.number()),
});

/** The parse of a file depends on its bytes, its name (record ids and citations carry it) and the parsing code. */
const cacheKey = (file: string, contentHash: string) =>
  `${contentHash}-${createHash("sha256").update(file).digest("hex").slice(0, 12)}-${pipelineVersion()}`;

/** Reads the documents one after another into a build, and keeps the report of each. */
export class DocumentIngest {
  readonly reports: DocumentReport[] = [];
  finished = false;
  private readonly previousHashes: Map<string, string>;

  private readonly base: IndexManifest | null;
  private readonly onProgress: (line: string) => void;

  constructor(
    private readonly settings: IngestSettings,
    private readonly glossary: Glossary,
    options: {
      /** The manifest of the index the build starts from; null for a fresh build. */
      base: IndexManifest | null;
      /** The manifest of the index in use, whose parse of a file that fails to read is kept. */
      previous: IndexManifest | null;
      onProgress?: (line: string) => void;
    },
  ) {
    this.base = options.base;
    this.onProgress = options.onProgress ?? (() => undefined);
    this.previousHashes = new Map((options.previous?.files ?? []).map((entry) => [entry.file, entry.contentHash]));
  }

  async fill(build: IndexBuild, hashes: readonly ManifestFile[]): Promise<ManifestFile[]> {
    const manifestFiles: ManifestFile[] = [];
    const current = new Set(hashes.map((entry) => entry.file));
    for (const file of build.baseFiles) if (!current.has(file)) build.removeDocument(file);
    for (const [position, entry] of hashes.entries()) {
      const kept = await this.ingestOne(entry, build, this.progress(position, hashes.length, entry.file));
      if (kept) manifestFiles.push(kept);
    }
    this.finished = true;
    return manifestFiles;
  }

  /** Reads and reports the documents not reached when the build failed. */
  async readRemaining(hashes: readonly ManifestFile[]): Promise<void> {
    const done = new Set(this.reports.map((report) => report.file));
    for (const [position, entry] of hashes.entries()) {
      if (!done.has(entry.file)) await this.ingestOne(entry, null, this.progress(position, hashes.length, entry.file));
    }
    this.finished = true;
  }

  /** Reads one file into the build; returns its manifest entry, or null when it has no rows. */
  private progress(position: number, total: number, file: string): (status: string) => void {
    const started = performance.now();
    return (status) => this.onProgress(`[${position + 1}/${total}] ${file}: ${status} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }

  private async ingestOne(entry: ManifestFile, build: IndexBuild | null, progress: (status: string) => void): Promise<ManifestFile | null> {
    const { file, contentHash, size } = entry;
    const previousHash = this.previousHashes.get(file);
    const inBase = build?.baseFiles.has(file) === true && this.base !== null;
    const cached = await this.readCached(file, contentHash);
    if (cached) {
      if (build && !(inBase && previousHash === contentHash)) build.replaceDocument(rowsOf(cached));
      this.reports.push({ file, cached: true, counts: cached.counts, unparsed: cached.unparsed, warnings: cached.warnings, error: null, keptPrevious: false });
      progress("không đổi");
      return entry;
    }
    let ingested: IngestedDocument;
    let lineWarnings: string[];
    try {
      const budget = this.settings.budget ?? defaultDocumentBudget;
      checkDocumentSize(file, size, budget);
      const limited = limitLineLengths(await readDocument(path.join(this.settings.sourcesDir, file)), budget);
      const parsed = ingestDocument(limited.source, this.glossary);
      lineWarnings = limited.warnings;
      ingested = { ...parsed, warnings: [...parsed.warnings, ...lineWarnings] };
    } catch (error) {
      const message = errorMessage(error);
      const kept = previousHash ? await this.readCached(file, previousHash) : null;
      // The previous rows stay: already in an incremental build, written again into a fresh one.
      if (kept && build && !inBase) build.replaceDocument(rowsOf(kept));
      const keptPrevious = kept !== null || inBase;
      this.reports.push({ file, cached: false, counts: kept?.counts ?? null, unparsed: [], warnings: [], error: message, keptPrevious });
      progress(keptPrevious ? "LỖI — giữ bản cũ" : "LỖI");
      return keptPrevious && previousHash ? { ...entry, contentHash: previousHash } : null;
    }
    // The cache only saves parsing next time: an index folder that cannot be written is reported by the build.
    await writeCachedDocument(this.settings.indexDir, cacheKey(file, contentHash), ingested).catch(() => undefined);
    build?.replaceDocument(rowsOf(ingested));
    this.reports.push({ file, cached: false, counts: ingested.counts, unparsed: ingested.unparsed, warnings: ingested.warnings, error: null, keptPrevious: false });
    progress(lineWarnings.length > 0 ? `đã đọc, ${lineWarnings.length} dòng bị cắt` : "đã đọc");
    return entry;
  }

  private async readCached(file: string, contentHash: string): Promise<IngestedDocument | null> {
    const cached = await readCachedDocument(this.settings.indexDir, cacheKey(file, contentHash), CachedIngest);
    return cached as IngestedDocument | null;
  }
}

function rowsOf(document: IngestedDocument) {
  const { tables, warnings, unparsed, counts } = document;
  return { file: document.file, info: document.info, records: document.records, passages: document.passages, findings: { tables, warnings, unparsed, counts: { ...counts } } };
}
