import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Passage } from "../../../ingest/records/schemas.js";
import { ingestDocument } from "../../../ingest/ingest-document.js";
import { readDocument } from "../../../ingest/read/read-document.js";
import { MemoryVocabulary } from "../../../ingest/index/vocabulary/corpus-vocabulary.js";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { TitleMatcher } from "../find/title-match.js";
import { bestSentence } from "./passage-answer.js";

const root = path.join(import.meta.dirname, "..", "..", "..");
const hasNumber = (sentence: string) => /\d/.test(sentence);

function passage(text: string, breadcrumb: string[]): Passage {
  return { id: "p1", file: "bao-cao.md", breadcrumb, text, startLine: 1, endLine: text.split("\n").length, recordId: null };
}

describe("the best sentence of a passage and the sentences parallel to it", () => {
  it("quotes each subject's '+' item when the question chooses none (the DTI plan's two provinces)", async () => {
    const glossary = loadGlossary();
    const document = ingestDocument(await readDocument(path.join(root, "knowledge/sources/ke-hoach-nang-cao-chi-so-DTI-2025.txt")), glossary);
    const matcher = new TitleMatcher(new MemoryVocabulary({ passages: document.passages.map((entry) => ({ file: entry.file, text: entry.text })) }));
    const topic = "tỷ lệ người dân từ 14 tuổi trở lên có danh tính điện tử";
    const achieved = document.passages.find((entry) => entry.text.includes("81,94%"));
    expect(achieved).toBeDefined();
    const found = achieved ? bestSentence(achieved, [topic], matcher, true, hasNumber) : null;
    expect(found?.sentence).toContain("81,94%");
    expect(found?.parallel?.map((sentence) => sentence.sentence)).toEqual([expect.stringContaining("82,62%")]);
  });

  it("quotes each labelled value under one heading, and only the one the question names", () => {
    const text = ["- Huyện Cam Lộ: 45,5/100 điểm;", "- Huyện Gio Linh: 38,25/100 điểm.", "Đánh giá chung: còn nhiều hạn chế."].join("\n");
    const report = passage(text, ["3. Hạ tầng số"]);
    const matcher = new TitleMatcher(new MemoryVocabulary({ passages: [{ file: report.file, text: `${text}\n3. Hạ tầng số` }] }));
    const both = bestSentence(report, ["hạ tầng số"], matcher, true, hasNumber);
    expect(both?.sentence).toContain("45,5");
    expect(both?.parallel?.map((sentence) => sentence.sentence)).toEqual([expect.stringContaining("38,25")]);
    const named = bestSentence(report, ["hạ tầng số · gio linh"], matcher, true, hasNumber);
    expect(named?.sentence).toContain("38,25");
    expect(named?.parallel).toBeUndefined();
  });

  it("gives no parallel sentence for plain sentences that happen to cover the topic alike", () => {
    const text = ["Tỷ lệ hồ sơ trực tuyến đạt 60% trong năm 2024.", "Tỷ lệ hồ sơ trực tuyến đạt 75% trong năm 2025."].join(" ");
    const report = passage(text, ["Kết quả"]);
    const matcher = new TitleMatcher(new MemoryVocabulary({ passages: [{ file: report.file, text }] }));
    expect(bestSentence(report, ["tỷ lệ hồ sơ trực tuyến"], matcher, true, hasNumber)?.parallel).toBeUndefined();
  });
});
