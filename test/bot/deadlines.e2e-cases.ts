import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpusAssistant } from "./corpus-assistant.js";
import { zaloText } from "./fake-zalo-server.js";
import { waitUntil } from "./http-helpers.js";
import { askTelegram, sentTexts, startStaffHarness, zaloUser, type StaffHarness } from "./staff-harness.js";

let harness: StaffHarness;

beforeAll(async () => {
  const { assistant, clock } = await corpusAssistant();
  harness = await startStaffHarness(assistant, { clock });
}, 60_000);
afterAll(async () => {
  await harness.stop();
});

describe("deadline commands and questions over the shipped documents (today: 10/6/2026)", () => {
  it("/han hom nay: today's date, without diacritics", async () => {
    const reply = await askTelegram(harness, "/han hom nay");
    expect(reply.split("\n")[0]).toBe("Không có nhiệm vụ nào đến hạn ngày 10/6/2026 trong các văn bản đã nạp (hôm nay 10/6/2026).");
  });

  it("/han quy 3/2026 so khcn: a quarter and an agency written without diacritics", async () => {
    const reply = await askTelegram(harness, "/han quy 3/2026 so khcn");
    expect(reply).toMatch(/^Có \d+ nhiệm vụ đến hạn trong quý III\/2026 của Sở Khoa học và Công nghệ/);
    expect(reply).toContain("hạn: Tháng 7/2026");
    expect(reply).not.toContain("hạn: Tháng 6/2026");
  });

  it("/han tuần này and /han tháng này", async () => {
    expect(await askTelegram(harness, "/han tuần này")).toContain("từ 8/6/2026 đến 14/6/2026");
    const month = await askTelegram(harness, "/han tháng này");
    expect(month).toMatch(/^Có \d+ nhiệm vụ đến hạn trong tháng 6\/2026/);
    expect(month).toContain("Trước 15/06/2026");
  });

  it("/quahan Sở Y tế: due before today, not recurring, that agency only", async () => {
    const reply = await askTelegram(harness, "/quahan Sở Y tế");
    expect(reply).toMatch(/^Có \d+ nhiệm vụ quá hạn của Sở Y tế: hạn trước 10\/6\/2026/);
    const items = reply.split("\n").filter((line) => /^\d+\. /.test(line));
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item).not.toMatch(/hạn: (Hằng năm|Thường xuyên)/i);
  });

  it("questions: 'việc gì sắp đến hạn?' and 'sắp đến hạn trong 30 ngày'", async () => {
    const soon = await askTelegram(harness, "việc gì sắp đến hạn?");
    expect(soon.split("\n")[0]).toMatch(/^Có \d+ nhiệm vụ đến hạn từ 10\/6\/2026 đến 24\/6\/2026/);
    const thirty = await askTelegram(harness, "sắp đến hạn trong 30 ngày");
    expect(thirty.split("\n")[0]).toMatch(/^Có \d+ nhiệm vụ đến hạn từ 10\/6\/2026 đến 10\/7\/2026/);
    expect(thirty).toContain("hạn: Tháng 6/2026");
    expect(thirty).not.toContain("hạn: Tháng 7/2026");
  });

  it("an agency it cannot find: says so and offers the closest agencies", async () => {
    const reply = await askTelegram(harness, "/han 3/2026 Sở Khoa hoc va Cong nghiep");
    expect(reply).toContain("Không tìm thấy cơ quan «Sở Khoa hoc va Cong nghiep»");
    expect(reply).toContain("1. Sở Khoa học và Công nghệ");
    expect(reply).not.toMatch(/^Có \d+ nhiệm vụ/);
  });

  it("the same on Zalo", async () => {
    harness.zalo.push(zaloText(zaloUser, "/han quy 3/2026 so khcn"));
    await waitUntil(() => harness.zalo.sent().length >= 1, 5000, "a Zalo reply");
    expect(sentTexts(harness.zalo)[0]).toMatch(/^Có \d+ nhiệm vụ đến hạn trong quý III\/2026 của Sở Khoa học và Công nghệ/);
  });
});
