/** Share of letters that are upper case (0 when the text has no letters). */
export function capsRatio(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return 0;
  const upper = letters.filter((letter) => letter === letter.toUpperCase() && letter !== letter.toLowerCase());
  return upper.length / letters.length;
}

/** An upper-case line of words ("DANH MỤC NHIỆM VỤ…", "KẾ HOẠCH"), not a code or number. */
export function isCapsLine(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.length >= 6 && capsRatio(text) >= 0.8;
}
