import { describe, expect, it } from "vitest";
import { countedNumberIn } from "../find/counted-number.js";
import { countedNounStarts } from "./counted-noun.js";

describe("what a how-many question counts", () => {
  it("reads the noun after the count word, with or without diacritics", () => {
    expect(countedNounStarts("Có bao nhiêu xã của tỉnh Quảng Bình cũ cần chuyển đổi?")).toEqual(["xa"]);
    expect(countedNounStarts("bao nhieu nhom zalo")).toEqual(["nhom"]);
    expect(countedNounStarts("mấy trạm BTS")).toEqual(["tram"]);
  });

  it("reads the words before the count word when none follows", () => {
    expect(countedNounStarts("tram 5g bao nhieu")).toEqual(["tram", "5g"]);
    expect(countedNounStarts("mô hình điểm bao nhiêu")).toEqual(["mo", "hinh", "diem"]);
  });

  it("reads a question that opens with 'số' or 'số lượng'", () => {
    expect(countedNounStarts("số trạm BTS xây mới tối thiểu 2026?")).toEqual(["tram"]);
    expect(countedNounStarts("số lượng nhóm Zalo hỗ trợ")).toEqual(["nhom"]);
  });

  it("counts nothing in a question about a month, a share or a bare amount", () => {
    expect(countedNounStarts("ban hành tháng mấy")).toBeNull();
    expect(countedNounStarts("tỷ lệ đạt bao nhiêu %")).toBeNull();
    expect(countedNounStarts("chuyển đổi số là gì")).toBeNull();
  });

  it("does not stop at a word that only collides once folded ('cơ quan' is not 'có')", () => {
    expect(countedNounStarts("bao nhiêu cơ quan tham gia")).toEqual(["co"]);
  });
});

describe("the number a sentence gives for the counted noun", () => {
  it("finds the number right before the noun, folded", () => {
    expect(countedNumberIn("Chuyển đổi CSDL đất đai từ ViLIS của 145 xã tỉnh Quảng Bình (cũ)", ["xa"])).toBe("145");
    expect(countedNumberIn("thiết lập 36 nhóm Zalo (gồm 18 nhóm …)", ["nhom"])).toBe("36");
    expect(countedNumberIn("Sản phẩm: Xây dựng 3-5 mô hình điểm", ["nong", "mo"])).toBe("3-5");
  });

  it("finds nothing when the number counts something else or is a date", () => {
    expect(countedNumberIn("Tỉnh đã thành lập 07 Tổ công tác hỗ trợ kỹ thuật", ["nhom"])).toBeNull();
    expect(countedNumberIn("ban hành ngày 18/8/2025 xã", ["xa"])).toBeNull();
  });
});
