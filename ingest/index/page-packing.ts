/**
 * How rows of a rowid table sit on SQLite's leaf pages (the database file format, "B-tree Pages" and "Cell Payload
 * Overflow Pages"), so that a build can insert its large rows (compressed row blocks, long postings blobs) in an order
 * that leaves little of each page empty.
 *
 * With U usable bytes per page, a row whose payload P is at most X = U − 35 bytes stays on its leaf page. A longer one
 * keeps K = M + ((P − M) mod (U − 4)) bytes there (M when that is more than X), with M = ((U − 12) · 32 / 255) − 23,
 * and the rest on overflow pages of U − 4 bytes each. Rows appended at the end of a table (increasing rowids) go to its
 * last leaf page while they fit; one that does not starts a new page, and the space left on the old one stays empty
 * (SQLite's "quick balance"). Rows of 3–7 KB appended in the order made leave a quarter of their 8 KB pages empty; the
 * same rows grouped so that each page's rows fill it (first fit decreasing) leave a few percent.
 */
export const pageBytes = 8192;

/** Leaf page header of a table b-tree. */
const leafHeaderBytes = 8;
/** A cell's pointer, its payload length and rowid varints (rowids below 2^21), and an overflow page number. */
const cellOverheadBytes = 2 + 3 + 3;
const overflowPointerBytes = 4;

/** The largest payload that stays whole on a leaf page (X). */
export function maxLocalPayload(pageSize = pageBytes): number {
  return pageSize - 35;
}

/** The bytes of a payload kept on its leaf page (the rest goes to overflow pages). */
export function localPayload(payload: number, pageSize = pageBytes): number {
  const most = maxLocalPayload(pageSize);
  if (payload <= most) return payload;
  const least = Math.floor(((pageSize - 12) * 32) / 255) - 23;
  const kept = least + ((payload - least) % (pageSize - 4));
  return kept <= most ? kept : least;
}

/** The bytes a row of this payload takes on its leaf page, its cell pointer included. */
export function leafCellBytes(payload: number, pageSize = pageBytes): number {
  const local = localPayload(payload, pageSize);
  return cellOverheadBytes + local + (local < payload ? overflowPointerBytes : 0);
}

/** How many open pages first fit looks through for each row: bounds the work for many rows (the fit stays close). */
const openPagesSearched = 2_000;

/**
 * An insertion order of rows (their payload sizes, by index) that fills leaf pages: first fit decreasing of the rows'
 * leaf cells into pages, then the pages one after another, each page's rows in the order placed. Equal sizes keep
 * their order, so the result is the same for the same sizes.
 */
export function pageFillingOrder(payloads: readonly number[], pageSize = pageBytes): number[] {
  const capacity = pageSize - leafHeaderBytes;
  const cells = payloads.map((payload) => leafCellBytes(payload, pageSize));
  const bySize = cells.map((_, index) => index).sort((left, right) => cells[right]! - cells[left]! || left - right);
  const pages: number[][] = [];
  const free: number[] = [];
  /** Pages opened, in order, less those found unable to take the smallest row (dropped in batches). */
  let open: number[] = [];
  let full = 0;
  const smallest = cells.reduce((least, cell) => Math.min(least, cell), Infinity);
  for (const index of bySize) {
    const cell = cells[index]!;
    let chosen = -1;
    for (let position = Math.max(0, open.length - openPagesSearched); position < open.length; position += 1) {
      if (free[open[position]!]! >= cell) {
        chosen = open[position]!;
        break;
      }
    }
    if (chosen < 0) {
      chosen = pages.length;
      pages.push([]);
      free.push(capacity);
      open.push(chosen);
    }
    pages[chosen]!.push(index);
    free[chosen]! -= cell;
    if (free[chosen]! < smallest && (full += 1) > 256) {
      open = open.filter((page) => free[page]! >= smallest);
      full = 0;
    }
  }
  return pages.flat();
}
