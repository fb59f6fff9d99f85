// The widget's zod/mini (widget/zod-mini.ts, with its validator widget/zod-validate.ts) is zod, for every schema the
// engine declares: the same output for what is valid, the same issues (code, path, message, bounds, values, nested
// union errors) for what is not. And the engine as the widget builds it (that zod/mini, the deferred parts, the
// schema descriptions stripped) computes what the engine computes: the same results, and the same errors (code, path,
// message), for many valid and mutated requests to estimate, compare and sweep.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as engine from "../../shared/index.js";
import { HfConfigSchema } from "../../shared/hfconfig-keys.js";
import { NO_EVAL } from "../../shared/parse.js";
// @ts-expect-error a build script without declarations
import { deferEngineParts, stripSchemaDescriptions, widgetBuildOptions } from "../../widget/build.mjs";

const SCHEMA_MODULES = ["architecture", "common", "hardware", "plan", "request", "result"] as const;
const ENTRY = `
${SCHEMA_MODULES.map((m) => `export * as ${m} from "./shared/schema/${m}.ts";`).join("\n")}
export { HfConfigSchema } from "./shared/hfconfig-keys.ts";
export { estimate } from "./shared/estimate.ts";
export { compare } from "./shared/compare.ts";
export { sweep } from "./shared/sweep.ts";
export { installDeferred, NotLoadedYet } from "./widget/deferred.ts";
export { validate } from "./widget/zod-validate.ts";
export { DEFERRED_PARTS } from "./widget/deferred-parts.ts";
`;

type Safe = { success: boolean; data?: unknown; error?: { issues: unknown[] } };
type AnySchema = { safeParse(v: unknown, o?: unknown): Safe };
type Bundle = Record<(typeof SCHEMA_MODULES)[number], Record<string, unknown>> & {
  HfConfigSchema: AnySchema;
  estimate: typeof engine.estimate;
  compare: typeof engine.compare;
  sweep: typeof engine.sweep;
  installDeferred: (parts: object) => void;
  NotLoadedYet: new (part: string) => Error;
  validate: (schema: unknown, data: unknown) => Safe;
  DEFERRED_PARTS: object;
};

const work = mkdtempSync(join(tmpdir(), "widget-zod-"));
/** The entry bundled with the widget's zod/mini (and these plugins), as an ES module in Node. */
async function bundle(name: string, plugins: Plugin[]): Promise<Bundle> {
  const { outputFiles } = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "es2022",
    alias: widgetBuildOptions.alias,
    plugins,
    write: false,
    logLevel: "silent",
  });
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, outputFiles[0]!.contents);
  return import(pathToFileURL(file).href);
}

/** zod/mini's stand-in alone (describes kept), and the engine as the widget's bundles hold it. */
let lite: Bundle;
let widget: Bundle;
beforeAll(async () => {
  lite = await bundle("lite", []);
  widget = await bundle("widget", [deferEngineParts, stripSchemaDescriptions]);
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const install = (b: Bundle) => b.installDeferred(b.DEFERRED_PARTS);

const hfConfig = (name: string) => JSON.parse(readFileSync(`test/fixtures/hf-configs/${name}.json`, "utf8")) as Record<string, unknown>;

const VALID = [
  { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 512, outputTokens: 256, batchSize: 8 },
  { model: "llama-3.1-70b", hardware: "a100-80gb", deviceCount: 4, precision: { weights: "int4", kvCache: "fp8" }, inputTokens: 2048, outputTokens: 512, batchSize: "max", deployment: "local" },
  { model: { hiddenSize: 4096, numLayers: 32, numHeads: 32, intermediateSize: 11008, vocabSize: 32000, moe: { numExperts: 8, expertsPerToken: 2 } }, hardware: { memoryGB: 24, bandwidthGBps: 1000, tflops: { fp16: 165 } }, inputTokens: 100, outputTokens: 100 },
  { model: { hfConfig: hfConfig("mixtral-8x7b") }, hardware: "l4", inputTokens: 1, outputTokens: 1, assumptions: { runtime: "eager", bandwidthEfficiency: 0.5 } },
  { model: { hfConfig: hfConfig("deepseek-v3") }, hardware: "h200", deviceCount: 8, precision: "fp8", inputTokens: 3000, outputTokens: 300 },
  { model: "gpt-4o", hardware: "h100-sxm", inputTokens: 10, outputTokens: 10, deployment: "hybrid", hybrid: { share: 0.3, alternative: { model: "llama-3.1-8b", precision: "fp8" } }, extra: "dropped" },
  { model: "mistral-7b", hardware: "jetson-agx-orin", precision: "int4", inputTokens: 500, outputTokens: 200, deployment: "edge", assumptions: { maxBatchSize: 4, pue: 1.2 } },
];

/** Values that test bounds, types and forms; and anything at all. */
const odd = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, maxDepth: 3 }),
  fc.constantFrom<unknown>(0, -1, 0.5, 1.5, 1e7, 1e300, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, -(2 ** 60), "", "max", "fp8", "custom", null, undefined, [], {}, [1, 2], "x".repeat(201), "😀".repeat(150), { hfConfig: {} }, { weights: "int9" }),
  fc.integer({ min: -5, max: 2_000_000 }),
  fc.double({ noNaN: false }),
);

/** Every path to a value inside `v` (object keys and array indices). */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof v !== "object" || v === null) return [at];
  const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return [at, ...keys.flatMap((k) => paths((v as Record<string | number, unknown>)[k], [...at, k]))];
}
/** `base` with the value at `path` replaced (or, with `remove`, deleted). */
function mutate(base: unknown, path: (string | number)[], value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<string | number, unknown>;
  const [key, ...rest] = path;
  if (rest.length === 0 && remove) delete copy[key!];
  else copy[key!] = mutate(copy[key!], rest, value, remove);
  return copy;
}
/** A valid value with one place in it (anywhere, nested too) replaced by an odd value or removed. */
const mutated = (valid: readonly unknown[]) =>
  fc
    .constantFrom(...valid)
    .chain((base) => fc.tuple(fc.constant(base), fc.constantFrom(...paths(base)), odd, fc.boolean()))
    .map(([base, path, value, remove]) => mutate(base, path, value, remove));

/** What an engine call gives: its result as JSON, or its error's name, code, path and message. */
function outcome(run: () => unknown): { result: string } | { error: object } {
  try {
    return { result: JSON.stringify(run()) };
  } catch (e) {
    const { name, message, code, path } = e as engine.EngineError;
    return { error: { name, code, path, message } };
  }
}

/** zod's verdict and the stand-in's agree: same output (keys in the same order), or the same issues. */
function sameParse(zod: Safe, mine: Safe) {
  expect(mine.success).toBe(zod.success);
  if (zod.success) {
    expect(mine.data).toStrictEqual(zod.data);
    const order = (v: unknown): unknown => (typeof v !== "object" || v === null ? null : Array.isArray(v) ? v.map(order) : Object.entries(v).map(([k, x]) => [k, order(x)]));
    expect(order(mine.data)).toEqual(order(zod.data));
  } else expect(mine.error!.issues).toEqual(zod.error!.issues);
}

const schemaPairs = () => {
  const real = engine as unknown as Record<string, unknown>;
  const pairs: [string, AnySchema, AnySchema][] = [["HfConfigSchema", HfConfigSchema as unknown as AnySchema, lite.HfConfigSchema]];
  for (const m of SCHEMA_MODULES) {
    for (const [name, value] of Object.entries(lite[m])) {
      if (typeof value === "object" && value !== null && "_zod" in value) pairs.push([name, real[name] as AnySchema, value as unknown as AnySchema]);
    }
  }
  return pairs;
};

describe("the widget's zod/mini", () => {
  it("stands in for every schema the engine declares", () => {
    const names = schemaPairs().map(([n]) => n);
    expect(names.length).toBeGreaterThan(40);
    for (const [name, real] of schemaPairs()) expect(typeof real?.safeParse, name).toBe("function");
  });

  it("parses every schema as zod does, through the fast path and without it, on anything at all", () => {
    install(lite);
    for (const [, real, mine] of schemaPairs()) {
      fc.assert(
        fc.property(odd, (input) => {
          const zod = real.safeParse(input, NO_EVAL);
          sameParse(zod, mine.safeParse(input));
          sameParse(zod, lite.validate(mine, input));
        }),
        { numRuns: 300, examples: [[undefined], [null], [{}]] },
      );
    }
  });

  it("parses valid and mutated requests, catalog entries and config.json files as zod does", () => {
    install(lite);
    const byName = Object.fromEntries(schemaPairs().map(([n, real, mine]) => [n, [real, mine] as const]));
    const check = (name: string, valid: readonly unknown[], runs: number) => {
      const [real, mine] = byName[name]!;
      for (const v of valid) sameParse(real.safeParse(v, NO_EVAL), mine.safeParse(v));
      fc.assert(
        fc.property(mutated(valid), (input) => {
          const zod = real.safeParse(input, NO_EVAL);
          sameParse(zod, mine.safeParse(input));
          sameParse(zod, lite.validate(mine, input));
        }),
        { numRuns: runs },
      );
    };
    check("EstimateRequest", VALID, 3000);
    check("CompareRequest", [{ scenarios: VALID.slice(0, 3) }], 500);
    check("SweepRequest", [{ base: VALID[0], vary: { batchSize: [1, 2, 4], precision: ["fp8", { weights: "int4" }] }, fields: ["latency.ttftMs", "compatibility.verdict"] }], 1000);
    check("RecommendRequest", [{ workload: { inputTokens: 500, outputTokens: 200, requestsPerSecond: 3 }, slo: { ttftMs: 800 }, constraints: { hardware: ["h100-sxm"], minQuality: 1200 } }], 1000);
    check("BreakEvenRequest", [{ workload: { inputTokens: 150, outputTokens: 150 }, selfHosted: { model: "llama-3.1-8b", hardware: "l4", precision: "fp8" }, apiModels: ["gpt-4o"] }], 500);
    check("Architecture", engine.MODELS.flatMap((m) => (m.kind === "open" ? [m.architecture] : [])), 1000);
    check("HardwareSpec", engine.HARDWARE, 1000);
    check("HfConfigSchema", ["llama-3.1-8b", "deepseek-v3", "gpt-oss-120b", "llama-4-maverick", "qwen3-next-80b-a3b"].flatMap((n) => { try { return [hfConfig(n)]; } catch { return []; } }), 1000);
  });
});

describe("the engine as the widget builds it", () => {
  it("computes every catalog model's first result with the main bundle alone (the fast path), before the panels chunk", async () => {
    // A fresh copy, nothing installed: what a page has before the panels chunk arrives. A setup that fits needs
    // nothing deferred; one that needs fixes waits for the panels chunk (which brings the fixes' search).
    const alone = await bundle("alone", [deferEngineParts, stripSchemaDescriptions]);
    const same = (request: object, label: string) => {
      const expected = engine.estimate(request);
      const got = outcome(() => alone.estimate(request));
      const fits = expected.compatibility.verdict === "compatible";
      if (fits || !("error" in got)) expect(got, label).toEqual(outcome(() => expected));
      else expect(got, label).toMatchObject({ error: { name: "NotLoadedYet" } });
      return fits;
    };
    const fitting = engine.MODELS.filter((m) => same({ model: m.id, hardware: "h100-sxm", deviceCount: 8, precision: "fp8", inputTokens: 1000, outputTokens: 500 }, m.id));
    expect(fitting.length).toBeGreaterThan(engine.MODELS.length * 0.8);
    for (const m of engine.MODELS) same({ model: m.id, hardware: "h100-sxm", inputTokens: 1000, outputTokens: 500 }, m.id);
    for (const h of engine.HARDWARE) same({ model: "llama-3.1-8b", hardware: h.id, precision: "int4", inputTokens: 1000, outputTokens: 500 }, h.id);
    // What needs a deferred part says so, and nothing else.
    for (const request of [VALID[2], VALID[3], VALID[5], { ...VALID[0], inputTokens: 0 }]) {
      expect(outcome(() => alone.estimate(request))).toMatchObject({ error: { name: "NotLoadedYet" } });
    }
  });

  it("gives estimate's results and errors (code, path, message) for valid and mutated requests", () => {
    install(widget);
    for (const request of VALID) expect(outcome(() => widget.estimate(request))).toEqual(outcome(() => engine.estimate(request)));
    fc.assert(
      fc.property(mutated(VALID), (request) => {
        expect(outcome(() => widget.estimate(request))).toEqual(outcome(() => engine.estimate(request)));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives compare's results and errors", () => {
    install(widget);
    fc.assert(
      fc.property(mutated([{ scenarios: VALID.slice(0, 3) }, { scenarios: [VALID[5], VALID[6]] }]), (body) => {
        expect(outcome(() => widget.compare(body))).toEqual(outcome(() => engine.compare(body)));
      }),
      { numRuns: 1000 },
    );
  });

  it("gives sweep's results and errors, in the full and the compact form", () => {
    install(widget);
    const sweeps = [
      { base: VALID[0], vary: { batchSize: [1, 8, 64], precision: ["fp16", "fp8"] } },
      { base: VALID[1], vary: { inputTokens: [100, 10_000] }, fields: ["latency.ttftMs", "compatibility.verdict", "throughput.maxBatchSize"] },
      { base: VALID[3], vary: { hardware: ["h100-sxm", "l4"] }, fields: ["cost.perHourUSD"], significantDigits: 6 },
      { base: VALID[5], vary: { deployment: ["hybrid", "cloud"] } },
    ];
    fc.assert(
      fc.property(mutated(sweeps), (body) => {
        expect(outcome(() => widget.sweep(body, { maxPoints: 64 }))).toEqual(outcome(() => engine.sweep(body, { maxPoints: 64 })));
      }),
      { numRuns: 1500 },
    );
  });
});
