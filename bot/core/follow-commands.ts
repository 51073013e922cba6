import type { DigestSettings } from "../../config/settings.js";
import { foldText } from "../../vietnamese/fold.js";
import { closestAgencies } from "../../vietnamese/glossary/closest-agencies.js";
import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import type { SubscriptionStore } from "../reminders/subscription-store.js";
import type { IncomingMessage, OutgoingReply } from "./chat-types.js";
import type { StaffTexts } from "./staff-texts.js";
import { fill } from "./texts.js";

export interface FollowContext {
  subscriptions: SubscriptionStore;
  glossary: Glossary;
  digest: DigestSettings;
  staffTexts: StaffTexts;
  message: IncomingMessage;
  now: () => Date;
}

const single = (text: string): OutgoingReply[] => [{ text }];

function scheduleWords(context: FollowContext): Record<string, string | number> {
  const { schedule, daysAhead } = context.digest;
  const weekdays = context.staffTexts.weekdays.split("|");
  if (!schedule) return { weekday: "tuần", time: "—", days: daysAhead };
  return { weekday: weekdays[schedule.weekday] ?? "", time: `${String(schedule.hour).padStart(2, "0")}:${String(schedule.minute).padStart(2, "0")}`, days: daysAhead };
}

/** The one agency the text names, by any spelling; null when it names none or several. */
function agencyNamed(text: string, glossary: Glossary): string | null {
  const mentions = [...new Set(glossary.findAgencies(text).map((mention) => mention.canonical))];
  return mentions.length === 1 ? (mentions[0] ?? null) : (glossary.canonicalAgency(text) ?? null);
}

/** /theodoi <cơ quan>: follow an agency's deadlines in this chat; without an agency, what the chat follows. */
export async function follow(argumentsText: string, context: FollowContext): Promise<OutgoingReply[]> {
  const { subscriptions, staffTexts, message, glossary } = context;
  const words = scheduleWords(context);
  const followed = subscriptions.ofChat(message.platform, message.chatId);
  if (argumentsText === "") {
    if (followed.length === 0) return single(fill(staffTexts.followUsage, words));
    return single(fill(staffTexts.followList, { ...words, agencies: followed.map((entry) => entry.agency).join(", ") }));
  }
  const agency = agencyNamed(argumentsText, glossary);
  if (!agency) {
    const lines = [fill(staffTexts.followUnknown, { agency: argumentsText })];
    const closest = closestAgencies(argumentsText, glossary.agencies, new Set());
    if (closest.length > 0) lines.push(fill(staffTexts.followClosest, { commands: closest.map((name) => `/theodoi ${name}`).join("\n") }));
    return single(lines.join("\n\n"));
  }
  const added = await subscriptions.add(message.platform, message.chatId, agency, context.now().toISOString());
  const reply = fill(added ? staffTexts.followAdded : staffTexts.followAlready, { ...words, agency });
  return single(context.digest.schedule ? reply : `${reply}\n\n${staffTexts.followOff}`);
}

/** /huytheodoi [cơ quan]: stop following one agency, or every agency. */
export async function unfollow(argumentsText: string, context: FollowContext): Promise<OutgoingReply[]> {
  const { subscriptions, staffTexts, message, glossary } = context;
  let agency: string | null = null;
  if (argumentsText !== "") {
    const followed = subscriptions.ofChat(message.platform, message.chatId);
    agency = agencyNamed(argumentsText, glossary) ?? followed.find((entry) => foldText(entry.agency) === foldText(argumentsText))?.agency ?? null;
    if (!agency) return single(fill(staffTexts.unfollowNone, { what: `«${argumentsText}»` }));
  }
  const removed = await subscriptions.remove(message.platform, message.chatId, agency);
  if (removed.length === 0) return single(fill(staffTexts.unfollowNone, { what: agency ?? staffTexts.unfollowAnything }));
  return single(fill(staffTexts.unfollowDone, { agencies: removed.map((entry) => entry.agency).join(", ") }));
}
