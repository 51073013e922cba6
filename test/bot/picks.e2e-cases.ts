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

const numbered = (reply: string, index: number) => reply.split("\n").find((line) => line.startsWith(`${index}. `)) ?? "";

describe("picking a numbered entry by replying with its number", () => {
  it("after a list: the item's owner, coordinators, deadline and source line", async () => {
    const list = await askTelegram(harness, "/han quy 3/2026 so khcn");
    expect(list).toContain("Gõ số thứ tự");
    const second = numbered(list, 2);
    const title = second.replace(/^2\. /, "").split(" — ")[0] ?? "";
    expect(title.length).toBeGreaterThan(10);
    const picked = await askTelegram(harness, "2");
    const lines = picked.split("\n");
    expect(lines[0]).toBe(`2. ${title}`);
    expect(picked).toContain("• Chủ trì: Sở Khoa học và Công nghệ");
    expect(picked).toMatch(/• Thời hạn: Tháng [789]\/2026/);
    expect(picked).toMatch(/• Nguồn: .+ — dòng \d+\n«.+»/);
    // The list stays pickable: another number picks another item.
    expect((await askTelegram(harness, "số 1")).split("\n")[0]).toBe(numbered(list, 1).split(" — ")[0]);
    expect(await askTelegram(harness, "99")).toMatch(/^Hãy gõ một số từ 1 đến \d+/);
  });

  it("after a refusal: the suggestion is asked, not a dump of sources", async () => {
    const refusal = await askTelegram(harness, "Giá vàng hôm nay bao nhiêu một chỉ?");
    expect(refusal).toContain("Các nội dung gần nhất có trong văn bản:");
    const first = numbered(refusal, 1).replace(/^1\. /, "");
    expect(first.length).toBeGreaterThan(3);
    const answer = await askTelegram(harness, "1");
    expect(answer).not.toContain("Các nội dung gần nhất");
    expect(answer).not.toContain("📄 Nguồn của câu trả lời");
    expect(answer.toLowerCase()).toContain(first.toLowerCase().split(" ")[0] ?? "");
  });

  it("after an unsure answer: the source it offered, picked, gives the answer it held back", async () => {
    const reply = await askTelegram(harness, "hạn ban hành Khung kiến trúc số?");
    if (reply.includes("Tôi chưa chắc")) {
      expect(numbered(reply, 1)).toMatch(/Khung kiến trúc số/u);
      expect(reply).not.toMatch(/Tháng 2\/2026/u);
      const picked = await askTelegram(harness, "1");
      expect(picked).toMatch(/Thời hạn: Tháng 2\/2026/u);
      expect(picked).not.toContain("Tôi chưa chắc");
    } else {
      expect(reply).toMatch(/Tháng 2\/2026/u);
    }
  });

  it("after an unknown agency: the closest agency's deadlines", async () => {
    const refusal = await askTelegram(harness, "/han 3/2026 Sở Khoa hoc va Cong nghiep");
    expect(numbered(refusal, 1)).toBe("1. Sở Khoa học và Công nghệ");
    expect(await askTelegram(harness, "1")).toMatch(/^Có \d+ nhiệm vụ đến hạn trong tháng 3\/2026 của Sở Khoa học và Công nghệ/);
  });

  it("on Zalo too, per chat", async () => {
    harness.zalo.push(zaloText(zaloUser, "/quahan Sở Y tế"));
    await waitUntil(() => harness.zalo.sent().length >= 1, 5000, "the Zalo list");
    harness.zalo.push(zaloText(zaloUser, "1"));
    await waitUntil(() => harness.zalo.sent().length >= 2, 5000, "the Zalo pick");
    const picked = sentTexts(harness.zalo).at(-1) ?? "";
    expect(picked).toMatch(/^1\. /);
    expect(picked).toContain("• Chủ trì: Sở Y tế");
  });
});
