import type { Settings } from "../config/settings.js";
import type { IngestSettings } from "../ingest/run-ingest.js";
import type { AssistantSettings } from "./assistant.js";

/** The part of the configuration the read path needs (embeddings reuse the LLM endpoint and key when they call a server). */
export function assistantSettingsFrom(settings: Settings): AssistantSettings {
  return {
    ...ingestSettingsFrom(settings),
    llm: settings.llm
      ? { provider: settings.llm.provider, model: settings.llm.model, baseUrl: settings.llm.baseUrl, apiKey: settings.llm.apiKey }
      : { provider: "none" },
  };
}

export function ingestSettingsFrom(settings: Settings): IngestSettings {
  return {
    sourcesDir: settings.sourcesDir,
    indexDir: settings.indexDir,
    embeddings: {
      provider: settings.embeddings.provider,
      model: settings.embeddings.model,
      baseUrl: settings.llm?.baseUrl,
      apiKey: settings.llm?.apiKey,
    },
  };
}
