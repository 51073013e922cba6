/** Letters a glued Sở name has at most after its "S" ("SVHTTDL"). */
const maxGluedLetters = 8;

/**
 * The forms officials type a Sở's name in chat, its initials glued to the "S": "Sở Tài chính" or
 * "Sở TC" → "STC", "Sở Kế hoạch và Đầu tư" → "SKHVĐT" and "SKHĐT". Derived from the names, not listed.
 */
export function gluedSoForms(name: string): string[] {
  const rest = /^Sở\s+(.+)$/u.exec(name.normalize("NFC").trim())?.[1];
  if (!rest) return [];
  const forms = /^[\p{Lu}Đ&-]+$/u.test(rest)
    ? [rest.replace(/[&-]/g, "")]
    : (() => {
        const words = rest.split(/[\s,-]+/u).filter((word) => /^\p{L}/u.test(word));
        // A word already in capitals ("TT" in "Sở TT và TT") gives all its letters.
        const initials = (list: string[]) => list.map((word) => (/^[\p{Lu}Đ&]{2,}$/u.test(word) ? word.replace(/&/g, "") : (word[0]?.toUpperCase() ?? ""))).join("");
        return [initials(words), initials(words.filter((word) => word.toLowerCase() !== "và"))];
      })();
  return [...new Set(forms)].filter((letters) => letters.length >= 2 && letters.length <= maxGluedLetters).map((letters) => `S${letters}`);
}
