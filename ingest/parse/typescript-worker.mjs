// Starts a worker thread from a TypeScript file when the code runs as TypeScript (vitest, tsx): registers tsx's
// loader in the thread, then imports the file named in `workerData.entry`. Built JavaScript (dist/) starts its
// workers from their .js files and never reads this one.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
