import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import { AgencyRotation } from "./agency-rotation.js";
import { copyDocumentText, copyFileName, generateCorpus, ScaleFactorError, type GeneratedCorpus } from "./generate-corpus.js";

const sourcesDir = path.resolve(import.meta.dirname, "../../knowledge/sources");
const agencies = loadGlossary().agencies;

describe("copyDocumentText", () => {
  const rotation = new AgencyRotation(agencies);

  it("keeps copy 0 as the original", () => {
    expect(copyDocumentText("Số: **429**/KH-UBND", 0, 1, rotation)).toBe("Số: **429**/KH-UBND");
  });

  it("suffixes document numbers with the copy index", () => {
    expect(copyDocumentText("Số: **429**/KH-UBND, Quyết định số 1982/QĐ-UBND; 57-NQ/TW", 7, 2, rotation)).toBe(
      "Số: **42907**/KH-UBND, Quyết định số 198207/QĐ-UBND; 57-NQ/TW",
    );
  });

  it("rotates every spelling of an agency to another agency's canonical name", () => {
    const target = rotation.targetOf("Sở Khoa học và Công nghệ", 1);
    expect(target).not.toBe("Sở Khoa học và Công nghệ");
    const copied = copyDocumentText("Chủ trì: Sở KH&CN; phối hợp: Sở Khoa học và Công nghệ.", 1, 1, rotation);
    expect(copied).toBe(`Chủ trì: ${target}; phối hợp: ${target}.`);
  });

  it("does not touch former agencies or names inside longer words", () => {
    const text = "Sở Thông tin và Truyền thông; Bộ Khoa học và Công nghệ";
    expect(copyDocumentText(text, 3, 1, rotation)).toBe(text);
  });
});

describe("copyFileName", () => {
  it("keeps the extension and pads the copy index", () => {
    expect(copyFileName("ke-hoach-429.md", 0, 2)).toBe("ke-hoach-429.md");
    expect(copyFileName("ke-hoach-429.md", 3, 2)).toBe("ke-hoach-429--x03.md");
  });
});

describe("generateCorpus on the real documents", () => {
  let folder = "";
  let corpus: GeneratedCorpus;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "bench-corpus-test-"));
    corpus = await generateCorpus(sourcesDir, folder, 3, agencies);
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("writes factor × documents files", async () => {
    const originals = (await readdir(sourcesDir)).filter((name) => !name.startsWith("."));
    expect(corpus.files).toHaveLength(originals.length * 3);
    expect((await readdir(folder)).sort()).toEqual(corpus.files);
  });

  it("keeps every copy distinct in content with the same line count as its original", async () => {
    const hashes = new Set<string>();
    for (const file of corpus.files) {
      const text = await readFile(path.join(folder, file), "utf8");
      hashes.add(createHash("sha256").update(text).digest("hex"));
      const original = await readFile(path.join(sourcesDir, file.replace(/--x\d+(\.[a-z]+)$/, "$1")), "utf8");
      expect(text.split("\n").length).toBe(original.split("\n").length);
    }
    expect(hashes.size).toBe(corpus.files.length);
  });

  it("moves the tasks of copy 1 to other agencies", async () => {
    const file = corpus.files.find((name) => name.startsWith("ke-hoach-429") && name.includes("--x1"));
    expect(file).toBeDefined();
    const text = await readFile(path.join(folder, file as string), "utf8");
    const original = await readFile(path.join(sourcesDir, "ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md"), "utf8");
    const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;
    expect(count(original, "Sở Khoa học và Công nghệ")).toBeGreaterThan(0);
    expect(count(text, "Sở Khoa học và Công nghệ")).toBeLessThan(count(original, "Sở Khoa học và Công nghệ"));
    expect(text).toContain("4291**/KH-UBND");
  });

  it("refuses a factor that is not a whole number ≥ 1", async () => {
    await expect(generateCorpus(sourcesDir, folder, 0, agencies)).rejects.toThrow(ScaleFactorError);
  });
});
