import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IndicatorRecord, KnowledgeRecord } from "../records/schemas.js";
import { DatabaseWriter } from "./database-writer.js";
import { FileRecords } from "./file-records.js";
import { createIndexDatabase, rowSchemas } from "./index-database.js";
import { fixtureFile, otherFile, taskRecord } from "./test-fixtures.js";

const indicator = (id: string, file: string, name: string): IndicatorRecord => ({
  kind: "indicator",
  id,
  locator: { file, breadcrumb: ["Phụ lục I"], appendix: "I", groupPath: [], itemNumber: id, line: 1 },
  sourceLines: [{ line: 1, text: name }],
  itemNumber: id,
  name,
  unit: "%",
  values: [{ valueKind: "target", year: 2026, label: "Năm 2026", text: "100", number: 100, comparator: null }],
  owners: ["Sở Khoa học và Công nghệ"],
  ownerText: "Sở Khoa học và Công nghệ",
});

/** Two documents, tasks and indicators interleaved, written in an order that is not the files' name order. */
const documents: [string, KnowledgeRecord[]][] = [
  [otherFile, [taskRecord("o1", otherFile, "Xây dựng cơ sở dữ liệu dân cư", ["Công an tỉnh"]), indicator("o2", otherFile, "Tỷ lệ hồ sơ trực tuyến"), taskRecord("o3", otherFile, "Số hóa hồ sơ", ["Sở Nội vụ"]), taskRecord("shared", otherFile, "Báo cáo", ["Sở Nội vụ"])]],
  [fixtureFile, [indicator("f1", fixtureFile, "Tỷ lệ phủ sóng 5G"), taskRecord("f2", fixtureFile, "Triển khai hồ sơ sức khỏe điện tử", ["Sở Y tế"]), indicator("f3", fixtureFile, "Tỷ lệ dân số có danh tính số"), taskRecord("shared", fixtureFile, "Báo cáo", ["Sở Y tế"])]],
];

describe("records kept by file for list answers", () => {
  let folder: string;
  let database: Database.Database;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "file-records-"));
    database = createIndexDatabase(join(folder, "index.sqlite"));
    const writer = new DatabaseWriter(database);
    for (const [file, records] of documents) writer.replaceDocument({ file, info: null, records, passages: [] });
    writer.finish();
  });
  afterAll(async () => {
    database.close();
    await rm(folder, { recursive: true, force: true });
  });

  /** What every list question read before: the rows of the kinds (and files) asked, by file name, then as written. */
  const readAll = (kinds: string[], files: string[] = []): KnowledgeRecord[] =>
    (database.prepare("SELECT file, json FROM records ORDER BY file, rowid").all() as { file: string; json: string }[])
      .filter((row) => files.length === 0 || files.includes(row.file))
      .map((row) => JSON.parse(row.json) as KnowledgeRecord)
      .filter((record) => kinds.includes(record.kind));

  const filters: { kinds: KnowledgeRecord["kind"][]; files?: string[] }[] = [
    { kinds: ["task"] },
    { kinds: ["indicator", "task"] },
    { kinds: ["task", "indicator"], files: [otherFile] },
    { kinds: ["indicator"], files: [fixtureFile, otherFile] },
    { kinds: ["indicator"], files: ["no-such-file.md"] },
    { kinds: [] },
  ];

  it("gives the rows of the kinds and files asked, by file name then as written, whatever is kept", () => {
    // Budgets: everything kept, nothing kept, the first file only (the second does not fit).
    const firstFileCharacters = (database.prepare("SELECT sum(length(json)) FROM records WHERE file = (SELECT min(name) FROM files)").pluck().get() as number) + 1;
    for (const budget of [1_000_000, 0, firstFileCharacters]) {
      const records = new FileRecords(database, "index.sqlite", rowSchemas.records, budget);
      for (let pass = 0; pass < 2; pass += 1) {
        for (const filter of filters) expect(records.where(filter)).toEqual(readAll(filter.kinds, filter.files));
      }
    }
    expect(readAll(["task"]).map((record) => record.id)).toEqual(["f2", "shared", "o1", "o3", "shared"]);
  });

  it("parses a kept file once and shares its frozen records; a file past the budget is read again each time", () => {
    const kept = new FileRecords(database, "index.sqlite", rowSchemas.records, 1_000_000);
    const first = kept.where({ kinds: ["task", "indicator"] });
    const again = kept.where({ kinds: ["indicator"], files: [otherFile] });
    expect(again[0]).toBe(first.find((record) => record.id === "o2"));
    expect(Object.isFrozen(first[0])).toBe(true);
    expect(() => (first[0] as { sourceLines: unknown[] }).sourceLines.push({ line: 2, text: "" })).toThrow(TypeError);

    const none = new FileRecords(database, "index.sqlite", rowSchemas.records, 0);
    const read = none.where({ kinds: ["task"] });
    expect(none.where({ kinds: ["task"] })[0]).not.toBe(read[0]);
    expect(none.where({ kinds: ["task"] })).toEqual(read);
    expect(Object.isFrozen(read[0])).toBe(true);
  });

  it("gives a record by id only when every file is kept and no other record has its id", () => {
    const all = new FileRecords(database, "index.sqlite", rowSchemas.records, 1_000_000);
    expect(all.known("o2")).toBeUndefined(); // nothing read yet
    all.where({ kinds: ["task"], files: [otherFile] });
    expect(all.known("o2")).toBeUndefined(); // one file kept of two
    const every = all.where({ kinds: ["task", "indicator"] });
    for (const id of ["o1", "o2", "f1", "f3"]) expect(all.known(id)).toBe(every.find((record) => record.id === id));
    expect(all.known("shared")).toBeUndefined(); // two files have it
    expect(all.known("no such id")).toBeUndefined();
    const some = new FileRecords(database, "index.sqlite", rowSchemas.records, 10);
    some.where({ kinds: ["task"] });
    expect(some.known("o1")).toBeUndefined();
  });
});
