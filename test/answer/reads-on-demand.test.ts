import { afterAll, describe, expect, it, vi } from "vitest";
import { SearchIndex } from "../../ingest/index/search-index.js";
import { sharedAssistant } from "./shared-assistant.js";

/**
 * A question process opens the index and reads what each question needs (rows by id, search hits,
 * the vocabulary term by term, the records of a kind for a list): it never reads every record or
 * passage, so its memory does not grow with the corpus.
 */
describe("answering reads the index on demand", () => {
  const everyRecord = vi.spyOn(SearchIndex.prototype, "records", "get");
  const everyPassage = vi.spyOn(SearchIndex.prototype, "passages", "get");
  const recordsOf = vi.spyOn(SearchIndex.prototype, "recordsOf");
  afterAll(() => vi.restoreAllMocks());

  it("answers owner, abbreviation, passage, list and deadline questions without reading every row", async () => {
    // The spies are set before the assistant opens the index: its start counts too.
    const assistant = await sharedAssistant();
    const questions = [
      "ai chủ trì CSDL nhà ở?",
      "KQ phủ sóng 5G năm 2025?",
      "Mục tiêu chuyển đổi số đến năm 2030 là gì?",
      "Sở Y tế chủ trì những nhiệm vụ nào?",
      "việc gì sắp đến hạn?",
      "Tổng kinh phí của Đề án chuyển đổi số (QĐ 1982)?",
    ];
    const answers = [];
    for (const question of questions) answers.push(await assistant.answer(question));
    // Decision 031: the reading glossary's agencies are stored at ingest, and lists of an agency or a period (deadlines
    // too) read the records the index selects for them: no question reads the list records of every file.
    const everyFile = recordsOf.mock.calls.filter(([filter]) => !filter.agency && !filter.due && (filter.files ?? []).length === 0);
    expect(everyFile).toEqual([]);
    expect(recordsOf.mock.calls.some(([filter]) => filter.agency?.name === "Sở Y tế")).toBe(true);
    expect(answers[0]?.text).toContain("Sở Xây dựng");
    expect(answers[3]?.found).toBe(true);
    // The document list (/tailieu) reads the passages' citations one row at a time, without keeping them.
    expect(assistant.documents().length).toBeGreaterThan(0);
    expect(everyRecord).not.toHaveBeenCalled();
    expect(everyPassage).not.toHaveBeenCalled();
  });
});
