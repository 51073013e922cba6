import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCliOptions } from "./cli-options.js";
import { DEVDOCS_DIR, prepareDevdocsSources } from "./devdocs-sources.js";

describe("eval over the corpus and the documents outside it", () => {
  it("is asked for with --devdocs", () => {
    expect(parseCliOptions(["--devdocs"]).devdocs).toBe(true);
    expect(parseCliOptions([]).devdocs).toBe(false);
  });

  it("puts both folders' documents in one sources folder with an index of its own", () => {
    const shipped = path.join(import.meta.dirname, "..", "knowledge", "sources");
    const indexDir = path.join(mkdtempSync(path.join(tmpdir(), "devdocs-")), ".index");
    const folders = prepareDevdocsSources(shipped, indexDir);
    const files = readdirSync(folders.sourcesDir);
    for (const file of [...readdirSync(shipped), ...readdirSync(DEVDOCS_DIR)]) expect(files).toContain(file);
    expect(folders.indexDir).not.toBe(indexDir);
    expect(existsSync(indexDir)).toBe(false);
  });
});
