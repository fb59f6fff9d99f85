// npm run build: the engine as a library (dist/engine: ES module + type declarations) and the widget bundle.
import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });

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

// The widget: one ES module with Lit and the engine inside, served by the worker.
if (existsSync("widget/index.ts")) {
  await build({
    entryPoints: ["widget/index.ts"],
    outfile: "dist/widget/llm-inference-calc.js",
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    conditions: ["production"],
    logLevel: "warning",
  });
}
console.log("built dist/engine" + (existsSync("dist/widget") ? " and dist/widget" : ""));
