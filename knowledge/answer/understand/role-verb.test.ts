import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { roleVerbMarks } from "./role-verb.js";
import { understandQuestion } from "./understand-question.js";

const glossary = loadGlossary();
const read = (question: string) => understandQuestion(question, glossary, []);

describe("roleVerbMarks", () => {
  it("marks the words after the question word that end the question, at most two", () => {
    const tokens = ["van", "hoa", "so", "ai", "tong", "hop"];
    expect(roleVerbMarks(tokens, [false, false, false, true, false, false])).toEqual([false, false, false, false, true, true]);
    expect(roleVerbMarks(["x", "ai", "a", "b", "c"], [false, true, false, false, false])).toEqual([false, false, false, false, false]);
  });

  it("a cue right after the question word starts no verb, nor does an unmasked 'ai'", () => {
    expect(roleVerbMarks(["ai", "lam", "truong", "ban"], [true, true, false, false])).toEqual([false, false, false, false]);
    expect(roleVerbMarks(["ai", "lo"], [false, false])).toEqual([false, false]);
  });
});

describe("understandQuestion: the role's verb after 'ai' or 'nào'", () => {
  it("reads the subject with and without the verb, typed with or without diacritics", () => {
    expect(read("văn hóa số ai lo").topics).toEqual(["văn hóa số", "văn hóa số · lo"]);
    expect(read("vneid ai tong hop").topics).toEqual(["vneid", "vneid · tong hop"]);
    expect(read("CSDL đất đai đơn vị nào lo?").topics[0]).not.toMatch(/\blo\b/);
  });

  it("leaves the words of a position asked for and questions of other kinds alone", () => {
    expect(read("ai làm Trưởng ban chỉ đạo").topics.some((topic) => topic.includes("trưởng ban"))).toBe(true);
    expect(read("hạn nộp báo cáo gì").topics.some((topic) => topic.includes("báo cáo"))).toBe(true);
  });
});
