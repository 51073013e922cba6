import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { withAbbreviationForms } from "../vietnamese/glossary/abbreviation-forms.js";
import { loadGlossary } from "../vietnamese/glossary/glossary.js";
import { createEmbeddings, embeddingsId, type EmbeddingsSettings } from "./index/embeddings/create-embeddings.js";
import { readCachedDocument, writeCachedDocument } from "./index/index-store.js";
import { pipelineVersion } from "./pipeline-version.js";
import { CachedDocumentFields } from "./index/document-cache.js";
import { isIndexStale, readManifest } from "./index/manifest.js";
import { buildSearchIndex } from "./index/search-index.js";
import { ingestDocument, type DocumentCounts, type IngestedDocument } from "./ingest-document.js";
import { readDocument } from "./read/read-document.js";
import { UnparsedRow } from "./structure/table-model.js";
import { checkDocumentSize, defaultDocumentBudget, limitLineLengths, type DocumentBudget } from "./document-budget.js";
import { errorMessage } from "../errors/error-message.js";

export interface IngestSettings {
  sourcesDir: string;
  indexDir: string;
  embeddings: EmbeddingsSettings;
  /** Size and line-length budget per document (defaults: 20 MB, 20,000 characters). */
  budget?: DocumentBudget;
}

export interface IngestOptions {
  force?: boolean;
  /** Called with one line per document as it is done ("[2/5] file: 0.4 s"). */
  onProgress?: (line: string) => void;
}

export interface DocumentReport {
  file: string;
  /** True when the previous parse was reused because the file did not change. */
  cached: boolean;
  counts: DocumentCounts | null;
  unparsed: UnparsedRow[];
  /** What could not become records, with the reason (tables skipped or without records, a document without records), and lines cut by the line budget. */
  warnings: string[];
  /** Set when the file could not be read; its previous records, if any, are kept. */
  error: string | null;
  keptPrevious: boolean;
}

export interface IngestReport {
  documents: DocumentReport[];
  /** False when the index was already up to date. */
  rebuilt: boolean;
  milliseconds: number;
}

/** A document's cached parse: the index's cached fields plus what the ingest report prints. */
const CachedIngest = CachedDocumentFields.extend({
  unparsed: z.array(UnparsedRow),
  warnings: z.array(z.string()),
  counts: z.record(z.string(), z.number()),
});

/** Every file of the sources folder except hidden files; unknown extensions are reported, not skipped silently. */
export async function listSourceFiles(sourcesDir: string): Promise<string[]> {
  const entries = await readdir(sourcesDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort();
}

export async function hashSourceFiles(sourcesDir: string, files: string[]) {
  return Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(path.join(sourcesDir, file));
      return { file, contentHash: createHash("sha256").update(bytes).digest("hex"), size: bytes.length };
    }),
  );
}

/** What the index was built with: the embedding and the parsing code; a change to either rebuilds. */
export function indexIdentity(embeddings: EmbeddingsSettings): string {
  return `${embeddingsId(embeddings)}+pipeline-${pipelineVersion()}`;
}

/** The parse of a file depends on its bytes, its name (record ids and citations carry it) and the parsing code. */
const cacheKey = (file: string, contentHash: string) =>
  `${contentHash}-${createHash("sha256").update(file).digest("hex").slice(0, 12)}-${pipelineVersion()}`;

/**
 * Reads, structures and indexes every source document. Unchanged files reuse their cached
 * parse; a file that fails to read is reported and its previous parse (if any) kept; the new
 * index is built aside and swapped in only when complete.
 */
export async function runIngest(settings: IngestSettings, options: IngestOptions = {}): Promise<IngestReport> {
  const started = performance.now();
  const files = await listSourceFiles(settings.sourcesDir);
  const hashes = await hashSourceFiles(settings.sourcesDir, files);
  const identity = indexIdentity(settings.embeddings);
  if (!options.force && !(await isIndexStale(settings.indexDir, hashes, identity))) {
    return { documents: [], rebuilt: false, milliseconds: performance.now() - started };
  }
  const glossary = loadGlossary();
  const previous = await previousHashes(settings.indexDir);
  const documents: IngestedDocument[] = [];
  const reports: DocumentReport[] = [];
  const budget = settings.budget ?? defaultDocumentBudget;
  for (const [position, { file, contentHash, size }] of hashes.entries()) {
    const documentStarted = performance.now();
    const progress = (status: string) =>
      options.onProgress?.(`[${position + 1}/${hashes.length}] ${file}: ${status} (${((performance.now() - documentStarted) / 1000).toFixed(1)} s)`);
    const cached = await readCachedIngest(settings.indexDir, file, contentHash);
    if (cached) {
      documents.push(cached);
      reports.push({ file, cached: true, counts: cached.counts, unparsed: cached.unparsed, warnings: cached.warnings, error: null, keptPrevious: false });
      progress("không đổi");
      continue;
    }
    try {
      checkDocumentSize(file, size, budget);
      const { source, warnings: lineWarnings } = limitLineLengths(await readDocument(path.join(settings.sourcesDir, file)), budget);
      const parsed = ingestDocument(source, glossary);
      const ingested = { ...parsed, warnings: [...parsed.warnings, ...lineWarnings] };
      await writeCachedDocument(settings.indexDir, cacheKey(file, contentHash), ingested);
      documents.push(ingested);
      reports.push({ file, cached: false, counts: ingested.counts, unparsed: ingested.unparsed, warnings: ingested.warnings, error: null, keptPrevious: false });
      progress(lineWarnings.length > 0 ? `đã đọc, ${lineWarnings.length} dòng bị cắt` : "đã đọc");
    } catch (error) {
      const message = errorMessage(error);
      const previousHash = previous.get(file);
      const kept = previousHash ? await readCachedIngest(settings.indexDir, file, previousHash) : null;
      if (kept) documents.push(kept);
      reports.push({ file, cached: false, counts: kept?.counts ?? null, unparsed: [], warnings: [], error: message, keptPrevious: kept !== null });
      progress(kept ? "LỖI — giữ bản cũ" : "LỖI");
    }
  }
  const manifestFiles = hashes
    .map((entry) => {
      const document = documents.find((candidate) => candidate.file === entry.file);
      return document ? { ...entry, contentHash: document.contentHash } : null;
    })
    .filter((entry): entry is NonNullable<typeof entry> => entry !== null);
  await buildSearchIndex(
    {
      records: documents.flatMap((document) => document.records),
      passages: documents.flatMap((document) => document.passages),
      documents: documents.map((document) => document.info),
    },
    createEmbeddings(settings.embeddings),
    settings.indexDir,
    manifestFiles,
    { embeddingsId: identity, expandText: (text) => withAbbreviationForms(text, glossary) },
  );
  return { documents: reports, rebuilt: true, milliseconds: performance.now() - started };
}

async function readCachedIngest(indexDir: string, file: string, contentHash: string): Promise<IngestedDocument | null> {
  const cached = await readCachedDocument(indexDir, cacheKey(file, contentHash), CachedIngest);
  return cached as IngestedDocument | null;
}

async function previousHashes(indexDir: string): Promise<Map<string, string>> {
  const manifest = await readManifest(indexDir).catch(() => null);
  return new Map((manifest?.files ?? []).map((entry) => [entry.file, entry.contentHash]));
}
