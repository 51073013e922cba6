/**
 * The `limit` best rows of a search without sorting them all: higher score first, then lower file
 * rank, then lower rowid (the order FTS5's query gave: score, file, rowid — a total order). A heap
 * keeps the worst of the best at its root; a row that does not beat it is passed over.
 */
export class TopRows {
  private readonly heap: number[] = [];

  constructor(
    private readonly limit: number,
    private readonly scoreOf: (rowid: number) => number,
    private readonly fileRankOf: (rowid: number) => number,
  ) {}

  /** Whether row `left` ranks before row `right`. */
  private before(left: number, right: number): boolean {
    const leftScore = this.scoreOf(left);
    const rightScore = this.scoreOf(right);
    if (leftScore !== rightScore) return leftScore > rightScore;
    const leftFile = this.fileRankOf(left);
    const rightFile = this.fileRankOf(right);
    if (leftFile !== rightFile) return leftFile < rightFile;
    return left < right;
  }

  offer(rowid: number): void {
    const heap = this.heap;
    if (heap.length < this.limit) {
      heap.push(rowid);
      let child = heap.length - 1;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!this.before(heap[parent]!, heap[child]!)) break;
        [heap[parent], heap[child]] = [heap[child]!, heap[parent]!];
        child = parent;
      }
      return;
    }
    if (this.limit === 0 || !this.before(rowid, heap[0]!)) return;
    heap[0] = rowid;
    let parent = 0;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let worst = parent;
      if (left < heap.length && this.before(heap[worst]!, heap[left]!)) worst = left;
      if (right < heap.length && this.before(heap[worst]!, heap[right]!)) worst = right;
      if (worst === parent) return;
      [heap[parent], heap[worst]] = [heap[worst]!, heap[parent]!];
      parent = worst;
    }
  }

  /** The rows kept, best first. */
  sorted(): number[] {
    return [...this.heap].sort((left, right) => (this.before(left, right) ? -1 : this.before(right, left) ? 1 : 0));
  }
}
