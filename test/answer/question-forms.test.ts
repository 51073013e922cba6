import { beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../../knowledge/answer/answer-types.js";
import { foldText } from "../../vietnamese/fold.js";
import { leadingLines, sharedAssistant } from "./shared-assistant.js";

let assistant: Assistant;
beforeAll(async () => {
  assistant = await sharedAssistant();
});

const kh429 = "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md";
const nq57 = "ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt";
const ctct = "chuong-trinh-cong-tac-ban-chi-dao-2026.md";
const contains = (text: string, expected: string) => foldText(text).includes(foldText(expected));

describe("a question of several parts gets every part, each with its source", () => {
  it("an indicator in two years: both values lead, from the indicator row", async () => {
    const answer = await assistant.answer("Theo KH 429, tỷ lệ người dân có tài khoản định danh điện tử VNeID năm 2025 đạt bao nhiêu và mục tiêu năm 2026 là bao nhiêu?");
    expect(answer.found, answer.text).toBe(true);
    const [first, second] = answer.text.split("\n");
    expect(first).toMatch(/2025.*80,6/);
    expect(second).toMatch(/2026.*81/);
    expect(answer.citations.map((citation) => `${citation.file}:${citation.line}`)).toContain(`${kh429}:536`);
  });

  it("a list of years typed without diacritics", async () => {
    const answer = await assistant.answer("theo kh 429 ty le phu song 5g nam 2025 va nam 2026 la bao nhieu");
    expect(answer.found, answer.text).toBe(true);
    expect(contains(leadingLines(answer.text), "74,2"), answer.text).toBe(true);
    expect(contains(leadingLines(answer.text), "80"), answer.text).toBe(true);
  });

  it("two subjects: each owner with its own citation", async () => {
    const answer = await assistant.answer("Trong KH thực hiện NQ 57, ai chủ trì cơ sở dữ liệu người khuyết tật và ai chủ trì cơ sở dữ liệu đăng kiểm phương tiện?");
    expect(answer.found, answer.text).toBe(true);
    expect(leadingLines(answer.text)).toMatch(/^Sở Y tế chủ trì: Cơ sở dữ liệu người khuyết tật\.\nSở Xây dựng chủ trì: Cơ sở dữ liệu đăng kiểm phương tiện\./);
    expect(answer.citations.filter((citation) => citation.file === nq57).map((citation) => citation.line)).toEqual(expect.arrayContaining([2628, 2514]));
  });

  it("owner and coordinators of one task", async () => {
    const answer = await assistant.answer("Theo chương trình công tác, ai chủ trì và ai phối hợp triển khai Nghị quyết của Chính phủ về phát triển công dân số?");
    expect(answer.found, answer.text).toBe(true);
    const [first, second] = answer.text.split("\n");
    expect(first).toMatch(/^Công an tỉnh chủ trì/);
    expect(second).toMatch(/^Cơ quan phối hợp: Các Sở, ban, ngành/);
    expect(answer.citations[0]?.file).toBe(ctct);
  });

  it("a part the documents do not hold: not found, and the part is named", async () => {
    const answer = await assistant.answer("Ai chủ trì cơ sở dữ liệu người khuyết tật và ai chủ trì xây dựng tàu ngầm du lịch?");
    expect(answer.found).toBe(false);
    expect(answer.text).toContain("tàu ngầm du lịch»");
    expect(answer.text.split("\n")[0]).toMatch(/^Sở Y tế chủ trì/);
  });
});

describe("a yes/no question gets yes or no with the fact and its source", () => {
  it("the right agency: 'Đúng'", async () => {
    const answer = await assistant.answer("Có phải Sở Xây dựng chủ trì cơ sở dữ liệu nhà ở và thị trường bất động sản không?");
    expect(answer.found, answer.text).toBe(true);
    expect(answer.text.split("\n")[0]).toMatch(/^Đúng — Sở Xây dựng chủ trì/);
    expect(answer.citations[0]?.file).toBe(nq57);
  });

  it("a wrong agency: 'Không' and the agency the document names, typed in chat style too", async () => {
    for (const question of ["Có phải Sở Y tế chủ trì cơ sở dữ liệu nhà ở và thị trường bất động sản không?", "so y te co chu tri csdl nha o va thi truong bat dong san ko"]) {
      const answer = await assistant.answer(question);
      expect(answer.found, answer.text).toBe(true);
      expect(answer.text.split("\n")[0], question).toMatch(/^Không — theo văn bản, Sở Xây dựng chủ trì/);
    }
  });

  it("a topic the documents do not hold: a refusal, never 'Không'", async () => {
    const answer = await assistant.answer("Có phải Sở Y tế chủ trì xây dựng sân bay vũ trụ của tỉnh không?");
    expect(answer.found).toBe(false);
    expect(answer.text).not.toMatch(/^Không —/);
    expect(answer.citations).toEqual([]);
  });

  it("a deadline and a target, right and wrong", async () => {
    const right = await assistant.answer("Theo chương trình công tác, hạn ban hành Quyết định cập nhật Khung kiến trúc số tỉnh là tháng 2/2026 đúng không?");
    expect(right.text.split("\n")[0]).toMatch(/^Đúng — Thời hạn: Tháng 2\/2026/);
    const wrong = await assistant.answer("Theo KH 429, mục tiêu năm 2026 tỷ lệ phủ sóng 5G có phải là 90% không?");
    expect(wrong.text.split("\n")[0]).toMatch(/^Không — theo văn bản, Mục tiêu Kế hoạch 2026: 80/);
    expect(wrong.citations[0]?.file).toBe(kh429);
  });
});

describe("lists keep to what was asked", () => {
  it("'phối hợp' lists what the agency coordinates, the named document only what it holds", async () => {
    const coordinates = await assistant.answer("Sở Nội vụ phối hợp những nhiệm vụ nào?");
    expect(coordinates.text.split("\n")[0]).toMatch(/phối hợp thực hiện \d+ nhiệm vụ/);
    const owns = await assistant.answer("Sở Nội vụ chủ trì những nhiệm vụ nào theo Kế hoạch 429?");
    expect(owns.text.split("\n")[0]).toMatch(/chủ trì \d+ nhiệm vụ \(trong Kế hoạch 429/);
    expect(new Set(owns.citations.map((citation) => citation.file))).toEqual(new Set([kh429]));
  });
});

describe("two subjects sharing one ask are answered subject by subject", () => {
  it("two criteria of the DTI plan, their maximum points (not the scores obtained)", async () => {
    const answer = await assistant.answer("Hoạt động kinh tế số và hoạt động xã hội số được bao nhiêu điểm tối đa?");
    expect(answer.found, answer.text).toBe(true);
    expect(leadingLines(answer.text)).toMatch(/150 — Hoạt động kinh tế số[\s\S]*150 — Hoạt động xã hội số/);
  });

  it("two databases of the NQ 57 plan, each owner with its own citation", async () => {
    const answer = await assistant.answer("CSDL người khuyết tật và CSDL đăng kiểm phương tiện do ai chủ trì?");
    expect(answer.found, answer.text).toBe(true);
    expect(leadingLines(answer.text)).toMatch(/^Sở Y tế chủ trì: Cơ sở dữ liệu người khuyết tật\.\nSở Xây dựng chủ trì: Cơ sở dữ liệu đăng kiểm phương tiện\./);
    expect(answer.citations.filter((citation) => citation.file === nq57).map((citation) => citation.line)).toEqual(expect.arrayContaining([2628, 2514]));
  });
});

