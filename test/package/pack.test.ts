// The package as a user gets it: `npm pack` (of what `npm run build` wrote; `npm test` builds first), installed from
// the tarball into an empty project, then used the ways a user uses it: the engine imported by name in Node, both
// entry points type-checked against the shipped declarations, <llm-inference-calc> registered by
// `import "llm-inference-calc/widget"` in a real browser (an import map, as a page without a bundler has), and the
// Custom Elements Manifest read from where package.json says it is.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { extname, join, normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveBrowser } from "../../scripts/browser.mjs";
import { estimate, type EstimateRequestInput } from "../../shared/index.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const own = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string; customElements: string };
const work = mkdtempSync(join(tmpdir(), "llm-calc-pack-"));
const project = join(work, "project");
const installed = join(project, "node_modules", own.name);

/** npm as a user runs it in their own project: the cache and config files of the `npm test` this runs under, none of
 * its other npm_* settings (its prefix is this repo). */
const KEEP = new Set(["npm_config_cache", "npm_config_userconfig", "npm_config_globalconfig", "npm_config_registry"]);
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || KEEP.has(k.toLowerCase())));
const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

let packed: { filename: string; size: number; files: { path: string }[] };

beforeAll(() => {
  // --ignore-scripts: no prepack rebuild; npm test has just built.
  [packed] = JSON.parse(npm(["pack", "--ignore-scripts", "--json", "--pack-destination", work], root));
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  // Its dependencies (hono, lit, zod) come from the npm cache that installing this repo filled.
  npm(["install", join(work, packed.filename), "--prefer-offline", "--no-audit", "--no-fund"], project);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("the packed package", () => {
  it("holds the engine, the widget's entry with its chunks, the declarations and the manifest", () => {
    const files = packed.files.map((f) => f.path);
    for (const file of ["package.json", "README.md", "custom-elements.json", "dist/engine/index.js", "dist/engine/index.d.ts", "dist/types/shared/index.d.ts", "dist/types/widget/index.d.ts"]) {
      expect(files).toContain(file);
    }
    // The widget: its entry and, in chunks/, the modules it imports (named by their content's hash).
    const widget = files.filter((f) => f.startsWith("dist/widget/"));
    expect(widget).toContain("dist/widget/llm-inference-calc.js");
    expect(widget.filter((f) => f !== "dist/widget/llm-inference-calc.js").every((f) => /^dist\/widget\/chunks\/[\w-]+-[A-Z0-9]{8}\.js$/.test(f))).toBe(true);
    expect(widget.some((f) => /chunks\/llm-inference-calc-planning-/.test(f))).toBe(true);
    // Nothing of the repo's own: sources, tests, the worker's assets.
    expect(files.filter((f) => !/^(dist\/(engine|widget|types)\/|README\.md$|package\.json$|custom-elements\.json$)/.test(f))).toEqual([]);
  });

  it("is what the README's CDN script tag loads: this version, a file in the package", () => {
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const cdn = [...readme.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/([^@/"\s]+)@([^/"\s]+)\/([^"\s)]+)/g)];
    expect(cdn.length).toBeGreaterThan(0);
    const files = packed.files.map((f) => f.path);
    for (const [, name, version, path] of cdn) expect({ name, version, shipped: files.includes(path!) }).toEqual({ name: own.name, version: own.version, shipped: true });
  });

  it("imports the engine by the package's name in Node and estimates exactly as the sources do", () => {
    const request: EstimateRequestInput = { model: "llama-3.1-70b", hardware: "h100-sxm", deviceCount: 2, precision: "fp8", inputTokens: 2000, outputTokens: 400, batchSize: 16 };
    writeFileSync(join(project, "engine.mjs"), `import { estimate } from "${own.name}";\nconsole.log(JSON.stringify(estimate(${JSON.stringify(request)})));\n`);
    const out = JSON.parse(execFileSync(process.execPath, ["engine.mjs"], { cwd: project, encoding: "utf8" }));
    expect(out).toEqual(JSON.parse(JSON.stringify(estimate(request))));
  });

  it("type-checks a user's code against both entry points' shipped declarations", () => {
    writeFileSync(
      join(project, "consumer.ts"),
      `import { estimate, type EstimateResult } from "${own.name}";
import { LlmInferenceCalc, TAG, type LlmCalcResultDetail } from "${own.name}/widget";

const r: EstimateResult = estimate({ model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 1000, outputTokens: 500 });
const el: LlmInferenceCalc = document.createElement(TAG);
el.inputTokens = r.memory.perDeviceGB > 0 ? 2000 : 1000;
el.addEventListener("llm-calc-result", (e) => console.log((e as CustomEvent<LlmCalcResultDetail>).detail.result.cost));
// @ts-expect-error the element's type is real, not any: it has no such property
el.noSuchProperty = 1;
`,
    );
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022", "DOM"], types: [], strict: true, noEmit: true, skipLibCheck: false },
        files: ["consumer.ts"],
      }),
    );
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const r = (() => {
      try {
        return execFileSync(process.execPath, [tsc, "-p", project], { cwd: project, encoding: "utf8" });
      } catch (e) {
        return (e as { stdout: string }).stdout;
      }
    })();
    expect(r).toBe("");
  }, 60_000);

  it("describes <llm-inference-calc> in the manifest package.json names", () => {
    const manifestPath = createRequire(join(project, "package.json")).resolve(`${own.name}/custom-elements.json`);
    const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    expect(join(installed, pkg.customElements)).toBe(manifestPath);
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    const definitions = manifest.modules.flatMap((m: { path: string; exports: { kind: string; name: string }[] }) =>
      m.exports.filter((e) => e.kind === "custom-element-definition").map((e) => ({ tag: e.name, module: m.path })),
    );
    // The module it names is the file the ./widget export resolves to.
    expect(definitions).toEqual([{ tag: "llm-inference-calc", module: relative(installed, createRequire(join(project, "package.json")).resolve(`${own.name}/widget`)) }]);
    const element = manifest.modules[0].declarations.find((d: { customElement?: boolean }) => d.customElement);
    const names = (list: { name: string }[]) => list.map((x) => x.name);
    expect(names(element.attributes)).toEqual(expect.arrayContaining(["model", "device-count", "input-tokens", "batch-size", "api-base", "sync-url", "plan"]));
    expect(element.attributes.find((a: { name: string }) => a.name === "device-count")).toMatchObject({ fieldName: "deviceCount", default: "1" });
    expect(names(element.members)).toEqual(expect.arrayContaining(["customModel", "customHardware", "result", "error", "runSweep", "openPlan"]));
    // Lit's internal state and private fields are not API.
    expect([...names(element.attributes), ...names(element.members)].filter((n) => n.startsWith("_") || n.startsWith("#"))).toEqual([]);
    expect(names(element.events).sort()).toEqual(["llm-calc-change", "llm-calc-result"]);
    expect(names(element.cssParts)).toEqual(expect.arrayContaining(["base", "verdict", "memory-bar", "planning", "live"]));
    expect(names(element.cssProperties)).toEqual(expect.arrayContaining(["--llm-calc-accent", "--llm-calc-font", "--llm-calc-series-8"]));
  });

  it("registers the element from llm-inference-calc/widget in a browser, which shows the engine's figures and loads its chunks from beside itself", async () => {
    const manifest = JSON.parse(readFileSync(join(installed, "custom-elements.json"), "utf8"));
    const element = manifest.modules[0].declarations.find((d: { customElement?: boolean }) => d.customElement);
    const widgetUrl = "/" + relative(project, createRequire(join(project, "package.json")).resolve(`${own.name}/widget`)).split(sep).join("/");
    const { server, base, report } = await serve(page(widgetUrl));
    const browser = await resolveBrowser();
    const chrome = await launch({ executablePath: browser.executablePath, headless: browser.headless, args: browser.args });
    try {
      const tab = await chrome.newPage();
      const errors: string[] = [];
      tab.on("pageerror", (e) => errors.push(String(e)));
      await tab.goto(base);
      const r = await Promise.race([report, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no report from the page; errors: ${errors.join("; ")}`)), 30_000))]);
      expect(r.error).toBeUndefined();
      expect(r.defined).toBe(true);
      // The figures the element shows are the engine's for the request it describes.
      expect(r.result).toEqual(JSON.parse(JSON.stringify(estimate(r.request))));
      const sig = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 3 });
      expect(r.latency).toContain(`${sig.format(r.result.latency.ttftMs)} ms`);
      expect(r.verdict).toMatch(/compatible/i);
      // The manifest's attributes are exactly the ones the element observes, and every part it renders is in it.
      expect([...r.observedAttributes].sort()).toEqual(element.attributes.map((a: { name: string }) => a.name).sort());
      expect(r.parts.filter((p) => !element.cssParts.some((c: { name: string }) => c.name === p))).toEqual([]);
      // The planning view's module came from the chunks beside the element's entry.
      expect(r.planning).toBe(true);
      const chunks = `${base.slice(0, -1)}${widgetUrl.replace(/[^/]+$/, "chunks/")}`;
      expect(r.resources.some((url) => url.startsWith(chunks) && /llm-inference-calc-planning-\w+\.js$/.test(url))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await chrome.close();
      server.close();
    }
  }, 60_000);
});

/** What the page saw (all but `error` absent when it failed). */
interface Report {
  error?: string;
  defined: boolean;
  request: EstimateRequestInput;
  result: { latency: { ttftMs: number } };
  latency: string;
  verdict: string;
  observedAttributes: string[];
  parts: string[];
  planning: boolean;
  resources: string[];
}

/** A page as a user writes one: an import map for the package's entry point, the element, and a script that reports. */
function page(widgetUrl: string): string {
  return `<!doctype html>
<meta charset="utf-8">
<script type="importmap">${JSON.stringify({ imports: { [`${own.name}/widget`]: widgetUrl } })}</script>
<llm-inference-calc model="llama-3.1-70b" hardware="h100-sxm" device-count="2" precision="fp8" input-tokens="2000" output-tokens="400"></llm-inference-calc>
<script type="module">
  const send = (r) => fetch("/report", { method: "POST", body: JSON.stringify(r) });
  const within = (p, ms, what) => Promise.race([p, new Promise((_, no) => setTimeout(() => no(new Error(what)), ms))]);
  try {
    await import("${own.name}/widget");
    const el = document.querySelector("llm-inference-calc");
    await el.updateComplete;
    const text = (part) => el.shadowRoot.querySelector('[part~="' + part + '"]')?.textContent.replace(/\\s+/g, " ") ?? null;
    const shown = {
      defined: customElements.get("llm-inference-calc") === el.constructor,
      request: el.request(),
      result: el.result,
      latency: text("latency"),
      verdict: text("verdict"),
      observedAttributes: el.constructor.observedAttributes,
      parts: [...new Set([...el.shadowRoot.querySelectorAll("[part]")].flatMap((n) => n.getAttribute("part").split(/\\s+/)))],
    };
    el.openPlan("breakeven");
    const planning = () => el.shadowRoot.querySelector("llm-inference-calc-planning");
    await within(new Promise((ok) => { const t = setInterval(() => planning() && (clearInterval(t), ok()), 20); }), 10000, "the planning view did not open");
    shown.planning = customElements.get("llm-inference-calc-planning") === planning().constructor;
    shown.resources = performance.getEntriesByType("resource").map((e) => e.name);
    await send(shown);
  } catch (e) {
    await send({ error: String(e && e.stack || e) });
  }
</script>
`;
}

/** Serves the page at / and the project's files (node_modules included) below it; resolves `report` with what the page posts. */
async function serve(html: string): Promise<{ server: Server; base: string; report: Promise<Report> }> {
  let done!: (r: Report) => void;
  const report = new Promise<Report>((resolve) => (done = resolve));
  const types: Record<string, string> = { ".js": "text/javascript", ".json": "application/json" };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (req.method === "POST" && path === "/report") {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c)).on("end", () => {
        done(JSON.parse(Buffer.concat(chunks).toString("utf8")));
        res.writeHead(204).end();
      });
      return;
    }
    if (path === "/") return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
    const file = normalize(join(project, path));
    if (!file.startsWith(project + sep)) return res.writeHead(403).end();
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return { server, base: `http://127.0.0.1:${port}/`, report };
}
