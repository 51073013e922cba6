import { escapeRegExp } from "../../vietnamese/escape-regexp.js";

/**
 * In groups the bot answers only what is meant for it: commands (to it or to no bot in
 * particular), messages that mention it, and replies to its messages. Returns the text to
 * handle (mention removed) or null when the message is not for the bot.
 */
export function addressedText(text: string, botUsername: string, repliesToBot: boolean): string | null {
  const trimmed = text.trim();
  const mention = `@${botUsername}`.toLowerCase();
  const command = /^\/[^\s@]+(?:@(\S+))?/u.exec(trimmed);
  if (command) {
    const target = command[1];
    return target === undefined || `@${target}`.toLowerCase() === mention ? trimmed : null;
  }
  const mentionPattern = new RegExp(`@${escapeRegExp(botUsername)}\\b`, "giu");
  if (mentionPattern.test(trimmed)) {
    return trimmed.replace(mentionPattern, " ").replace(/\s+/g, " ").replace(/^[\s,:]+/, "").trim();
  }
  return repliesToBot ? trimmed : null;
}
