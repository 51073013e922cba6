import { numberingStyle } from "./layouts/tab-separated/item-number.js";

/**
 * The group rows open above a table row ("I  Nhóm nhiệm vụ chung", "1.1 Milestone …",
 * "Đến năm 2030"), for every table whatever its format. A new group closes the open groups it
 * is a sibling of: the same numbering style, or the style of the rows directly under them.
 */
interface OpenGroup {
  label: string;
  style: string;
  /** Numbering styles of the ordinary rows directly under this group. */
  childStyles: Set<string>;
}

/** Keeps the stack of open groups; a new group closes every open group it is a sibling of. */
export class GroupStack {
  private readonly open: OpenGroup[] = [];

  path(): string[] {
    return this.open.map((group) => group.label);
  }

  /** Opens a group and returns the path of the groups enclosing it. */
  enterGroup(itemNumber: string | null, label: string): string[] {
    const style = numberingStyle(itemNumber);
    const sibling = this.open.findIndex((group) => group.style === style || group.childStyles.has(style));
    if (sibling !== -1) this.open.splice(sibling);
    const enclosing = this.path();
    this.open.push({ label, style, childStyles: new Set() });
    return enclosing;
  }

  noteRow(itemNumber: string | null): void {
    this.open.at(-1)?.childStyles.add(numberingStyle(itemNumber));
  }
}

