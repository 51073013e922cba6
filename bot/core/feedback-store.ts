import { appendFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { toJsonLine } from "../../io/json-lines.js";

export const FeedbackRecord = z.object({
  time: z.string(),
  platform: z.string(),
  chatId: z.string(),
  userId: z.string(),
  feedback: z.string(),
  question: z.string().nullable(),
  answer: z.string().nullable(),
});
export type FeedbackRecord = z.infer<typeof FeedbackRecord>;

/** Appends feedback as JSON lines to `<dataDir>/feedback.jsonl`; writes are serialized. */
export class FeedbackStore {
  readonly file: string;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly dataDir: string) {
    this.file = join(dataDir, "feedback.jsonl");
  }

  append(record: FeedbackRecord): Promise<void> {
    const line = `${toJsonLine(FeedbackRecord.parse(record))}\n`;
    const write = this.writing.then(async () => {
      await mkdir(this.dataDir, { recursive: true });
      await appendFile(this.file, line, "utf8");
    });
    this.writing = write.catch(() => undefined);
    return write;
  }
}
