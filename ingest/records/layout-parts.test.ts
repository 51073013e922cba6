import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestDocument } from "../ingest-document.js";
import { readDocument } from "../read/read-document.js";
import { loadGlossary } from "../../vietnamese/glossary/glossary.js";
import type { TaskRecord } from "./schemas.js";

const glossary = loadGlossary();
const root = path.join(import.meta.dirname, "..", "..");
const ingested = async (file: string) => ingestDocument(await readDocument(path.join(root, file)), glossary);
const tasksOf = async (file: string) => (await ingested(file)).records.filter((record): record is TaskRecord => record.kind === "task");

describe("a table whose rows change their column layout without a new header", () => {
  it("reads the rows after the switch with roles of their own, merged cells holding down the rows", async () => {
    const document = await ingested("test/fixtures/documents/bang-nhiem-vu-doi-bo-cuc.md");
    expect(document.unparsed).toEqual([]);
    const tasks = document.records.filter((record): record is TaskRecord => record.kind === "task");
    // The rows above the switch keep the header's roles.
    expect(tasks.find((task) => task.title === "Số hóa hồ sơ đất đai")).toMatchObject({ ownerText: "Sở Nông nghiệp và Môi trường", deadline: { text: "31/12/2026" } });
    const network = tasks.find((task) => task.title === "Nâng cấp mạng truyền số liệu chuyên dùng");
    expect(network).toMatchObject({ ownerText: "Viện Nghiên cứu phát triển miền Trung", itemNumber: "NV22", deadline: { text: "Quý III/2026", kind: "quarter" } });
    expect(network?.locator.groupPath).toEqual(["II Hạ tầng số"]);
    expect(tasks.find((task) => task.itemNumber === "NV24")).toMatchObject({
      title: "Xây dựng trung tâm dữ liệu dự phòng của tỉnh",
      owners: ["Sở Khoa học và Công nghệ"],
      deadline: { text: "Quý IV/2026" },
    });
    // No duration is read from an owner's name.
    expect(network?.fields ?? []).toEqual([]);
  });

  it("reads the last part of a real WBS plan, pasted in another column order", async () => {
    const document = await ingested("test/fixtures/devdocs/ke-hoach-theo-thang-nq57-wbs.md");
    expect(document.unparsed).toEqual([]);
    const tasks = document.records.filter((record): record is TaskRecord => record.kind === "task");
    expect(tasks.find((task) => task.itemNumber === "NV87")).toMatchObject({
      title: "Sửa đổi Quyết định số 37 về tiêu chuẩn GS, PGS",
      ownerText: "Bộ GD&ĐT",
      deadline: { text: "Dec 2025", kind: "month" },
    });
    expect(tasks.filter((task) => task.ownerText === "Bộ Ngoại giao").map((task) => task.itemNumber)).toEqual(["NV133", "NV135", "NV134"]);
    // The rows above keep the header's layout: WBS number, title, owner, dates, duration.
    expect(tasks.find((task) => task.itemNumber === "1.1.5")).toMatchObject({ title: "Sửa đổi Luật NSNN", ownerText: "Bộ Tài chính", deadline: { text: "6/30/2025" } });
  });

  it("leaves the corpus plans' tables as their headers read them", async () => {
    for (const file of ["knowledge/sources/ke-hoach-429-KH-UBND-chuyen-doi-so-2026.md", "knowledge/sources/chuong-trinh-cong-tac-ban-chi-dao-2026.md"]) {
      const tasks = await tasksOf(file);
      expect(tasks.length).toBeGreaterThan(20);
      expect(tasks.every((task) => task.title !== "" && !/^[A-Z]{1,3}\d+$/.test(task.itemNumber ?? ""))).toBe(true);
    }
  });
});
