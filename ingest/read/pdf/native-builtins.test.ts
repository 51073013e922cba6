import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDocument } from "../read-document.js";
import { nativeBuiltinsInPlace } from "./native-builtins.js";

const fixtures = path.resolve(import.meta.dirname, "../../../test/fixtures");

describe("pdf.js and the process's built-ins", () => {
  it("leaves the engine's own push and JSON.parse in place once loaded and after reading PDFs, whose text it still reads", async () => {
    expect(nativeBuiltinsInPlace()).toBe(true);
    for (const file of ["corpus-formats/ke-hoach-429-KH-UBND-chuyen-doi-so-2026.pdf", "browser-print/ke-hoach-theo-thang-nq57-wbs.pdf"]) {
      const document = await readDocument(path.join(fixtures, file));
      expect(document.lines.length).toBeGreaterThan(20);
      expect(nativeBuiltinsInPlace()).toBe(true);
    }
    const pushed: number[] = [];
    expect(pushed.push(1, 2)).toBe(2);
    expect(pushed).toEqual([1, 2]);
  });
});
