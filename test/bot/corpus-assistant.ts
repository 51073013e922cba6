import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import { createAssistant } from "../../knowledge/assistant.js";
import { SettableClock } from "../../knowledge/deadlines/clock.js";

/** "Today" of the bot tests over the shipped documents: Wednesday 10 June 2026, 10:00 in Quảng Trị. */
export const corpusToday = "2026-06-10T03:00:00Z";

let shared: Promise<{ assistant: Assistant; clock: SettableClock }> | null = null;

/** One real assistant over the shipped documents with a clock the test sets, shared by a test file. */
export function corpusAssistant(): Promise<{ assistant: Assistant; clock: SettableClock }> {
  shared ??= (async () => {
    const clock = new SettableClock(corpusToday);
    const assistant = await createAssistant({
      sourcesDir: path.resolve("knowledge/sources"),
      indexDir: mkdtempSync(path.join(tmpdir(), "plan-assistant-bot-index-")),
      log: () => {},
      deadlines: { clock, timeZone: "Asia/Ho_Chi_Minh", soonDays: 14 },
    });
    return { assistant, clock };
  })();
  return shared;
}
