import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { isGreeting } from "./conversation-words.js";
import { resolveFollowUp } from "./follow-up.js";

const glossary = loadGlossary();

describe("resolveFollowUp", () => {
  it("puts a follow-up's period in place of the previous one, carrying the year over", () => {
    expect(resolveFollowUp("còn tháng 10 thì sao?", "Những việc nào đến hạn tháng 9/2026?", "", glossary)).toBe("Những việc nào đến hạn tháng 10/2026?");
    expect(resolveFollowUp("thế còn năm 2030?", "Chỉ tiêu phủ sóng 5G năm 2026 là bao nhiêu?", "phủ sóng 5g", glossary)).toBe("Chỉ tiêu phủ sóng 5G năm 2030 là bao nhiêu?");
  });

  it("leaves a document's number alone: 'QĐ 1982', 'Kế hoạch số 2025' are no years", () => {
    expect(resolveFollowUp("thế còn đến năm 2030?", "Theo QĐ 1982, đến năm 2025 tỷ lệ hồ sơ công việc xử lý trên môi trường mạng là bao nhiêu?", "tỷ lệ hồ sơ công việc", glossary)).toBe(
      "Theo QĐ 1982, đến năm 2030 tỷ lệ hồ sơ công việc xử lý trên môi trường mạng là bao nhiêu?",
    );
    expect(resolveFollowUp("con 2030", "Kế hoạch số 2024 đặt chỉ tiêu DTI 2025 là bao nhiêu?", "chỉ tiêu dti", glossary)).toBe("Kế hoạch số 2024 đặt chỉ tiêu DTI 2030 là bao nhiêu?");
  });

  it("asks the previous subject another way when the follow-up names another kind of question", () => {
    // The owner question's own words ("ai chủ trì") go; the subject and the document stay.
    expect(resolveFollowUp("còn thời gian thực hiện thì sao?", "ai chủ trì khung kiến trúc số theo KH 429", "khung kiến trúc số", glossary, "owner")).toBe(
      "thời gian khung kiến trúc số theo KH 429 thực hiện?",
    );
    // A role of another kind takes the previous kind's question words ("hạn", "khi nào") with it.
    expect(resolveFollowUp("thế còn kinh phí bao nhiêu?", "hạn hoàn thành CSDL đất đai khi nào?", "hoàn thành csdl đất đai", glossary, "deadline")).toBe(
      "kinh phí hoàn thành CSDL đất đai?",
    );
    // A role word replaces the previous one in place, with or without the previous kind.
    expect(resolveFollowUp("còn kinh phí?", "hạn CSDL đất đai?", "csdl đất đai", glossary)).toBe("kinh phí CSDL đất đai?");
  });

  it("drops the question words of a named role: 'vậy còn ai chủ trì?' keeps the subject", () => {
    expect(resolveFollowUp("vậy còn ai chủ trì?", "hạn hoàn thành CSDL đất đai theo KH 429?", "hoàn thành csdl đất đai", glossary, "deadline")).toBe(
      "chủ trì hoàn thành CSDL đất đai theo KH 429?",
    );
  });

  it("reads a message without markers as a follow-up only when told it names no subject", () => {
    expect(resolveFollowUp("CQ phối hợp?", "Ai chủ trì xây dựng CSDL đất đai?", "xây dựng csdl đất đai", glossary)).toBeNull();
    expect(resolveFollowUp("phối hợp?", "Ai chủ trì xây dựng CSDL đất đai?", "xây dựng csdl đất đai", glossary, "owner", { unmarked: true })).toBe("Ai phối hợp xây dựng CSDL đất đai?");
    expect(resolveFollowUp("2030?", "Chỉ tiêu phủ sóng 5G năm 2026 là bao nhiêu?", "phủ sóng 5g", glossary, "value", { unmarked: true })).toBe("Chỉ tiêu phủ sóng 5G 2030 là bao nhiêu?");
  });

  it("puts a follow-up's role or agency in place of the previous one", () => {
    expect(resolveFollowUp("thế còn phối hợp?", "Ai chủ trì xây dựng CSDL đất đai?", "xây dựng csdl đất đai", glossary)).toBe("Ai phối hợp xây dựng CSDL đất đai?");
    expect(resolveFollowUp("con phoi hop thi sao", "csdl dat dai ai chu tri", "csdl dat dai", glossary)).toBe("csdl dat dai ai phoi hop?");
    expect(resolveFollowUp("còn Sở Y tế?", "Sở Tài chính chủ trì những nhiệm vụ nào?", "", glossary)).toBe("Sở Y tế chủ trì những nhiệm vụ nào?");
  });

  it("puts a new subject in place of the previous subject", () => {
    expect(resolveFollowUp("còn CSDL nhà ở thì sao?", "Ai chủ trì CSDL đất đai theo KH 429?", "csdl đất đai", glossary)).toBe("Ai chủ trì CSDL nhà ở theo KH 429?");
  });

  it("is null for a question that is not a follow-up", () => {
    expect(resolveFollowUp("Ai chủ trì CSDL nhà ở?", "Ai chủ trì CSDL đất đai?", "csdl đất đai", glossary)).toBeNull();
  });
});

describe("isGreeting", () => {
  it("knows a message made of greetings and politeness only", () => {
    for (const text of ["xin chào", "Chào bạn ạ!", "hi bot", "alo", "cam on nhe"]) expect(isGreeting(text), text).toBe(true);
    for (const text of ["chào mừng du khách ai làm", "xin chào, ai chủ trì CSDL?", ""]) expect(isGreeting(text), text).toBe(false);
  });
});
