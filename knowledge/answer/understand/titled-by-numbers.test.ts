import { describe, expect, it } from "vitest";
import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { documentTitledByNumbers } from "./titled-by-numbers.js";

const document = (file: string, kind: string, title: string) => ({ file, kind, title }) as DocumentInfo;

describe("a question naming several documents by number asks about the one whose title cites them all", () => {
  const plan = document("kh-nq57.txt", "Kế hoạch", "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Nghị quyết số 71/NQ-CP ngày 01/4/2025 và Kế hoạch hành động số 09-KH/TU");
  const programme = document("ctr-nq03.md", "Chương trình", "Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW và Kết luận số 69-KL/TW");
  const other = document("kh-429.md", "Kế hoạch", "Chuyển đổi số tỉnh Quảng Trị năm 2026");
  const documents = [plan, programme, other];
  const numbers = (...digits: string[]) => digits.map((value) => ({ digits: value }));

  it("finds the plan by 57, 71 and 09, and the programme by 57 and 69, each of the kind named", () => {
    expect(documentTitledByNumbers(numbers("57", "71", "09"), new Set(["Kế hoạch", "Nghị quyết"]), documents)).toBe(plan);
    expect(documentTitledByNumbers(numbers("57", "69"), new Set(["Chương trình"]), documents)).toBe(programme);
  });

  it("needs two numbers, a kind the question names, and one document only", () => {
    expect(documentTitledByNumbers(numbers("57"), new Set(["Kế hoạch"]), documents)).toBeNull();
    // "NQ 57 và NQ 71 ban hành ngày nào?" asks about the resolutions, not the plan citing them.
    expect(documentTitledByNumbers(numbers("57", "71"), new Set(["Nghị quyết"]), documents)).toBeNull();
    expect(documentTitledByNumbers(numbers("57", "71"), new Set(["Kế hoạch"]), [plan, { ...plan, file: "copy.txt" }])).toBeNull();
  });
});
