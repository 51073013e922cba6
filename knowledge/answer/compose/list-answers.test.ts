import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../../../ingest/ingest-document.js";
import { readDocument } from "../../../ingest/read/read-document.js";
import { MemoryVocabulary } from "../../../ingest/index/vocabulary/corpus-vocabulary.js";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { TitleMatcher } from "../find/title-match.js";
import { understandQuestion } from "../understand/understand-question.js";
import { listByAgency } from "./list-answers.js";

const root = path.join(import.meta.dirname, "..", "..", "..");

describe("listByAgency narrowed by the question's other words", () => {
  it("reads a column of the row no field holds as what the item is about, beside its title and group", async () => {
    const base = loadGlossary();
    const records = ingestDocument(await readDocument(path.join(root, "test/fixtures/devdocs/ket-qua-dau-ra-chuong-trinh-hanh-dong-nq03.md")), base).records;
    const frame = understandQuestion("Bộ Khoa học và Công nghệ chủ trì những kết quả đầu ra nào trong phần tăng cường hợp tác quốc tế?", base, []);
    const matcher = new TitleMatcher(new MemoryVocabulary({ titles: records.map((record) => (record.kind === "task" ? record.title : "")) }));
    const answer = listByAgency(frame, { records, documents: [], matcher, maxItems: 60, topicForms: (topic) => [topic, base.expandAbbreviations(topic)] });
    expect(answer.found).toBe(true);
    // Of the ministry's 44 deliverables, the four whose "Mục tiêu NQ57" column says "Tăng cường HTQT".
    expect(answer.items?.length).toBe(4);
    expect(answer.text).toContain("Đề án Việt Nam tham gia các tổ chức tiêu chuẩn hóa quốc tế");
    expect(answer.text).toContain("Chương trình quảng bá thương hiệu quốc gia về ĐMST");
  });
});
