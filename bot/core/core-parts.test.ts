import { describe, it, expect } from "vitest";
import { AccessPolicy } from "./access-policy.js";
import { parseCommand } from "./command-text.js";
import { RateLimiter } from "./rate-limiter.js";
import { loadBotTexts } from "./texts.js";
import { secretMatches } from "../webhook-body.js";
import { addressedText } from "../telegram/group-addressing.js";

describe("commands", () => {
  it("strips the bot name and diacritics", () => {
    expect(parseCommand("/Hạn@QuangTriBot 3/2026 Sở KH&CN")).toEqual({ name: "han", argumentsText: "3/2026 Sở KH&CN" });
    expect(parseCommand("/nguồn")).toEqual({ name: "nguon", argumentsText: "" });
    expect(parseCommand("không phải lệnh")).toBeNull();
  });

  it("recognises group addressing", () => {
    expect(addressedText("/help@OtherBot", "PlanBot", false)).toBeNull();
    expect(addressedText("/help@planbot", "PlanBot", false)).toBe("/help@planbot");
    expect(addressedText("hỏi @PlanBot: ai chủ trì?", "PlanBot", false)).toBe("hỏi : ai chủ trì?");
    expect(addressedText("nói chuyện khác", "PlanBot", false)).toBeNull();
    expect(addressedText("thời hạn?", "PlanBot", true)).toBe("thời hạn?");
  });
});

describe("access and rate limit", () => {
  it("applies allow-lists per platform and the open mode", () => {
    const policy = new AccessPolicy({ mode: "allowlist", allowedUserIds: ["telegram:1", "2"], allowedChatIds: ["-5"], adminUserIds: ["zalo:9"] });
    expect(policy.isAllowed("telegram", "1", "1")).toBe(true);
    expect(policy.isAllowed("zalo", "1", "1")).toBe(false);
    expect(policy.isAllowed("zalo", "2", "2")).toBe(true);
    expect(policy.isAllowed("telegram", "7", "-5")).toBe(true);
    expect(policy.isAllowed("zalo", "9", "9")).toBe(true);
    expect(policy.isAdmin("zalo", "9")).toBe(true);
    expect(policy.isAdmin("telegram", "9")).toBe(false);
    expect(new AccessPolicy({ mode: "open", allowedUserIds: [], allowedChatIds: [], adminUserIds: [] }).isAllowed("telegram", "7", "7")).toBe(true);
  });

  it("allows a number per minute per user and notifies once", () => {
    let now = 0;
    const limiter = new RateLimiter(2, () => now);
    expect(limiter.check("a")).toEqual({ allowed: true });
    expect(limiter.check("a")).toEqual({ allowed: true });
    expect(limiter.check("a")).toMatchObject({ allowed: false, shouldNotify: true, retryAfterSeconds: 60 });
    expect(limiter.check("a")).toMatchObject({ allowed: false, shouldNotify: false });
    expect(limiter.check("b")).toEqual({ allowed: true });
    now = 60_001;
    expect(limiter.check("a")).toEqual({ allowed: true });
  });
});

describe("texts and secrets", () => {
  it("loads the Vietnamese texts data file", () => {
    const texts = loadBotTexts();
    expect(texts.accessDenied).toContain("quyền");
    expect(texts.examples.length).toBeGreaterThan(0);
  });

  it("compares webhook secrets exactly", () => {
    expect(secretMatches("abc12345", "abc12345")).toBe(true);
    expect(secretMatches("abc12346", "abc12345")).toBe(false);
    expect(secretMatches("abc", "abc12345")).toBe(false);
    expect(secretMatches(undefined, "abc12345")).toBe(false);
  });
});
