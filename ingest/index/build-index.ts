import { copyFile } from "node:fs/promises";
import type Database from "better-sqlite3";
import type { z } from "zod";
import type { Embeddings } from "@langchain/core/embeddings";
import type { DocumentInfo, KnowledgeRecord, Passage } from "../records/schemas.js";
import { DatabaseWriter, type DocumentRows } from "./database-writer.js";
import { embeddingsIdOf } from "./embeddings/create-embeddings.js";
import { createIndexDatabase, openIndexDatabase, openWritableIndexDatabase, parseRow, rowSchemas } from "./index-database.js";
import { builtIndexFiles } from "./index-layout.js";
import { passageIndexText, recordIndexText } from "./index-text.js";
import { readIndexManifest, syncFile, writeIndexBuild } from "./index-store.js";
import { indexFormatVersion, type IndexManifest, type ManifestFile } from "./manifest.js";
import { VectorStore, type VectorItem } from "./vector-store.js";
import type { StoredDocumentNames } from "./vocabulary/document-names.js";
import { AppError } from "../../errors/app-error.js";

/**
 * Builds the index aside and swaps it in when complete: documents are written into the new
 * database one at a time (each in its own transaction), so memory does not grow with their number;
 * the vectors are then computed from the database in batches. An incremental build starts from a
 * copy of the database in use and replaces only the documents given to it.
 */
export interface IndexBuild {
  /** Source files whose rows the build started with (empty for a fresh build). */
  readonly baseFiles: ReadonlySet<string>;
  replaceDocument(rows: DocumentRows): void;
  removeDocument(file: string): void;
}

export interface BuildIndexOptions {
  /** Id of the embedding; defaults to the one carried by embeddings from `createEmbeddings`. */
  embeddingsId?: string;
  /**
   * Rewrites each item's index text before indexing, e.g. the glossary's abbreviation expansion
   * ("CSDL đất đai" → "CSDL đất đai cơ sở dữ liệu") so spelt-out questions find abbreviated rows.
   */
  expandText?: (text: string) => string;
  /** The agencies a document's records name that the glossary does not list, stored with the vocabulary (vocabulary/document-agencies.ts); none when absent. */
  agencyNames?: (records: readonly KnowledgeRecord[]) => readonly string[];
  /** The phrases that name a document in a question and the words of its target texts, stored with it (vocabulary/document-names.ts); none when absent. */
  documentNames?: (info: DocumentInfo) => StoredDocumentNames;
  /** Start from the database in use (when there is one) instead of an empty one. */
  incremental?: boolean;
  /** Build vectors (default true); without them only the lexical ranking is used. */
  vectors?: boolean;
}

export class UnknownEmbeddingsIdError extends AppError {
  constructor() {
    super("UNKNOWN_EMBEDDINGS_ID", "The index build cannot tell which embedding this is: create it with createEmbeddings() or pass options.embeddingsId.");
  }
}

const vectorBatchSize = 512;

/**
 * Runs `fill` on a new build, then computes the vectors, writes the manifest (with the files `fill`
 * returns) last, and swaps the build in. If anything throws, the index in use is left as it was.
 */
export async function buildIndex(
  indexDir: string,
  embeddings: Embeddings,
  options: BuildIndexOptions,
  fill: (build: IndexBuild) => Promise<ManifestFile[]>,
): Promise<IndexManifest> {
  const embeddingsId = options.embeddingsId ?? embeddingsIdOf(embeddings);
  if (embeddingsId === undefined) throw new UnknownEmbeddingsIdError();
  const expand = options.expandText ?? ((text: string) => text);
  const base = options.incremental ? await readIndexManifest(indexDir).catch(() => null) : null;
  let manifest: IndexManifest | null = null;
  await writeIndexBuild(indexDir, async (folder) => {
    const files = builtIndexFiles(folder);
    const database = base ? await copiedDatabase(builtIndexFiles(base.folder).database, files.database) : createIndexDatabase(files.database);
    try {
      const writer = new DatabaseWriter(database, {
        expandText: expand,
        path: files.database,
        ...(options.agencyNames ? { agencyNames: options.agencyNames } : {}),
        ...(options.documentNames ? { documentNames: options.documentNames } : {}),
      });
      const baseFiles = writer.files();
      const manifestFiles = await fill({
        baseFiles,
        replaceDocument: (rows) => writer.replaceDocument(rows),
        removeDocument: (file) => writer.removeDocument(file),
      });
      writer.finish();
      const vectors = options.vectors === false ? noVectors() : await buildVectors(database, embeddings, expand, files.database);
      await vectors.records.save(files.recordVectors);
      await vectors.passages.save(files.passageVectors);
      manifest = {
        version: indexFormatVersion,
        builtAt: new Date().toISOString(),
        embeddingsId,
        files: manifestFiles,
        counts: {
          records: count(database, "records"),
          passages: count(database, "passages"),
          documents: count(database, "documents"),
        },
      };
      // The pages freed by replaced documents given back: a smaller file, the same search.
      database.exec("VACUUM");
      database.pragma("optimize");
    } finally {
      database.close();
    }
    await syncFile(files.database);
    return manifest;
  });
  if (manifest === null) throw new Error("unreachable: the index build wrote no manifest");
  return manifest;
}

/** A writable copy of the database in use, for an incremental build. */
async function copiedDatabase(source: string, target: string): Promise<Database.Database> {
  openIndexDatabase(source).close(); // refuses a damaged database or another schema before copying it
  await copyFile(source, target);
  return openWritableIndexDatabase(target);
}

function count(database: Database.Database, table: "records" | "passages" | "documents"): number {
  return (database.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function noVectors(): { records: VectorStore; passages: VectorStore } {
  return { records: VectorStore.empty(), passages: VectorStore.empty() };
}

async function buildVectors(
  database: Database.Database,
  embeddings: Embeddings,
  expand: (text: string) => string,
  path: string,
): Promise<{ records: VectorStore; passages: VectorStore }> {
  const recordItems = batches(database, "records", path, (record) => ({ id: record.id, text: expand(recordIndexText(record)) }), rowSchemas.records);
  const passageItems = batches(database, "passages", path, (passage) => ({ id: passage.id, text: expand(passageIndexText(passage)) }), rowSchemas.passages);
  return { records: await VectorStore.buildFrom(recordItems, embeddings), passages: await VectorStore.buildFrom(passageItems, embeddings) };
}

/** The items of a table by source file and in the order written, `vectorBatchSize` at a time. */
function* batches<T>(
  database: Database.Database,
  table: "records" | "passages",
  path: string,
  toItem: (row: T) => VectorItem,
  schema: z.ZodType<T>,
): Generator<VectorItem[]> {
  let after = { file: "", rowid: 0 };
  const page = database.prepare(`SELECT file, rowid, json FROM ${table} WHERE (file, rowid) > (?, ?) ORDER BY file, rowid LIMIT ?`);
  for (;;) {
    const rows = page.all(after.file, after.rowid, vectorBatchSize) as { file: string; rowid: number; json: string }[];
    const last = rows[rows.length - 1];
    if (!last) return;
    yield rows.map((row) => toItem(parseRow(path, `${table} row ${row.rowid}`, row.json, schema)));
    after = { file: last.file, rowid: last.rowid };
  }
}

export interface SearchIndexContent {
  records: KnowledgeRecord[];
  passages: Passage[];
  documents: DocumentInfo[];
}

export type BuildSearchIndexOptions = Omit<BuildIndexOptions, "incremental">;

/** Builds a fresh index from contents held in memory (tests, small tools): one document per source file. */
export async function buildSearchIndex(
  content: SearchIndexContent,
  embeddings: Embeddings,
  indexDir: string,
  manifestFiles: ManifestFile[],
  options: BuildSearchIndexOptions = {},
): Promise<IndexManifest> {
  return buildIndex(indexDir, embeddings, options, async (build) => {
    const files = [...new Set([...content.documents.map((info) => info.file), ...content.records.map((record) => record.locator.file), ...content.passages.map((passage) => passage.file)])];
    for (const file of files) {
      build.replaceDocument({
        file,
        info: content.documents.find((info) => info.file === file) ?? null,
        records: content.records.filter((record) => record.locator.file === file),
        passages: content.passages.filter((passage) => passage.file === file),
      });
    }
    return manifestFiles;
  });
}
