import { describe, it, expect } from "vitest";
import { loadSettings, SettingsError } from "./settings.js";

describe("loadSettings", () => {
  it("gives the documented defaults for an empty environment", () => {
    const settings = loadSettings({});
    expect(settings.telegram).toBeUndefined();
    expect(settings.zalo).toBeUndefined();
    expect(settings.webhookPort).toBe(8080);
    expect(settings.reviewPort).toBe(8787);
    expect(settings.access).toEqual({ mode: "allowlist", allowedUserIds: [], allowedChatIds: [], adminUserIds: [] });
    expect(settings.sourcesDir).toBe("knowledge/sources");
    expect(settings.indexDir).toBe(".index");
    expect(settings.dataDir).toBe(".data");
    expect(settings.llm).toBeUndefined();
    expect(settings.embeddings).toEqual({ provider: "local" });
    expect(settings.rateLimitPerMinute).toBe(20);
    expect(settings.maxQuestionChars).toBe(1000);
    expect(settings.webhookHost).toBe("127.0.0.1");
    expect(settings.maxFeedbackChars).toBe(2000);
    expect(settings.refusalQuietMinutes).toBe(10);
    expect(settings.ingestBudget).toEqual({ maxDocumentBytes: 20 * 1024 * 1024, maxLineChars: 20_000 });
  });

  it("reads the bind address and the input budgets", () => {
    const settings = loadSettings({ WEBHOOK_HOST: "0.0.0.0", MAX_FEEDBACK_CHARS: "500", INGEST_MAX_DOCUMENT_MB: "3", INGEST_MAX_LINE_CHARS: "4000" });
    expect(settings.webhookHost).toBe("0.0.0.0");
    expect(settings.maxFeedbackChars).toBe(500);
    expect(settings.ingestBudget).toEqual({ maxDocumentBytes: 3 * 1024 * 1024, maxLineChars: 4000 });
    expect(loadSettings({ WEBHOOK_HOST: "[::1]" }).webhookHost).toBe("::1");
    expect(() => loadSettings({ WEBHOOK_HOST: "bad host!" })).toThrow(/WEBHOOK_HOST/);
  });

  it("reads bots, webhooks, id lists and the LLM", () => {
    const settings = loadSettings({
      TELEGRAM_BOT_TOKEN: "123:abc",
      TELEGRAM_WEBHOOK_URL: "https://bot.example.vn/telegram",
      TELEGRAM_WEBHOOK_SECRET: "secret_telegram_1",
      ZALO_BOT_TOKEN: "zalo-token",
      ZALO_API_ROOT: "http://127.0.0.1:9000/",
      BOT_ACCESS: "OPEN",
      ALLOWED_USER_IDS: " 1, 2 ,telegram:3,",
      ADMIN_USER_IDS: "zalo:abc",
      WEBHOOK_PORT: "8443",
      LLM_PROVIDER: "ollama",
      LLM_MODEL: "qwen2.5:7b",
      LLM_BASE_URL: "http://localhost:11434",
    });
    expect(settings.telegram).toEqual({
      token: "123:abc",
      apiRoot: "https://api.telegram.org",
      webhook: { url: "https://bot.example.vn/telegram", secret: "secret_telegram_1" },
    });
    expect(settings.zalo).toEqual({ token: "zalo-token", apiRoot: "http://127.0.0.1:9000" });
    expect(settings.access.mode).toBe("open");
    expect(settings.access.allowedUserIds).toEqual(["1", "2", "telegram:3"]);
    expect(settings.access.adminUserIds).toEqual(["zalo:abc"]);
    expect(settings.webhookPort).toBe(8443);
    expect(settings.llm).toEqual({ provider: "ollama", model: "qwen2.5:7b", baseUrl: "http://localhost:11434" });
  });

  it("lists every problem with a message saying what to fix", () => {
    let caught: unknown;
    try {
      loadSettings({
        TELEGRAM_WEBHOOK_URL: "https://bot.example.vn/telegram",
        WEBHOOK_PORT: "abc",
        REVIEW_PORT: "-1",
        BOT_ACCESS: "everyone",
        LLM_PROVIDER: "openai",
        ZALO_API_ROOT: "not a url",
      });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SettingsError);
    const problems = (caught as SettingsError).problems.join("\n");
    expect(problems).toContain("WEBHOOK_PORT");
    expect(problems).toContain("REVIEW_PORT phải là số nguyên dương");
    expect(problems).toContain("BOT_ACCESS phải là một trong: allowlist, open");
    expect(problems).toContain("ZALO_API_ROOT");
    expect((caught as SettingsError).message).toContain("sửa các biến môi trường");
  });

  it("demands a webhook secret with a webhook URL and keys for OpenAI", () => {
    expect(() => loadSettings({ ZALO_WEBHOOK_URL: "https://bot.example.vn/zalo" })).toThrow(/ZALO_WEBHOOK_SECRET/);
    expect(() => loadSettings({ LLM_PROVIDER: "openai", LLM_MODEL: "gpt-4o-mini" })).toThrow(/LLM_API_KEY/);
    expect(() => loadSettings({ TELEGRAM_WEBHOOK_SECRET: "short" })).toThrow(/8–256/);
  });
});
