import { beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import { foldText } from "../../vietnamese/fold.js";
import { sharedAssistant } from "./shared-assistant.js";

let assistant: Assistant;
beforeAll(async () => {
  assistant = await sharedAssistant();
});

const kh429 = "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md";
const dti = "ke-hoach-nang-cao-chi-so-DTI-2025.txt";
const nq57 = "ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt";
const contains = (text: string, expected: string) => foldText(text).includes(foldText(expected));

describe("what an agency does: its own section of the document first, then its tasks", () => {
  it("a section headed by the agency (KH 429), quoted before the tasks the tables give it", async () => {
    const answer = await assistant.answer("Sở Tài chính có nhiệm vụ gì trong KH 429?");
    expect(answer.found, answer.text).toBe(true);
    const [heading, duty] = answer.text.split("\n");
    expect(heading).toContain("Sở Tài chính");
    expect(contains(duty ?? "", "cân đối, đề xuất bố trí đủ kinh phí để thực hiện Kế hoạch này"), answer.text).toBe(true);
    expect(answer.citations[0]).toMatchObject({ file: kh429, line: 444 });
    expect(answer.text).toMatch(/Sở Tài chính chủ trì \d+ nhiệm vụ/);
  });

  it("the same form in another plan (DTI), asked without diacritics", async () => {
    const answer = await assistant.answer("so tai chinh co trach nhiem gi trong ke hoach nang cao DTI 2025");
    expect(answer.found, answer.text).toBe(true);
    expect(contains(answer.text.split("\n").slice(0, 3).join(" "), "bố trí nguồn lực nhằm triển khai các dự án"), answer.text).toBe(true);
    expect(answer.citations[0]?.file).toBe(dti);
  });

  it("a list item that starts with the agency's name (NQ 57 plan) is its section too", async () => {
    const answer = await assistant.answer("Trong tổ chức thực hiện kế hoạch NQ 57, Công an tỉnh chịu trách nhiệm nội dung gì?");
    expect(answer.found, answer.text).toBe(true);
    expect(answer.citations[0]).toMatchObject({ file: nq57, line: 768 });
    expect(contains(answer.text.split("\n").slice(0, 3).join(" "), "bảo vệ bí mật nhà nước"), answer.text).toBe(true);
  });

  it("the tasks an agency coordinates are listed without its sections", async () => {
    const answer = await assistant.answer("Sở Tài chính phối hợp thực hiện những nhiệm vụ nào trong KH 429?");
    expect(answer.text).not.toContain("Phần việc của");
  });
});

describe("asked which tasks it leads, the tasks come first and its own section after", () => {
  it("'chủ trì những nhiệm vụ nào' (KH 429)", async () => {
    const answer = await assistant.answer("Sở Tài chính chủ trì những nhiệm vụ nào trong KH 429?");
    expect(answer.found, answer.text).toBe(true);
    expect(answer.text.split("\n")[0]).toMatch(/Sở Tài chính chủ trì \d+ nhiệm vụ/);
    expect(answer.text).toContain("Phần việc của Sở Tài chính");
  });
});
