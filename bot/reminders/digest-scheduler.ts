import { localClockTime, localDate, type Clock } from "../../knowledge/deadlines/clock.js";
import { shiftDate } from "../../vietnamese/periods.js";
import type { Platform } from "../core/chat-types.js";
import type { Subscription, SubscriptionStore } from "./subscription-store.js";
import { errorMessage } from "../../errors/error-message.js";

/** Sends one text to one chat; "blocked" when the platform says the chat blocked the bot. */
export type ChatSender = (chatId: string, text: string) => Promise<"sent" | "blocked">;

export interface DigestSchedulerParts {
  clock: Clock;
  timeZone: string;
  /** Weekday (0 = Monday) and local time of the digest. */
  schedule: { weekday: number; hour: number; minute: number };
  store: SubscriptionStore;
  compose: (agency: string, today: string) => Promise<string>;
  log: (line: string) => void;
}

/**
 * The weekly digest inside `npm start`: at each tick it checks the local time; on the scheduled
 * day, from the scheduled time on, it sends each subscription its digest once for that week
 * (the week is recorded in the store, so a restart does not send it again). A chat that blocked
 * the bot loses its subscriptions.
 */
export class DigestScheduler {
  private readonly senders = new Map<Platform, ChatSender>();
  private running: Promise<number> | null = null;

  constructor(private readonly parts: DigestSchedulerParts) {}

  /** A platform that can receive digests (registered when its bot has started). */
  register(platform: Platform, sender: ChatSender): void {
    this.senders.set(platform, sender);
  }

  /** Checks the clock and sends this week's digest when it is due; returns how many were sent. */
  tick(): Promise<number> {
    this.running ??= this.sendIfDue().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Ticks every `intervalMilliseconds` until the returned function is called. */
  start(intervalMilliseconds = 30_000): () => void {
    const timer = setInterval(() => {
      this.tick().catch((error: unknown) => this.parts.log(`[reminders] digest failed: ${errorMessage(error)}`));
    }, intervalMilliseconds);
    timer.unref();
    return () => clearInterval(timer);
  }

  private async sendIfDue(): Promise<number> {
    const { clock, timeZone, schedule, store } = this.parts;
    const now = clock.now();
    const local = localClockTime(now, timeZone);
    const today = localDate(now, timeZone);
    const week = shiftDate(today, -local.weekday);
    const reached = local.weekday === schedule.weekday && local.hour * 60 + local.minute >= schedule.hour * 60 + schedule.minute;
    if (!reached || store.lastDigestWeek === week) return 0;
    const subscriptions = store.all().filter((entry) => this.senders.has(entry.platform));
    await store.markDigestSent(week);
    let sent = 0;
    for (const subscription of subscriptions) {
      if (await this.sendOne(subscription, today)) sent += 1;
    }
    this.parts.log(`[reminders] weekly digest of ${week}: ${sent} of ${subscriptions.length} sent`);
    return sent;
  }

  private async sendOne(subscription: Subscription, today: string): Promise<boolean> {
    const sender = this.senders.get(subscription.platform);
    if (!sender) return false;
    // A chat found blocked earlier in this run has lost its other subscriptions too.
    if (!this.parts.store.ofChat(subscription.platform, subscription.chatId).some((entry) => entry.agency === subscription.agency)) return false;
    try {
      const text = await this.parts.compose(subscription.agency, today);
      if ((await sender(subscription.chatId, text)) === "sent") return true;
      const removed = await this.parts.store.remove(subscription.platform, subscription.chatId, null);
      this.parts.log(`[reminders] ${subscription.platform}:${subscription.chatId} blocked the bot; removed ${removed.length} subscription(s)`);
    } catch (error) {
      this.parts.log(`[reminders] digest to ${subscription.platform}:${subscription.chatId} failed: ${errorMessage(error)}`);
    }
    return false;
  }
}
