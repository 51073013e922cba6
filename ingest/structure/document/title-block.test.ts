import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toSourceLines } from "../../read/source-text.js";
import { readDocumentInfo } from "../metadata.js";
import { findTitleBlocks } from "./title-block.js";

const titleOf = (text: string) => findTitleBlocks(toSourceLines(text))[0]?.title;

describe("a title block written as Markdown headings", () => {
  it("ends at a heading of the kind line's level: the enacting body after a resolution's title is no part of it", () => {
    const resolution = readDocumentInfo(
      "nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md",
      toSourceLines(readFileSync(new URL("../../../test/fixtures/devdocs/nghi-quyet-03-NQ-CP-chuong-trinh-hanh-dong.md", import.meta.url), "utf8")),
    );
    expect(resolution.title).toMatch(/^Ban hành Chương trình hành động của Chính phủ .* chuyển đổi số quốc gia$/);
    expect(titleOf("# KẾ HOẠCH\n## Triển khai nền tảng số năm 2026\n\n# Tổ Công tác\n\nNội dung.\n")).toBe("Triển khai nền tảng số năm 2026");
  });

  it("goes on over headings below the kind line's level, as the programme of the Steering Committee writes its title", () => {
    expect(titleOf("# KẾ HOẠCH\n## Triển khai nền tảng số\n### năm 2026\n\nCăn cứ Luật.\n")).toBe("Triển khai nền tảng số năm 2026");
    const programme = readDocumentInfo(
      "chuong-trinh-cong-tac-ban-chi-dao-2026.md",
      toSourceLines(readFileSync(new URL("../../../knowledge/sources/chuong-trinh-cong-tac-ban-chi-dao-2026.md", import.meta.url), "utf8")),
    );
    expect(programme.title).toMatch(/^Công tác Ban Chỉ đạo của UBND tỉnh về phát triển khoa học, công nghệ, đổi mới sáng tạo/);
  });
});
