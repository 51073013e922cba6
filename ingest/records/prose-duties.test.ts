import { describe, expect, it } from "vitest";
import { dutiesOf, proseTasks, taskAt as at } from "./prose-test-support.js";

const duties = (lines: string[], breadcrumb: string[] = ["III. TỔ CHỨC THỰC HIỆN"]) => dutiesOf(lines, breadcrumb);

describe("duties written in body text", () => {
  it("reads '<agencies> chủ trì, phối hợp với <agencies> <task>' in a national programme", async () => {
    const tasks = await proseTasks("test/fixtures/devdocs/nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md");
    expect(at(tasks, 303)).toMatchObject({
      owners: ["Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông"],
      coordinatorText: "các bộ, ngành, địa phương",
      title: expect.stringMatching(/^theo dõi, đôn đốc việc triển khai/),
    });
    expect(at(tasks, 305)).toMatchObject({ owners: ["Bộ Tài chính"], title: expect.stringMatching(/^bảo đảm nguồn kinh phí/), deadline: { kind: "recurring" } });
  });

  it("gives the duties under a heading that names an agency to that agency, in a provincial plan", async () => {
    const tasks = await proseTasks("knowledge/sources/ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md");
    expect(at(tasks, 432)).toMatchObject({ owners: ["Sở Khoa học và Công nghệ"], inheritedFields: ["owners"] });
    // "Phối hợp với Sở Tài chính …": the heading's agency takes part; the text names no lead.
    expect(at(tasks, 434)).toMatchObject({ owners: [], coordinators: ["Sở Khoa học và Công nghệ", "Sở Tài chính"] });
  });

  it("joins a sentence wrapped over raw PDF lines and quotes all of them", async () => {
    const tasks = await proseTasks("knowledge/sources/ke-hoach-thuc-hien-nghi-quyet-57-NQ-TW.txt");
    const thanhTra = tasks.find((task) => task.owners.includes("Thanh tra tỉnh") && task.locator.appendix === null);
    expect(thanhTra?.sourceLines.length).toBeGreaterThan(1);
    expect(thanhTra?.title).toMatch(/kiểm tra việc triển khai thực hiện Nghị quyết số 57/);
  });

  it("states no duty where the text names no verb of leading or taking part", () => {
    expect(duties(["Thủ trưởng các cơ quan, đơn vị căn cứ vào nội dung Kế hoạch này để triển khai."], ["6. Sở Y tế"])).toEqual([]);
    expect(duties(["Các sở, ngành chủ động triển khai các nhiệm vụ được giao trong năm 2026."])).toEqual([]);
  });

  it("reads '<agencies> phối hợp với <agencies> <task>': the agencies named first do the task", () => {
    const [central] = duties(["6. Văn phòng Trung ương Đảng phối hợp với Ban Kinh tế Trung ương theo dõi, kiểm tra, đánh giá kết quả thực hiện Nghị quyết."]);
    expect(central).toMatchObject({ owners: ["Văn phòng Trung ương Đảng"], title: expect.stringMatching(/^theo dõi, kiểm tra, đánh giá/) });
    expect(central?.coordinatorText).toBe("Ban Kinh tế Trung ương");
    const [provincial] = duties(["- Sở Tài chính phối hợp chặt chẽ với Sở Nội vụ và các địa phương tham mưu bố trí biên chế trong năm 2026."]);
    expect(provincial).toMatchObject({ owners: ["Sở Tài chính"], title: expect.stringMatching(/^tham mưu bố trí biên chế/) });
    expect(provincial?.coordinators).toContain("Sở Nội vụ");
    // Words before the verb that name no agency state no one's duty.
    expect(duties(["Tăng cường công tác tuyên truyền, phối hợp với các cơ quan báo chí đưa tin."])).toEqual([]);
    expect(duties(["Các tổ công nghệ số cộng đồng đã phối hợp với viễn thông, ngân hàng tổ chức chiến dịch hướng dẫn người dân."])).toEqual([]);
  });

  it("reads the deadline the sentence states", () => {
    const [task] = duties(["- Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan hoàn thành việc rà soát trước ngày 30/6/2026."]);
    expect(task).toMatchObject({ owners: ["Sở Nội vụ"], deadline: { to: "2026-06-30" } });
    expect(task?.coordinatorText).toBe("các sở, ngành liên quan");
  });
});
