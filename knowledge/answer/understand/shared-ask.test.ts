import { describe, expect, it } from "vitest";
import { loadGlossary } from "../../../vietnamese/glossary/glossary.js";
import { subjectsSharingAsk } from "./shared-ask.js";

const glossary = loadGlossary();
const spans = (text: string) => glossary.findAgencies(text).map((mention) => ({ start: mention.start, end: mention.start + mention.written.length }));

describe("two subjects that share one ask", () => {
  it("gives the ask once per subject, with the verb that opens it", () => {
    expect(subjectsSharingAsk("Hoạt động kinh tế số và hoạt động xã hội số được bao nhiêu điểm tối đa?", spans)).toEqual([
      "Hoạt động kinh tế số được bao nhiêu điểm tối đa?",
      "hoạt động xã hội số được bao nhiêu điểm tối đa?",
    ]);
    // An ask word before the question word ("kinh phí bao nhiêu") goes with the ask.
    expect(subjectsSharingAsk("kho csdl dung chung va trung tam du lieu kinh phi bao nhieu", spans)).toEqual([
      "kho csdl dung chung kinh phi bao nhieu?",
      "trung tam du lieu kinh phi bao nhieu?",
    ]);
  });

  it("'mỗi …' before the ask says it is for each subject: it goes with neither subject", () => {
    expect(subjectsSharingAsk("Hoạt động kinh tế số và hoạt động xã hội số mỗi chỉ số được bao nhiêu điểm tối đa?", spans)).toEqual([
      "Hoạt động kinh tế số được bao nhiêu điểm tối đa?",
      "hoạt động xã hội số được bao nhiêu điểm tối đa?",
    ]);
    expect(subjectsSharingAsk("Kho dữ liệu y tế và kho dữ liệu giáo dục mỗi kho có bao nhiêu tập dữ liệu?", spans)).toEqual([
      "Kho dữ liệu y tế có bao nhiêu tập dữ liệu?",
      "kho dữ liệu giáo dục có bao nhiêu tập dữ liệu?",
    ]);
  });

  it("a 'và' inside an agency's name, a question word before the 'và', or two 'và' give nothing", () => {
    expect(subjectsSharingAsk("Sở Khoa học và Công nghệ chủ trì bao nhiêu nhiệm vụ?", spans)).toEqual([]);
    expect(subjectsSharingAsk("Ai chủ trì và ai phối hợp CSDL đất đai?", spans)).toEqual([]);
    expect(subjectsSharingAsk("Kinh tế số và xã hội số và chính quyền số bao nhiêu điểm?", spans)).toEqual([]);
  });

  it("reads '+' and '&' between spaces as 'và', and not the '&' inside a name", () => {
    expect(subjectsSharingAsk("CSDL dân tộc thiểu số + CSDL tôn giáo do ai chủ trì?", spans)).toEqual([
      "CSDL dân tộc thiểu số do ai chủ trì?",
      "CSDL tôn giáo do ai chủ trì?",
    ]);
    expect(subjectsSharingAsk("kinh te so & xa hoi so bao nhieu diem", spans)).toEqual(["kinh te so bao nhieu diem?", "xa hoi so bao nhieu diem?"]);
    expect(subjectsSharingAsk("Sở KH&CN chủ trì bao nhiêu nhiệm vụ?", spans)).toEqual([]);
  });
});
