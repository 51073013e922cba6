import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeListChatModel } from "@langchain/core/utils/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import type { Answer } from "../answer-types.js";
import { createChatModel } from "./chat-model.js";
import { checkGrounding } from "./grounding.js";
import { rephraseAnswer } from "./rephrase.js";

const extractive: Answer = {
  question: "ai chủ trì CSDL nhà ở?",
  found: true,
  kind: "owner",
  text: [
    "Sở Xây dựng chủ trì: Cơ sở dữ liệu nhà ở và thị trường bất động sản.",
    "• Thời hạn: 2025-2027",
    "",
    "Nguồn:",
    "[1] Kế hoạch thực hiện Nghị quyết 57 — Phụ lục I › mục 39.7 (dòng 2516)",
    "    «39.7 Cơ sở dữ liệu nhà ở và thị trường bất động sản Sở Xây dựng»",
  ].join("\n"),
  citations: [
    {
      file: "ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt",
      title: "Kế hoạch thực hiện Nghị quyết 57",
      locator: "Phụ lục I › mục 39.7 (dòng 2516)",
      quote: "39.7 Cơ sở dữ liệu nhà ở và thị trường bất động sản Sở Xây dựng",
      line: 2516,
    },
  ],
  suggestions: [],
};

const glossary = loadGlossary();

describe("grounding check", () => {
  it("accepts wording whose numbers, dates and agencies are in the sources", () => {
    const result = checkGrounding("Sở Xây dựng chủ trì CSDL nhà ở, thời hạn 2025-2027.", [extractive.text], glossary);
    expect(result).toEqual({ grounded: true, unsupported: [] });
  });
  it("rejects a date, a number or an agency the sources do not hold", () => {
    expect(checkGrounding("Sở Xây dựng chủ trì, hạn 31/12/2026.", [extractive.text], glossary).unsupported).toContain("31/12/2026");
    expect(checkGrounding("Kinh phí 5.000 triệu đồng.", [extractive.text], glossary).unsupported).toContain("5.000");
    expect(checkGrounding("Sở Tài chính chủ trì.", [extractive.text], glossary).grounded).toBe(false);
  });
});

describe("rephrasing with a fake chat model", () => {
  it("keeps a grounded wording and the sources block", async () => {
    const model = new FakeListChatModel({ responses: ["Nhiệm vụ CSDL nhà ở do Sở Xây dựng chủ trì, thực hiện 2025-2027."] });
    const outcome = await rephraseAnswer(model, extractive, glossary);
    expect(outcome.usedWording).toBe("llm");
    expect(outcome.answer.text.split("\n")[0]).toBe("Nhiệm vụ CSDL nhà ở do Sở Xây dựng chủ trì, thực hiện 2025-2027.");
    expect(outcome.answer.text).toContain("39.7 Cơ sở dữ liệu nhà ở");
    expect(outcome.answer.citations).toEqual(extractive.citations);
  });
  it("falls back to the extractive answer when the model invents a date", async () => {
    const model = new FakeListChatModel({ responses: ["Sở Xây dựng chủ trì, hạn chót 30/6/2026."] });
    const outcome = await rephraseAnswer(model, extractive, glossary);
    expect(outcome.usedWording).toBe("extractive");
    expect(outcome.rejected).toContain("30/6/2026");
    expect(outcome.answer).toEqual(extractive);
  });
  it("never rephrases a refusal", async () => {
    const model = new FakeListChatModel({ responses: ["Sở Y tế chủ trì."] });
    const refusal: Answer = { ...extractive, found: false, text: "Không tìm thấy thông tin này.", citations: [] };
    expect((await rephraseAnswer(model, refusal, glossary)).answer).toEqual(refusal);
  });
});

describe("an OpenAI-compatible endpoint on 127.0.0.1", () => {
  let server: Server;
  let baseUrl = "";
  const requests: { url: string; body: { model?: string; messages?: { role: string; content: string }[] } }[] = [];

  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response: ServerResponse) => {
      let raw = "";
      request.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      request.on("end", () => {
        requests.push({ url: request.url ?? "", body: JSON.parse(raw || "{}") });
        response.writeHead(200, { "content-type": "application/json" });
        response.end(
          JSON.stringify({
            id: "chatcmpl-test",
            object: "chat.completion",
            created: 1,
            model: "fake-model",
            choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content: "Sở Xây dựng chủ trì CSDL nhà ở (2025-2027)." } }],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends the prompt through LangChain's ChatOpenAI and keeps the grounded reply", async () => {
    const model = await createChatModel({ provider: "openai", baseUrl, apiKey: "test-key", model: "fake-model" });
    const outcome = await rephraseAnswer(model, extractive, glossary);
    expect(requests.at(-1)?.url).toBe("/v1/chat/completions");
    expect(requests.at(-1)?.body.model).toBe("fake-model");
    expect(requests.at(-1)?.body.messages?.[1]?.content).toContain("39.7 Cơ sở dữ liệu nhà ở");
    expect(outcome.usedWording).toBe("llm");
    expect(outcome.answer.text.startsWith("Sở Xây dựng chủ trì CSDL nhà ở (2025-2027).")).toBe(true);
  });
});
