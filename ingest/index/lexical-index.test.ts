import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LexicalIndex, LexicalIndexFormatError, type LexicalItem } from "./lexical-index.js";

const sourcesDir = join(import.meta.dirname, "../../knowledge/sources");

function sourceLineItems(): LexicalItem[] {
  return readdirSync(sourcesDir).flatMap((file) =>
    readFileSync(join(sourcesDir, file), "utf8")
      .split("\n")
      .map((text, index) => ({ id: `${file}:${index + 1}`, text }))
      .filter((item) => item.text.trim().length > 20),
  );
}

describe("LexicalIndex", () => {
  const collisionItems: LexicalItem[] = [
    { id: "han-nang", text: "hàn nặng" },
    { id: "han-che", text: "hạn chế" },
    { id: "han-breve", text: "hăn" },
    { id: "unrelated", text: "kinh tế số" },
  ];

  it("finds accented items from an unaccented query", () => {
    const index = LexicalIndex.build(collisionItems);
    const ids = index.search("han", { limit: 10 }).map((hit) => hit.id);
    expect(new Set(ids)).toEqual(new Set(["han-nang", "han-che", "han-breve"]));
  });

  it("ranks the exact-diacritic item above folded-only collisions", () => {
    const index = LexicalIndex.build(collisionItems);
    const hits = index.search("Hạn?", { limit: 10 });
    expect(hits[0]?.id).toBe("han-che");
    expect(hits.length).toBe(3);
    expect(hits[0]!.score).toBeGreaterThan(1.5 * hits[1]!.score);
  });

  it("orders by BM25: rarer terms, repeated terms and shorter items score higher", () => {
    const index = LexicalIndex.build([
      { id: "short", text: "chuyển đổi số" },
      { id: "long", text: "chuyển đổi số trong các cơ quan nhà nước và doanh nghiệp trên địa bàn tỉnh" },
      { id: "repeated", text: "chuyển đổi số, chuyển đổi số và chuyển đổi số cấp xã" },
      { id: "other", text: "cơ quan nhà nước" },
    ]);
    const ids = index.search("chuyển đổi số", { limit: 10 }).map((hit) => hit.id);
    expect(ids.indexOf("short")).toBeLessThan(ids.indexOf("long"));
    expect(ids).not.toContain("other");
    const phrase = index.search("doanh nghiệp", { limit: 10 });
    expect(phrase.map((hit) => hit.id)).toEqual(["long"]);
  });

  it("applies filter, limit and boost", () => {
    const index = LexicalIndex.build([
      { id: "a", text: "kinh tế số" },
      { id: "b", text: "kinh tế số", boost: 2 },
      { id: "c", text: "kinh tế số" },
    ]);
    expect(index.search("kinh te so", { limit: 1 }).map((hit) => hit.id)).toEqual(["b"]);
    expect(index.search("kinh te so", { limit: 5, filter: (id) => id !== "b" }).map((hit) => hit.id)).toEqual(["a", "c"]);
    expect(index.search("", { limit: 5 })).toEqual([]);
  });

  it("round-trips through JSON with identical results", () => {
    const items = sourceLineItems();
    const index = LexicalIndex.build(items);
    const restored = LexicalIndex.fromJSON(JSON.parse(JSON.stringify(index)));
    for (const query of ["chủ trì xây dựng cơ sở dữ liệu", "so hoa ho so thu tuc hanh chinh", "DTI"]) {
      const original = index.search(query, { limit: 10 });
      expect(original.length).toBeGreaterThan(0);
      expect(restored.search(query, { limit: 10 })).toEqual(original);
    }
    expect(() => LexicalIndex.fromJSON({ format: "other" })).toThrow(LexicalIndexFormatError);
  });

  it("finds real document lines from an unaccented question", () => {
    const index = LexicalIndex.build(sourceLineItems());
    const hits = index.search("chi so chuyen doi so DTI", { limit: 5 });
    expect(hits.length).toBe(5);
    const top = sourceLineItems().find((item) => item.id === hits[0]?.id);
    expect(top?.text.toLowerCase()).toMatch(/dti|chuyển đổi số/);
  });

  it("serialises and loads 5,000 items quickly", () => {
    const words = sourceLineItems().flatMap((item) => item.text.split(/\s+/)).filter(Boolean);
    const items = Array.from({ length: 5000 }, (_, position) => ({
      id: `item-${position}`,
      text: Array.from({ length: 40 }, (__, offset) => words[(position * 37 + offset * 11) % words.length]).join(" "),
    }));
    const index = LexicalIndex.build(items);
    const started = performance.now();
    const json = JSON.stringify(index);
    const serialised = performance.now();
    const loaded = LexicalIndex.fromJSON(JSON.parse(json));
    const finished = performance.now();
    console.log(
      `lexical index, 5,000 items: ${(json.length / 1e6).toFixed(1)} MB JSON, stringify ${(serialised - started).toFixed(0)} ms, parse+load ${(finished - serialised).toFixed(0)} ms`,
    );
    expect(loaded.size).toBe(5000);
    expect(finished - serialised).toBeLessThan(3000);
  });
});
