import { describe, expect, it } from "vitest";
import { rememberedByText, textLength } from "./text-cache.js";

describe("rememberedByText", () => {
  it("computes a text once, and starts over when the characters kept pass the budget", () => {
    const computed: string[] = [];
    const upper = rememberedByText(1_600, (text) => {
      computed.push(text);
      return text.toUpperCase();
    }, textLength);
    expect(upper("abc")).toBe("ABC");
    expect(upper("abc")).toBe("ABC");
    expect(computed).toEqual(["abc"]);
    // Each of these keeps 90 characters (text and result): the eighteenth passes 1,600, and the cache starts over.
    for (let index = 0; index < 17; index += 1) upper(`${index}`.padStart(45, "x"));
    upper("abc");
    expect(computed.filter((text) => text === "abc")).toHaveLength(1);
    upper("y".repeat(45));
    upper("abc");
    expect(computed.filter((text) => text === "abc")).toHaveLength(2);
  });

  it("keeps a false answer too, and does not keep a text too long for its budget", () => {
    let calls = 0;
    const isShort = rememberedByText(1_600, (text) => {
      calls += 1;
      return text.length < 5;
    });
    expect(isShort("long text")).toBe(false);
    expect(isShort("long text")).toBe(false);
    expect(calls).toBe(1);
    const long = "z".repeat(200);
    isShort(long);
    isShort(long);
    expect(calls).toBe(3);
  });
});
