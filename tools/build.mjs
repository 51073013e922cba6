// `node tools/build.mjs [--force]`: compiles the TypeScript once into dist/ (tsconfig.build.json) and copies
// the data files the code reads next to itself (JSON, Markdown prompts), so that `npm start`, `ask`,
// `ingest`, `eval`, `review` and `bench` run built JavaScript instead of compiling at every start (docs/decisions/
// 016-perf-build-once.md). Nothing is done when dist/ is newer than every source file and was built from
// the same list of files. Messages go to stderr: `npm run --silent ask -- --jsonl` keeps stdout clean.
// Plain JavaScript on purpose: it runs before anything is built. Tests keep running TypeScript (vitest).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "dist");
const stampFile = path.join(dist, ".build-stamp.json");
const codeFolders = ["bench", "bot", "config", "errors", "eval", "ingest", "io", "knowledge", "prompts", "review", "vietnamese"];
/** Folders of documents and cases, read from the working directory, not next to the code. */
const notCode = new Set(["knowledge/sources", "eval/cases", "eval/devdocs"]);
const configFiles = ["tsconfig.json", "tsconfig.build.json", "package.json"];

function walk(folder, found) {
  if (!existsSync(path.join(root, folder))) return;
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const relative = path.posix.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!notCode.has(relative)) walk(relative, found);
    } else if (/\.(ts|json|md)$/.test(entry.name) && !entry.name.endsWith(".test.ts")) {
      found.push(relative);
    }
  }
}

function sourceFiles() {
  const found = [];
  for (const folder of codeFolders) walk(folder, found);
  return found.sort();
}

function upToDate(files) {
  if (!existsSync(stampFile)) return false;
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, "utf8"));
  } catch {
    return false;
  }
  if (JSON.stringify(stamp.files) !== JSON.stringify(files)) return false;
  const built = statSync(stampFile).mtimeMs;
  return [...files, ...configFiles].every((file) => !existsSync(path.join(root, file)) || statSync(path.join(root, file)).mtimeMs <= built);
}

function build(files) {
  const started = Date.now();
  process.stderr.write("Building the TypeScript into dist/ (once per change)…\n");
  const aside = path.join(root, `.dist-${process.pid}`);
  rmSync(aside, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json"), "--outDir", aside], { cwd: root, stdio: ["ignore", 2, 2] });
  if (result.status !== 0) {
    rmSync(aside, { recursive: true, force: true });
    process.stderr.write("The TypeScript build failed (above); fix it, or run `npm run typecheck` to see every error.\n");
    process.exit(result.status ?? 1);
  }
  for (const file of files.filter((name) => !name.endsWith(".ts"))) {
    mkdirSync(path.join(aside, path.dirname(file)), { recursive: true });
    cpSync(path.join(root, file), path.join(aside, file));
  }
  // The stamp is dated when the build began: a file saved while tsc ran is newer than it, so the next run builds again.
  writeFileSync(path.join(aside, ".build-stamp.json"), JSON.stringify({ files }));
  utimesSync(path.join(aside, ".build-stamp.json"), new Date(started), new Date(started));
  rmSync(dist, { recursive: true, force: true });
  renameSync(aside, dist);
  process.stderr.write(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`);
}

const files = sourceFiles();
if (process.argv.includes("--force") || !upToDate(files)) build(files);
