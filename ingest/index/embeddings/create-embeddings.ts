import { createRequire } from "node:module";
import { Embeddings } from "@langchain/core/embeddings";
import { z } from "zod";
import { HashingEmbeddings } from "./hashing-embeddings.js";
import { AppError } from "../../../errors/app-error.js";

/**
 * Chooses the embedding behind the vector index. "local" (the default) needs no download or
 * network; "openai" and "ollama" use LangChain's integrations, which are optional packages loaded
 * with a dynamic import only when chosen.
 */
export const EmbeddingsSettings = z.object({
  provider: z.enum(["local", "openai", "ollama"]),
  model: z.string().min(1).optional(),
  baseUrl: z.string().min(1).optional(),
  apiKey: z.string().min(1).optional(),
});
export type EmbeddingsSettings = z.infer<typeof EmbeddingsSettings>;

const providerPackages = { openai: "@langchain/openai", ollama: "@langchain/ollama" } as const;
const defaultModels = { openai: "text-embedding-3-small", ollama: "nomic-embed-text" } as const;
export type RemoteProvider = keyof typeof providerPackages;

export class MissingEmbeddingsPackageError extends AppError {
  constructor(
    readonly provider: RemoteProvider,
    readonly packageName: string,
  ) {
    super(
      "MISSING_EMBEDDINGS_PACKAGE",
      `The "${provider}" embedding provider needs the package ${packageName}, which is not installed: ` +
        `run \`npm install ${packageName}\`, or set the embedding provider to "local".`,
    );
  }
}

export class MissingEmbeddingsApiKeyError extends AppError {
  constructor(readonly provider: RemoteProvider) {
    super("MISSING_EMBEDDINGS_API_KEY", `The "${provider}" embedding provider needs an API key: set it in the configuration, or use the "local" provider.`);
  }
}

/** Stable id of what produced the vectors, stored in the manifest; never contains the API key. */
export function embeddingsId(settings: EmbeddingsSettings): string {
  if (settings.provider === "local") return new HashingEmbeddings().embeddingsId;
  const model = settings.model ?? defaultModels[settings.provider];
  return settings.baseUrl ? `${settings.provider}:${model}@${settings.baseUrl}` : `${settings.provider}:${model}`;
}

/**
 * Whether vectors are worth building with this embedding. The local hashing embedding hashes the
 * same syllables the lexical search already ranks: on the eval suite, fusing its vectors changed 6
 * of 1,126 answers, 5 of them for the worse, while they were most of the index and of its load
 * time. A model that embeds meaning (openai, ollama) adds what BM25 cannot: its vectors are kept.
 */
export function vectorsWorthBuilding(settings: EmbeddingsSettings): boolean {
  return settings.provider !== "local";
}

/** The embedding for these settings; it carries `embeddingsId` (see `embeddingsIdOf`). */
export function createEmbeddings(input: EmbeddingsSettings): Embeddings {
  const settings = EmbeddingsSettings.parse(input);
  if (settings.provider === "local") return new HashingEmbeddings();
  const provider = settings.provider;
  requireProviderPackage(provider);
  if (provider === "openai" && !settings.apiKey && !settings.baseUrl) throw new MissingEmbeddingsApiKeyError(provider);
  return new DeferredEmbeddings(embeddingsId(settings), () => loadProvider(provider, settings));
}

/** The id an embedding made by `createEmbeddings` (or a `HashingEmbeddings`) carries; undefined for others. */
export function embeddingsIdOf(embeddings: Embeddings): string | undefined {
  const id: unknown = (embeddings as { embeddingsId?: unknown }).embeddingsId;
  return typeof id === "string" ? id : undefined;
}

/** Throws `MissingEmbeddingsPackageError` unless the provider's package resolves from here. */
export function requireProviderPackage(
  provider: RemoteProvider,
  resolvePackage: (packageName: string) => string = createRequire(import.meta.url).resolve,
): void {
  const packageName = providerPackages[provider];
  if (!isInstalled(packageName, resolvePackage)) throw new MissingEmbeddingsPackageError(provider, packageName);
}

function isInstalled(packageName: string, resolvePackage: (packageName: string) => string): boolean {
  try {
    resolvePackage(packageName);
    return true;
  } catch (error) {
    // An ESM-only package is installed even when it has no "require" entry to resolve.
    return (error as { code?: string }).code === "ERR_PACKAGE_PATH_NOT_EXPORTED";
  }
}

type EmbeddingsConstructor = new (fields: Record<string, unknown>) => Embeddings;

async function loadProvider(provider: RemoteProvider, settings: EmbeddingsSettings): Promise<Embeddings> {
  const packageName: string = providerPackages[provider];
  const module = (await import(packageName)) as Record<string, unknown>;
  const model = settings.model ?? defaultModels[provider];
  if (provider === "openai") {
    const OpenAIEmbeddings = module.OpenAIEmbeddings as EmbeddingsConstructor;
    return new OpenAIEmbeddings({
      model,
      apiKey: settings.apiKey ?? "unused",
      ...(settings.baseUrl ? { configuration: { baseURL: settings.baseUrl } } : {}),
    });
  }
  const OllamaEmbeddings = module.OllamaEmbeddings as EmbeddingsConstructor;
  return new OllamaEmbeddings({ model, ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}) });
}

/** Keeps `createEmbeddings` synchronous: the provider module is imported on first use. */
class DeferredEmbeddings extends Embeddings {
  private loading: Promise<Embeddings> | undefined;

  constructor(
    readonly embeddingsId: string,
    private readonly load: () => Promise<Embeddings>,
  ) {
    super({});
  }

  private target(): Promise<Embeddings> {
    this.loading ??= this.load();
    return this.loading;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return (await this.target()).embedDocuments(documents);
  }

  async embedQuery(document: string): Promise<number[]> {
    return (await this.target()).embedQuery(document);
  }
}
