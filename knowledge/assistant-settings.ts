import type { Settings } from "../config/settings.js";
import { ingestSettingsFrom } from "../ingest/ingest-settings.js";
import type { AssistantSettings } from "./assistant.js";
import { systemClock } from "./deadlines/clock.js";

/** The part of the configuration the read path needs (embeddings reuse the LLM endpoint and key when they call a server). */
export function assistantSettingsFrom(settings: Settings): AssistantSettings {
  return {
    ...ingestSettingsFrom(settings),
    llm: settings.llm
      ? { provider: settings.llm.provider, model: settings.llm.model, baseUrl: settings.llm.baseUrl, apiKey: settings.llm.apiKey }
      : { provider: "none" },
    deadlines: { clock: systemClock, timeZone: settings.timeZone, soonDays: settings.digest.daysAhead },
  };
}
