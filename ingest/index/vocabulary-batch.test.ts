import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { DatabaseWriter, type DatabaseWriterOptions } from "./database-writer.js";
import { createIndexDatabase, openWritableIndexDatabase } from "./index-database.js";
import { fixturePassages, fixtureFile, fixtureRecords, otherFile, taskRecord } from "./test-fixtures.js";
import type { KnowledgeRecord } from "../records/schemas.js";

/** The vocabulary's count changes are summed over the build's documents and written together (vocabulary-store.ts). */
const rowsOf = (database: Database.Database) => database.prepare("SELECT form, term, count FROM vocabulary ORDER BY form, term").all();
const otherRecords = (): KnowledgeRecord[] => [
  taskRecord("o1", otherFile, "Xây dựng cơ sở dữ liệu giáo dục", ["Sở Giáo dục và Đào tạo"]),
  taskRecord("o2", otherFile, "Khắc phục hạn chế về hạ tầng số", ["Sở Xây dựng"]),
];
const replacement = (): KnowledgeRecord[] => [taskRecord("o3", otherFile, "Chuyển đổi số trong giáo dục và y tế", ["Sở Y tế"])];

describe("vocabulary counts written in one batch", () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });
  const database = async (name: string) => {
    const folder = await mkdtemp(join(tmpdir(), "vocabulary-batch-"));
    folders.push(folder);
    return createIndexDatabase(join(folder, name));
  };

  /** Both documents written, then the second replaced and the first removed, with the counts written every `batch` terms. */
  async function build(options: DatabaseWriterOptions, steps: "both" | "replaced") {
    const target = await database("index.sqlite");
    const writer = new DatabaseWriter(target, options);
    writer.replaceDocument({ file: fixtureFile, info: null, records: fixtureRecords(), passages: fixturePassages() });
    writer.replaceDocument({ file: otherFile, info: null, records: otherRecords(), passages: [] });
    if (steps === "replaced") {
      writer.replaceDocument({ file: otherFile, info: null, records: replacement(), passages: [] });
      writer.removeDocument(fixtureFile);
    }
    writer.finish();
    return target;
  }

  it("gives the counts written term by term after each document (every batch size), also after a document is replaced and another removed", async () => {
    for (const steps of ["both", "replaced"] as const) {
      const once = rowsOf(await build({}, steps));
      const eachTerm = rowsOf(await build({ vocabularyBatch: 1 }, steps));
      expect(eachTerm).toEqual(once);
      expect(once.length).toBeGreaterThan(50);
    }
    const replaced = await build({}, "replaced");
    const fresh = await database("fresh.sqlite");
    const writer = new DatabaseWriter(fresh);
    writer.replaceDocument({ file: otherFile, info: null, records: replacement(), passages: [] });
    writer.finish();
    expect(rowsOf(replaced)).toEqual(rowsOf(fresh));
  });

  it("across builds: an incremental build that replaces one document counts as a fresh build of the new contents", async () => {
    const first = await build({}, "both");
    const path = first.name;
    first.close();
    const incremental = openWritableIndexDatabase(path);
    const writer = new DatabaseWriter(incremental);
    writer.replaceDocument({ file: otherFile, info: null, records: replacement(), passages: [] });
    writer.finish();
    const fresh = await database("fresh.sqlite");
    const freshWriter = new DatabaseWriter(fresh);
    freshWriter.replaceDocument({ file: fixtureFile, info: null, records: fixtureRecords(), passages: fixturePassages() });
    freshWriter.replaceDocument({ file: otherFile, info: null, records: replacement(), passages: [] });
    freshWriter.finish();
    expect(rowsOf(incremental)).toEqual(rowsOf(fresh));
  });

  it("keeps nothing of a document whose transaction rolled back", async () => {
    const failing = await database("failing.sqlite");
    let calls = 0;
    const writer = new DatabaseWriter(failing, {
      agencyNames: () => {
        calls += 1;
        if (calls === 2) throw new Error("agency names failed");
        return [];
      },
    });
    writer.replaceDocument({ file: fixtureFile, info: null, records: fixtureRecords(), passages: fixturePassages() });
    expect(() => writer.replaceDocument({ file: otherFile, info: null, records: otherRecords(), passages: [] })).toThrow("agency names failed");
    writer.replaceDocument({ file: otherFile, info: null, records: replacement(), passages: [] });
    writer.finish();
    const alone = await database("alone.sqlite");
    const aloneWriter = new DatabaseWriter(alone);
    aloneWriter.replaceDocument({ file: fixtureFile, info: null, records: fixtureRecords(), passages: fixturePassages() });
    aloneWriter.replaceDocument({ file: otherFile, info: null, records: replacement(), passages: [] });
    aloneWriter.finish();
    expect(rowsOf(failing)).toEqual(rowsOf(alone));
  });
});
