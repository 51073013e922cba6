import { readFileSync } from "node:fs";
import { z } from "zod";

const ShorthandFile = z.object({ shorthand: z.record(z.string(), z.string()) });

let cached: Map<string, string> | null = null;

function shorthand(): Map<string, string> {
  if (!cached) {
    const file = ShorthandFile.parse(JSON.parse(readFileSync(new URL("../../knowledge/glossary/chat-shorthand.json", import.meta.url), "utf8")));
    cached = new Map(Object.entries(file.shorthand).map(([short, long]) => [short.normalize("NFC").toLowerCase(), long]));
  }
  return cached;
}

/** Writes out chat shorthand ("bn" → "bao nhiêu", "ctct" → "chương trình công tác"), whole words only. */
export function expandShorthand(question: string): string {
  const table = shorthand();
  return question
    .normalize("NFC")
    .replace(/[\p{L}\p{N}]+/gu, (word) => table.get(word.toLowerCase()) ?? word);
}
