import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildIndex } from "./build-index.js";
import { HashingEmbeddings } from "./embeddings/hashing-embeddings.js";
import { SearchIndex, buildSearchIndex } from "./search-index.js";
import { fixtureDocuments, fixtureFile, fixturePassages, fixtureRecords, otherFile, taskRecord } from "./test-fixtures.js";
import { MemoryVocabulary, termForms, type CorpusVocabulary, type TermForm } from "./vocabulary/corpus-vocabulary.js";
import { matchText } from "./vocabulary/record-texts.js";
import type { KnowledgeRecord, Passage } from "../records/schemas.js";

const manifestFiles = [{ file: fixtureFile, contentHash: "hash-1", size: 100 }];
const open = (indexDir: string) => SearchIndex.load(indexDir, new HashingEmbeddings());

/** Terms worth comparing: every syllable, bigram and word of the contents, and some they never use. */
function probeTerms(records: KnowledgeRecord[], passages: Passage[]): string[] {
  const words = [...records.map(matchText), ...passages.map((passage) => passage.text)].join(" ").toLowerCase().split(/\s+/);
  return [...new Set([...words, ...words.slice(1).map((word, index) => `${words[index]}_${word}`), "giáo", "giao", "dục", "duc", "xyz", "csdl", "kh"])];
}

function sameCounts(actual: CorpusVocabulary, expected: CorpusVocabulary, terms: string[]): void {
  expect(actual.titleCount()).toBe(expected.titleCount());
  for (const form of Object.values(termForms) as TermForm[]) {
    const differing = terms.filter((term) => (actual.count(form, term) > 0) !== (expected.count(form, term) > 0));
    expect(differing, `form ${form}`).toEqual([]);
    if (form === termForms.exactTitle || form === termForms.foldedTitle) {
      expect(terms.map((term) => actual.count(form, term))).toEqual(terms.map((term) => expected.count(form, term)));
    }
  }
}

describe("index vocabulary", () => {
  const directories: string[] = [];
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });
  const content = { records: fixtureRecords(), passages: fixturePassages(), documents: fixtureDocuments() };

  it("holds the counts, definitions and initials of the contents written", async () => {
    const indexDir = await mkdtemp(join(tmpdir(), "vocabulary-store-"));
    directories.push(indexDir);
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, manifestFiles);
    const index = await open(indexDir);
    const memory = new MemoryVocabulary({ titles: content.records.map(matchText), passages: content.passages });
    sameCounts(index.vocabulary, memory, probeTerms(content.records, content.passages));
    expect(index.vocabulary.count(termForms.foldedTitle, "co_so")).toBe(2);
    const withInitials = (key: string) => [...index.vocabulary.textsWithInitials(key)].map((text) => text.text);
    expect(withInitials("csdl")).toEqual([...memory.textsWithInitials("csdl")].map((text) => text.text));
    expect(index.vocabulary.definitions("csdl")).toEqual(memory.definitions("csdl"));
    index.close();
  });

  it("after replacing a document, counts as a fresh build of the new contents does", async () => {
    const indexDir = await mkdtemp(join(tmpdir(), "vocabulary-store-"));
    directories.push(indexDir);
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, manifestFiles);
    const replacement = taskRecord("t9", otherFile, "Xây dựng cơ sở dữ liệu giáo dục", ["Sở Giáo dục và Đào tạo"]);
    await buildIndex(indexDir, new HashingEmbeddings(), { incremental: true }, async (build) => {
      build.replaceDocument({ file: otherFile, info: null, records: [replacement], passages: [] });
      return manifestFiles;
    });
    const records = [...content.records.filter((record) => record.locator.file !== otherFile), replacement];
    const index = await open(indexDir);
    sameCounts(index.vocabulary, new MemoryVocabulary({ titles: records.map(matchText), passages: content.passages }), probeTerms(content.records.concat(replacement), content.passages));
    // "dân cư" was only in the replaced record's title; "giáo dục" only in the new one.
    expect(index.vocabulary.count(termForms.foldedTitle, "dan_cu")).toBe(0);
    expect(index.vocabulary.count(termForms.foldedTitle, "giao_duc")).toBe(1);
    index.close();
  });
});
