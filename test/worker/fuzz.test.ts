// Fuzz: generated and mutated bodies against every POST endpoint. No 5xx; every 4xx carries a known code, a message
// and a path; every 200 is a result its schema accepts (finite numbers or explicit nulls).
// The worker runs in workerd with its real bindings, called as the runtime calls it (fetch(request, env, ctx)) rather
// than through the test harness's loopback, which gets slower with every request it carries (workers-sdk#15446).
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BreakEvenResult,
  DEPLOYMENTS,
  ERROR_CODES,
  EstimateResult,
  HARDWARE,
  MODELS,
  PRECISIONS,
  RecommendResult,
  RUNTIME_PROFILES,
} from "../../shared/index.js";
import { BREAKEVEN_EXAMPLE, COMPARE_EXAMPLE, ESTIMATE_EXAMPLE, RECOMMEND_EXAMPLE, SWEEP_EXAMPLE } from "../../worker/examples.js";
import worker from "../../worker/index.js";
import { ORIGIN } from "./helpers.js";

async function call(path: string, init: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(new URL(path, ORIGIN), init), env, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

const RUNS = 1500;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARCHITECTURE = { hiddenSize: 2048, numLayers: 16, numHeads: 16, numKvHeads: 4, intermediateSize: 8192, vocabSize: 32000, moe: { numExperts: 8, expertsPerToken: 2 } };
const CUSTOM_HARDWARE = { name: "card", memoryGB: 24, bandwidthGBps: 900, tflops: { fp16: 150, fp8: 300 }, hourlyUSD: 1.2 };
const HYBRID = { ...ESTIMATE_EXAMPLE, deployment: "hybrid", hybrid: { share: 0.3, alternative: { model: "gpt-3.5-turbo" } } };
const HF = { ...ESTIMATE_EXAMPLE, model: { hfConfig: { hidden_size: 1024, num_hidden_layers: 8, num_attention_heads: 8, intermediate_size: 4096, vocab_size: 50000 } } };
/** Models by Hub id, read from the fake Hub (test/fake-hub): mutated ids must be refused, never fetched from elsewhere. */
const HUB = { ...ESTIMATE_EXAMPLE, model: { hf: "Qwen/Qwen3-8B" } };

const SEEDS: Record<string, Json[]> = {
  "/v1/estimate": [ESTIMATE_EXAMPLE, HYBRID, HF, HUB, { ...ESTIMATE_EXAMPLE, model: ARCHITECTURE, hardware: CUSTOM_HARDWARE, batchSize: "max" }],
  "/v1/compare": [COMPARE_EXAMPLE, { scenarios: [HYBRID, HF, HUB] }] as Json[],
  "/v1/sweep": [SWEEP_EXAMPLE, { base: HF, vary: { precision: ["fp16", "int4", { weights: "fp8" }], deviceCount: [1, 2] } }, { base: HUB, vary: { model: [{ hf: "microsoft/phi-4", revision: "main" }, "qwen3-8b"], batchSize: [1, 8] } }] as Json[],
  "/v1/recommend": [
    RECOMMEND_EXAMPLE,
    { workload: { inputTokens: 10, outputTokens: 10, requestsPerSecond: 1 }, slo: {}, constraints: { models: ["gpt-4o", "mistral-7b"], hardware: ["l4", "t4"] } },
    { workload: { inputTokens: 4000, outputTokens: 50, requestsPerSecond: 300 }, slo: { e2eMs: 2000 }, constraints: { models: ["mixtral-8x7b"], hardware: ["mi300x"], deployment: "local", budgetUSDPerMonth: 10_000, runtime: "eager" }, limit: 2 },
  ] as Json[],
  "/v1/breakeven": [
    BREAKEVEN_EXAMPLE,
    { workload: { inputTokens: 25_000, outputTokens: 2_500 }, selfHosted: { model: "llama-3.1-405b", hardware: "h100-sxm", deviceCount: 8, precision: "fp8", runtime: "eager" } },
  ] as Json[],
};
const ENDPOINTS = Object.keys(SEEDS);

/** Values that tend to break numeric code: bounds, signs, huge and tiny numbers, wrong types. */
const nasty: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(0, -1, 1, 0.5, -0, 1e308, -1e308, 5e-324, 2 ** 53 + 1, 1e7, 10_000_001, 1024, 1025, "", "max", "fp8", "hybrid", null, true, [], {}, [0], "llama-3.1-8b", "h100-sxm"),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 20 }),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

/** Valid requests at the edges of every range: what the engine must survive without NaN, Infinity or a throw. */
const validEstimate: fc.Arbitrary<Json> = fc.record(
  {
    model: fc.constantFrom(...MODELS.map((m) => m.id)),
    hardware: fc.oneof(fc.constantFrom(...HARDWARE.map((h) => h.id)), fc.constant(CUSTOM_HARDWARE)),
    deviceCount: fc.oneof(fc.constantFrom(1, 2, 8, 1024), fc.integer({ min: 1, max: 1024 })),
    precision: fc.constantFrom(...PRECISIONS),
    inputTokens: fc.oneof(fc.constantFrom(1, 10_000_000), fc.integer({ min: 1, max: 10_000_000 })),
    outputTokens: fc.oneof(fc.constantFrom(1, 10_000_000), fc.integer({ min: 1, max: 10_000_000 })),
    batchSize: fc.oneof(fc.constant("max"), fc.constantFrom(1, 1_000_000), fc.integer({ min: 1, max: 1_000_000 })),
    deployment: fc.constantFrom(...DEPLOYMENTS.filter((d) => d !== "hybrid")),
  },
  { requiredKeys: ["model", "hardware", "inputTokens", "outputTokens"] },
);
const OPEN = MODELS.filter((m) => m.kind === "open").map((m) => m.id);
const API = MODELS.filter((m) => m.kind === "api").map((m) => m.id);
const tokenCount = fc.oneof(fc.constantFrom(1, 10_000_000), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 4000 }));
const ms = (max: number) => fc.oneof(fc.constantFrom(0.001, max), fc.double({ min: 0.001, max, noNaN: true }));

/** Small model and hardware subsets keep each search quick; the edges of every other range are covered. */
const validRecommend: fc.Arbitrary<Json> = fc.record(
  {
    workload: fc.record({
      inputTokens: tokenCount,
      outputTokens: tokenCount,
      requestsPerSecond: fc.oneof(fc.constantFrom(0.000001, 1_000_000), fc.double({ min: 0.000001, max: 1_000_000, noNaN: true })),
    }),
    slo: fc.record({ ttftMs: ms(10_000_000), tpotMs: ms(10_000_000), e2eMs: ms(100_000_000) }, { requiredKeys: [] }),
    constraints: fc.record(
      {
        models: fc.subarray(MODELS.map((m) => m.id), { minLength: 1, maxLength: 3 }),
        hardware: fc.subarray(HARDWARE.map((h) => h.id), { minLength: 1, maxLength: 3 }),
        precisions: fc.subarray([...PRECISIONS], { minLength: 1 }),
        maxDevices: fc.integer({ min: 1, max: 64 }),
        deployment: fc.constantFrom("cloud", "local", "edge"),
        budgetUSDPerMonth: fc.oneof(fc.constantFrom(0, 1e12), fc.double({ min: 0, max: 1e12, noNaN: true })),
        runtime: fc.constantFrom(...Object.keys(RUNTIME_PROFILES)),
      },
      { requiredKeys: ["models", "hardware"] },
    ),
    limit: fc.integer({ min: 1, max: 200 }),
  },
  { requiredKeys: ["workload", "constraints"] },
) as fc.Arbitrary<Json>;

const validBreakEven: fc.Arbitrary<Json> = fc.record(
  {
    workload: fc.record({ inputTokens: tokenCount, outputTokens: tokenCount }),
    selfHosted: fc.record(
      {
        model: fc.constantFrom(...OPEN),
        hardware: fc.constantFrom(...HARDWARE.map((h) => h.id)),
        deviceCount: fc.oneof(fc.constantFrom(1, 2, 8, 1024), fc.integer({ min: 1, max: 1024 })),
        precision: fc.constantFrom(...PRECISIONS),
        runtime: fc.constantFrom(...Object.keys(RUNTIME_PROFILES)),
      },
      { requiredKeys: ["model", "hardware"] },
    ),
    apiModels: fc.subarray(API, { minLength: 1 }),
  },
  { requiredKeys: ["workload", "selfHosted"] },
) as fc.Arbitrary<Json>;

/** Each endpoint's result schema: a 200 must parse (z.number() refuses NaN and Infinity, which JSON turns into null). */
const RESULTS = { "/v1/estimate": EstimateResult, "/v1/recommend": RecommendResult, "/v1/breakeven": BreakEvenResult } as const;

const validBodies: Record<string, fc.Arbitrary<Json>> = {
  "/v1/estimate": validEstimate,
  "/v1/compare": fc.array(validEstimate, { minLength: 2, maxLength: 4 }).map((scenarios) => ({ scenarios })),
  "/v1/sweep": fc.tuple(validEstimate, fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 5 })).map(([base, batchSize]) => ({ base, vary: { batchSize } })),
  "/v1/recommend": validRecommend,
  "/v1/breakeven": validBreakEven,
};

type Mutation = { at: number; op: "replace" | "delete" | "add" | "wrap" | "duplicate"; value: Json; key: string };

function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/** Apply one mutation at one node of a deep copy, chosen by index among all nodes. */
function mutate(seed: Json, m: Mutation): Json {
  const root = structuredClone(seed) as Json;
  const all = paths(root);
  const path = all[m.at % all.length]!;
  if (path.length === 0) return m.op === "wrap" ? [root] : m.op === "replace" ? m.value : root;
  const parent = path.slice(0, -1).reduce<Json>((v, k) => (v as Record<string, Json>)[k as string]!, root) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  switch (m.op) {
    case "replace":
      parent[key] = m.value;
      break;
    case "delete":
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case "add":
      if (Array.isArray(parent)) parent.push(m.value);
      else parent[m.key] = m.value;
      break;
    case "wrap":
      parent[key] = [parent[key]!];
      break;
    case "duplicate":
      if (Array.isArray(parent)) parent.push(...Array<Json>(8).fill(parent[key]!));
      else parent[m.key] = parent[key]!;
      break;
  }
  return root;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom("replace", "replace", "delete", "add", "wrap", "duplicate"),
  value: nasty,
  key: fc.constantFrom("model", "hardware", "batchSize", "vary", "base", "models", "slo", "constraints", "selfHosted", "apiModels", "x", "__proto__", "constructor"),
});

/** A request: an endpoint, the body text and its content type. */
const request = fc.constantFrom(...ENDPOINTS).chain((endpoint) =>
  fc.record({
    endpoint: fc.constant(endpoint),
    body: fc.oneof(
      // Valid bodies at the edges of the ranges.
      { weight: 3, arbitrary: validBodies[endpoint]!.map((v) => JSON.stringify(v)) },
      // Mutated valid bodies: one to four changes to a seed.
      { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...SEEDS[endpoint]!), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([seed, ms]) => JSON.stringify(ms.reduce(mutate, seed))) },
      // Generated JSON of any shape.
      { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
      // Broken JSON: a valid body cut short, or arbitrary text.
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...SEEDS[endpoint]!), fc.nat()).map(([seed, n]) => JSON.stringify(seed).slice(0, n % JSON.stringify(seed).length)) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    ),
    contentType: fc.oneof(
      { weight: 12, arbitrary: fc.constant("application/json") },
      { weight: 1, arbitrary: fc.constantFrom("text/plain", "", "application/x-www-form-urlencoded", "application/json; charset=utf-8") },
    ),
  }),
);

describe("fuzz", () => {
  it(`${RUNS} generated and mutated bodies across every POST endpoint: no 5xx, every 4xx coded`, async () => {
    const seen: Record<string, number> = {};
    const perEndpoint: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(request, async ({ endpoint, body, contentType }) => {
        const headers: Record<string, string> = contentType ? { "content-type": contentType } : {};
        const response = await call(endpoint, { method: "POST", headers, body });
        const text = await response.text();
        perEndpoint[endpoint] = (perEndpoint[endpoint] ?? 0) + 1;
        const parsed = JSON.parse(text) as { error?: { code: string; message: string; path: string } };
        if (response.status === 200) {
          seen["200"] = (seen["200"] ?? 0) + 1;
          expect(parsed.error).toBeUndefined();
          // Every figure is a finite number or an explicit null (NaN and Infinity would arrive as null where a number is due).
          const schema = RESULTS[endpoint as keyof typeof RESULTS];
          if (schema) expect(schema.safeParse(parsed, { jitless: true }).error?.issues[0], `${endpoint} ${body.slice(0, 300)}`).toBeUndefined();
          return;
        }
        const { error } = parsed;
        seen[`${response.status} ${error?.code}`] = (seen[`${response.status} ${error?.code}`] ?? 0) + 1;
        expect(response.status < 500, `${response.status} for ${endpoint} ${body.slice(0, 300)}\n${text.slice(0, 500)}`).toBe(true);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(ERROR_CODES).toContain(error!.code);
        expect(typeof error!.message).toBe("string");
        expect(error!.message.length).toBeGreaterThan(0);
        expect(typeof error!.path).toBe("string");
      }),
      { numRuns: RUNS },
    );
    console.log(`fuzz: ${RUNS} bodies; by endpoint ${JSON.stringify(perEndpoint)}; outcomes ${JSON.stringify(seen)}`);
    for (const endpoint of ENDPOINTS) expect(perEndpoint[endpoint]).toBeGreaterThan(RUNS / 8);
    expect(seen["200"]).toBeGreaterThan(0);
  }, 120_000);
});
