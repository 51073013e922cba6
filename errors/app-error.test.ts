import { describe, expect, it } from "vitest";
import { SettingsError } from "../config/settings.js";
import { ZaloApiError } from "../bot/zalo/zalo-client.js";
import { UnreadableDocumentError } from "../ingest/read/read-errors.js";
import { AppError } from "./app-error.js";
import { errorDetails, errorMessage } from "./error-message.js";

describe("AppError", () => {
  it("carries a code, a cause and the subclass name", () => {
    const cause = new Error("socket hang up");
    const error = new ZaloApiError("sendMessage", null, null, "network down", { cause });
    expect(error.code).toBe("ZALO_API");
    expect(error.cause).toBe(cause);
    expect(error.name).toBe("ZaloApiError");
  });

  it("isInstance tells project errors and each class apart", () => {
    const zalo = new ZaloApiError("getMe", 401, 401, "Unauthorized");
    const settings = new SettingsError(["TELEGRAM_BOT_TOKEN: sai"]);
    expect(AppError.isInstance(zalo)).toBe(true);
    expect(AppError.isInstance(new Error("plain"))).toBe(false);
    expect(AppError.isInstance("text")).toBe(false);
    expect(ZaloApiError.isInstance(zalo)).toBe(true);
    expect(ZaloApiError.isInstance(settings)).toBe(false);
    expect(SettingsError.isInstance(settings)).toBe(true);
    expect(AppError.hasCode(settings, "SETTINGS_INVALID")).toBe(true);
    expect(AppError.hasCode(new UnreadableDocumentError("a.pdf", "bad"), "UNREADABLE_DOCUMENT")).toBe(true);
  });
});

describe("errorMessage", () => {
  it("turns anything thrown into one line, with causes not already said", () => {
    expect(errorMessage(new Error("boom"))).toBe("boom");
    expect(errorMessage("plain text")).toBe("plain text");
    expect(errorMessage({ code: 7 })).toBe('{"code":7}');
    expect(errorMessage(undefined)).toBe("undefined");
    const wrapped = new ZaloApiError("sendMessage", null, null, "fetch failed", { cause: new Error("ECONNREFUSED 127.0.0.1:1") });
    expect(errorMessage(wrapped)).toBe("Zalo sendMessage failed (network): fetch failed: ECONNREFUSED 127.0.0.1:1");
    const repeated = new Error("outer: inner", { cause: new Error("inner") });
    expect(errorMessage(repeated)).toBe("outer: inner");
  });

  it("survives a cycle of causes", () => {
    const first = new Error("first");
    const second = new Error("second", { cause: first });
    (first as { cause?: unknown }).cause = second;
    expect(errorMessage(first)).toBe("first: second");
  });

  it("details keep the code and the stack for logs", () => {
    const details = errorDetails(new SettingsError(["WEBHOOK_PORT: không phải số"]));
    expect(details).toMatch(/^\[SETTINGS_INVALID\] SettingsError: /);
    expect(details).toContain("WEBHOOK_PORT");
    expect(details).toMatch(/\n\s+at /);
  });
});
