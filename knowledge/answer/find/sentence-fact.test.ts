import { describe, expect, it } from "vitest";
import { sentenceHoldsAskedFact } from "./sentence-fact.js";

const holds = (kind: Parameters<typeof sentenceHoldsAskedFact>[0]["kind"], sentence: string) => sentenceHoldsAskedFact({ kind }, sentence);

describe("sentenceHoldsAskedFact", () => {
  it("never takes a sentence for who leads or takes part: duties come from rows and stated duties", () => {
    expect(holds("owner", "3. Sở Kế hoạch và Đầu tư - Tham mưu UBND tỉnh bố trí vốn đầu tư phát triển.")).toBe(false);
    expect(holds("coordinators", "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát biên chế.")).toBe(false);
  });

  it("takes a budget sentence only with money or a share, and never a year alone as a value", () => {
    expect(holds("budget", "Dành tối thiểu 10% ngân sách chi cho công nghệ thông tin cho an toàn thông tin mạng.")).toBe(true);
    expect(holds("budget", "Tổng kinh phí thực hiện là 716.168 triệu đồng.")).toBe(true);
    expect(holds("budget", "Trên địa bàn có 1.188 vị trí trạm BTS.")).toBe(false);
    expect(holds("value", "Trên địa bàn có 1.188 vị trí trạm BTS.")).toBe(true);
    expect(holds("value", "2. Thực hiện trong giai đoạn 2026-2030.")).toBe(false);
    expect(holds("score", "Chỉ số đạt 0,62.")).toBe(false);
    expect(holds("score", "Chỉ số đạt 412 điểm.")).toBe(true);
  });

  it("takes a rank for a question asking one, and not points for it", () => {
    const rank = (sentence: string) => sentenceHoldsAskedFact({ kind: "score", wantsRank: true }, sentence);
    expect(rank("Năm 2024, tỉnh Quảng Bình xếp vị trí thứ 63/63, tỉnh Quảng Trị (cũ) xếp vị trí thứ 41/63 tỉnh, thành trong cả nước.")).toBe(true);
    expect(rank("Quảng Trị hiện đang xếp hạng 27/63 tỉnh, thành phố trực thuộc Trung ương.")).toBe(true);
    expect(rank("Tỉnh Quảng Bình: 62,25/100 điểm")).toBe(false);
    expect(holds("score", "tỉnh Quảng Trị (cũ) xếp vị trí thứ 41/63 tỉnh, thành trong cả nước.")).toBe(false);
  });
});

describe("sentenceHoldsAskedFact on document numbers and dates", () => {
  it("does not take a document's number or a date for a value", () => {
    expect(holds("value", "Thực hiện Công văn số 541/UBND-KGVX ngày 18/8/2025 của UBND tỉnh về thành lập Tổ công nghệ số cộng đồng.")).toBe(false);
    expect(holds("value", "Theo Quyết định 1982/QĐ-UBND, toàn tỉnh có 1.188 vị trí trạm BTS.")).toBe(true);
  });
});

describe("sentenceHoldsAskedFact on budgets", () => {
  it("lets a sentence answer how much only with a share or a sum of money", () => {
    expect(holds("budget", "Bố trí ít nhất 3% tổng chi ngân sách hằng năm cho phát triển khoa học.")).toBe(true);
    expect(holds("budget", "Tổng kinh phí thực hiện Đề án là 1.250 tỷ đồng.")).toBe(true);
    expect(holds("budget", "Bộ Tài chính bảo đảm nguồn kinh phí thực hiện hằng năm.")).toBe(false);
    expect(holds("budget", "Giai đoạn 2026-2030 bố trí kinh phí theo phân cấp.")).toBe(false);
  });
});
