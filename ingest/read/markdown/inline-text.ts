/**
 * Plain text of a Markdown inline run (markdown-it's inline tokens): emphasis markers and HTML
 * tags removed, line breaks and `<br>` as spaces, entities decoded by the parser. `bold` is true
 * when every visible character sits inside strong emphasis ("**1.1**", "**Đến năm 2030**"),
 * which is how Markdown tables mark group rows.
 */
export interface InlineToken {
  type: string;
  content: string;
  children?: InlineToken[] | null;
}

export interface InlineText {
  text: string;
  bold: boolean;
}

const collapse = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();

export function inlineText(children: InlineToken[] | null | undefined, fallback: string): InlineText {
  if (!children) return { text: collapse(fallback.replace(/<[^>]+>/g, " ")), bold: false };
  let text = "";
  let strongDepth = 0;
  let visibleOutsideStrong = false;
  for (const child of children) {
    switch (child.type) {
      case "strong_open":
        strongDepth += 1;
        break;
      case "strong_close":
        strongDepth = Math.max(strongDepth - 1, 0);
        break;
      case "softbreak":
      case "hardbreak":
      case "html_inline":
        text += " ";
        break;
      case "text":
      case "code_inline": {
        text += child.content;
        if (strongDepth === 0 && child.content.trim() !== "") visibleOutsideStrong = true;
        break;
      }
      default:
        if (child.children) text += inlineText(child.children, child.content).text;
        break;
    }
  }
  const cleaned = collapse(text);
  return { text: cleaned, bold: cleaned !== "" && !visibleOutsideStrong };
}
