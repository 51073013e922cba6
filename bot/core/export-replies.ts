import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ListItem } from "../../knowledge/answer/answer-types.js";
import { localDate, type Clock } from "../../knowledge/deadlines/clock.js";
import { listWorkbook } from "../export/list-workbook.js";
import type { Platform, OutgoingReply } from "./chat-types.js";
import type { StaffTexts } from "./staff-texts.js";
import { fill } from "./texts.js";

export interface ExportSettings {
  /** Where the console chat saves exported files: DATA_DIR/exports. */
  directory: string;
  clock: Clock;
  timeZone: string;
}

/**
 * A list as an Excel file, the way each platform can take it: a document on Telegram, a saved
 * file on the console, and on Zalo, whose Bot API has no method to send a file, a plain explanation.
 */
export async function exportReplies(
  list: { question: string; items: ListItem[] } | undefined,
  platform: Platform,
  texts: StaffTexts,
  settings: ExportSettings,
): Promise<OutgoingReply[]> {
  if (!list || list.items.length === 0) return [{ text: texts.exportNoList }];
  if (platform === "zalo") return [{ text: texts.exportNotOnZalo }];
  const now = settings.clock.now();
  const workbook = await listWorkbook(list.question, list.items, now, localDate(now, settings.timeZone));
  if (platform === "console") {
    await mkdir(settings.directory, { recursive: true });
    const target = path.resolve(settings.directory, workbook.fileName);
    const temporary = `${target}.${process.pid}.tmp`;
    await writeFile(temporary, workbook.content);
    await rename(temporary, target);
    return [{ text: fill(texts.exportSaved, { count: list.items.length, path: target }) }];
  }
  const caption = fill(texts.exportCaption, { count: list.items.length, question: list.question });
  return [{ text: caption.length > 1000 ? `${caption.slice(0, 999)}…` : caption, document: { fileName: workbook.fileName, content: workbook.content } }];
}
