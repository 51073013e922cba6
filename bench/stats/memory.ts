/**
 * Memory of the current process. `peakRssBytes` is the kernel's high-water mark of resident
 * memory (getrusage ru_maxrss), so it sees peaks during synchronous work that a timer-based
 * sampler would miss; each benchmark job runs in its own child process, so the peak is the job's.
 */
export interface MemoryFigures {
  peakRssBytes: number;
  /** Resident memory after the modules were loaded and before the measured work started. */
  startRssBytes: number;
  /** Largest `rss` seen by a 20 ms sampler during the measured work (may miss synchronous peaks). */
  sampledPeakRssBytes: number;
}

export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** Samples `process.memoryUsage().rss` every `intervalMs` until stopped; returns the largest value. */
export function startRssSampler(intervalMs = 20): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

export function megabytes(bytes: number): number {
  return bytes / (1024 * 1024);
}
