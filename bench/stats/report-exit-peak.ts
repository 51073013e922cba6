/**
 * Preloaded (`node --import …/report-exit-peak.js`) into a process the bench measures from outside,
 * such as one `npm run ask` question: at exit it writes the kernel's high-water mark of its resident
 * memory as the last line on stderr, for `ask-process.ts` to read. Only ever preloaded: importing it registers the hook.
 */
import { exitPeakMarker } from "./exit-peak-marker.js";

process.on("exit", () => {
  process.stderr.write(`\n${exitPeakMarker} ${process.resourceUsage().maxRSS * 1024}\n`);
});
