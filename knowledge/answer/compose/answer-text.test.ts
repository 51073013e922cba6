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
    const { details, lead } = askedDetailsFirst([coordinators, deadline], ["owner", "deadline"]);
    expect(details).toEqual([deadline, coordinators]);
    expect(lead).toBe(1);
  });

  it("keeps the order when nothing else is asked", () => {
    expect(askedDetailsFirst([coordinators, deadline], []).details).toEqual([coordinators, deadline]);
  });

  it("puts the asked detail before the note that several sources agree", () => {
    const lines = factLines([fact("Sở Nội vụ chủ trì: X.", [coordinators, deadline]), fact("Sở Nội vụ chủ trì: X.", [owner])], ["deadline"]);
    expect(lines.slice(0, 2)).toEqual(["Sở Nội vụ chủ trì: X.", deadline]);
    expect(lines[2]).toBe(fill("severalAgree", { count: 2 }));
  });
});
