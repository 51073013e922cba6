import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AppError } from "../../../errors/app-error.js";

/** LLM settings (from config/settings.ts). Off unless a provider is chosen. */
export interface LlmSettings {
  provider: "none" | "openai" | "ollama";
  baseUrl?: string | undefined;
  apiKey?: string | undefined;
  model?: string | undefined;
  timeoutMs?: number | undefined;
}

export class LlmConfigurationError extends AppError {
  constructor(
    readonly provider: string,
    readonly missing: string,
  ) {
    super("LLM_CONFIGURATION", `LLM provider "${provider}" needs ${missing}: set it in the environment (see README, "Cấu hình / Configuration").`);
  }
}

/** Creates the optional chat model through LangChain: an OpenAI-compatible endpoint or Ollama. */
export async function createChatModel(settings: LlmSettings): Promise<BaseChatModel | null> {
  if (settings.provider === "none") return null;
  if (!settings.model) throw new LlmConfigurationError(settings.provider, "LLM_MODEL");
  const timeout = settings.timeoutMs ?? 20_000;
  if (settings.provider === "openai") {
    const { ChatOpenAI } = await import("@langchain/openai");
    return new ChatOpenAI({
      model: settings.model,
      apiKey: settings.apiKey ?? "not-needed",
      temperature: 0,
      timeout,
      maxRetries: 1,
      configuration: settings.baseUrl ? { baseURL: settings.baseUrl } : {},
    });
  }
  const { ChatOllama } = await import("@langchain/ollama");
  return new ChatOllama({ model: settings.model, baseUrl: settings.baseUrl ?? "http://127.0.0.1:11434", temperature: 0 });
}
