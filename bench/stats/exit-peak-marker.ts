/** The stderr line prefix with which a measured child reports its peak resident memory (report-exit-peak.ts → ask-process.ts). */
export const exitPeakMarker = "[bench-peak-rss-bytes]";
