// npm run build: the engine as a library (dist/engine: ES module + type declarations), the widget bundle,
// and the worker's static assets (dist/public: the widget bundle and the demo page).
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { build } from "esbuild";

// dist/public is left in place until its replacement is ready: a running `wrangler dev` (or a test run) serves it.
for (const dir of ["dist/engine", "dist/widget", "dist/public.next"]) rmSync(dir, { recursive: true, force: true });

// The library: one ES module; zod stays a dependency the user's bundler dedupes.
await build({
  entryPoints: ["shared/index.ts"],
  outfile: "dist/engine/index.js",
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  external: ["zod"],
  sourcemap: true,
  logLevel: "warning",
});
execFileSync("node_modules/.bin/tsc", ["-p", "tsconfig.build.json"], { stdio: "inherit" });

// The widget: ES modules with Lit and the engine inside, served by the worker; widget/build.mjs holds its options
// (the element, and its planning chunk loaded on demand).
const { buildWidget } = await import(new URL("../widget/build.mjs", import.meta.url).href);
await buildWidget();

// The worker's static assets (wrangler.toml [assets]): served at /llm-inference-calc.js, /llm-inference-calc-planning.js
// and /.
// Assembled beside the live folder, then swapped in.
const PUBLIC = "dist/public";
const next = `${PUBLIC}.next`;
mkdirSync(next, { recursive: true });
// The demo page (and anything beside it), the widget bundle and its planning chunk.
cpSync("widget/demo", next, { recursive: true });
for (const file of readdirSync("dist/widget")) if (file.endsWith(".js")) copyFileSync(`dist/widget/${file}`, `${next}/${file}`);
rmSync(PUBLIC, { recursive: true, force: true });
renameSync(next, PUBLIC);

console.log(`built dist/engine, dist/widget and ${PUBLIC}`);
