import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseJsonLine, readBoundedLines, toJsonLine } from "./json-lines.js";

async function collect(chunks: Array<string | Buffer>, maxBytes: number) {
  const lines = [];
  for await (const line of readBoundedLines(Readable.from(chunks), maxBytes)) lines.push(line);
  return lines;
}

describe("JSON lines", () => {
  it("escapes the characters line-based readers split on, and reads them back", () => {
    const value = { feedback: "a\u2028b\u2029c\u0085d\ne" };
    const line = toJsonLine(value);
    expect(line).not.toMatch(/[\u2028\u2029\u0085\n]/);
    expect(line).toContain("\\u2028");
    expect(line).toContain("\\u0085");
    expect(JSON.parse(line)).toEqual(value);
  });

  it("accepts a byte-order mark at the start of a line", () => {
    expect(parseJsonLine('\uFEFF{"id":1,"question":"x"}')).toEqual({ id: 1, question: "x" });
  });

  it("keeps at most maxBytes of a line, whatever the chunking, and goes on with the next lines", async () => {
    const long = "x".repeat(100_000);
    const lines = await collect(["a\r\nb", "c\n", long.slice(0, 30_000), long.slice(30_000), "\nlast"], 1_000);
    expect(lines.map((line) => [line.number, line.text.length, line.overflowed])).toEqual([
      [1, 1, false],
      [2, 2, false],
      [3, 1_000, true],
      [4, 4, false],
    ]);
    expect(lines[1]?.text).toBe("bc");
  });

  it("reads a line cut inside a multi-byte character back as text", async () => {
    const bytes = Buffer.from("Sở KH&CN\n", "utf8");
    const lines = await collect([bytes.subarray(0, 2), bytes.subarray(2)], 100);
    expect(lines[0]?.text).toBe("Sở KH&CN");
  });
});
