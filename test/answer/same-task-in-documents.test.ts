import { beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import { sharedUngatedAssistant } from "./shared-assistant.js";

let assistant: Assistant;
beforeAll(async () => {
  assistant = await sharedUngatedAssistant();
});

const files = (answer: { citations: { file: string }[] }) => new Set(answer.citations.map((citation) => citation.file));

describe("the same task written in another document is cited too, however many words its title adds", () => {
  it("two documents that agree: one fact, both cited, the note after the details", async () => {
    const answer = await assistant.answer("he sinh thai khoi nghiep ai lam");
    expect(answer.text.split("\n")[0]).toBe("Sở Khoa học và Công nghệ chủ trì: Hỗ trợ phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo.");
    expect(files(answer)).toEqual(new Set(["quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt", "chuong-trinh-cong-tac-ban-chi-dao-2026.md"]));
    expect(answer.text).toMatch(/• Phối hợp: .*\n(?:• .*\n)*\(2 văn bản cùng ghi nội dung này\.\)/);
  });

  it("two documents that differ: each source's fact, numbered", async () => {
    const answer = await assistant.answer("ha tang vien thong ai chu tri");
    const [first, second] = answer.text.split("\n");
    expect(first).toMatch(/^\[1\] Sở Thông tin và Truyền thông chủ trì: Phát triển hạ tầng viễn thông/);
    expect(second).toMatch(/^\[2\] .+ chủ trì: Phát triển hạ tầng viễn thông, Internet/);
    expect(files(answer).size).toBe(2);
  });
});
