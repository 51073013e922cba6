import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusAssistant } from "./corpus-assistant.js";
import { waitUntil } from "./http-helpers.js";
import { sentTexts, startStaffHarness, telegramUser, type StaffHarness } from "./staff-harness.js";
import { privateText } from "./telegram-updates.js";

let harness: StaffHarness;

beforeAll(async () => {
  const { assistant, clock } = await corpusAssistant();
  harness = await startStaffHarness(assistant, { clock });
}, 60_000);
afterAll(async () => {
  await harness.stop();
});

describe("/tailieu from the documents' own numbers and dates", () => {
  it("gives the numbers other documents cite for a document without one, and says which document", async () => {
    harness.telegram.push(privateText(telegramUser, "/tailieu"));
    await waitUntil(() => harness.telegram.sent().length >= 1, 5000, "the document list");
    const list = sentTexts(harness.telegram).join("\n");
    expect(list).toContain("Kế hoạch 429/KH-UBND — ngày 30 tháng 01 năm 2025");
    expect(list).toContain("Kế hoạch 635/KH-UBND — ngày 22/8/2025 (số, ngày theo Kế hoạch 429/KH-UBND)\n Thực hiện Nghị quyết số 57-NQ/TW");
    expect(list).toContain("Kế hoạch 2308/KH-UBND — ngày 09/12/2025 (số, ngày theo Kế hoạch 429/KH-UBND)\n Nâng cao xếp hạng chỉ số chuyển đổi số (DTI)");
    // The 2026 work programme is an undated draft: it is not passed off as a document "năm 2025".
    expect(list).toMatch(/Chương trình — chưa ghi số, ngày ký \(văn bản ghi «năm 2025»\)\n Công tác Ban Chỉ đạo .* năm 2026/);
  });
});
