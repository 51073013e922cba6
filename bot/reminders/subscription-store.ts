import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Platform } from "../core/chat-types.js";
import { AppError } from "../../errors/app-error.js";
import { errorMessage } from "../../errors/error-message.js";

export const Subscription = z.object({
  platform: z.enum(["telegram", "zalo", "console"]),
  chatId: z.string().min(1),
  /** Canonical agency name (glossary). */
  agency: z.string().min(1),
  since: z.string(),
});
export type Subscription = z.infer<typeof Subscription>;

const SubscriptionFile = z.object({
  version: z.literal(1),
  subscriptions: z.array(Subscription),
  /** The week ("2026-06-15", its Monday) whose digest was last sent, so a restart does not send it twice. */
  lastDigestWeek: z.string().nullable(),
});
type SubscriptionFile = z.infer<typeof SubscriptionFile>;

export class SubscriptionFileError extends AppError {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(
      "SUBSCRIPTIONS_UNREADABLE",
      `Cannot read the reminder subscriptions in ${file} (${errorMessage(cause)}); fix or remove the file, the chats will then have to /theodoi again.`,
      { cause },
    );
  }
}

/**
 * Which chats follow which agencies (/theodoi), kept in DATA_DIR/subscriptions.json. Every
 * change is written at once, atomically (a temporary file renamed over the old one), so a crash
 * leaves either the old or the new list, never half of one.
 */
export class SubscriptionStore {
  private state: SubscriptionFile = { version: 1, subscriptions: [], lastDigestWeek: null };
  private writing: Promise<void> = Promise.resolve();
  readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, "subscriptions.json");
  }

  async load(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw new SubscriptionFileError(this.file, error);
    }
    try {
      this.state = SubscriptionFile.parse(JSON.parse(text));
    } catch (error) {
      throw new SubscriptionFileError(this.file, error);
    }
  }

  all(): Subscription[] {
    return [...this.state.subscriptions];
  }

  ofChat(platform: Platform, chatId: string): Subscription[] {
    return this.state.subscriptions.filter((entry) => entry.platform === platform && entry.chatId === chatId);
  }

  /** False when the chat already follows the agency. */
  async add(platform: Platform, chatId: string, agency: string, since: string): Promise<boolean> {
    if (this.ofChat(platform, chatId).some((entry) => entry.agency === agency)) return false;
    this.state.subscriptions.push({ platform, chatId, agency, since });
    await this.save();
    return true;
  }

  /** Removes one agency, or every agency when `agency` is null; returns what was removed. */
  async remove(platform: Platform, chatId: string, agency: string | null): Promise<Subscription[]> {
    const removed = this.ofChat(platform, chatId).filter((entry) => agency === null || entry.agency === agency);
    if (removed.length === 0) return [];
    this.state.subscriptions = this.state.subscriptions.filter((entry) => !removed.includes(entry));
    await this.save();
    return removed;
  }

  get lastDigestWeek(): string | null {
    return this.state.lastDigestWeek;
  }

  async markDigestSent(week: string): Promise<void> {
    this.state.lastDigestWeek = week;
    await this.save();
  }

  /** Writes one change after the other, each whole. */
  private save(): Promise<void> {
    const snapshot = JSON.stringify(this.state, null, 2);
    this.writing = this.writing.catch(() => undefined).then(async () => {
      await mkdir(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, `${snapshot}\n`, "utf8");
      await rename(temporary, this.file);
    });
    return this.writing;
  }
}
