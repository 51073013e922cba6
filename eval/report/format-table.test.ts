import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_CLI_OPTIONS } from "../cli-options.js";
import { runSuite } from "../run-suite.js";
import { makeAnswer, makeCase, scriptedAssistant } from "../test-support.js";
import { formatTable } from "./format-table.js";
import { decideVerdict } from "./verdict.js";

function sources(): string {
  const folder = mkdtempSync(join(tmpdir(), "eval-table-sources-"));
  writeFileSync(join(folder, "plan.md"), "# Kế hoạch\nCSDL nhà ở — Sở Xây dựng\nCSDL đất đai — Sở Nông nghiệp và Môi trường\n");
  return folder;
}

describe("the eval report in the terminal, in Vietnamese", () => {
  it("names documents and kinds in Vietnamese, shows local time, and lists failures by cause with the evidence line and what to check, but no held-out case", async () => {
    const cases = [
      makeCase({ id: "owner-nha-o" }),
      makeCase({ id: "owner-dat-dai", question: "Ai chủ trì CSDL đất đai?", expected: [["Sở Nông nghiệp"]], evidence: { line: 3, text: "CSDL đất đai — Sở Nông nghiệp" } }),
      makeCase({ id: "value-5g", kind: "value", question: "Phủ sóng 5G bao nhiêu?", rewordings: [], expected: [["80"]], evidence: { line: 2, text: "CSDL nhà ở — Sở Xây dựng" } }),
      makeCase({ id: "held-1", split: "holdout", question: "Câu giữ riêng về cáp quang?", rewordings: [], expected: [["Sở Xây dựng"]] }),
    ];
    const assistant = {
      ...scriptedAssistant((question) => {
        if (/dat dai|đất đai/i.test(question)) return makeAnswer({ found: false, text: "Không tìm thấy thông tin này." });
        if (/5g|cáp quang/i.test(question)) return makeAnswer({ kind: "value", text: "Giá trị: 70%." });
        return makeAnswer({});
      }),
      documents: () => [{ file: "plan.md", kind: "Kế hoạch", number: "429/KH-UBND", dateText: "", title: "Chuyển đổi số" }],
    };
    const report = await runSuite(assistant, cases, { sourcesDir: sources(), createdAt: new Date("2026-12-01T21:40:00Z") });
    const table = formatTable(report, decideVerdict(report, { ...DEFAULT_CLI_OPTIONS, minPassRate: 0 }));
    expect(table).toContain("02/12/2026 04:40 (giờ Việt Nam)");
    expect(table).toMatch(/Kế hoạch 429\/KH-UBND\s+3\/8\s+37\.5%/);
    // Kinds in the order the words file gives them, under their Vietnamese names.
    expect(table.indexOf("Cơ quan chủ trì")).toBeLessThan(table.indexOf("Chỉ tiêu, giá trị"));
    expect(table).toContain("Kết quả từng câu: Đạt 3, Không tìm thấy 1, Sai sự việc 4");
    const notFound = table.slice(table.indexOf("Không tìm thấy (1)"));
    expect(notFound).toMatch(/^Không tìm thấy \(1\)\n {2}Cần kiểm tra: Văn bản có câu trả lời mà trợ lý từ chối/);
    expect(notFound).toContain("• owner-dat-dai [câu gốc] Ai chủ trì CSDL đất đai?\n      dòng nguồn: Kế hoạch 429/KH-UBND, dòng 3: «CSDL đất đai — Sở Nông nghiệp»");
    // The held-out question answered wrongly is counted above but not listed.
    expect(table).toContain("Sai sự việc (3)");
    expect(table).toContain("• value-5g [câu gốc] Phủ sóng 5G bao nhiêu?");
    expect(table).toContain("còn thiếu: 80");
    expect(table).toContain("1 câu giữ riêng không đạt: chỉ đếm, không liệt kê từng câu.");
    expect(table).not.toContain("cáp quang");
    // The report's own words, without the answers quoted in it.
    const ownWords = table.split("\n").filter((line) => !line.includes("đầu câu trả lời:")).join("\n");
    for (const english of ["confident-wrong", "fact-not-first", "not-found", "wrong-citation", "owner ", "value ", "rewording", "plan.md", "T21:40", "Eval", "case "]) {
      expect(ownWords).not.toContain(english);
    }
  });
});
