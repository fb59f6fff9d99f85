// npm run build: the engine as a library (dist/engine: an ES module), the widget (dist/widget: its entry and chunks), the
// type declarations of both (dist/types), the widget's Custom Elements Manifest (custom-elements.json), and the worker's
// static assets (dist/public: the widget bundle, the demo page and the API's built documents).
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { build } from "esbuild";
import { importTs } from "./import-ts.mjs";

// dist/public is left in place until its replacement is ready: a running `wrangler dev` (or a test run) serves it.
for (const dir of ["dist/engine", "dist/widget", "dist/types", "dist/public.next"]) rmSync(dir, { recursive: true, force: true });

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
// One declaration program for the engine and the widget (DOM types): the widget's declarations import the engine's.
execFileSync("node_modules/.bin/tsc", ["-p", "tsconfig.build.json"], { stdio: "inherit" });
// The engine's types also stand beside its module, where they always were.
writeFileSync("dist/engine/index.d.ts", 'export * from "../types/shared/index.js";\n');

// The widget: ES modules with Lit and the engine inside, served by the worker; widget/build.mjs holds its options
// (the entry, with the chunks it imports and those it loads on demand).
const { buildWidget } = await import(new URL("../widget/build.mjs", import.meta.url).href);
await buildWidget();
// The manifest (custom-elements-manifest.config.mjs says how): attributes, properties, events, parts, CSS properties.
execFileSync("node_modules/.bin/cem", ["analyze", "--quiet"], { stdio: "inherit" });

// The worker's static assets (wrangler.toml [assets]): served at /llm-inference-calc.js, /chunks/*.js and /, and the
// documents the API answers unchanged until the next deploy (catalogs, scenarios, /openapi.json).
// Assembled beside the live folder, then swapped in.
const PUBLIC = "dist/public";
const next = `${PUBLIC}.next`;
mkdirSync(next, { recursive: true });
// The demo page (and anything beside it), and the widget's entry with its chunks.
cpSync("widget/demo", next, { recursive: true });
cpSync("dist/widget", next, { recursive: true });
// The API's documents, serialised as the worker used to answer them: built here, they cost the worker no CPU and keep
// the JSON Schema generator and the citations out of its bundle (worker/build/documents.ts lists them).
const { apiDocuments, documentAsset } = await importTs("worker/build/documents.ts");
const documents = apiDocuments();
for (const [path, document] of documents) {
  const file = `${next}${documentAsset(path)}`;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(document));
}
rmSync(PUBLIC, { recursive: true, force: true });
renameSync(next, PUBLIC);

console.log(`built dist/engine, dist/widget, dist/types, custom-elements.json and ${PUBLIC} (with ${documents.size} API documents)`);
