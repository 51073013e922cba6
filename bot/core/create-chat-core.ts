import path from "node:path";
import type { Settings } from "../../config/settings.js";
import { systemClock, type Clock } from "../../knowledge/deadlines/clock.js";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import { AccessPolicy } from "./access-policy.js";
import { ChatCore } from "./chat-core.js";
import { FeedbackStore } from "./feedback-store.js";
import { PickMemory } from "./pick-memory.js";
import { RateLimiter } from "./rate-limiter.js";
import { RefusalGate } from "./refusal-gate.js";
import { SourcesMemory } from "./sources-memory.js";
import { loadStaffTexts } from "./staff-texts.js";
import { SubscriptionStore } from "../reminders/subscription-store.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { loadBotTexts, type BotTexts } from "./texts.js";
import { UsageStats } from "./usage-stats.js";

export type ChatCoreSettings = Pick<Settings, "access" | "rateLimitPerMinute" | "maxQuestionChars" | "dataDir"> &
  Partial<Pick<Settings, "maxFeedbackChars" | "refusalQuietMinutes" | "timeZone" | "digest">>;

/** Builds the chat core with its stores; loads saved usage stats from the data directory. */
export async function createChatCore(
  settings: ChatCoreSettings,
  assistant: Assistant,
  options: { texts?: BotTexts; log?: (line: string) => void; clock?: Clock } = {},
): Promise<ChatCore> {
  const stats = new UsageStats(settings.dataDir);
  await stats.load();
  const subscriptions = new SubscriptionStore(settings.dataDir);
  await subscriptions.load();
  const clock = options.clock ?? systemClock;
  return new ChatCore({
    assistant,
    texts: options.texts ?? loadBotTexts(),
    access: new AccessPolicy(settings.access),
    rateLimiter: new RateLimiter(settings.rateLimitPerMinute),
    sources: new SourcesMemory(),
    feedback: new FeedbackStore(settings.dataDir),
    stats,
    picks: new PickMemory(),
    staffTexts: loadStaffTexts(),
    exports: {
      directory: path.join(settings.dataDir, "exports"),
      clock,
      timeZone: settings.timeZone ?? "Asia/Ho_Chi_Minh",
    },
    subscriptions,
    glossary: loadGlossary(),
    digest: settings.digest ?? { schedule: { weekday: 0, hour: 8, minute: 0 }, daysAhead: 14 },
    now: () => clock.now(),
    maxQuestionChars: settings.maxQuestionChars,
    maxFeedbackChars: settings.maxFeedbackChars ?? 2000,
    refusals: new RefusalGate((settings.refusalQuietMinutes ?? 10) * 60_000),
    ...(options.log ? { log: options.log } : {}),
  });
}
