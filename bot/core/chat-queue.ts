/**
 * Runs the tasks of one chat one after another (answers come back in the order asked) while
 * different chats proceed in parallel. `drain()` waits for everything in flight (SIGTERM).
 */
export class ChatQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly inFlight = new Set<Promise<void>>();

  run(chatKey: string, task: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(chatKey) ?? Promise.resolve();
    const next = previous.then(task).catch(() => undefined);
    this.tails.set(chatKey, next);
    this.inFlight.add(next);
    void next.then(() => {
      this.inFlight.delete(next);
      if (this.tails.get(chatKey) === next) this.tails.delete(chatKey);
    });
    return next;
  }

  get size(): number {
    return this.inFlight.size;
  }

  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all([...this.inFlight]);
  }
}
