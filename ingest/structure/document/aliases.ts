import type { TitleBlock } from "./title-block.js";

export interface AliasInput {
  kind: string;
  number: string | null;
  title: string;
  /** Title blocks after the first (e.g. the "ĐỀ ÁN" a decision issues). */
  attachedBlocks: TitleBlock[];
}

/** "Nghị quyết số 57-NQ/TW" in a title → ["Nghị quyết 57", "NQ 57", "Nghị quyết 57-NQ/TW"]. */
function resolutionHints(kind: string, title: string): string[] {
  const hints: string[] = [];
  const implementing = /^(Thực hiện|Triển khai)\s+(?:thực hiện\s+)?Nghị quyết\s+(?:số\s+)?(\d+)/iu.exec(title);
  if (implementing) hints.push(`${kind} ${(implementing[1] ?? "").toLowerCase()} Nghị quyết ${implementing[2] ?? ""}`);
  for (const match of title.matchAll(/Nghị quyết\s+(?:số\s+)?(\d+)([-/][\p{L}\d/.-]*[\p{L}\d])?/gu)) {
    const number = match[1] ?? "";
    hints.push(`Nghị quyết ${number}`, `NQ ${number}`);
    if (match[2]) hints.push(`Nghị quyết ${number}${match[2]}`);
  }
  return hints;
}

/** Upper-case abbreviations the title explains in brackets: "(DTI)" → ["DTI", "Kế hoạch DTI"]. */
function acronymHints(kind: string, title: string): string[] {
  return [...title.matchAll(/\(([A-Z][A-Z0-9]{1,9})\)/g)].flatMap((match) => [match[1] ?? "", `${kind} ${match[1] ?? ""}`]);
}

/** "Công tác Ban Chỉ đạo của UBND tỉnh … năm 2026" → "Chương trình Công tác Ban Chỉ đạo năm 2026". */
function shortTitleAlias(kind: string, title: string): string[] {
  const year = /(năm \d{4})$/u.exec(title);
  const cut = title.search(/\s(của|về)\s/u);
  if (!year || cut <= 0) return [];
  return [`${kind} ${title.slice(0, cut)} ${year[1]}`];
}

/** Ways people cite the document: by number, by kind and number, by title, by what it implements. */
export function buildAliases(input: AliasInput): string[] {
  const { kind, number, title } = input;
  const aliases: string[] = [];
  if (number) {
    // "429/KH-UBND" and "57-NQ/TW": the serial is the leading number, the kind code the letters after it.
    const parts = /^(\d+)[-/]([\p{L}]+)/u.exec(number);
    const serial = parts?.[1] ?? number.split("/")[0] ?? "";
    const abbreviation = parts?.[2] ?? "";
    aliases.push(number, `${kind} ${serial}`, `${kind} số ${number}`);
    if (abbreviation) aliases.push(`${abbreviation} ${serial}`, `${abbreviation} ${number}`);
  }
  if (title) aliases.push(title.toLowerCase().startsWith(kind.toLowerCase()) ? title : `${kind} ${title}`, ...shortTitleAlias(kind, title));
  aliases.push(...resolutionHints(kind, title), ...acronymHints(kind, title));
  for (const block of input.attachedBlocks) {
    if (block.title) aliases.push(`${block.kindName} ${block.title}`);
  }
  return [...new Set(aliases.map((alias) => alias.replace(/\s+/g, " ").trim()).filter((alias) => alias.length > 1))];
}
