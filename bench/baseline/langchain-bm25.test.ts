import path from "node:path";
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildLangchainBm25Baseline, loadSourceDocuments } from "./langchain-bm25.js";

const sourcesDir = path.resolve(import.meta.dirname, "../../knowledge/sources");

describe("the LangChain BM25 baseline on the real documents", () => {
  it("loads every source file as one Document named by its file", async () => {
    const documents = await loadSourceDocuments(sourcesDir);
    const files = readdirSync(sourcesDir).filter((name) => !name.startsWith(".")).sort();
    expect(documents.map((document) => document.metadata.source)).toEqual(files);
    expect(documents.every((document) => document.pageContent.length > 1000)).toBe(true);
  });

  it("splits into chunks of at most 1000 characters and returns the top 3 with their files", async () => {
    const baseline = await buildLangchainBm25Baseline(sourcesDir);
    expect(baseline.chunkCount).toBeGreaterThan(100);
    const passages = await baseline.retrieve("Ai chủ trì xây dựng hệ thống giám sát rừng thông minh?");
    expect(passages).toHaveLength(3);
    for (const passage of passages) {
      expect(passage.text.length).toBeLessThanOrEqual(1000);
      expect(passage.file).toMatch(/\.(md|txt)$/);
    }
  });
});
