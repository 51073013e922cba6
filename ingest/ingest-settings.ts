import type { Settings } from "../config/settings.js";
import type { IngestSettings } from "./run-ingest.js";

/** The part of the configuration ingestion needs (remote embeddings reuse the LLM endpoint and key). */
export function ingestSettingsFrom(settings: Settings): IngestSettings {
  return {
    sourcesDir: settings.sourcesDir,
    indexDir: settings.indexDir,
    budget: settings.ingestBudget,
    embeddings: {
      provider: settings.embeddings.provider,
      model: settings.embeddings.model,
      baseUrl: settings.llm?.baseUrl,
      apiKey: settings.llm?.apiKey,
    },
  };
}
