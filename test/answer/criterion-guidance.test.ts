import { beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import { sharedUngatedAssistant } from "./shared-assistant.js";

let assistant: Assistant;
beforeAll(async () => {
  // Which record answers is asserted here, not whether the confidence gate lets it through.
  assistant = await sharedUngatedAssistant();
});

const dti = "ke-hoach-nang-cao-chi-so-DTI-2025.txt";

describe("a criterion is found by the guidance clause a question asks about", () => {
  it("the words of its condition ('… dân số từ 15 tuổi') find the criterion whose title lacks them", async () => {
    const answer = await assistant.answer("Chỉ tiêu số lượng người dân được phổ cập kỹ năng số yêu cầu tối thiểu bao nhiêu phần trăm dân số từ 15 tuổi?");
    expect(answer.found, answer.text).toBe(true);
    expect(answer.text.split("\n")[0]).toMatch(/^Điều kiện đảm bảo: .*>50%.*— Số lượng người dân được phổ cập kỹ năng số/);
    expect(answer.citations[0]?.file).toBe(dti);
  });

  it("'điều kiện đảm bảo' named as the label finds another criterion, and a title match still wins over a clause match", async () => {
    const named = await assistant.answer("Tiêu chí tỷ lệ hồ sơ nộp trực tuyến yêu cầu điều kiện đảm bảo bao nhiêu phần trăm?");
    expect(named.text.split("\n")[0]).toMatch(/^Điều kiện đảm bảo: >=80% hồ sơ nộp trực tuyến — Tỷ lệ hồ sơ nộp trực tuyến/);
    const title = await assistant.answer("chuyen trach cds bao nhieu phan tram");
    expect(title.text.split("\n")[0]).toMatch(/Tỷ lệ công chức, viên chức chuyên trách về chuyển đổi số\.$/);
  });
});
