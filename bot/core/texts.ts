import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { AppError } from "../../errors/app-error.js";
import { errorMessage } from "../../errors/error-message.js";

/** The Vietnamese texts of the bots, kept as data in `prompts/bot/texts.json`. */
export const BotTexts = z.object({
  greeting: z.string(),
  examples: z.array(z.string()).min(1),
  help: z.string(),
  adminHelp: z.string(),
  accessDenied: z.string(),
  adminOnly: z.string(),
  rateLimited: z.string(),
  unsupportedMessage: z.string(),
  questionTooLong: z.string(),
  commandTooLong: z.string(),
  feedbackTooLong: z.string(),
  emptyQuestion: z.string(),
  unknownCommand: z.string(),
  answerError: z.string(),
  noLastAnswer: z.string(),
  noSources: z.string(),
  sourcesExpired: z.string(),
  sourcesHeader: z.string(),
  sourceItem: z.string(),
  sourcesHint: z.string(),
  sourcesButton: z.string(),
  deadlineUsage: z.string(),
  documentsHeader: z.string(),
  documentItem: z.string(),
  documentsEmpty: z.string(),
  feedbackUsage: z.string(),
  feedbackThanks: z.string(),
  reloadStarted: z.string(),
  reloadDone: z.string(),
  reloadFailed: z.string(),
  statsHeader: z.string(),
  statsLine: z.string(),
  statsLabels: z.record(z.string(), z.string()),
});
export type BotTexts = z.infer<typeof BotTexts>;

export class BotTextsError extends AppError {
  constructor(readonly file: string, readonly reason: string) {
    super("BOT_TEXTS", `The bot texts in ${file} are invalid (${reason}); fix the JSON file so it matches BotTexts.`);
  }
}

const defaultTextsFile = fileURLToPath(new URL("../../prompts/bot/texts.json", import.meta.url));

export function loadBotTexts(file: string = defaultTextsFile): BotTexts {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new BotTextsError(file, errorMessage(error));
  }
  const parsed = BotTexts.safeParse(raw);
  if (!parsed.success) throw new BotTextsError(file, parsed.error.message);
  return parsed.data;
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
