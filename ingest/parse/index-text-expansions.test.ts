import path from "node:path";
import { describe, expect, it } from "vitest";
import { withAbbreviationForms } from "../../vietnamese/glossary/abbreviation-forms.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { passageIndexText, recordIndexText } from "../index/index-text.js";
import { matchText } from "../index/vocabulary/record-texts.js";
import { parseDocument } from "./parse-document.js";
import { IndexTextExpander } from "./index-text-expansions.js";

const glossary = loadGlossary();
const sourcesDir = path.resolve("knowledge/sources");

describe("index texts expanded with their document", () => {
  it("holds every text the writer expands, each with the glossary's abbreviation forms written in", async () => {
    for (const file of ["ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md", "quyet-dinh-1982-QD-UBND-de-an-chuyen-doi-so-2025-2030.txt"]) {
      const { ingested, expansions } = await parseDocument({ sourcesDir, file, size: 1_000 }, glossary);
      const given = new Map(expansions);
      const written = [...ingested.records.flatMap((record) => [recordIndexText(record), matchText(record)]), ...ingested.passages.map(passageIndexText)];
      expect(written.length).toBeGreaterThan(100);
      for (const text of written) expect(given.get(text), text).toBe(withAbbreviationForms(text, glossary));
      // Some of them do gain forms ("CSDL" → "cơ sở dữ liệu"), so the comparison is not of texts with themselves.
      expect(expansions.filter(([text, expanded]) => text !== expanded).length).toBeGreaterThan(10);
    }
  });

  it("takes a given expansion as it is while its document is written, and expands any other text", () => {
    const expander = new IndexTextExpander(glossary);
    expander.use([["Xây dựng CSDL nhà ở", "given"]]);
    expect(expander.expand("Xây dựng CSDL nhà ở")).toBe("given");
    expect(expander.expand("Triển khai CSDL đất đai")).toBe(withAbbreviationForms("Triển khai CSDL đất đai", glossary));
    expander.use([]);
    expect(expander.expand("Xây dựng CSDL nhà ở")).toBe(withAbbreviationForms("Xây dựng CSDL nhà ở", glossary));
  });
});
