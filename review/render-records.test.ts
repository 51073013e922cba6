import { describe, expect, it } from "vitest";
import { taskRecord } from "../ingest/index/test-fixtures.js";
import { recordsTable } from "./render-records.js";

describe("the records table of the review page", () => {
  it("escapes every text taken from a document, its source lines included", () => {
    const record = { ...taskRecord("1", "a\"b.md", "<script>alert(1)</script> & <b>", ["Sở <i>Y</i> tế"]), sourceLines: [{ line: 7, text: "<img src=x onerror=alert(1)>" }] };
    const html = recordsTable([record], (file) => `<${file}>`);
    expect(html).not.toMatch(/<(script|img|i|b)[ >]/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;a&quot;b.md&gt;");
    expect(html).toContain('href="/van-ban?tep=a%22b.md#dong-1"');
  });
});
