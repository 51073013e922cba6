import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { namesNoun, namesPlace, namesRoleHolder, placeAsked, roleAsked, whichNounAsked as whichNounOf } from "./which-noun.js";
import type { QuestionKind } from "../answer-types.js";

const whichNounAsked = (question: string, kind: QuestionKind) => whichNounOf(question, kind, loadGlossary());

describe("the noun a 'which' question asks to be named", () => {
  it("reads the one or two words before 'nào', with or without diacritics", () => {
    expect(whichNounAsked("Xã nào được chọn để triển khai thử nghiệm các ứng dụng?", "general")).toEqual(["xa"]);
    expect(whichNounAsked("Nghị quyết 20 đầu tư các sàn giao dịch công nghệ quốc gia ở những thành phố nào?", "value")).toEqual(["thanh", "pho"]);
    expect(whichNounAsked("cac khu cong nghiep cntt duoc trien khai theo quy hoach nao", "general")).toEqual(["quy", "hoach"]);
  });

  it("asks for no noun when 'nào' closes a cue for a field, a document kind or follows no noun", () => {
    expect(whichNounAsked("Nhiệm vụ này do cơ quan nào chủ trì?", "owner")).toBeNull();
    expect(whichNounAsked("Hệ thống phải hoàn thành trong giai đoạn nào?", "deadline")).toBeNull();
    expect(whichNounAsked("Sở Tư pháp có những nhiệm vụ nào?", "general")).toBeNull();
    expect(whichNounAsked("Kế hoạch căn cứ quyết định nào?", "general")).toBeNull();
    expect(whichNounAsked("Khi nào ban hành kế hoạch?", "general")).toBeNull();
    expect(whichNounAsked("sửa đổi Luật Tổ chức Chính phủ giao bộ nào?", "general")).toBeNull();
    expect(whichNounAsked("Doanh nghiệp nào được giao hỗ trợ người dân nộp hồ sơ?", "general")).toBeNull();
    expect(whichNounAsked("Triển khai như thế nào?", "general")).toBeNull();
  });

  it("reads a duty word that no 'who' asks about as part of the subject, and leaves a 'who' question to its kind", () => {
    expect(whichNounAsked("Xã nào được chọn để phối hợp với Bộ TT&TT thử nghiệm?", "coordinators")).toEqual(["xa"]);
    expect(whichNounAsked("Ai phối hợp ở xã nào?", "coordinators")).toBeNull();
    expect(whichNounAsked("Tỷ lệ hồ sơ ở xã nào đạt bao nhiêu?", "deadline")).toBeNull();
  });
});

describe("a sentence naming the noun asked", () => {
  it("holds the noun as whole words, folded; a two-word noun by its last word too", () => {
    const names = namesNoun(["thanh", "pho"]);
    expect(names("Xây dựng sàn giao dịch công nghệ tại Hà Nội, Thành phố Hồ Chí Minh, Đà Nẵng")).toBe(true);
    expect(names("Đầu tư sàn giao dịch tại các phố lớn")).toBe(true);
    expect(names("Đầu tư sàn giao dịch công nghệ quốc gia")).toBe(false);
    expect(namesNoun(["xa"])("chọn xã Hướng Phùng huyện Hướng Hóa")).toBe(true);
    expect(namesNoun(["xa"])("xã hội số")).toBe(true);
    expect(namesNoun(["xa"])("Phát triển hạ tầng")).toBe(false);
  });
});

describe("a place asked with 'đâu'", () => {
  it("reads the preposition before 'đâu', 'ở' and 'tại' alike, with or without diacritics", () => {
    expect(placeAsked("Sàn giao dịch công nghệ quốc gia đặt ở đâu?", "general")).toEqual(["ở", "tại"]);
    expect(placeAsked("bao cao nq57 gui ve dau", "general")).toEqual(["về"]);
    expect(placeAsked("Lấy tiền ở đâu ra?", "owner")).toEqual(["ở", "tại"]);
    expect(placeAsked("Đâu là nhiệm vụ trọng tâm?", "general")).toBeNull();
    expect(placeAsked("Ai chủ trì, họp ở đâu?", "owner")).toBeNull();
  });

  it("finds a capitalised name right after the preposition", () => {
    expect(namesPlace(["ở", "tại"])("Đầu tư các sàn giao dịch công nghệ quốc gia tại Hà Nội, Thành phố Hồ Chí Minh, Đà Nẵng.")).toBe(true);
    expect(namesPlace(["về"])("báo cáo tình hình, kết quả thực hiện về Sở Khoa học và Công nghệ để tổng hợp")).toBe(true);
    expect(namesPlace(["về"])("báo cáo về kết quả thực hiện")).toBe(false);
    expect(namesPlace(["ở", "tại"])("triển khai tại các địa phương")).toBe(false);
  });
});

describe("the holder of a role asked", () => {
  it("reads the role after 'ai làm' or before 'là ai', with or without diacritics", () => {
    expect(roleAsked("Theo cơ chế bảo đảm thực thi, ai làm Trưởng ban Ban Chỉ đạo Chuyển đổi số tỉnh?")).toEqual(["truong", "ban", "ban"]);
    expect(roleAsked("to truong to cong tac la ai")).toEqual(["to", "truong", "to"]);
    expect(roleAsked("Trưởng ban BCĐ chuyển đổi số tỉnh là ai?")).toEqual(["truong", "ban", "bcd"]);
    expect(roleAsked("Tổ trưởng là ai?")).toEqual(["to", "truong"]);
    expect(roleAsked("Ai chủ trì nhiệm vụ này?")).toBeNull();
    // "ai làm" before a task asks who does it, not who holds a position.
    expect(roleAsked("ai làm CSDL đất đai")).toBeNull();
  });

  it("finds the sentence that says who is or acts as the role", () => {
    const holder = namesRoleHolder(["truong", "ban", "ban"]);
    expect(holder("Kiện toàn Ban Chỉ đạo … do Chủ tịch Ủy ban nhân dân tỉnh là Trưởng ban, trực tiếp chỉ đạo")).toBe(true);
    expect(holder("2. Điều kiện đảm bảo: Chủ tịch UBND tỉnh làm Trưởng Ban chỉ đạo.")).toBe(true);
    expect(holder("Trưởng ban chỉ đạo ký ban hành chương trình")).toBe(false);
  });
});
