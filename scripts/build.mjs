// npm run build: the engine as a library (dist/engine: ES module + type declarations), the widget bundle,
// and the worker's static assets (dist/public: the widget bundle and the demo page).
import { execFileSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
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

// The widget: ES modules with Lit and the engine inside, served by the worker. widget/build.mjs (the widget's own)
// builds the element and its planning chunk when it exists; these are the plain defaults.
if (existsSync("widget/index.ts")) {
  const own = existsSync("widget/build.mjs") ? (await import(new URL("../widget/build.mjs", import.meta.url).href)).buildWidget : undefined;
  await (own?.() ??
    build({
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
    }));
}

// The worker's static assets (wrangler.toml [assets]): served at /llm-inference-calc.js, /llm-inference-calc-planning.js
// and /.
// Assembled beside the live folder, then swapped in.
const PUBLIC = "dist/public";
const next = `${PUBLIC}.next`;
mkdirSync(next, { recursive: true });
const widgetBuilt = existsSync("dist/widget/llm-inference-calc.js");
// The demo page (and anything beside it) comes from the widget; until then, a page of our own.
if (existsSync("widget/demo/index.html")) cpSync("widget/demo", next, { recursive: true });
else writeFileSync(`${next}/index.html`, placeholderDemo());
if (widgetBuilt) {
  for (const file of readdirSync("dist/widget")) if (file.endsWith(".js")) copyFileSync(`dist/widget/${file}`, `${next}/${file}`);
} else writeFileSync(`${next}/llm-inference-calc.js`, placeholderWidget());
rmSync(PUBLIC, { recursive: true, force: true });
renameSync(next, PUBLIC);

console.log(
  "built dist/engine" +
    (widgetBuilt ? ", dist/widget" : "") +
    ` and ${PUBLIC}` +
    (widgetBuilt ? "" : " (placeholder widget: widget/index.ts does not exist yet)"),
);

// PLACEHOLDER until widget/index.ts exists: a minimal <llm-inference-calc> that renders one estimate from the API.
// It is written only into dist; the real element replaces it as soon as the widget source lands.
function placeholderWidget() {
  return `// PLACEHOLDER widget, emitted by scripts/build.mjs because widget/index.ts does not exist yet.
const base = new URL(".", import.meta.url);
class LlmInferenceCalcPlaceholder extends HTMLElement {
  async connectedCallback() {
    const a = (name, fallback) => this.getAttribute(name) ?? fallback;
    const request = { model: a("model", "llama-3.1-8b"), hardware: a("hardware", "h100-sxm"),
      inputTokens: Number(a("input-tokens", 1000)), outputTokens: Number(a("output-tokens", 500)) };
    this.textContent = "estimating...";
    try {
      const res = await fetch(new URL("v1/estimate", a("api-base", base)), { method: "POST",
        headers: { "content-type": "application/json" }, body: JSON.stringify(request) });
      const r = await res.json();
      if (!res.ok) throw new Error(r.error ? r.error.message : res.statusText);
      this.textContent = \`\${r.model.name} on \${r.hardware.name}: \${r.compatibility.verdict}, TTFT \${Math.round(r.latency.ttftMs)} ms, \` +
        \`\${r.latency.tpotMs.toFixed(1)} ms per output token, $\${r.cost.perRequestUSD.toFixed(5)} per request (placeholder widget)\`;
      this.dispatchEvent(new CustomEvent("estimate", { detail: r, bubbles: true, composed: true }));
    } catch (e) {
      this.textContent = "estimate failed: " + e.message;
    }
  }
}
if (!customElements.get("llm-inference-calc")) customElements.define("llm-inference-calc", LlmInferenceCalcPlaceholder);
`;
}

function placeholderDemo() {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LLM inference calculator: demo</title>
<script type="module" src="/llm-inference-calc.js"></script>
<style>body { font: 16px/1.5 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }</style>
</head>
<body>
<h1>LLM inference calculator</h1>
<p>The element below is loaded with one script tag: <code>&lt;script type="module" src="/llm-inference-calc.js"&gt;&lt;/script&gt;</code>.</p>
<llm-inference-calc model="llama-3.1-8b" hardware="h100-sxm" input-tokens="1000" output-tokens="500"></llm-inference-calc>
<p><a href="/docs">API documentation</a> &middot; <a href="/openapi.json">OpenAPI 3.1</a> &middot; <a href="/health">health</a></p>
</body>
</html>
`;
}
