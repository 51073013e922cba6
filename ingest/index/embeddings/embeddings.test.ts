import { describe, expect, it } from "vitest";
import { Embeddings } from "@langchain/core/embeddings";
import {
  MissingEmbeddingsApiKeyError,
  MissingEmbeddingsPackageError,
  createEmbeddings,
  embeddingsId,
  embeddingsIdOf,
  requireProviderPackage,
} from "./create-embeddings.js";
import { HashingEmbeddings } from "./hashing-embeddings.js";

function cosine(left: number[], right: number[]): number {
  return left.reduce((total, value, index) => total + value * (right[index] ?? 0), 0);
}

describe("HashingEmbeddings", () => {
  const embeddings = new HashingEmbeddings();

  it("is a LangChain Embeddings with 512 unit-length dimensions", async () => {
    expect(embeddings).toBeInstanceOf(Embeddings);
    const [vector] = await embeddings.embedDocuments(["Sở Thông tin và Truyền thông chủ trì"]);
    expect(vector).toHaveLength(512);
    expect(cosine(vector!, vector!)).toBeCloseTo(1, 10);
    expect(await embeddings.embedQuery("")).toEqual(new Array(512).fill(0));
  });

  it("is deterministic and ignores diacritics and punctuation", async () => {
    const first = await embeddings.embedQuery("Hạ tầng số!");
    expect(await new HashingEmbeddings().embedQuery("Hạ tầng số!")).toEqual(first);
    expect(cosine(first, await embeddings.embedQuery("ha tang so"))).toBeCloseTo(1, 10);
  });

  it("puts similar texts closer than unrelated ones", async () => {
    const [task, paraphrase, unrelated] = await embeddings.embedDocuments([
      "Xây dựng cơ sở dữ liệu đất đai của tỉnh",
      "xay dung co so du lieu dat dai",
      "Tổ chức hội nghị sơ kết công tác năm",
    ]);
    const similar = cosine(task!, paraphrase!);
    const different = cosine(task!, unrelated!);
    expect(similar).toBeGreaterThan(0.8);
    expect(different).toBeLessThan(0.3);
    const typo = cosine(task!, await embeddings.embedQuery("co so du lieu dat dia"));
    expect(typo).toBeGreaterThan(different);
  });
});

describe("createEmbeddings", () => {
  it("gives the local hashing embedding by default, with a stable id", () => {
    expect(createEmbeddings({ provider: "local" })).toBeInstanceOf(HashingEmbeddings);
    expect(embeddingsId({ provider: "local" })).toBe("local:hashing-v1:512");
    expect(embeddingsIdOf(createEmbeddings({ provider: "local" }))).toBe("local:hashing-v1:512");
  });

  it("ids change with provider, model and endpoint but never show the API key", () => {
    const ids = [
      embeddingsId({ provider: "openai", apiKey: "secret" }),
      embeddingsId({ provider: "openai", model: "text-embedding-3-large", apiKey: "secret" }),
      embeddingsId({ provider: "ollama", baseUrl: "http://localhost:11434" }),
    ];
    expect(new Set(ids).size).toBe(3);
    expect(ids.join(" ")).not.toContain("secret");
  });

  it("explains how to install a missing provider package", () => {
    const notFound = (packageName: string): string => {
      throw Object.assign(new Error(`Cannot find module '${packageName}'`), { code: "MODULE_NOT_FOUND" });
    };
    expect(() => requireProviderPackage("ollama", notFound)).toThrow(MissingEmbeddingsPackageError);
    expect(() => requireProviderPackage("ollama", notFound)).toThrow(/npm install @langchain\/ollama/);
    expect(() => requireProviderPackage("openai", notFound)).toThrow(/npm install @langchain\/openai/);
    expect(() => requireProviderPackage("openai", (name) => name)).not.toThrow();
  });

  it("builds the OpenAI embedding lazily when its package is present", () => {
    expect(() => createEmbeddings({ provider: "openai" })).toThrow(MissingEmbeddingsApiKeyError);
    const embeddings = createEmbeddings({ provider: "openai", apiKey: "test-key" });
    expect(embeddings).toBeInstanceOf(Embeddings);
    expect(embeddingsIdOf(embeddings)).toBe(embeddingsId({ provider: "openai", apiKey: "test-key" }));
  });
});
