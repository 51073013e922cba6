import { createHash } from "node:crypto";
import { z } from "zod";
import type { Glossary } from "../vietnamese/glossary/glossary.js";
import type { IndexBuild } from "./index/build-index.js";
import { CachedDocumentFields } from "./index/document-cache.js";
import { readCachedDocument } from "./index/index-store.js";
import type { IndexManifest, ManifestFile } from "./index/manifest.js";
import type { IngestedDocument } from "./ingest-document.js";
import { pipelineVersion } from "./pipeline-version.js";
import { InlineDocumentParser, type DocumentParser } from "./parse/document-parser.js";
import type { ParseOutcome } from "./parse/parse-document.js";
import type { IndexTextExpander } from "./parse/index-text-expansions.js";
import type { DocumentReport, IngestSettings } from "./run-ingest.js";
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

/** How many files are loaded ahead of the one being written. */
const readAheadDocuments = 2;

/** A file's parse from the cache, or parsed now (or why it could not be). */
type LoadedDocument = { cached: IngestedDocument } | { outcome: ParseOutcome };

/** Reads the documents one after another into a build, and keeps the report of each. */
export class DocumentIngest {
  readonly reports: DocumentReport[] = [];
  finished = false;
  private readonly previousHashes: Map<string, string>;

  private readonly base: IndexManifest | null;
  private readonly onProgress: (line: string) => void;
  private readonly parser: DocumentParser;
  private readonly expander: IndexTextExpander | null;
  /** Files whose load was started ahead, by name. */
  private readonly ahead = new Map<string, Promise<LoadedDocument>>();

  constructor(
    private readonly settings: IngestSettings,
    glossary: Glossary,
    options: {
      /** The manifest of the index the build starts from; null for a fresh build. */
      base: IndexManifest | null;
      /** The manifest of the index in use, whose parse of a file that fails to read is kept. */
      previous: IndexManifest | null;
      onProgress?: (line: string) => void;
      /** Where files are parsed (a worker thread's parser reads ahead); in this thread by default. */
      parser?: DocumentParser;
      /** The build's `expandText`, given each parsed document's expansions while it is written. */
      expander?: IndexTextExpander;
    },
  ) {
    this.expander = options.expander ?? null;
    this.parser = options.parser ?? new InlineDocumentParser(glossary);
    this.base = options.base;
    this.onProgress = options.onProgress ?? (() => undefined);
    this.previousHashes = new Map((options.previous?.files ?? []).map((entry) => [entry.file, entry.contentHash]));
  }

  async fill(build: IndexBuild, hashes: readonly ManifestFile[]): Promise<ManifestFile[]> {
    const manifestFiles: ManifestFile[] = [];
    const current = new Set(hashes.map((entry) => entry.file));
    for (const file of build.baseFiles) if (!current.has(file)) build.removeDocument(file);
    for (const [position, entry] of hashes.entries()) {
      this.readAhead(hashes, position);
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
    const { file, contentHash } = entry;
    const previousHash = this.previousHashes.get(file);
    const inBase = build?.baseFiles.has(file) === true && this.base !== null;
    const loaded = await this.loaded(entry);
    if ("cached" in loaded) {
      const { cached } = loaded;
      if (build && !(inBase && previousHash === contentHash)) build.replaceDocument(rowsOf(cached));
      this.reports.push({ file, cached: true, counts: cached.counts, unparsed: cached.unparsed, warnings: cached.warnings, error: null, keptPrevious: false });
      progress("không đổi");
      return entry;
    }
    if ("error" in loaded.outcome) {
      const kept = previousHash ? await this.readCached(file, previousHash) : null;
      // The previous rows stay: already in an incremental build, written again into a fresh one.
      if (kept && build && !inBase) build.replaceDocument(rowsOf(kept));
      const keptPrevious = kept !== null || inBase;
      this.reports.push({ file, cached: false, counts: kept?.counts ?? null, unparsed: [], warnings: [], error: loaded.outcome.error, keptPrevious });
      progress(keptPrevious ? "LỖI — giữ bản cũ" : "LỖI");
      return keptPrevious && previousHash ? { ...entry, contentHash: previousHash } : null;
    }
    const { ingested, lineWarnings, expansions } = loaded.outcome;
    this.expander?.use(expansions);
    try {
      build?.replaceDocument(rowsOf(ingested));
    } finally {
      this.expander?.use([]);
    }
    this.reports.push({ file, cached: false, counts: ingested.counts, unparsed: ingested.unparsed, warnings: ingested.warnings, error: null, keptPrevious: false });
    progress(lineWarnings.length > 0 ? `đã đọc, ${lineWarnings.length} dòng bị cắt` : "đã đọc");
    return entry;
  }

  /** A file's cached parse or its parse now, taken from what was started ahead when it was. */
  private loaded(entry: ManifestFile): Promise<LoadedDocument> {
    const ahead = this.ahead.get(entry.file);
    this.ahead.delete(entry.file);
    return ahead ?? this.load(entry);
  }

  /** Starts loading the file at `position` and the `readAheadDocuments` after it, in order: the parser reads them while this thread writes. */
  private readAhead(hashes: readonly ManifestFile[], position: number): void {
    for (const entry of hashes.slice(position, position + 1 + readAheadDocuments)) {
      if (!this.ahead.has(entry.file)) this.ahead.set(entry.file, this.load(entry));
    }
  }

  private async load(entry: ManifestFile): Promise<LoadedDocument> {
    const cached = await this.readCached(entry.file, entry.contentHash);
    if (cached) return { cached };
    const request = {
      sourcesDir: this.settings.sourcesDir,
      file: entry.file,
      size: entry.size,
      cache: { indexDir: this.settings.indexDir, key: cacheKey(entry.file, entry.contentHash) },
      ...(this.settings.budget ? { budget: this.settings.budget } : {}),
    };
    return { outcome: await this.parser.parse(request) };
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
