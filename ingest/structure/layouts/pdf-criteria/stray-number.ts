import type { SourceLine } from "../../../read/source-text.js";
import { isBlank, isGuidanceStart, loneNumber, pillarHeading, pointsLine } from "./line-patterns.js";

const LOOK_AHEAD_LINES = 120;

/**
 * A lone number after a row's deadline is either the next item number or a page number left by
 * the pdf text. It is an item number when its name lines lead to a points line; it is a page
 * number when the same number, or guidance text ("2. Điều kiện đảm bảo"), comes first.
 */
export function isStrayNumber(lines: SourceLine[], index: number, number: number): boolean {
  let textLinesSeen = 0;
  for (let ahead = index + 1; ahead < lines.length && ahead <= index + LOOK_AHEAD_LINES; ahead += 1) {
    const text = lines[ahead]?.text ?? "";
    if (isBlank(text)) continue;
    if (loneNumber(text) === number) return true;
    if (isGuidanceStart(text)) return true;
    if (pillarHeading(text)) return false;
    if (textLinesSeen > 0 && pointsLine(text)) return false;
    textLinesSeen += 1;
  }
  return false;
}
