import { describe, expect, it } from "vitest";
import type { DocumentInfo } from "../../../ingest/records/schemas.js";
import { wholeDocumentAsked } from "./whole-document.js";

const documents: DocumentInfo[] = [
  { file: "dti.txt", kind: "Kế hoạch", number: null, date: null, dateText: "", issuer: "UBND tỉnh", title: "Nâng cao xếp hạng chỉ số chuyển đổi số (DTI) tỉnh Quảng Trị năm 2025", aliases: ["Kế hoạch DTI", "DTI"] },
  { file: "ctct.md", kind: "Chương trình", number: null, date: null, dateText: "", issuer: "Ban Chỉ đạo", title: "Công tác Ban Chỉ đạo năm 2026", aliases: ["Chương trình Công tác Ban Chỉ đạo năm 2026"] },
];
const frame = (kind: "deadline" | "owner", preferredFiles: string[]) => ({ kind, documentFiles: [], preferredFiles });

describe("wholeDocumentAsked", () => {
  it("reads a deadline question naming only a document as about that document, in two documents", () => {
    expect(wholeDocumentAsked(frame("deadline", ["dti.txt"]), ["nâng cao chỉ số dti"], documents)).toBe("dti.txt");
    expect(wholeDocumentAsked(frame("deadline", ["ctct.md"]), ["cong tac ban chi dao"], documents)).toBe("ctct.md");
  });

  it("leaves a question about something inside the document, another kind, or two documents", () => {
    expect(wholeDocumentAsked(frame("deadline", ["dti.txt"]), ["nâng cao chỉ số dti · cổng dịch vụ công"], documents)).toBeNull();
    expect(wholeDocumentAsked(frame("owner", ["dti.txt"]), ["nâng cao chỉ số dti"], documents)).toBeNull();
    expect(wholeDocumentAsked(frame("deadline", ["dti.txt", "ctct.md"]), ["chỉ số"], documents)).toBeNull();
  });
});
