import { narrowLineLength } from "./cell-costs.js";
import { startsUppercase } from "./text-shapes.js";

/**
 * Ways to read one extracted line as several cells side by side ("Công nghệ phối hợp xuyên" =
 * "Công nghệ" | "phối hợp" | "xuyên"; "38 Cập nhật… Sở Khoa học và Các sở, ban, Danh mục Thường").
 * Every part after the first must fit a narrow column; the first may be a wide name fragment.
 * On a row's first line every cell starts there, so each part must start with a capital letter.
 * Variants with fewer cuts come first.
 */
export function splitVariants(text: string, maximumParts: number, maximumVariants: number, partsStartUppercase: boolean): string[][] {
  const words = text.split(" ").filter((word) => word !== "");
  const variants: string[][] = [];
  const tails = (end: number, count: number): { start: number; parts: string[] }[] => {
    if (count === 0) return [{ start: end, parts: [] }];
    const found: { start: number; parts: string[] }[] = [];
    for (let start = end - 1; start >= count; start -= 1) {
      const part = words.slice(start, end).join(" ");
      if (part.length > narrowLineLength) break;
      if (partsStartUppercase && !startsUppercase(part)) continue;
      for (const tail of tails(start, count - 1)) found.push({ start: tail.start, parts: [...tail.parts, part] });
    }
    return found;
  };
  for (let count = 1; count < maximumParts && variants.length < maximumVariants; count += 1) {
    for (const tail of tails(words.length, count)) {
      if (variants.length >= maximumVariants) break;
      variants.push([words.slice(0, tail.start).join(" "), ...tail.parts]);
    }
  }
  return variants;
}
