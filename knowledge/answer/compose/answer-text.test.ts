import { describe, expect, it } from "vitest";
import { askedFields, comparable } from "../understand/question-kind.js";
import { askedDetailsFirst, factLines } from "./answer-text.js";
import type { RecordFact } from "./record-facts.js";
import { fill } from "./templates.js";

const fact = (line: string, details: string[], compareKey = "k"): RecordFact => ({ found: true, line, details, quoteFacts: [], compareKey });
const owner = fill("detailOwner", { value: "Sở Nội vụ" });
const coordinators = fill("detailCoordinators", { value: "Các sở, ngành" });
const deadline = fill("detailDeadline", { value: "Quý I/2026" });

describe("asked fields", () => {
  it("reads every fact a chat-style question asks for, with or without diacritics", () => {
    expect(askedFields(comparable("kh cchc ai lam, bao gio xong"))).toEqual(expect.arrayContaining(["owner", "deadline"]));
    expect(askedFields(comparable("Cơ quan nào chủ trì và thời hạn hoàn thành?"))).toEqual(expect.arrayContaining(["owner", "deadline"]));
    expect(askedFields(comparable("ai phối hợp"))).toContain("coordinators");
    expect(askedFields(comparable("Kinh phí của dự án"))).not.toContain("deadline");
  });
});

describe("details the question asks for come first", () => {
  it("moves the asked detail right under the fact line", () => {
    expect(askedDetailsFirst([coordinators, deadline], ["owner", "deadline"])).toEqual([deadline, coordinators]);
  });

  it("keeps the order when nothing else is asked", () => {
    expect(askedDetailsFirst([coordinators, deadline], [])).toEqual([coordinators, deadline]);
  });

  it("puts the details, asked ones first, before the note that several sources agree", () => {
    const lines = factLines([fact("Sở Nội vụ chủ trì: X.", [coordinators, deadline]), fact("Sở Nội vụ chủ trì: X.", [owner])], ["deadline"]);
    expect(lines).toEqual(["Sở Nội vụ chủ trì: X.", deadline, coordinators, fill("severalAgree", { count: 2 })]);
    expect(factLines([fact("Sở Nội vụ chủ trì: X.", [coordinators]), fact("Sở Nội vụ chủ trì: X.", [])])).toEqual(["Sở Nội vụ chủ trì: X.", coordinators, fill("severalAgree", { count: 2 })]);
  });
});

describe("sources that differ each give their fact, with the details asked besides", () => {
  it("a deadline asked beside the owner stands on each source's line; details not asked do not", () => {
    const lines = factLines([fact("Bộ KH&CN chủ trì: Nghị định về quỹ đầu tư mạo hiểm.", [deadline, coordinators], "bo"), fact("Sở KH&CN chủ trì: Quỹ đầu tư mạo hiểm của tỉnh.", [coordinators], "so")], ["owner", "deadline"]);
    expect(lines[0]).toBe(`[1] Bộ KH&CN chủ trì: Nghị định về quỹ đầu tư mạo hiểm — ${deadline.replace(/^• /u, "")}`);
    expect(lines[1]).toBe("[2] Sở KH&CN chủ trì: Quỹ đầu tư mạo hiểm của tỉnh.");
    expect(lines[2]).toBe(fill("severalDiffer", { count: 2 }));
  });
});
