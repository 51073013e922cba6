import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { errorMessage } from "../../errors/error-message.js";

export const StatsCounter = z.enum([
  "questions",
  "found",
  "notFound",
  "errors",
  "commands",
  "feedback",
  "refused",
  "rateLimited",
  "unsupported",
]);
export type StatsCounter = z.infer<typeof StatsCounter>;

const StatsFile = z.object({
  since: z.string(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  users: z.array(z.string()),
});
type StatsFile = z.infer<typeof StatsFile>;

/** Usage counts for /thongke, kept in `<dataDir>/stats.json` so they survive restarts. */
export class UsageStats {
  private state: StatsFile = { since: new Date().toISOString(), counts: {}, users: [] };
  private readonly users = new Set<string>();
  private saving: Promise<void> = Promise.resolve();
  private readonly file: string;

  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, "stats.json");
  }

  async load(): Promise<void> {
    try {
      const parsed = StatsFile.safeParse(JSON.parse(await readFile(this.file, "utf8")));
      if (parsed.success) {
        this.state = parsed.data;
        for (const user of parsed.data.users) this.users.add(user);
      }
    } catch {
      // No stats yet: start from zero.
    }
  }

  count(counter: StatsCounter, userKey?: string): void {
    this.state.counts[counter] = (this.state.counts[counter] ?? 0) + 1;
    if (userKey !== undefined) this.users.add(userKey);
    this.scheduleSave();
  }

  snapshot(): { since: string; counts: Record<StatsCounter, number>; users: number } {
    const counts = Object.fromEntries(
      StatsCounter.options.map((counter) => [counter, this.state.counts[counter] ?? 0]),
    ) as Record<StatsCounter, number>;
    return { since: this.state.since, counts, users: this.users.size };
  }

  /** Resolves when the last change is on disk. */
  flush(): Promise<void> {
    return this.saving;
  }

  private scheduleSave(): void {
    this.saving = this.saving.then(async () => {
      try {
        await mkdir(this.dataDir, { recursive: true });
        const content = JSON.stringify({ ...this.state, users: [...this.users] });
        const partial = `${this.file}.partial`;
        await writeFile(partial, content, "utf8");
        await rename(partial, this.file);
      } catch (error) {
        console.error("[bot] could not save usage stats:", errorMessage(error));
      }
    });
  }
}
