import type { AgencyEntry } from "../../vietnamese/glossary/glossary.js";
import { escapeRegExp } from "../../vietnamese/escape-regexp.js";

/** Agency kinds that own and coordinate tasks; their names are swapped between copies. */
const rotatedKinds: ReadonlySet<AgencyEntry["kind"]> = new Set(["department", "unit"]);

/**
 * Replaces every written form (canonical name or alias) of the current agencies of the rotated
 * kinds with the canonical name of the agency `shift` places further in the list, so copy k of a
 * document assigns its tasks to other agencies. Former agencies are left alone: the documents
 * keep the names they use, and mapping a current name onto a former one would confuse the parser.
 */
export class AgencyRotation {
  private readonly pool: AgencyEntry[];
  private readonly poolIndexByName: Map<string, number>;
  private readonly pattern: RegExp | null;

  constructor(agencies: readonly AgencyEntry[]) {
    this.pool = agencies.filter((agency) => rotatedKinds.has(agency.kind) && agency.former !== true);
    this.poolIndexByName = new Map();
    this.pool.forEach((agency, index) => {
      for (const name of [agency.canonical, ...agency.aliases]) {
        const key = name.normalize("NFC");
        if (!this.poolIndexByName.has(key)) this.poolIndexByName.set(key, index);
      }
    });
    const names = [...this.poolIndexByName.keys()].sort((left, right) => right.length - left.length);
    this.pattern =
      names.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "gu");
  }

  get size(): number {
    return this.pool.length;
  }

  /** The canonical name that replaces `canonical` in copy number `shift` (itself when not rotated). */
  targetOf(canonical: string, shift: number): string {
    const index = this.poolIndexByName.get(canonical.normalize("NFC"));
    if (index === undefined) return canonical;
    return this.pool[(index + shift) % this.pool.length]?.canonical ?? canonical;
  }

  /** The text with each rotated agency name moved `shift` places along the pool. */
  apply(text: string, shift: number): string {
    if (this.pattern === null || shift % this.pool.length === 0) return text;
    return text.normalize("NFC").replace(this.pattern, (written) => {
      const index = this.poolIndexByName.get(written);
      if (index === undefined) return written;
      return this.pool[(index + shift) % this.pool.length]?.canonical ?? written;
    });
  }
}
