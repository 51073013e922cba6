import { describe, it, expect } from "vitest";
import { splitMessage } from "./split-message.js";

describe("splitMessage", () => {
  it("keeps a short text whole", () => {
    expect(splitMessage("  Xin chào  ", 10)).toEqual(["Xin chào"]);
  });

  it("cuts at paragraph boundaries and keeps every paragraph whole", () => {
    const paragraphs = Array.from({ length: 30 }, (_, index) => `Đoạn ${index}: ${"chuyển đổi số ".repeat(8).trim()}`);
    const chunks = splitMessage(paragraphs.join("\n\n"), 500);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(500);
    const rejoined = chunks.flatMap((chunk) => chunk.split("\n\n"));
    expect(rejoined).toEqual(paragraphs);
  });

  it("never cuts inside a word when a paragraph is too long", () => {
    const words = Array.from({ length: 400 }, (_, index) => `từ${index}`);
    const chunks = splitMessage(words.join(" "), 200);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(200);
    expect(chunks.join(" ").split(" ")).toEqual(words);
  });

  it("keeps a quote paragraph in one message when it fits", () => {
    const quote = `[1] Kế hoạch 429/KH-UBND\n«${"Sở Khoa học và Công nghệ chủ trì ".repeat(20).trim()}»`;
    const text = `${"Câu trả lời. ".repeat(200).trim()}\n\n${quote}`;
    const chunks = splitMessage(text, 2000);
    expect(chunks.some((chunk) => chunk.includes(quote))).toBe(true);
  });

  it("cuts a single over-long word only as a last resort", () => {
    expect(splitMessage("a".repeat(25), 10)).toEqual(["a".repeat(10), "a".repeat(10), "a".repeat(5)]);
  });
});
