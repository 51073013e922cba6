import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CLI_OPTIONS } from "../cli-options.js";
import { runSuite } from "../run-suite.js";
import { makeAnswer, makeCase, scriptedAssistant } from "../test-support.js";
import { renderHtml } from "./render-html.js";
import { decideVerdict } from "./verdict.js";

function sources(): string {
  const folder = mkdtempSync(join(tmpdir(), "eval-report-sources-"));
  writeFileSync(join(folder, "plan.md"), "# Kế hoạch\nCSDL nhà ở — Sở Xây dựng\nCSDL đất đai — Sở Nông nghiệp và Môi trường\n");
  return folder;
}

describe("the eval report page, in Vietnamese", () => {
  it("names documents by number, shows local time, and groups failures by cause with the evidence line and what to check", async () => {
    const cases = [
      makeCase({ id: "owner-nha-o" }),
      makeCase({ id: "owner-dat-dai", question: "Ai chủ trì CSDL đất đai?", expected: [["Sở Nông nghiệp"]], evidence: { line: 3, text: "CSDL đất đai — Sở Nông nghiệp" } }),
      makeCase({ id: "value-5g", kind: "value", question: "Phủ sóng 5G bao nhiêu?", expected: [["80"]], evidence: { line: 2, text: "CSDL nhà ở — Sở Xây dựng" } }),
    ];
    const assistant = {
      ...scriptedAssistant((question) => {
        if (/dat dai|đất đai/i.test(question)) return makeAnswer({ found: false, text: "Không tìm thấy thông tin này." });
        if (/5g/i.test(question)) return makeAnswer({ kind: "value", text: "Giá trị: 70%." });
        return makeAnswer({});
      }),
      documents: () => [{ file: "plan.md", kind: "Kế hoạch", number: "429/KH-UBND", dateText: "", title: "Chuyển đổi số" }],
    };
    const report = await runSuite(assistant, cases, { sourcesDir: sources(), createdAt: new Date("2026-12-01T21:40:00Z") });
    const html = renderHtml(report, decideVerdict(report, { ...DEFAULT_CLI_OPTIONS, minPassRate: 0 }));
    expect(html).toContain("02/12/2026 04:40 (giờ Việt Nam)");
    expect(html).toContain("Kế hoạch 429/KH-UBND");
    expect(html).toContain("Tỉ lệ đạt theo văn bản");
    expect(html).toContain("Cơ quan chủ trì");
    // The case's own question is refused (1); its rewordings and the 5G case answer wrongly (2 + 3).
    expect(html).toContain("Không tìm thấy (1)");
    expect(html).toContain("Sai sự việc (5)");
    expect(html).toContain("Kế hoạch 429/KH-UBND, dòng 3:<br>«CSDL đất đai — Sở Nông nghiệp»");
    expect(html).toMatch(/Cần kiểm tra:<\/b> Văn bản có câu trả lời mà trợ lý từ chối/);
    expect(html).toContain("cách hỏi khác 2");
    // No English words of the report format on the page.
    for (const english of ["confident-wrong", "fact-not-first", "not-found", "wrong-citation", ">owner<", ">value<", "rewording", ">plan.md<", "T21:40"]) {
      expect(html).not.toContain(english);
    }
  });
});
