import type { Answer, Assistant } from "../../knowledge/answer/answer-types.js";
import type { IncomingMessage, OutgoingReply } from "./chat-types.js";
import type { ParsedCommand } from "./command-text.js";
import { exportReplies, type ExportSettings } from "./export-replies.js";
import type { FeedbackStore } from "./feedback-store.js";
import { follow, unfollow, type FollowContext } from "./follow-commands.js";
import { formatDocuments, formatSources } from "./format-answer.js";
import type { PickMemory } from "./pick-memory.js";
import type { SourcesMemory } from "./sources-memory.js";
import type { StaffTexts } from "./staff-texts.js";
import { fill, type BotTexts } from "./texts.js";
import { StatsCounter, type UsageStats } from "./usage-stats.js";
import { errorMessage } from "../../errors/error-message.js";

export interface CommandContext extends Omit<FollowContext, "message" | "staffTexts"> {
  assistant: Assistant;
  texts: BotTexts;
  sources: SourcesMemory;
  feedback: FeedbackStore;
  stats: UsageStats;
  picks: PickMemory;
  staffTexts: StaffTexts;
  exports: ExportSettings;
  message: IncomingMessage;
  chatKey: string;
  isAdmin: boolean;
  /** Stores an answer and turns it into a reply (shared with plain questions). */
  replyWithAnswer: (answer: Answer) => OutgoingReply;
}

type CommandHandler = (command: ParsedCommand, context: CommandContext) => Promise<OutgoingReply[]>;

const single = (text: string): OutgoingReply[] => [{ text }];

const handlers: Record<string, CommandHandler> = {
  start: async (_command, { texts, message }) =>
    single(
      fill(texts.greeting, {
        name: message.userName ?? "bạn",
        examples: texts.examples.map((example) => `• ${example}`).join("\n"),
      }),
    ),

  help: async (_command, { texts, isAdmin }) => single(isAdmin ? texts.help + texts.adminHelp : texts.help),

  nguon: async (_command, { texts, sources, chatKey }) => {
    const answer = sources.lastAnswer(chatKey);
    if (!answer) return single(texts.noLastAnswer);
    if (answer.citations.length === 0) return single(texts.noSources);
    return single(formatSources(answer, texts));
  },

  han: async (command, { texts, assistant, replyWithAnswer }) => {
    if (command.argumentsText === "") return single(texts.deadlineUsage);
    return [replyWithAnswer(await assistant.dueTasks({ text: command.argumentsText }))];
  },

  quahan: async (command, { assistant, replyWithAnswer }) =>
    [replyWithAnswer(await assistant.dueTasks({ text: command.argumentsText, overdue: true }))],

  xuat: async (_command, { picks, chatKey, message, staffTexts, exports }) =>
    exportReplies(picks.lastList(chatKey), message.platform, staffTexts, exports),

  theodoi: async (command, context) => follow(command.argumentsText, context),

  huytheodoi: async (command, context) => unfollow(command.argumentsText, context),

  tailieu: async (_command, { texts, assistant }) => single(formatDocuments(assistant.documents(), texts)),

  phanhoi: async (command, { texts, feedback, sources, chatKey, message, stats }) => {
    if (command.argumentsText.length === 0) return single(texts.feedbackUsage);
    const last = sources.lastAnswer(chatKey);
    await feedback.append({
      time: new Date().toISOString(),
      platform: message.platform,
      chatId: message.chatId,
      userId: message.userId,
      feedback: command.argumentsText,
      question: last?.question ?? null,
      answer: last?.text ?? null,
    });
    stats.count("feedback");
    return single(texts.feedbackThanks);
  },

  reload: async (_command, { texts, assistant, isAdmin }) => {
    if (!isAdmin) return single(texts.adminOnly);
    try {
      return single(fill(texts.reloadDone, { report: await assistant.reload() }));
    } catch (error) {
      return single(fill(texts.reloadFailed, { reason: errorMessage(error) }));
    }
  },

  thongke: async (_command, { texts, stats, isAdmin }) => {
    if (!isAdmin) return single(texts.adminOnly);
    const snapshot = stats.snapshot();
    const lines = StatsCounter.options.map((counter) =>
      fill(texts.statsLine, { label: texts.statsLabels[counter] ?? counter, count: snapshot.counts[counter] }),
    );
    lines.push(fill(texts.statsLine, { label: texts.statsLabels["users"] ?? "users", count: snapshot.users }));
    return single([fill(texts.statsHeader, { since: snapshot.since.slice(0, 10) }), ...lines].join("\n"));
  },
};

/** Accent-free and English spellings people type for the same commands. */
const aliases: Record<string, string> = {
  batdau: "start",
  huongdan: "help",
  sources: "nguon",
  deadline: "han",
  overdue: "quahan",
  export: "xuat",
  excel: "xuat",
  follow: "theodoi",
  unfollow: "huytheodoi",
  documents: "tailieu",
  feedback: "phanhoi",
  stats: "thongke",
};

export function findCommand(name: string): CommandHandler | undefined {
  return handlers[name] ?? handlers[aliases[name] ?? ""];
}

export async function runCommand(command: ParsedCommand, context: CommandContext): Promise<OutgoingReply[]> {
  const handler = findCommand(command.name);
  if (!handler) return single(fill(context.texts.unknownCommand, { command: `/${command.name}` }));
  return handler(command, context);
}
