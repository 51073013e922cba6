import { describe, expect, it } from "vitest";
import { assignedSubject } from "./prose-subjects.js";
import { dutiesOf, glossary, proseTasks, taskAt as at } from "./prose-test-support.js";

const duties = (lines: string[]) => dutiesOf(lines, ["IV. TỔ CHỨC THỰC HIỆN"]);

describe("duties assigned in body text without 'chủ trì'", () => {
  it("reads the subject of a verb of responsibility and the deadline of its clause, in a national programme", async () => {
    const tasks = await proseTasks("test/fixtures/devdocs/nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md");
    // "Trên cơ sở …, các bộ, … theo chức năng, nhiệm vụ xây dựng … trong tháng 01 năm 2025": the opening clause is no subject.
    expect(at(tasks, 295)).toMatchObject({
      ownerText: "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
      title: expect.stringMatching(/^xây dựng và tổ chức thực hiện kế hoạch/),
      deadline: { kind: "month", to: "2025-01-31" },
    });
    expect(at(tasks, 297)).toMatchObject({ title: expect.stringMatching(/^rà soát các chương trình/), deadline: { kind: "year" } });
    // Heads of agencies stand for them; "định kỳ 6 tháng … trước ngày 15 tháng 6 và trước ngày 01 tháng 12" is the clause's time.
    const reports = at(tasks, 301);
    expect(reports?.ownerText).toMatch(/^Bộ trưởng, Thủ trưởng cơ quan ngang bộ/);
    expect(reports?.deadline).toMatchObject({ kind: "recurring", text: "định kỳ 6 tháng, trước ngày 15 tháng 6, trước ngày 01 tháng 12" });
  });

  it("reads the same in a provincial plan, wrapped over raw PDF lines", async () => {
    const tasks = await proseTasks("knowledge/sources/ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt");
    expect(at(tasks, 725)).toMatchObject({ ownerText: "các sở, ban, ngành, địa phương", deadline: { kind: "quarter" } });
    expect(at(tasks, 731)).toMatchObject({ ownerText: "Các sở, ban, ngành, địa phương", title: expect.stringMatching(/^rà soát/) });
    expect(at(tasks, 743)?.ownerText).toBe("Người đứng đầu các sở, ban, ngành, UBND xã, phường, đặc khu");
    expect(at(tasks, 743)?.deadline).toMatchObject({ kind: "recurring", text: expect.stringMatching(/^định kỳ hàng tuần/) });
  });

  it("reads a party resolution's bodies that lead ('lãnh đạo, chỉ đạo')", async () => {
    const tasks = await proseTasks("test/fixtures/devdocs/nghi-quyet-57-NQ-TW-toan-van.md");
    expect(at(tasks, 115)).toMatchObject({ owners: ["Ban cán sự đảng Chính phủ"], deadline: { kind: "year", to: "2025-12-31" } });
    expect(at(tasks, 121)?.deadline).toMatchObject({ kind: "recurring", text: "định kỳ 6 tháng" });
  });

  it("reads the agency a sentence assigns ('Giao …', 'Hàng năm, giao … chủ trì')", async () => {
    const programme = await proseTasks("knowledge/sources/chuong-trinh-cong-tac-ban-chi-dao-2026.md");
    // ", Cơ quan thường trực Ban Chỉ đạo" names the same agency by its role.
    expect(at(programme, 218)).toMatchObject({ owners: ["Sở Khoa học và Công nghệ"], title: "theo dõi, đôn đốc triển khai thực hiện" });
    const decision = await proseTasks("knowledge/sources/quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt");
    expect(at(decision, 401)).toMatchObject({ owners: ["Sở Thông tin và Truyền thông"], title: expect.stringMatching(/^tiến hành rà soát/) });
    expect(at(decision, 401)?.coordinatorText).toMatch(/^Sở Tài chính/);
    expect(assignedSubject("Giao Sở Khoa học và Công nghệ (cơ quan thường trực) chủ trì, phối hợp với các sở tổ chức triển khai.", glossary)).toMatchObject({
      owners: ["Sở Khoa học và Công nghệ"],
      rest: expect.stringMatching(/^chủ trì, phối hợp với/),
    });
  });

  it("reads the closing clause that says who sends proposals or difficulties where, with the case it is for", async () => {
    // The Government's programme, the provincial NQ 57 plan (wrapped PDF lines) and the DTI plan close the same way.
    const national = await proseTasks("test/fixtures/devdocs/nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md");
    expect(at(national, 307)).toMatchObject({ ownerText: "các bộ, ngành, địa phương", title: expect.stringMatching(/^đề xuất gửi Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông để tổng hợp .* \(nếu thấy cần sửa đổi, bổ sung những nội dung cụ thể thuộc Chương trình hành động của Chính phủ\)$/) });
    const provincial = await proseTasks("knowledge/sources/ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt");
    expect(at(provincial, 792)).toMatchObject({ ownerText: "các sở, ban, ngành, địa phương", title: expect.stringMatching(/^đề xuất gửi Sở Khoa học và Công nghệ để tổng hợp/) });
    const dti = await proseTasks("knowledge/sources/ke-hoach-nang-cao-chi-so-DTI-2025.txt");
    expect(at(dti, 222)).toMatchObject({ ownerText: "các cơ quan, đơn vị, địa phương", title: expect.stringMatching(/^báo cáo UBND tỉnh qua Sở Khoa học và Công nghệ .*\(nếu phát sinh vướng mắc\)$/) });
    // "chủ động" before a verb that reports nothing ("chủ động tham mưu") is no verb of responsibility.
    expect(assignedSubject("Sở Nội vụ chủ động tham mưu kế hoạch triển khai.", glossary)).toBeNull();
  });

  it("assigns nothing where the subject names no agency or the sentence reports what was done", () => {
    expect(assignedSubject("Trong năm 2025, UBND tỉnh Quảng Trị đã tập trung chỉ đạo xây dựng hạ tầng số.", glossary)).toBeNull();
    expect(assignedSubject("Tăng cường công tác tuyên truyền và địa phương có trách nhiệm theo dõi.", glossary)).toBeNull();
    expect(assignedSubject("Kế hoạch này có trách nhiệm định hướng các nội dung.", glossary)).toBeNull();
  });

  it("reads an agency that labels its own duties ('Sở X: chủ trì …; định kỳ báo cáo … trước ngày 15/12 hằng năm')", () => {
    const [task] = duties(["- Sở Tài chính: chủ trì, phối hợp với Sở Nội vụ cân đối kinh phí thực hiện; định kỳ báo cáo kết quả trước ngày 15/12 hằng năm."]);
    expect(task).toMatchObject({ owners: ["Sở Tài chính"], coordinators: ["Sở Nội vụ"], title: expect.stringMatching(/^cân đối kinh phí/) });
    expect(task?.deadline).toMatchObject({ kind: "recurring", text: expect.stringMatching(/^định kỳ báo cáo|trước ngày 15\/12/) });
    // As under a heading: a label's text without a verb of leading or taking part states no one's duty.
    expect(duties(["1. Ban Chỉ đạo Chuyển đổi số tỉnh: Chỉ đạo, điều phối chung việc triển khai đề án."])).toEqual([]);
    expect(duties(["- Cơ quan chủ trì tham mưu: Sở Nội vụ."])).toEqual([]);
  });

  it("states no task for the closing clause that names the document itself", async () => {
    const decision = await proseTasks("knowledge/sources/quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt");
    expect(at(decision, 31)).toBeUndefined();
    expect(duties(["Các sở, ban, ngành có trách nhiệm thi hành Kế hoạch này."])).toEqual([]);
  });

  it("gives the body a sentence sets up to whoever heads it ('do đồng chí … làm Trưởng Ban')", async () => {
    const tasks = await proseTasks("test/fixtures/devdocs/nghi-quyet-57-NQ-TW-toan-van.md");
    expect(at(tasks, 111)).toMatchObject({
      owners: ["Tổng Bí thư Ban Chấp hành Trung ương Đảng"],
      title: expect.stringMatching(/^Thành lập Ban Chỉ đạo Trung ương về phát triển .* làm Trưởng Ban$/),
    });
    const [provincial] = duties(["1. Thành lập Ban Chỉ đạo chuyển đổi số tỉnh do đồng chí Chủ tịch UBND tỉnh làm Trưởng ban."]);
    expect(provincial).toMatchObject({ ownerText: "Chủ tịch UBND tỉnh", title: expect.stringMatching(/^Thành lập Ban Chỉ đạo chuyển đổi số tỉnh/) });
    // A body that is not set up by the sentence: no one heads anything here.
    expect(duties(["Kết quả do Sở Nội vụ làm đầu mối tổng hợp, báo cáo."])).toEqual([]);
  });
});
