import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChatCore } from "../../bot/core/create-chat-core.js";
import type { DigestScheduler } from "../../bot/reminders/digest-scheduler.js";
import { telegramSender, zaloSender } from "../../bot/reminders/platform-senders.js";
import { createDigestScheduler } from "../../bot/reminders/start-reminders.js";
import { ZaloClient } from "../../bot/zalo/zalo-client.js";
import { Api } from "grammy";
import { corpusAssistant } from "./corpus-assistant.js";
import { askTelegram, askZalo, sentTexts, startStaffHarness, type StaffHarness } from "./staff-harness.js";

const digestSettings = { timeZone: "Asia/Ho_Chi_Minh", digest: { schedule: { weekday: 0, hour: 8, minute: 0 }, daysAhead: 14 } };

let harness: StaffHarness;
let scheduler: DigestScheduler;
let clock: Awaited<ReturnType<typeof corpusAssistant>>["clock"];

beforeAll(async () => {
  const shared = await corpusAssistant();
  clock = shared.clock;
  harness = await startStaffHarness(shared.assistant, { clock });
  const made = createDigestScheduler(digestSettings, harness.core, shared.assistant, clock, (line) => harness.logs.push(line));
  if (!made) throw new Error("the scheduler is on in these settings");
  scheduler = made;
  scheduler.register("telegram", telegramSender(new Api("123:TEST", { apiRoot: harness.telegram.apiRoot })));
  scheduler.register("zalo", zaloSender(new ZaloClient({ token: "zalo-token", apiRoot: harness.zalo.apiRoot, requestTimeoutSeconds: 2 })));
}, 60_000);
afterAll(async () => {
  await harness.stop();
});

const savedFile = async () => JSON.parse(await readFile(join(harness.dataDir, "subscriptions.json"), "utf8")) as { subscriptions: { platform: string; chatId: string; agency: string }[]; lastDigestWeek: string | null };

describe("reminders: /theodoi, the weekly digest, /huytheodoi", () => {
  it("follows an agency by any spelling, saved at once under DATA_DIR", async () => {
    expect(await askTelegram(harness, "/theodoi so khcn")).toContain("Đã theo dõi Sở Khoa học và Công nghệ. Mỗi thứ Hai lúc 08:00");
    expect(await askTelegram(harness, "/theodoi Sở KH&CN")).toContain("đã theo dõi Sở Khoa học và Công nghệ rồi");
    expect(await askZalo(harness, "/theodoi Sở Y tế")).toContain("Đã theo dõi Sở Y tế");
    expect(await askTelegram(harness, "/theodoi Sở Không Tồn Tại")).toContain("Không tìm thấy cơ quan «Sở Không Tồn Tại»");
    expect((await savedFile()).subscriptions.map((entry) => `${entry.platform}:${entry.agency}`)).toEqual([
      "telegram:Sở Khoa học và Công nghệ",
      "zalo:Sở Y tế",
    ]);
    expect(await askTelegram(harness, "/theodoi")).toContain("đang theo dõi: Sở Khoa học và Công nghệ");
  });

  it("survives a restart: a new chat core reads the same subscriptions", async () => {
    const again = await createChatCore(
      { access: { mode: "open", allowedUserIds: [], allowedChatIds: [], adminUserIds: [] }, rateLimitPerMinute: 10, maxQuestionChars: 1000, dataDir: harness.dataDir },
      (await corpusAssistant()).assistant,
    );
    expect(again.subscriptions.all().map((entry) => entry.agency)).toEqual(["Sở Khoa học và Công nghệ", "Sở Y tế"]);
  });

  it("sends the digest on Monday 08:00 in Quảng Trị, once, to Telegram and Zalo", async () => {
    const telegramBefore = harness.telegram.sent().length;
    const zaloBefore = harness.zalo.sent().length;
    clock.set("2026-06-15T00:59:00Z"); // Monday 07:59 in Asia/Ho_Chi_Minh
    expect(await scheduler.tick()).toBe(0);
    clock.set("2026-06-14T01:30:00Z"); // Sunday 08:30
    expect(await scheduler.tick()).toBe(0);
    clock.set("2026-06-15T01:00:00Z"); // Monday 08:00
    expect(await scheduler.tick()).toBe(2);
    const telegramDigest = sentTexts(harness.telegram).slice(telegramBefore).join("\n");
    expect(telegramDigest).toContain("📅 Nhắc việc hằng tuần — Sở Khoa học và Công nghệ (15/6/2026)");
    expect(telegramDigest).toMatch(/nhiệm vụ đến hạn từ 15\/6\/2026 đến 29\/6\/2026 của Sở Khoa học và Công nghệ/);
    expect(telegramDigest).toMatch(/quá hạn của Sở Khoa học và Công nghệ: hạn trước 15\/6\/2026/);
    const zaloDigest = sentTexts(harness.zalo).slice(zaloBefore).join("\n");
    expect(zaloDigest).toContain("📅 Nhắc việc hằng tuần — Sở Y tế");
    expect((await savedFile()).lastDigestWeek).toBe("2026-06-15");
    clock.set("2026-06-15T03:00:00Z");
    expect(await scheduler.tick()).toBe(0);
  });

  it("a chat that blocked the bot (Telegram 403) loses its subscriptions", async () => {
    harness.telegram.failNext("sendMessage", 403, { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" });
    clock.set("2026-06-22T01:05:00Z"); // the next Monday, 08:05
    expect(await scheduler.tick()).toBe(1);
    expect((await savedFile()).subscriptions.map((entry) => entry.platform)).toEqual(["zalo"]);
    expect(harness.logs.some((line) => line.includes("blocked the bot"))).toBe(true);
  });

  it("/huytheodoi stops one agency or all", async () => {
    expect(await askZalo(harness, "/huytheodoi so y te")).toContain("Đã bỏ theo dõi: Sở Y tế");
    expect(await askZalo(harness, "/huytheodoi")).toContain("không theo dõi cơ quan nào");
    expect((await savedFile()).subscriptions).toEqual([]);
  });
});
