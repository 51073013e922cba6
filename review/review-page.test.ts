import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CLI_OPTIONS } from "../eval/cli-options.js";
import { runEval } from "../eval/run-eval.js";
import { makeAnswer, makeCase, scriptedAssistant } from "../eval/test-support.js";
import { runIngest } from "../ingest/run-ingest.js";
import { SettableClock } from "../knowledge/deadlines/clock.js";
import { loadGlossary } from "../vietnamese/glossary/glossary.js";
import { startReviewServer, type ReviewServer } from "./server.js";
import { launchTestBrowser } from "./test-browser.js";

/**
 * The review page in a real headless Chromium: an index built by `runIngest` from the sample plan
 * (plus a row it cannot read and a document without tables), an eval report written by `runEval`,
 * and the server on 127.0.0.1 at a free port.
 */
const planFile = "ke-hoach-mau.md";

async function workspace() {
  const root = await mkdtemp(path.join(tmpdir(), "review-page-"));
  const sourcesDir = path.join(root, "sources");
  await mkdir(sourcesDir);
  const plan = await readFile(path.resolve("test/fixtures/documents", planFile), "utf8");
  // A fourth row with a number and nothing else: ingestion cannot read it.
  await writeFile(path.join(sourcesDir, planFile), plan.replace(/(Hằng năm\n)/, "$14\t\t\t\t\n"));
  await writeFile(path.join(sourcesDir, "thong-bao-hop.md"), "# THÔNG BÁO Kết luận cuộc họp\n\nCác sở, ngành tiếp tục triển khai chuyển đổi số theo kế hoạch.\n");
  return { root, sourcesDir, indexDir: path.join(root, "index"), reportsDir: path.join(root, "reports") };
}

async function writeEvalReport(sourcesDir: string, reportsDir: string): Promise<void> {
  const cases = [
    makeCase({ id: "chu-tri-nha-o", document: planFile, question: "Ai chủ trì CSDL nhà ở?", rewordings: [], expected: [["Sở Xây dựng"]], evidence: { line: 10, text: "Xây dựng cơ sở dữ liệu nhà ở" } }),
    makeCase({ id: "han-dao-tao", document: planFile, kind: "deadline", question: "Hạn đào tạo kỹ năng số?", rewordings: [], expected: [["Hằng năm"]], evidence: { line: 12, text: "Đào tạo kỹ năng số cho cán bộ" } }),
  ];
  const assistant = scriptedAssistant((question) =>
    question.includes("nhà ở") ? makeAnswer({ citations: [{ file: planFile, title: "Kế hoạch", locator: "Phụ lục", quote: "", line: 10 }] }) : makeAnswer({ found: false, text: "Không tìm thấy thông tin này." }),
  );
  await runEval(assistant, cases, { ...DEFAULT_CLI_OPTIONS, reportsDir, minPassRate: 0 }, { sourcesDir, write: () => undefined, progress: () => undefined });
}

let server: ReviewServer;
let browser: Awaited<ReturnType<typeof launchTestBrowser>>;
let page: Page;

beforeAll(async () => {
  const { sourcesDir, indexDir, reportsDir } = await workspace();
  const report = await runIngest({ sourcesDir, indexDir, embeddings: { provider: "local" } });
  expect(report.indexError).toBeNull();
  await writeEvalReport(sourcesDir, reportsDir);
  server = await startReviewServer({
    indexDir,
    reportsDir,
    glossary: loadGlossary(),
    timeZone: "Asia/Ho_Chi_Minh",
    host: "127.0.0.1",
    port: 0,
    clock: new SettableClock("2026-05-10T03:00:00Z"),
  });
  browser = await launchTestBrowser();
  page = await browser.context.newPage();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rowTexts = (selector: string) => page.locator(selector).allInnerTexts();

describe("the review page for staff", () => {
  it("lists the documents and shows, per document, the records each row became beside its verbatim source lines, the warnings and the unread rows", async () => {
    await page.goto(server.url);
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    const documents = await rowTexts("table.van-ban tr");
    expect(documents.join("\n")).toContain(planFile);
    expect(documents.join("\n")).toContain("thong-bao-hop.md");

    await page.locator("table.van-ban a", { hasText: "Chuyển đổi số" }).click();
    await page.waitForURL(/\/van-ban\?tep=/);
    expect(await page.locator("table.thong-tin").innerText()).toMatch(/Kế hoạch[\s\S]*Chuyển đổi số năm 2026[\s\S]*ke-hoach-mau\.md/);
    expect(await page.locator("section.bang h3").innerText()).toContain("dòng 9–13");
    const records = await rowTexts("section.bang tr.ban-ghi");
    expect(records).toHaveLength(3);
    const housing = records.find((row) => row.includes("nhà ở")) ?? "";
    expect(housing).toContain("Sở Xây dựng");
    expect(housing).toContain("Sở Khoa học và Công nghệ");
    expect(housing).toContain("Quý II/2026");
    expect(housing).toMatch(/10\s+1\s+Xây dựng cơ sở dữ liệu nhà ở và thị trường bất động sản\s+Sở Xây dựng/);
    // The owner written "Sở KH&CN" is shown under its full name.
    expect(records.find((row) => row.includes("giám sát"))).toContain("Sở Khoa học và Công nghệ");
    const unread = await rowTexts("table.chua-doc tr.dong-chua-doc");
    expect(unread).toHaveLength(1);
    expect(unread[0]).toMatch(/^13\s+dòng bảng không có nội dung/);

    await page.goto(server.url);
    await page.locator("table.van-ban a", { hasText: "Kết luận cuộc họp" }).click();
    expect(await page.locator("p.canh-bao").first().innerText()).toContain("không có bảng nhiệm vụ");
  });

  it("filters the records by the agency typed in the search box, with or without diacritics, and by a deadline period", async () => {
    await page.goto(server.url);
    await page.locator('input[name="co-quan"]').fill("so noi vu");
    await page.getByRole("button", { name: "Tìm" }).click();
    await page.waitForURL(/\/tim\?/);
    expect(await page.locator("p.ket-qua").innerText()).toContain("Tìm thấy 1 bản ghi: cơ quan Sở Nội vụ");
    const oneRow = await rowTexts("tr.ban-ghi");
    expect(oneRow).toHaveLength(1);
    expect(oneRow[0]).toContain("Đào tạo kỹ năng số");

    await page.locator('input[name="co-quan"]').fill("Sở KH&CN");
    await page.getByRole("button", { name: "Tìm" }).click();
    await page.waitForURL(/co-quan=S/);
    const both = await rowTexts("tr.ban-ghi");
    expect(both).toHaveLength(2);
    expect(both.join("\n")).not.toContain("Đào tạo kỹ năng số");

    await page.locator('input[name="han"]').fill("quý 2/2026");
    await page.getByRole("button", { name: "Tìm" }).click();
    await page.waitForURL(/han=/);
    expect(await page.locator("p.ket-qua").innerText()).toContain("đến hạn từ 01/04/2026 đến 30/06/2026");
    const due = await rowTexts("tr.ban-ghi");
    expect(due).toHaveLength(1);
    expect(due[0]).toContain("nhà ở");
    // Each result links to its row on the document's page.
    await page.locator("tr.ban-ghi a").first().click();
    await page.waitForURL(/#dong-10$/);
  });

  it("shows the latest eval report: its summary and the failures grouped by cause with their evidence line", async () => {
    await page.goto(server.url);
    expect(await page.locator("#kiem-tra table.tom-tat").innerText()).toMatch(/Tỉ lệ đạt\s+1\/2 \(50\.0%\)/);
    await page.getByRole("link", { name: "Kết quả kiểm tra" }).first().click();
    await page.waitForURL(/\/kiem-tra$/);
    expect(await page.locator("#tom-tat").innerText()).toContain("Sai mà tự tin");
    const notFound = page.locator("section#khong-tim-thay");
    expect(await notFound.locator("h3").innerText()).toBe("Không tìm thấy (1)");
    const text = await notFound.innerText();
    expect(text).toContain("Cần kiểm tra:");
    expect(text).toContain("Hạn đào tạo kỹ năng số?");
    expect(text).toMatch(/dòng 12:\s*«Đào tạo kỹ năng số cho cán bộ»/);
    for (const english of ["not-found", "confident-wrong", "rewording", "owner", "deadline"]) expect(await page.locator("main").innerText()).not.toContain(english);
  });

  it("tells staff to run npm run ingest when there is no index yet, or when it cannot be used", async () => {
    const empty = await mkdtemp(path.join(tmpdir(), "review-empty-"));
    const bare = await startReviewServer({ indexDir: path.join(empty, "index"), reportsDir: empty, glossary: loadGlossary(), timeZone: "Asia/Ho_Chi_Minh", host: "127.0.0.1", port: 0 });
    try {
      const response = await page.goto(bare.url);
      expect(response?.status()).toBe(503);
      expect(await page.locator("main").innerText()).toContain("Hãy chạy npm run ingest");
      await page.goto(`${bare.url}kiem-tra`);
      expect(await page.locator("main").innerText()).toContain("Chạy npm run eval");
      await mkdir(path.join(empty, "index", "current"), { recursive: true });
      await writeFile(path.join(empty, "index", "current", "manifest.json"), "{ not json");
      const damaged = await page.goto(`${bare.url}tim?co-quan=so+y+te`);
      expect(damaged?.status()).toBe(503);
      expect(await page.locator("main").innerText()).toContain("Hãy chạy npm run ingest -- --force để dựng lại");
    } finally {
      await bare.close();
    }
  });
});
