import type { Settings } from "../../config/settings.js";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import type { Clock } from "../../knowledge/deadlines/clock.js";
import type { ChatCore } from "../core/chat-core.js";
import { DigestScheduler } from "./digest-scheduler.js";
import { agencyDigest } from "./weekly-digest.js";

/** The weekly digest scheduler of `npm start`, or null when DIGEST_SCHEDULE=off. Bots register their senders as they start. */
export function createDigestScheduler(
  settings: Pick<Settings, "timeZone" | "digest">,
  core: ChatCore,
  assistant: Assistant,
  clock: Clock,
  log: (line: string) => void,
): DigestScheduler | null {
  const schedule = settings.digest.schedule;
  if (!schedule) return null;
  return new DigestScheduler({
    clock,
    timeZone: settings.timeZone,
    schedule,
    store: core.subscriptions,
    compose: (agency, today) => agencyDigest(assistant, agency, settings.digest.daysAhead, today, core.staffTexts),
    log,
  });
}
