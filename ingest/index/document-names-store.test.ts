import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { abbreviator } from "../../vietnamese/glossary/abbreviator.js";
import { foldText } from "../../vietnamese/fold.js";
import type { DocumentInfo } from "../records/schemas.js";
import { buildIndex } from "./build-index.js";
import { HashingEmbeddings } from "./embeddings/hashing-embeddings.js";
import { SearchIndex, buildSearchIndex } from "./search-index.js";
import { attachStoredDocumentNames, documentNames, documentPhrases, storedDocumentPhrases } from "./vocabulary/document-names.js";
import { documentHints } from "../../knowledge/answer/understand/document-hints.js";

const glossary = loadGlossary();
const abbreviate = abbreviator(glossary);
const root = path.join(import.meta.dirname, "..", "..");
const phrasesOf = (info: DocumentInfo) => documentPhrases(info, abbreviate);
const namesOf = (info: DocumentInfo) => documentNames(info, glossary);

/** The corpus's plans and decisions, named by number, alias and the leading words of their titles. */
const sources = ["ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md", "chuong-trinh-cong-tac-ban-chi-dao-2026.md", "ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt", "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt"];
const questions = [
  "KH 429 ai ký?",
  "Theo chương trình công tác, tháng 3 có việc gì?",
  "QĐ 1982 ban hành ngày nào?",
  "kế hoạch thực hiện NQ 57 giao Sở KH&CN việc gì?",
  "trong KH chuyển đổi số năm 2026, ai chủ trì CSDL nhà ở?",
  "Nghị quyết 57 đặt mục tiêu gì?",
  "ai chủ trì CSDL nhà ở?",
];

async function documents() {
  const read = async (file: string) => ingestDocument(await readDocument(path.join(root, "knowledge/sources", file)), glossary);
  return Promise.all(sources.map(read));
}

describe("the phrases naming each document, stored at ingest", () => {
  const directories: string[] = [];
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });
  const newIndex = async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "document-names-"));
    directories.push(directory);
    return directory;
  };

  it("are the phrases computed from each document, and name the same documents in every question", async () => {
    const ingested = await documents();
    const indexDir = await newIndex();
    const content = { records: [], passages: [], documents: ingested.map((document) => document.info).filter((info) => info !== null) };
    await buildSearchIndex(content, new HashingEmbeddings(), indexDir, [], { documentNames: namesOf });
    const index = await SearchIndex.load(indexDir, new HashingEmbeddings());
    expect(storedDocumentPhrases(index.documents)).toEqual(index.documents.map(phrasesOf));
    // A copy of the array has nothing attached: its hints are computed from the documents.
    const computed = [...index.documents];
    expect(storedDocumentPhrases(computed)).toBeNull();
    for (const question of questions) expect(documentHints(foldText(question), index.documents, abbreviate)).toEqual(documentHints(foldText(question), computed, abbreviate));
    expect(documentHints(foldText("KH 429 ai ký?"), index.documents, abbreviate).files).toEqual([sources[0]]);
    expect(documentHints(foldText("QĐ 1982 ban hành ngày nào?"), index.documents, abbreviate).files).toEqual([sources[3]]);
    index.close();
  });

  it("are what documentHints reads when attached", () => {
    const [first, second] = [
      { file: "a.md", kind: "Kế hoạch", number: "12/KH-UBND", date: null, dateText: "", issuer: "UBND tỉnh", title: "Chuyển đổi số", aliases: ["Kế hoạch 12"] },
      { file: "b.md", kind: "Quyết định", number: "34/QĐ-UBND", date: null, dateText: "", issuer: "UBND tỉnh", title: "Đề án", aliases: ["Quyết định 34"] },
    ] satisfies DocumentInfo[];
    const attached = [first!, second!];
    // Stored phrases that swap the two documents' names: the hints follow what is stored, not what the documents say.
    attachStoredDocumentNames(attached, () => [{ ...namesOf(first!), phrases: phrasesOf(second!) }, { ...namesOf(second!), phrases: phrasesOf(first!) }]);
    expect(documentHints(foldText("KH 12 ai ký?"), attached, abbreviate).files).toEqual(["b.md"]);
    expect(documentHints(foldText("KH 12 ai ký?"), [first!, second!], abbreviate).files).toEqual(["a.md"]);
    // An index without them stored (none attached or one missing) computes them.
    attachStoredDocumentNames(attached, () => null);
    expect(storedDocumentPhrases(attached)).toBeNull();
  });

  it("follow a document replaced or removed by an incremental build", async () => {
    const ingested = await documents();
    const infos = ingested.map((document) => document.info).filter((info) => info !== null);
    const indexDir = await newIndex();
    await buildSearchIndex({ records: [], passages: [], documents: infos }, new HashingEmbeddings(), indexDir, [], { documentNames: namesOf });
    const renamed = { ...infos[0]!, aliases: [...infos[0]!.aliases, "Kế hoạch chuyển đổi số tỉnh năm 2026"] };
    await buildIndex(indexDir, new HashingEmbeddings(), { incremental: true, documentNames: namesOf }, async (build) => {
      build.replaceDocument({ file: renamed.file, info: renamed, records: [], passages: [] });
      build.removeDocument(infos[1]!.file);
      return [];
    });
    const index = await SearchIndex.load(indexDir, new HashingEmbeddings());
    expect(index.documents.map((document) => document.file)).not.toContain(infos[1]!.file);
    expect(storedDocumentPhrases(index.documents)).toEqual(index.documents.map(phrasesOf));
    expect(storedDocumentPhrases(index.documents)?.find((_set, position) => index.documents[position]?.file === renamed.file)?.prefixes).toEqual(phrasesOf(renamed).prefixes);
    index.close();
  });
});
