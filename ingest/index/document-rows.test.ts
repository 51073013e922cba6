import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import type { DocumentInfo } from "../records/schemas.js";
import { DatabaseWriter } from "./database-writer.js";
import { readDocumentRows } from "./document-rows.js";
import { HashingEmbeddings } from "./embeddings/hashing-embeddings.js";
import { createIndexDatabase, IndexDatabaseError, openWritableIndexDatabase, packRow } from "./index-database.js";
import { builtIndexFiles } from "./index-layout.js";
import { readIndexManifest } from "./index-store.js";
import { SearchIndex, buildSearchIndex } from "./search-index.js";
import { readSideRows } from "./side-rows.js";
import { fixtureDocuments, fixtureFile, fixturePassages, otherFile, taskRecord } from "./test-fixtures.js";
import { readDocumentNames } from "./vocabulary-store.js";
import { documentNames } from "./vocabulary/document-names.js";

const glossary = loadGlossary();
const root = path.join(import.meta.dirname, "..", "..");
/** Two documents that cite others and are signed (facts), and one written without facts. */
const sources = ["ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md", "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt"];
const withoutFacts: DocumentInfo = { ...fixtureDocuments()[0]!, file: "zz-no-facts.md" };

async function infos(): Promise<DocumentInfo[]> {
  const read = async (file: string) => (await ingestDocument(await readDocument(path.join(root, "knowledge/sources", file)), glossary)).info;
  return [...(await Promise.all(sources.map(read))).filter((info) => info !== null), withoutFacts];
}

describe("documents stored with their facts apart, and their target words apart from their phrases", () => {
  const directories: string[] = [];
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });
  const build = async (documents: DocumentInfo[]) => {
    const indexDir = await mkdtemp(path.join(tmpdir(), "document-rows-"));
    directories.push(indexDir);
    await buildSearchIndex({ records: [], passages: [], documents }, new HashingEmbeddings(), indexDir, [], { documentNames: (info) => documentNames(info, glossary) });
    return { indexDir, database: builtIndexFiles((await readIndexManifest(indexDir)).folder).database };
  };

  it("read back as written: the same values, keys in the same order, no facts where none were", async () => {
    const written = await infos();
    expect(written.filter((info) => info.facts !== undefined)).toHaveLength(2);
    const { indexDir, database } = await build(written);
    const index = await SearchIndex.load(indexDir, new HashingEmbeddings());
    const byFile = (documents: readonly DocumentInfo[]) => [...documents].sort((left, right) => left.file.localeCompare(right.file));
    expect(index.documents).toEqual(byFile(written));
    expect(index.documents.map((document) => JSON.stringify(document))).toEqual(byFile(written).map((document) => JSON.stringify(document)));
    expect("facts" in index.documents.find((document) => document.file === withoutFacts.file)!).toBe(false);
    // Read eagerly (the review page): the same documents under the files they are stored under.
    const opened = openWritableIndexDatabase(database);
    expect(readDocumentRows(opened, database, { lazily: false })).toEqual(byFile(written).map((document) => ({ file: document.file, document })));
    // The names: phrases and target words as computed, in the documents' order.
    expect(readDocumentNames(opened, database, index.documents)).toEqual(index.documents.map((document) => documentNames(document, glossary)));
    opened.close();
    index.close();
  });

  it("a document's facts are validated when first read: a row that does not validate opens, then names itself when read", async () => {
    const written = await infos();
    const { indexDir, database } = await build(written);
    const opened = openWritableIndexDatabase(database);
    opened.prepare("UPDATE documents SET facts = ? WHERE file = ?").run(packRow({ citations: "none" }), sources[0]);
    opened.close();
    const index = await SearchIndex.load(indexDir, new HashingEmbeddings());
    const broken = index.documents.find((document) => document.file === sources[0])!;
    expect(broken.title).toBe(written[0]!.title);
    expect(() => broken.facts).toThrow(IndexDatabaseError);
    expect(index.documents.find((document) => document.file === sources[1])!.facts).toEqual(written[1]!.facts);
    index.close();
  });
});

describe("the rows' lengths, files and body flags stored per side", () => {
  const passage = (id: string, file: string, text: string, recordId: string | null) => ({ id, file, breadcrumb: [], text, startLine: 1, endLine: 1, recordId });
  const sideOf = (database: ReturnType<typeof createIndexDatabase>, table: string, body: string) =>
    (database.prepare(`SELECT rowid, doc, tokens, ${body} FROM ${table} ORDER BY rowid`).raw().all() as number[][]).map(([rowid, doc, tokens, isBody]) => ({ rowid, doc, tokens, body: isBody }));
  const stored = (database: ReturnType<typeof createIndexDatabase>, side: "records" | "passages") => {
    const columns = readSideRows(database, side);
    return [...columns.rowids].map((rowid, index) => ({ rowid, doc: columns.docs[index], tokens: columns.tokens[index], body: columns.body[index] }));
  };

  it("are the rows' own, for two documents, after a build that replaces one and removes the other", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "side-rows-"));
    const database = createIndexDatabase(path.join(folder, "index.sqlite"));
    const writer = new DatabaseWriter(database);
    const planPassages = [passage("row", fixtureFile, "Đào tạo nhân lực số", "t1"), ...fixturePassages()];
    writer.replaceDocument({ file: fixtureFile, info: null, records: [taskRecord("t1", fixtureFile, "Xây dựng cơ sở dữ liệu đất đai", ["Sở Y tế"])], passages: planPassages });
    writer.replaceDocument({ file: otherFile, info: null, records: [taskRecord("t4", otherFile, "Xây dựng cơ sở dữ liệu dân cư", ["Công an tỉnh"])], passages: [passage("b", otherFile, "Dân cư và đất đai", null)] });
    writer.finish();
    const check = () => {
      expect(stored(database, "records")).toEqual(sideOf(database, "record_rows", "0"));
      expect(stored(database, "passages")).toEqual(sideOf(database, "passage_rows", "body"));
    };
    check();
    expect(stored(database, "passages").some((row) => row.body === 0)).toBe(true);
    const second = new DatabaseWriter(database);
    second.replaceDocument({ file: fixtureFile, info: null, records: [], passages: planPassages.slice(3) });
    second.removeDocument(otherFile);
    second.finish();
    check();
    expect(stored(database, "records")).toEqual([]);
    database.close();
    await rm(folder, { recursive: true, force: true });
  });
});
