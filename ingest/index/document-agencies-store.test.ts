import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import type { KnowledgeRecord } from "../records/schemas.js";
import { buildIndex } from "./build-index.js";
import { HashingEmbeddings } from "./embeddings/hashing-embeddings.js";
import { SearchIndex, buildSearchIndex } from "./search-index.js";
import { agenciesNamedByDocuments } from "./vocabulary/document-agencies.js";

const glossary = loadGlossary();
const root = path.join(import.meta.dirname, "..", "..");
const agencyNames = (records: readonly KnowledgeRecord[]) => agenciesNamedByDocuments(records, glossary);
const listKinds = ["task", "indicator", "dti-criterion", "budget-line"] as const;

/** Two documents whose owner columns name agencies the glossary does not list: a national plan and a provincial table. */
async function twoDocuments() {
  const read = async (file: string) => ingestDocument(await readDocument(path.join(root, file)), glossary);
  return [await read("test/fixtures/devdocs/ke-hoach-theo-thang-nq57-wbs.md"), await read("test/fixtures/documents/bang-nhiem-vu-doi-bo-cuc.md")];
}

/** What the answering code computed on the first question before decision 031: every list record of the index, read in order. */
const computedFromRecords = (index: SearchIndex) => agenciesNamedByDocuments(index.recordsOf({ kinds: listKinds }), glossary);

describe("the documents' agency names stored at ingest", () => {
  const directories: string[] = [];
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });
  const newDirectory = async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "document-agencies-"));
    directories.push(directory);
    return directory;
  };

  it("are the names a pass over every list record finds, in the same order, from both documents", async () => {
    const documents = await twoDocuments();
    const indexDir = await newDirectory();
    const content = { records: documents.flatMap((document) => document.records), passages: [], documents: documents.map((document) => document.info) };
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, [], { agencyNames });
    const index = await SearchIndex.load(indexDir, new HashingEmbeddings());
    const stored = index.vocabulary.documentAgencies();
    expect(stored).toEqual(computedFromRecords(index));
    expect(stored).toEqual(expect.arrayContaining(["Bộ Ngoại giao", "Viện Hàn lâm KH&CN VN", "Viện Nghiên cứu phát triển miền Trung"]));
    expect(new Set(stored).size).toBe(stored.length);
    index.close();
  });

  it("follow a document replaced or removed by an incremental build", async () => {
    const [national, provincial] = await twoDocuments();
    const indexDir = await newDirectory();
    const content = { records: [...national!.records, ...provincial!.records], passages: [], documents: [national!.info, provincial!.info] };
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, [], { agencyNames });
    // The national plan keeps only its first ten records; the provincial table is removed.
    await buildIndex(indexDir, new HashingEmbeddings(), { incremental: true, agencyNames }, async (build) => {
      build.replaceDocument({ file: national!.file, info: national!.info, records: national!.records.slice(0, 10), passages: [] });
      build.removeDocument(provincial!.file);
      return [];
    });
    const index = await SearchIndex.load(indexDir, new HashingEmbeddings());
    expect(index.vocabulary.documentAgencies()).toEqual(computedFromRecords(index));
    expect(index.vocabulary.documentAgencies()).toEqual(agencyNames(national!.records.slice(0, 10)));
    expect(index.vocabulary.documentAgencies().length).toBeGreaterThan(0);
    expect(index.vocabulary.documentAgencies()).not.toContain("Viện Nghiên cứu phát triển miền Trung");
    index.close();
  });
});
