import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { BotTextsError } from "./texts.js";
import { errorMessage } from "../../errors/error-message.js";

/** Texts of the staff tools (picking by number, export, reminders), kept as data in prompts/bot/staff-texts.json. */
export const StaffTexts = z.object({
  pickListHint: z.string(),
  pickSuggestionHint: z.string(),
  pickOutOfRange: z.string(),
  itemHeader: z.string(),
  itemOwners: z.string(),
  itemCoordinators: z.string(),
  itemDeadline: z.string(),
  itemNone: z.string(),
  itemSource: z.string(),
  exportButton: z.string(),
  exportNoList: z.string(),
  exportCaption: z.string(),
  exportSaved: z.string(),
  exportExpired: z.string(),
  exportNotOnZalo: z.string(),
  followUsage: z.string(),
  followList: z.string(),
  followAdded: z.string(),
  followAlready: z.string(),
  followUnknown: z.string(),
  followClosest: z.string(),
  followOff: z.string(),
  unfollowDone: z.string(),
  unfollowNone: z.string(),
  unfollowAnything: z.string(),
  digestHeader: z.string(),
  digestFooter: z.string(),
  weekdays: z.string(),
});
export type StaffTexts = z.infer<typeof StaffTexts>;

const defaultFile = fileURLToPath(new URL("../../prompts/bot/staff-texts.json", import.meta.url));
let cached: StaffTexts | null = null;

export function loadStaffTexts(file: string = defaultFile): StaffTexts {
  if (cached && file === defaultFile) return cached;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new BotTextsError(file, errorMessage(error));
  }
  const parsed = StaffTexts.safeParse(raw);
  if (!parsed.success) throw new BotTextsError(file, parsed.error.message);
  if (file === defaultFile) cached = parsed.data;
  return parsed.data;
}
