import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { InlineDocumentParser, WorkerDocumentParser } from "./document-parser.js";
import type { ParseRequest } from "./parse-document.js";

const sourcesDir = path.resolve("knowledge/sources");
const corpusFiles = ["ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md", "ke-hoach-nang-cao-chi-so-DTI-2025.txt"];

describe("parsing in a worker thread", () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  /** Two corpus documents and a file no reader takes, as requests. */
  async function requests(): Promise<ParseRequest[]> {
    const folder = await mkdtemp(path.join(tmpdir(), "parse-worker-"));
    folders.push(folder);
    await writeFile(path.join(folder, "bang.xyz"), "không phải tài liệu");
    return [
      ...corpusFiles.map((file) => ({ sourcesDir, file, size: 1_000 })),
      { sourcesDir: folder, file: "bang.xyz", size: 20 },
    ];
  }

  it("gives back what the calling thread's parse gives, error messages included, in the order asked", async () => {
    const asked = await requests();
    const inline = new InlineDocumentParser(loadGlossary());
    const expected = await Promise.all(asked.map((request) => inline.parse(request)));
    const parser = new WorkerDocumentParser();
    try {
      const outcomes = await Promise.all(asked.map((request) => parser.parse(request)));
      expect(parser.inWorker).toBe(true);
      expect(outcomes).toEqual(expected);
      expect(outcomes.map((outcome) => ("error" in outcome ? "error" : outcome.ingested.file))).toEqual([...corpusFiles, "error"]);
      expect(outcomes.slice(0, 2).every((outcome) => "ingested" in outcome && outcome.ingested.records.length > 20)).toBe(true);
    } finally {
      await parser.close();
    }
  });

  it("parses in the calling thread what a worker that stopped had not given back, and every later file", async () => {
    const asked = await requests();
    const inline = new InlineDocumentParser(loadGlossary());
    const expected = await Promise.all(asked.map((request) => inline.parse(request)));
    const parser = new WorkerDocumentParser(new URL("./test-fixtures/stopping-worker.mjs", import.meta.url));
    try {
      const outcomes = await Promise.all(asked.slice(0, 2).map((request) => parser.parse(request)));
      expect(parser.inWorker).toBe(false);
      outcomes.push(await parser.parse(asked[2]!));
      expect(outcomes).toEqual(expected);
    } finally {
      await parser.close();
    }
  });
});
