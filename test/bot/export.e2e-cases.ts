import ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutgoingReply } from "../../bot/core/chat-types.js";
import { corpusAssistant } from "./corpus-assistant.js";
import { zaloText } from "./fake-zalo-server.js";
import { waitUntil } from "./http-helpers.js";
import { sentTexts, startStaffHarness, telegramUser, zaloUser, type StaffHarness } from "./staff-harness.js";
import { callbackQuery, privateText } from "./telegram-updates.js";

let harness: StaffHarness;

beforeAll(async () => {
  const { assistant, clock } = await corpusAssistant();
  harness = await startStaffHarness(assistant, { clock });
}, 60_000);
afterAll(async () => {
  await harness.stop();
});

async function askTelegram(text: string): Promise<Record<string, unknown>> {
  const before = harness.telegram.sent().length;
  harness.telegram.push(privateText(telegramUser, text));
  await waitUntil(() => harness.telegram.sent().length > before, 5000, `a reply to ${text}`);
  return harness.telegram.sent().at(-1) ?? {};
}

/** The rows of the first sheet, as text, header first. */
async function sheetRows(content: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => String(value ?? ""))));
  return rows;
}

const countOf = (text: string) => Number(/^Có (\d+) nhiệm vụ/.exec(text)?.[1] ?? NaN);

describe("a list answer as an Excel file", () => {
  it("Telegram: the 📥 Excel button sends a document that opens and holds one row per task", async () => {
    const list = await askTelegram("/han quy 3/2026 so khcn");
    const count = countOf(String(list["text"]));
    expect(count).toBeGreaterThan(0);
    const buttons = (list["reply_markup"] as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard.flat();
    const excel = buttons.find((button) => button.text === "📥 Excel");
    expect(excel?.callback_data).toMatch(/^xuat:/);
    harness.telegram.push(callbackQuery(telegramUser, excel?.callback_data ?? ""));
    await waitUntil(() => harness.telegram.files.length >= 1, 5000, "an uploaded document");
    const [file] = harness.telegram.files;
    expect(file?.method).toBe("sendDocument");
    expect(file?.field).toBe("document");
    expect(file?.fileName).toBe("danh-sach-nhiem-vu-2026-06-10.xlsx");
    const sent = harness.telegram.sent("sendDocument")[0];
    expect(String(sent?.["chat_id"])).toBe(String(telegramUser));
    expect(String(sent?.["caption"])).toContain(`Danh sách ${count} nhiệm vụ`);
    const rows = await sheetRows(file?.content ?? Buffer.alloc(0));
    expect(rows[0]).toEqual(["STT", "Văn bản", "Vị trí", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Dòng nguồn (nguyên văn)", "Tệp", "Dòng"]);
    expect(rows).toHaveLength(count + 1);
    for (const row of rows.slice(1)) {
      expect(row[4] ?? "").not.toBe("");
      expect(row[6]).toMatch(/2026/);
      expect(Number(row[9])).toBeGreaterThan(0);
      expect(row[8]).toMatch(/\.(md|txt|pdf|docx)$/);
    }
    // The first listed task in the chat is the first row.
    const firstTitle = String(list["text"]).split("\n")[1]?.replace(/^1\. /, "").split(" — ")[0];
    expect(rows[1]?.[3]).toBe(firstTitle);
  });

  it("Telegram: /xuat after a list sends that list", async () => {
    const uploads = harness.telegram.files.length;
    await askTelegram("/quahan Sở Y tế");
    harness.telegram.push(privateText(telegramUser, "/xuat"));
    await waitUntil(() => harness.telegram.files.length > uploads, 5000, "the /xuat document");
    const rows = await sheetRows(harness.telegram.files.at(-1)?.content ?? Buffer.alloc(0));
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(`${row[4]} ${row[5]}`).toContain("Sở Y tế");
  });

  it("Zalo: says plainly that files cannot be sent there", async () => {
    harness.zalo.push(zaloText(zaloUser, "/han quy 3/2026 so khcn"));
    await waitUntil(() => harness.zalo.sent().length >= 1, 5000, "the Zalo list");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const before = harness.zalo.sent().length;
    harness.zalo.push(zaloText(zaloUser, "/xuat"));
    await waitUntil(() => harness.zalo.sent().length > before, 5000, "the Zalo /xuat reply");
    expect(sentTexts(harness.zalo).at(-1)).toContain("Zalo Bot API không có cách gửi tệp");
    expect(harness.zalo.calls.map((call) => call.method)).not.toContain("sendDocument");
  });

  it("console: saves the file under DATA_DIR/exports and names it", async () => {
    const replies: OutgoingReply[] = [];
    const submit = (text: string) =>
      harness.core.submit({ platform: "console", chatId: "console", userId: "console", kind: "text", text }, async (sent) => {
        replies.push(...sent);
      });
    await submit("/xuat");
    expect(replies.shift()?.text).toContain("Chưa có danh sách nào để xuất");
    await submit("/han quy 3/2026 so khcn");
    await submit("/xuat");
    const saved = /: (\/.+\.xlsx)$/.exec(replies.at(-1)?.text ?? "")?.[1] ?? "";
    expect(saved.startsWith(harness.dataDir)).toBe(true);
    const rows = await sheetRows(await readFile(saved));
    expect(rows).toHaveLength(countOf(replies[0]?.text ?? "") + 1);
  });
});
