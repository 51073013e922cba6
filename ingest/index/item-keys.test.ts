import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HashingEmbeddings } from "./embeddings/hashing-embeddings.js";
import { itemKey } from "./item-keys.js";
import { SearchIndex, buildSearchIndex } from "./search-index.js";
import { taskRecord } from "./test-fixtures.js";

describe("item ids stored without their file's name", () => {
  let indexDir = "";
  afterAll(async () => {
    if (indexDir) await rm(indexDir, { recursive: true, force: true });
  });

  it("keeps what follows the file's name, or the whole id when it does not begin with it", () => {
    expect(itemKey("plan.md", "plan.md:721:task")).toEqual({ key: "721:task", own: 1 });
    expect(itemKey("plan.md", "other.md:721:task")).toEqual({ key: "other.md:721:task", own: 0 });
    expect(itemKey("plan.md", "plan.md")).toEqual({ key: "plan.md", own: 0 });
  });

  it("finds each item by its whole id, also when a file's name holds a colon or begins another's", async () => {
    indexDir = await mkdtemp(join(tmpdir(), "item-keys-"));
    const files = ["a.md", "a.md:b.md", "b.md"];
    const records = [
      taskRecord("a.md:1:task", "a.md", "Xây dựng cơ sở dữ liệu đất đai", ["Sở Nông nghiệp và Môi trường"]),
      taskRecord("a.md:b.md:1:task", "a.md:b.md", "Triển khai hồ sơ sức khỏe điện tử", ["Sở Y tế"]),
      taskRecord("b.md:1:task", "b.md", "Phát triển hạ tầng mạng 5G", ["Sở Khoa học và Công nghệ"]),
      taskRecord("t9", "b.md", "Xây dựng cơ sở dữ liệu dân cư", ["Công an tỉnh"]),
    ];
    await buildSearchIndex({ records, passages: [], documents: [] }, new HashingEmbeddings(), indexDir, files.map((file) => ({ file, contentHash: file, size: 1 })));
    const index = await SearchIndex.load(indexDir, new HashingEmbeddings());
    for (const record of records) expect(index.record(record.id)).toEqual(record);
    expect(index.record("b.md:2:task")).toBeUndefined();
    expect(index.record("c.md:1:task")).toBeUndefined();
    expect((await index.searchRecords("hồ sơ sức khỏe", { limit: 1 }))[0]?.id).toBe("a.md:b.md:1:task");
    expect((await index.searchRecords("dân cư", { limit: 1 }))[0]?.id).toBe("t9");
    index.close();
  });
});
