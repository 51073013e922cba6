import { z } from "zod";
import { AppError } from "../errors/app-error.js";

const digestSchedulePattern = /^(?:(off)|(mon|tue|wed|thu|fri|sat|sun)\s+([01]?\d|2[0-3]):([0-5]\d))$/i;

/**
 * THE ONLY module of the project that reads `process.env`. Everything else receives a
 * `Settings` object (or a part of it) as a parameter.
 */

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : value));

function optionalUrl(name: string) {
  return optionalText.pipe(
    z
      .url({ message: `${name} phải là một URL đầy đủ (https://…) / ${name} must be a full URL` })
      .optional(),
  );
}

function urlWithDefault(name: string, fallback: string) {
  return optionalText
    .transform((value) => value ?? fallback)
    .pipe(z.url({ message: `${name} phải là một URL đầy đủ / ${name} must be a full URL` }))
    .transform((value) => value.replace(/\/+$/, ""));
}

function positiveInteger(name: string, fallback: number) {
  return optionalText
    .transform((value) => (value === undefined ? fallback : Number(value)))
    .pipe(
      z
        .number({ message: `${name} phải là số nguyên dương / ${name} must be a positive integer` })
        .int({ message: `${name} phải là số nguyên dương / ${name} must be a positive integer` })
        .positive({ message: `${name} phải là số nguyên dương / ${name} must be a positive integer` }),
    );
}

function idList(name: string) {
  return optionalText.transform((value) =>
    (value ?? "")
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item.length > 0),
  ).pipe(
    z.array(
      z.string().regex(/^[\w:.-]+$/, {
        message: `${name}: mỗi id chỉ gồm chữ, số, ':', '-' (cách nhau bằng dấu phẩy) / ${name}: comma-separated ids`,
      }),
    ),
  );
}

function choice<const Values extends readonly [string, ...string[]]>(
  name: string,
  values: Values,
  fallback: Values[number],
) {
  return optionalText
    .transform((value) => (value ?? fallback).toLowerCase())
    .pipe(
      z.enum(values, {
        message: `${name} phải là một trong: ${values.join(", ")} / ${name} must be one of: ${values.join(", ")}`,
      }),
    );
}

function directory(fallback: string) {
  return optionalText.transform((value) => value ?? fallback);
}

const secretToken = (name: string) =>
  optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,256}$/, {
        message: `${name} phải dài 8–256 ký tự, chỉ gồm A-Z a-z 0-9 _ - / ${name} must be 8–256 chars of A-Z a-z 0-9 _ -`,
      })
      .optional(),
  );

export const EnvironmentSchema = z
  .object({
    TELEGRAM_BOT_TOKEN: optionalText,
    TELEGRAM_API_ROOT: urlWithDefault("TELEGRAM_API_ROOT", "https://api.telegram.org"),
    TELEGRAM_WEBHOOK_URL: optionalUrl("TELEGRAM_WEBHOOK_URL"),
    TELEGRAM_WEBHOOK_SECRET: secretToken("TELEGRAM_WEBHOOK_SECRET"),
    ZALO_BOT_TOKEN: optionalText,
    ZALO_API_ROOT: urlWithDefault("ZALO_API_ROOT", "https://bot-api.zaloplatforms.com"),
    ZALO_WEBHOOK_URL: optionalUrl("ZALO_WEBHOOK_URL"),
    ZALO_WEBHOOK_SECRET: secretToken("ZALO_WEBHOOK_SECRET"),
    WEBHOOK_PORT: positiveInteger("WEBHOOK_PORT", 8080),
    WEBHOOK_HOST: optionalText.transform((value) => value ?? "127.0.0.1").pipe(
      z.string().regex(/^(?:[0-9.]+|\[?[0-9a-fA-F:]+\]?|[A-Za-z0-9.-]+)$/, {
        message: "WEBHOOK_HOST phải là một địa chỉ IP hoặc tên máy (127.0.0.1, 0.0.0.0, ::) / WEBHOOK_HOST must be an IP address or host name",
      }),
    ),
    REVIEW_PORT: positiveInteger("REVIEW_PORT", 8787),
    BOT_ACCESS: choice("BOT_ACCESS", ["allowlist", "open"], "allowlist"),
    ALLOWED_USER_IDS: idList("ALLOWED_USER_IDS"),
    ALLOWED_CHAT_IDS: idList("ALLOWED_CHAT_IDS"),
    ADMIN_USER_IDS: idList("ADMIN_USER_IDS"),
    RATE_LIMIT_PER_MINUTE: positiveInteger("RATE_LIMIT_PER_MINUTE", 20),
    MAX_QUESTION_CHARS: positiveInteger("MAX_QUESTION_CHARS", 1000),
    MAX_FEEDBACK_CHARS: positiveInteger("MAX_FEEDBACK_CHARS", 2000),
    REFUSAL_QUIET_MINUTES: positiveInteger("REFUSAL_QUIET_MINUTES", 10),
    INGEST_MAX_DOCUMENT_MB: positiveInteger("INGEST_MAX_DOCUMENT_MB", 20),
    INGEST_MAX_LINE_CHARS: positiveInteger("INGEST_MAX_LINE_CHARS", 20_000),
    SOURCES_DIR: directory("knowledge/sources"),
    INDEX_DIR: directory(".index"),
    DATA_DIR: directory(".data"),
    LLM_PROVIDER: choice("LLM_PROVIDER", ["none", "openai", "ollama"], "none"),
    LLM_BASE_URL: optionalUrl("LLM_BASE_URL"),
    LLM_API_KEY: optionalText,
    LLM_MODEL: optionalText,
    EMBEDDINGS_PROVIDER: choice("EMBEDDINGS_PROVIDER", ["local", "openai", "ollama"], "local"),
    EMBEDDINGS_MODEL: optionalText,
    TIME_ZONE: optionalText.transform((value) => value ?? "Asia/Ho_Chi_Minh").refine(isTimeZone, {
      message: "TIME_ZONE phải là múi giờ IANA, ví dụ Asia/Ho_Chi_Minh / TIME_ZONE must be an IANA time zone",
    }),
    DIGEST_SCHEDULE: optionalText.transform((value) => value ?? "mon 08:00").pipe(
      z.string().regex(digestSchedulePattern, {
        message: "DIGEST_SCHEDULE có dạng «mon 08:00» (mon…sun, giờ:phút), hoặc «off» / DIGEST_SCHEDULE looks like 'mon 08:00', or 'off'",
      }),
    ),
    DIGEST_DAYS_AHEAD: positiveInteger("DIGEST_DAYS_AHEAD", 14),
  })
  .superRefine((environment, context) => {
    const requireWith = (when: keyof typeof environment, needed: keyof typeof environment, why: string) => {
      if (environment[when] !== undefined && environment[needed] === undefined) {
        context.addIssue({ code: "custom", path: [needed], message: why });
      }
    };
    requireWith(
      "TELEGRAM_WEBHOOK_URL",
      "TELEGRAM_WEBHOOK_SECRET",
      "Đặt TELEGRAM_WEBHOOK_SECRET khi dùng TELEGRAM_WEBHOOK_URL / set TELEGRAM_WEBHOOK_SECRET with TELEGRAM_WEBHOOK_URL",
    );
    requireWith(
      "ZALO_WEBHOOK_URL",
      "ZALO_WEBHOOK_SECRET",
      "Đặt ZALO_WEBHOOK_SECRET khi dùng ZALO_WEBHOOK_URL / set ZALO_WEBHOOK_SECRET with ZALO_WEBHOOK_URL",
    );
    if (environment.LLM_PROVIDER === "openai" && environment.LLM_API_KEY === undefined) {
      context.addIssue({
        code: "custom",
        path: ["LLM_API_KEY"],
        message: "LLM_PROVIDER=openai cần LLM_API_KEY / LLM_PROVIDER=openai needs LLM_API_KEY",
      });
    }
    if (environment.LLM_PROVIDER !== "none" && environment.LLM_MODEL === undefined) {
      context.addIssue({
        code: "custom",
        path: ["LLM_MODEL"],
        message: "Khi bật LLM_PROVIDER, hãy đặt LLM_MODEL / set LLM_MODEL when LLM_PROVIDER is enabled",
      });
    }
  });

export type Environment = z.infer<typeof EnvironmentSchema>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The weekly reminder digest: weekday (0 = Monday), local time, and how many days ahead it covers. */
export interface DigestSettings {
  schedule: { weekday: number; hour: number; minute: number } | null;
  daysAhead: number;
}

function digestSchedule(text: string): DigestSettings["schedule"] {
  const match = digestSchedulePattern.exec(text.toLowerCase());
  if (!match || match[1] === "off") return null;
  const weekday = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(match[2] ?? "");
  return { weekday, hour: Number(match[3]), minute: Number(match[4]) };
}

export interface TelegramSettings {
  token: string;
  apiRoot: string;
  webhook?: { url: string; secret: string };
}

export interface ZaloSettings {
  token: string;
  apiRoot: string;
  webhook?: { url: string; secret: string };
}

export interface LlmSettings {
  provider: "openai" | "ollama";
  baseUrl?: string;
  apiKey?: string;
  model: string;
}

export interface AccessSettings {
  mode: "allowlist" | "open";
  allowedUserIds: string[];
  allowedChatIds: string[];
  adminUserIds: string[];
}

export interface Settings {
  telegram?: TelegramSettings;
  zalo?: ZaloSettings;
  webhookPort: number;
  /** Address the webhook receiver listens on; 127.0.0.1 behind the reverse proxy by default. */
  webhookHost: string;
  /** Port of the staff review page (`npm run review`), always on 127.0.0.1. */
  reviewPort: number;
  access: AccessSettings;
  rateLimitPerMinute: number;
  maxQuestionChars: number;
  /** Longest /phanhoi text stored. */
  maxFeedbackChars: number;
  /** After explaining a refusal to a user, further refusals stay silent this long. */
  refusalQuietMinutes: number;
  /** What one source document may hold before ingestion refuses it (size) or cuts a line (length). */
  ingestBudget: { maxDocumentBytes: number; maxLineChars: number };
  sourcesDir: string;
  indexDir: string;
  dataDir: string;
  llm?: LlmSettings;
  embeddings: { provider: "local" | "openai" | "ollama"; model?: string };
  /** IANA time zone of "today" and of the digest schedule: Asia/Ho_Chi_Minh. */
  timeZone: string;
  digest: DigestSettings;
}

/** Raised when the environment does not describe a valid configuration; lists every problem. */
export class SettingsError extends AppError {
  constructor(readonly problems: string[]) {
    super(
      "SETTINGS_INVALID",
      `Cấu hình không hợp lệ / invalid configuration — sửa các biến môi trường sau / fix these environment variables:\n` +
        problems.map((problem) => `  - ${problem}`).join("\n"),
    );
  }
}

export function loadSettings(environment: Record<string, string | undefined> = process.env): Settings {
  const parsed = EnvironmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new SettingsError(
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "(env)"}: ${issue.message}`),
    );
  }
  const values = parsed.data;
  const webhookOf = (url: string | undefined, secret: string | undefined) =>
    url !== undefined && secret !== undefined ? { url, secret } : undefined;
  const telegramWebhook = webhookOf(values.TELEGRAM_WEBHOOK_URL, values.TELEGRAM_WEBHOOK_SECRET);
  const zaloWebhook = webhookOf(values.ZALO_WEBHOOK_URL, values.ZALO_WEBHOOK_SECRET);
  return {
    telegram:
      values.TELEGRAM_BOT_TOKEN === undefined
        ? undefined
        : {
            token: values.TELEGRAM_BOT_TOKEN,
            apiRoot: values.TELEGRAM_API_ROOT,
            ...(telegramWebhook ? { webhook: telegramWebhook } : {}),
          },
    zalo:
      values.ZALO_BOT_TOKEN === undefined
        ? undefined
        : {
            token: values.ZALO_BOT_TOKEN,
            apiRoot: values.ZALO_API_ROOT,
            ...(zaloWebhook ? { webhook: zaloWebhook } : {}),
          },
    webhookPort: values.WEBHOOK_PORT,
    webhookHost: values.WEBHOOK_HOST.replace(/^\[|\]$/g, ""),
    reviewPort: values.REVIEW_PORT,
    access: {
      mode: values.BOT_ACCESS,
      allowedUserIds: values.ALLOWED_USER_IDS,
      allowedChatIds: values.ALLOWED_CHAT_IDS,
      adminUserIds: values.ADMIN_USER_IDS,
    },
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    maxQuestionChars: values.MAX_QUESTION_CHARS,
    maxFeedbackChars: values.MAX_FEEDBACK_CHARS,
    refusalQuietMinutes: values.REFUSAL_QUIET_MINUTES,
    ingestBudget: { maxDocumentBytes: values.INGEST_MAX_DOCUMENT_MB * 1024 * 1024, maxLineChars: values.INGEST_MAX_LINE_CHARS },
    sourcesDir: values.SOURCES_DIR,
    indexDir: values.INDEX_DIR,
    dataDir: values.DATA_DIR,
    llm:
      values.LLM_PROVIDER === "none" || values.LLM_MODEL === undefined
        ? undefined
        : {
            provider: values.LLM_PROVIDER,
            model: values.LLM_MODEL,
            ...(values.LLM_BASE_URL ? { baseUrl: values.LLM_BASE_URL } : {}),
            ...(values.LLM_API_KEY ? { apiKey: values.LLM_API_KEY } : {}),
          },
    embeddings: {
      provider: values.EMBEDDINGS_PROVIDER,
      ...(values.EMBEDDINGS_MODEL ? { model: values.EMBEDDINGS_MODEL } : {}),
    },
    timeZone: values.TIME_ZONE,
    digest: { schedule: digestSchedule(values.DIGEST_SCHEDULE), daysAhead: values.DIGEST_DAYS_AHEAD },
  };
}

/** The environment of a child process: this process's, with `overrides` set (the bench starts `ask` on its own corpus this way). */
export function childEnvironment(overrides: Record<string, string>): Record<string, string | undefined> {
  return { ...process.env, ...overrides };
}
