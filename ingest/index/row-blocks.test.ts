import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { buildIndex } from "./build-index.js";
import { HashingEmbeddings } from "./embeddings/hashing-embeddings.js";
import { builtIndexFiles } from "./index-layout.js";
import { readIndexManifest } from "./index-store.js";
import { blockBytes, packBlocks } from "./row-blocks.js";
import { SearchIndex, buildSearchIndex } from "./search-index.js";
import { fixtureDocuments, fixtureFile, fixturePassages, fixtureRecords, otherFile, taskRecord } from "./test-fixtures.js";
import type { KnowledgeRecord } from "../records/schemas.js";

const manifestFiles = [{ file: fixtureFile, contentHash: "hash-1", size: 100 }];
const open = (indexDir: string) => SearchIndex.load(indexDir, new HashingEmbeddings());

/** Enough task records of one file to fill several blocks. */
function manyRecords(file: string, count: number, prefix: string): KnowledgeRecord[] {
  return Array.from({ length: count }, (_, index) =>
    taskRecord(`${prefix}${index}`, file, `Xây dựng cơ sở dữ liệu chuyên ngành số ${index} về đất đai, dân cư và hạ tầng số của tỉnh`, ["Sở Khoa học và Công nghệ"], index + 1),
  );
}

describe("rows packed in compressed blocks", () => {
  const directories: string[] = [];
  const freshDir = async () => {
    const directory = await mkdtemp(join(tmpdir(), "row-blocks-"));
    directories.push(directory);
    return directory;
  };
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });

  it("packs rows in order into blocks of about blockBytes, each row its byte range of the inflated block", () => {
    const jsons = Array.from({ length: 400 }, (_, index) => JSON.stringify({ id: index, text: `Đẩy mạnh chuyển đổi số ${index} — ${"ư".repeat(index % 50)}` }));
    const blocks = packBlocks(jsons);
    expect(blocks.length).toBeGreaterThan(1);
    const read: string[] = [];
    for (const [position, block] of blocks.entries()) {
      const bytes = inflateRawSync(block.data);
      if (position < blocks.length - 1) expect(bytes.length).toBeGreaterThanOrEqual(blockBytes);
      expect(bytes.length - (block.rows.at(-1)!.start + block.rows.at(-1)!.length)).toBe(0);
      for (const row of block.rows) read.push(bytes.toString("utf8", row.start, row.start + row.length));
    }
    expect(read).toEqual(jsons);
    expect(packBlocks([])).toEqual([]);
  });

  it("reads every row back by id, and a replaced document leaves no block behind; searches score as in a fresh build", async () => {
    const first = { records: [...fixtureRecords(), ...manyRecords(otherFile, 300, "a")], passages: fixturePassages(), documents: fixtureDocuments() };
    // Terms are written from the expanded text (the glossary's abbreviation forms), and taken away the same way.
    const expandText = (text: string) => text.replace(/cơ sở dữ liệu/gi, "$& CSDL");
    const incrementalDir = await freshDir();
    await buildSearchIndex(first, new HashingEmbeddings(), incrementalDir, manifestFiles, { expandText });
    const replacement = manyRecords(otherFile, 200, "b");
    await buildIndex(incrementalDir, new HashingEmbeddings(), { incremental: true, expandText }, async (build) => {
      build.replaceDocument({ file: otherFile, info: null, records: replacement, passages: [] });
      return manifestFiles;
    });
    const final = { ...first, records: [...first.records.filter((record) => record.locator.file !== otherFile), ...replacement] };
    const freshDirectory = await freshDir();
    await buildSearchIndex(final, new HashingEmbeddings(), freshDirectory, manifestFiles, { expandText });

    const incremental = await open(incrementalDir);
    const fresh = await open(freshDirectory);
    for (const record of final.records) expect(incremental.record(record.id)).toEqual(record);
    for (const passage of final.passages) expect(incremental.passage(passage.id)).toEqual(passage);
    expect(incremental.record("a7")).toBeUndefined();
    for (const query of ["cơ sở dữ liệu đất đai", "co so du lieu dan cu 150", "csdl dan cu", "hạ tầng số", "ke hoach chuyen doi so"]) {
      for (const side of ["searchRecords", "searchPassages"] as const) {
        expect(await incremental[side](query, { limit: 20 }), `${side} ${query}`).toEqual(await fresh[side](query, { limit: 20 }));
      }
    }
    incremental.close();
    fresh.close();

    const { folder } = await readIndexManifest(incrementalDir);
    const database = new Database(builtIndexFiles(folder).database, { readonly: true });
    const blocksOf = (file: string) => database.prepare("SELECT count(*) FROM row_blocks WHERE doc = (SELECT rowid FROM files WHERE name = ?)").pluck().get(file);
    expect(blocksOf(otherFile)).toBe(packBlocks(replacement.map((record) => JSON.stringify(record))).length);
    expect(database.prepare("SELECT count(*) FROM row_blocks WHERE rowid NOT IN (SELECT block FROM record_rows UNION SELECT block FROM passage_rows)").pluck().get()).toBe(0);
    database.close();
  });
});
