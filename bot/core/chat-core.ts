import type { DigestSettings } from "../../config/settings.js";
import type { Answer, Assistant } from "../../knowledge/answer/answer-types.js";
import type { Glossary } from "../../vietnamese/glossary/glossary.js";
import type { SubscriptionStore } from "../reminders/subscription-store.js";
import type { AccessPolicy } from "./access-policy.js";
import { ChatQueue } from "./chat-queue.js";
import type { IncomingMessage, OutgoingReply } from "./chat-types.js";
import { parseCommand } from "./command-text.js";
import { findCommand, runCommand } from "./commands.js";
import type { FeedbackStore } from "./feedback-store.js";
import { exportReplies, type ExportSettings } from "./export-replies.js";
import { formatSources } from "./format-answer.js";
import type { Pick, PickMemory } from "./pick-memory.js";
import { itemAnswer } from "./pick-reply.js";
import type { StaffTexts } from "./staff-texts.js";
import type { RateLimiter } from "./rate-limiter.js";
import type { RefusalGate } from "./refusal-gate.js";
import { limitQuestion } from "../../knowledge/question-limit.js";
import type { SourcesMemory } from "./sources-memory.js";
import { askInConversation, ConversationMemory } from "./conversation-memory.js";
import { fill, type BotTexts } from "./texts.js";
import type { UsageStats } from "./usage-stats.js";
import { errorDetails, errorMessage } from "../../errors/error-message.js";

export interface ChatCoreParts {
  assistant: Assistant;
  texts: BotTexts;
  access: AccessPolicy;
  rateLimiter: RateLimiter;
  sources: SourcesMemory;
  feedback: FeedbackStore;
  stats: UsageStats;
  /** Numbered entries of each chat's last list or refusal, to pick by number. */
  picks: PickMemory;
  staffTexts: StaffTexts;
  exports: ExportSettings;
  /** /theodoi: which chats follow which agencies, and when the digest goes out. */
  subscriptions: SubscriptionStore;
  glossary: Glossary;
  digest: DigestSettings;
  now: () => Date;
  maxQuestionChars: number;
  /** Longest /phanhoi text; other command arguments are held to maxQuestionChars. */
  maxFeedbackChars: number;
  refusals: RefusalGate;
  /** The previous question of each chat, for follow-ups; a fresh one when absent. */
  conversation?: ConversationMemory;
  log?: (line: string) => void;
}

/** What the access policy says about one user: answer, explain the refusal once, or stay silent. */
export type AccessDecision = "allowed" | "explain" | "silent";

export type Deliver = (replies: OutgoingReply[]) => Promise<void>;
/** Wraps the slow part of an answer, e.g. to show "typing…" meanwhile. */
export type WhileWorking = <Result>(work: () => Promise<Result>) => Promise<Result>;

/**
 * The chat logic shared by Telegram, Zalo and the console: access, rate limit, per-chat
 * ordering, commands and questions. Adapters turn platform updates into IncomingMessage and
 * deliver the replies.
 */
export class ChatCore {
  private readonly queue = new ChatQueue();
  private readonly log: (line: string) => void;
  private readonly conversation: ConversationMemory;

  constructor(private readonly parts: ChatCoreParts) {
    this.log = parts.log ?? ((line) => console.error(line));
    this.conversation = parts.conversation ?? new ConversationMemory();
  }

  get texts(): BotTexts {
    return this.parts.texts;
  }

  get staffTexts(): StaffTexts {
    return this.parts.staffTexts;
  }

  get subscriptions(): SubscriptionStore {
    return this.parts.subscriptions;
  }

  /** Accepts a message now (access and rate decided on arrival) and answers it in chat order. */
  submit(message: IncomingMessage, deliver: Deliver, whileWorking?: WhileWorking): Promise<void> {
    const { rateLimiter, stats, texts } = this.parts;
    const userKey = `${message.platform}:${message.userId}`;
    const chatKey = `${message.platform}:${message.chatId}`;
    const decision = this.accessFor(message.platform, message.userId, message.chatId);
    if (decision !== "allowed") {
      if (decision === "silent") return Promise.resolve();
      return this.queue.run(chatKey, () =>
        this.safeDeliver(deliver, [{ text: fill(texts.accessDenied, { userId: message.userId }) }]),
      );
    }
    const rate = rateLimiter.check(userKey);
    if (!rate.allowed) {
      stats.count("rateLimited", userKey);
      if (!rate.shouldNotify) return Promise.resolve();
      const notice = fill(texts.rateLimited, { seconds: rate.retryAfterSeconds });
      return this.queue.run(chatKey, () => this.safeDeliver(deliver, [{ text: notice }]));
    }
    return this.queue.run(chatKey, async () => {
      let replies: OutgoingReply[];
      try {
        const work = () => this.handle(message, chatKey, userKey);
        replies = whileWorking ? await whileWorking(work) : await work();
      } catch (error) {
        stats.count("errors", userKey);
        this.log(`[bot] answering failed in ${chatKey}: ${errorDetails(error)}`);
        replies = [{ text: texts.answerError }];
      }
      await this.safeDeliver(deliver, replies);
    });
  }

  /**
   * The access policy for messages and button presses alike. A refused user is counted without
   * their id (usage statistics keep ids of users who were served only) and told once a while.
   */
  accessFor(platform: IncomingMessage["platform"], userId: string, chatId: string): AccessDecision {
    if (this.parts.access.isAllowed(platform, userId, chatId)) return "allowed";
    this.parts.stats.count("refused");
    return this.parts.refusals.shouldExplain(`${platform}:${userId}`) ? "explain" : "silent";
  }

  /** The full sources behind a key from an inline button, or a polite "expired". */
  sourcesForKey(key: string): string {
    const answer = this.parts.sources.byCallbackKey(key);
    if (!answer || answer.citations.length === 0) return this.parts.texts.sourcesExpired;
    return formatSources(answer, this.parts.texts);
  }

  /** The Excel file of the list answer behind a "📥 Excel" button key, or a polite "expired". */
  async exportForKey(key: string, platform: IncomingMessage["platform"]): Promise<OutgoingReply[]> {
    const answer = this.parts.sources.byCallbackKey(key);
    if (!answer?.items?.length) return [{ text: this.parts.staffTexts.exportExpired }];
    return exportReplies({ question: answer.question, items: answer.items }, platform, this.parts.staffTexts, this.parts.exports);
  }

  /** Waits until every accepted message has been answered and the usage stats are saved. */
  async drain(): Promise<void> {
    await this.queue.drain();
    await this.parts.stats.flush();
  }

  private async handle(message: IncomingMessage, chatKey: string, userKey: string): Promise<OutgoingReply[]> {
    const { texts, stats, access } = this.parts;
    if (message.kind === "unsupported") {
      stats.count("unsupported", userKey);
      return [{ text: texts.unsupportedMessage }];
    }
    // Nothing past what any command or question may hold is looked at, however much was sent.
    const doorLimit = Math.max(this.parts.maxQuestionChars, this.parts.maxFeedbackChars) + 64;
    const raw = message.text ?? "";
    const overDoor = raw.length > doorLimit;
    const text = (overDoor ? raw.slice(0, doorLimit) : raw).trim();
    if (text.length === 0) {
      return [{ text: fill(texts.emptyQuestion, { example: texts.examples[0] ?? "" }) }];
    }
    const picked = this.parts.picks.pick(chatKey, text);
    if (picked) return this.answerPick(picked, message, chatKey, userKey);
    const command = parseCommand(text);
    if (command) {
      stats.count("commands", userKey);
      const isFeedback = findCommand(command.name) === findCommand("phanhoi");
      const limit = isFeedback ? this.parts.maxFeedbackChars : this.parts.maxQuestionChars;
      if (overDoor || command.argumentsText.length > limit) return [{ text: fill(isFeedback ? texts.feedbackTooLong : texts.commandTooLong, { limit }) }];
      return runCommand(command, {
        ...this.parts,
        message,
        chatKey,
        isAdmin: access.isAdmin(message.platform, message.userId),
        replyWithAnswer: (answer) => this.replyWithAnswer(chatKey, answer),
      });
    }
    return this.answerQuestion(text, chatKey, userKey);
  }

  private async answerQuestion(text: string, chatKey: string, userKey: string): Promise<OutgoingReply[]> {
    const { texts, stats, assistant, maxQuestionChars } = this.parts;
    const replies: OutgoingReply[] = [];
    const { question, cut } = limitQuestion(text, maxQuestionChars);
    if (cut) replies.push({ text: fill(texts.questionTooLong, { limit: maxQuestionChars }) });
    stats.count("questions", userKey);
    const answer = await askInConversation(assistant, this.conversation, chatKey, question);
    stats.count(answer.found ? "found" : "notFound");
    replies.push(this.replyWithAnswer(chatKey, answer));
    return replies;
  }

  /** "2" after a list or a refusal: that item's details, or that suggestion asked. */
  private async answerPick(picked: Pick, message: IncomingMessage, chatKey: string, userKey: string): Promise<OutgoingReply[]> {
    const { staffTexts } = this.parts;
    if (picked.kind === "out-of-range") return [{ text: fill(staffTexts.pickOutOfRange, { count: picked.count }) }];
    if (picked.kind === "suggestion") return this.handle({ ...message, text: picked.text }, chatKey, userKey);
    if (picked.kind === "withheld") return [this.replyWithAnswer(chatKey, picked.answer)];
    return [this.replyWithAnswer(chatKey, itemAnswer(picked.index, picked.item, staffTexts), false)];
  }

  private replyWithAnswer(chatKey: string, answer: Answer, offersChoices = true): OutgoingReply {
    const key = this.parts.sources.remember(chatKey, answer);
    let text = answer.text;
    if (offersChoices) {
      this.parts.picks.remember(chatKey, answer);
      const hint = answer.items?.length ? this.parts.staffTexts.pickListHint : answer.suggestions.length > 0 ? this.parts.staffTexts.pickSuggestionHint : null;
      if (hint) text = `${text}\n\n${hint}`;
    }
    return {
      text,
      ...(answer.citations.length > 0 ? { sourcesKey: key } : {}),
      ...(offersChoices && answer.items?.length ? { exportKey: key } : {}),
    };
  }

  private async safeDeliver(deliver: Deliver, replies: OutgoingReply[]): Promise<void> {
    try {
      await deliver(replies);
    } catch (error) {
      this.log(`[bot] could not deliver a reply: ${errorMessage(error)}`);
    }
  }
}
