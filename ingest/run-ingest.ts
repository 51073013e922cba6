import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { loadGlossary } from "../vietnamese/glossary/glossary.js";
import { agenciesNamedByDocuments } from "./index/vocabulary/document-agencies.js";
import { documentNames } from "./index/vocabulary/document-names.js";
import { createEmbeddings, embeddingsId, vectorsWorthBuilding, type EmbeddingsSettings } from "./index/embeddings/create-embeddings.js";
import { pipelineVersion } from "./pipeline-version.js";
import { readManifest, staleReasons, type IndexManifest } from "./index/manifest.js";
import type { DocumentCounts } from "./ingest-document.js";
import type { UnparsedRow } from "./structure/table-model.js";
import type { DocumentBudget } from "./document-budget.js";
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
  /** False when the index was already up to date, or when it could not be written. */
  rebuilt: boolean;
  /** Why the new index could not be written (read-only or full disk…); the index in use, if any, is unchanged. */
  indexError: string | null;
  milliseconds: number;
}

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

/**
 * Reads, structures and indexes every source document, one at a time. Unchanged files keep their
 * rows (or reuse their cached parse on a full rebuild); a file that fails to read is reported and
 * its previous rows kept; the new index is built aside and swapped in only when complete. When the
 * index cannot be written, every document is still read and reported, with `indexError` set.
 */
export async function runIngest(settings: IngestSettings, options: IngestOptions = {}): Promise<IngestReport> {
  const started = performance.now();
  const files = await listSourceFiles(settings.sourcesDir);
  const hashes = await hashSourceFiles(settings.sourcesDir, files);
  const identity = indexIdentity(settings.embeddings);
  const previous = await readManifest(settings.indexDir).catch(() => null);
  const reasons = staleReasons(previous, hashes, identity);
  if (!options.force && reasons.length === 0) {
    return { documents: [], rebuilt: false, indexError: null, milliseconds: performance.now() - started };
  }
  // The readers (pdf.js, mammoth…) and the index writer are loaded only when something is rebuilt: a question process with a current index never needs them.
  const [{ DocumentIngest }, { buildIndex }, { createDocumentParser }, { IndexTextExpander }] = await Promise.all([
    import("./document-ingest.js"),
    import("./index/build-index.js"),
    import("./parse/document-parser.js"),
    import("./parse/index-text-expansions.js"),
  ]);
  const glossary = loadGlossary();
  // Rows of unchanged files are kept from the index in use when it was built the same way.
  const incremental = !options.force && previous !== null && sameBuild(previous, identity);
  // Files are parsed in a worker thread, ahead of the one being written, when a core is free for it (decision 046).
  const parser = createDocumentParser();
  const expander = new IndexTextExpander(glossary);
  const ingest = new DocumentIngest(settings, glossary, { base: incremental ? previous : null, previous, onProgress: options.onProgress, parser, expander });
  const milliseconds = () => performance.now() - started;
  try {
    await buildIndex(
      settings.indexDir,
      createEmbeddings(settings.embeddings),
      {
        embeddingsId: identity,
        expandText: expander.expand,
        agencyNames: (records) => agenciesNamedByDocuments(records, glossary),
        documentNames: (info) => documentNames(info, glossary),
        incremental,
        vectors: vectorsWorthBuilding(settings.embeddings),
      },
      (build) => ingest.fill(build, hashes),
    );
  } catch (error) {
    if (!ingest.finished) await ingest.readRemaining(hashes);
    return { documents: ingest.reports, rebuilt: false, indexError: errorMessage(error), milliseconds: milliseconds() };
  } finally {
    await parser.close();
  }
  return { documents: ingest.reports, rebuilt: true, indexError: null, milliseconds: milliseconds() };
}

function sameBuild(manifest: IndexManifest, identity: string): boolean {
  return staleReasons(manifest, manifest.files, identity).length === 0;
}

