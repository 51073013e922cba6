import { foldDiacritics } from "../../vietnamese/fold.js";

export interface ParsedCommand {
  /** Lower case, without diacritics and without "@botname": "nguon", "han", … */
  name: string;
  /** The text after the command, trimmed. */
  argumentsText: string;
}

/** "/Hạn@QuangTriBot 3/2026 Sở KH&CN" → { name: "han", argumentsText: "3/2026 Sở KH&CN" }. */
export function parseCommand(text: string): ParsedCommand | null {
  const match = /^\/([^\s@]+)(?:@\S+)?(?:\s+([\s\S]*))?$/u.exec(text.trim());
  if (!match || match[1] === undefined) return null;
  return {
    name: foldDiacritics(match[1].normalize("NFC")).toLowerCase(),
    argumentsText: (match[2] ?? "").trim(),
  };
}
