import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { foldText } from "../../vietnamese/fold.js";
import type { DocumentInfo } from "../records/schemas.js";
import { HashingEmbeddings } from "./embeddings/hashing-embeddings.js";
import { SearchIndex, buildSearchIndex } from "./search-index.js";
import { attachStoredDocumentNames, documentNames, storedTargetWords } from "./vocabulary/document-names.js";
import { documentTargetTexts, targetWordsOf } from "./vocabulary/document-targets.js";
import { readDocumentQuestion } from "../../knowledge/answer/understand/document-question.js";

const glossary = loadGlossary();
const root = path.join(import.meta.dirname, "..", "..");
const namesOf = (info: DocumentInfo) => documentNames(info, glossary);
/** Documents that cite others (their facts' citations) and are asked about by number, by name and by the words of a citing line. */
const sources = ["knowledge/sources/chuong-trinh-cong-tac-ban-chi-dao-2026.md", "knowledge/sources/quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt", "knowledge/sources/ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md"];
const questions = [
  "KH 429 ai ký?",
  "QĐ 1982 ban hành ngày nào?",
  "QĐ 1982 theo tờ trình số mấy?",
  "căn cứ QĐ nào kiện toàn BCĐ?",
  "Kế hoạch hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo ban hành khi nào theo chương trình công tác?",
  "KH chuyển đổi số năm 2026 là KH số mấy?",
  "Nghị quyết 57 ban hành ngày nào?",
];

describe("the words of the documents' target texts, stored at ingest", () => {
  const directories: string[] = [];
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });

  it("are the words worked out from each text, and read a document question as working them out does", async () => {
    const infos = (await Promise.all(sources.map(async (file) => ingestDocument(await readDocument(path.join(root, file)), glossary).info))).filter((info) => info !== null);
    expect(infos.every((info) => (info.facts?.citations.length ?? 0) > 0)).toBe(true);
    const indexDir = await mkdtemp(path.join(tmpdir(), "document-targets-"));
    directories.push(indexDir);
    await buildSearchIndex({ records: [], passages: [], documents: infos }, new HashingEmbeddings(), indexDir, [], { documentNames: namesOf });
    const index = await SearchIndex.load(indexDir, new HashingEmbeddings());
    const stored = storedTargetWords(index.documents);
    for (const text of index.documents.flatMap(documentTargetTexts)) expect([...(stored?.get(text) ?? ["(none)"])].sort()).toEqual(targetWordsOf(text, glossary).sort());
    const computed = [...index.documents];
    expect(storedTargetWords(computed)).toBeNull();
    const read = questions.map((question) => readDocumentQuestion(foldText(question), index.documents, glossary));
    expect(read).toEqual(questions.map((question) => readDocumentQuestion(foldText(question), computed, glossary)));
    expect(read.filter((question) => question !== null).length).toBeGreaterThanOrEqual(5);
    index.close();
  });

  it("are what a document question is scored with when attached", async () => {
    const infos = (await Promise.all(sources.map(async (file) => ingestDocument(await readDocument(path.join(root, file)), glossary).info))).filter((info) => info !== null);
    const question = foldText("KH chuyển đổi số năm 2026 là KH số mấy?");
    expect(readDocumentQuestion(question, infos, glossary)?.target).toMatchObject({ type: "own", document: { number: "429/KH-UBND" } });
    // Stored words that hold nothing: no title holds the question's words any more.
    const attached = [...infos];
    attachStoredDocumentNames(attached, () => attached.map((info) => ({ ...namesOf(info), targets: documentTargetTexts(info).map(() => ["khong"]) })));
    expect(readDocumentQuestion(question, attached, glossary)?.target).not.toMatchObject({ type: "own", document: { number: "429/KH-UBND" } });
  });
});
