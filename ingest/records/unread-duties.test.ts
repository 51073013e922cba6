import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { glossary } from "./prose-test-support.js";
import { proseDuties } from "./prose-duties.js";
import { unreadDuties, unreadDutiesWarning } from "./unread-duties.js";

// Decision 035: what "Tổ chức thực hiện" writes and no record took is named, not dropped in silence.
const root = path.join(import.meta.dirname, "..", "..");
const warningOf = async (file: string) =>
  ingestDocument(await readDocument(path.join(root, file)), glossary).warnings.find((warning) => warning.startsWith("Phần «Tổ chức thực hiện»"));
const linesNamed = (warning: string | undefined) => (/dòng ([\d, ]+)/u.exec(warning ?? "")?.[1] ?? "").split(", ").map(Number);

describe("duties left unread in 'Tổ chức thực hiện'", () => {
  it("names the paragraphs no record took, not the headings, the duties read or what lies outside the part (synthetic)", () => {
    const texts = [
      "II. NHIỆM VỤ",
      "Xây dựng cơ sở dữ liệu dùng chung của tỉnh trong năm 2026 theo lộ trình.",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Sở Tài chính",
      "Cân đối, bố trí nguồn lực để triển khai các nhiệm vụ của Kế hoạch này.",
      "2. Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành theo dõi, đôn đốc việc thực hiện.",
      "./.",
    ];
    const lines = texts.map((text, index) => ({ line: index + 1, text }));
    const breadcrumbAt = (line: number) => (line <= 2 ? ["II. NHIỆM VỤ"] : line === 5 ? ["III. TỔ CHỨC THỰC HIỆN", "1. Sở Tài chính"] : ["III. TỔ CHỨC THỰC HIỆN"]);
    const input = { file: "x.md", lines, inTable: () => false, breadcrumbAt };
    const unread = unreadDuties({ ...input, headingLines: new Set([1, 3, 4]) }, proseDuties(input, glossary));
    expect(unread).toEqual([5]);
    expect(unreadDutiesWarning(unread)).toBe("Phần «Tổ chức thực hiện»: 1 đoạn không thành nhiệm vụ (không nhận ra cơ quan hoặc động từ giao việc), dòng 5.");
    expect(unreadDutiesWarning([])).toBeNull();
  });
  it("names NQ 20's duties directed with 'chỉ đạo' alone, not those read (the full text of NQ 57)", async () => {
    const named = linesNamed(await warningOf("test/fixtures/devdocs/nghi-quyet-57-NQ-TW-toan-van.md"));
    expect(named).toEqual(expect.arrayContaining([391, 393]));
    expect(named).not.toContain(389);
    expect(named).not.toContain(395);
  });
  it("names the bullets under an agency heading that state no verb of leading or taking part (QĐ 1982)", async () => {
    const named = linesNamed(await warningOf("knowledge/sources/quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt"));
    expect(named).toEqual(expect.arrayContaining([419, 420, 421]));
    // "1. Ban Chỉ đạo Chuyển đổi số tỉnh: Chỉ đạo, điều phối chung …" is a heading of the part.
    expect(named).not.toContain(399);
  });
});
