// Every endpoint of CONTRACT.md answers through the real worker runtime, with results the engine's schemas accept.
import { describe, expect, it } from "vitest";
import {
  breakEven,
  BreakEvenResult,
  CompareResult,
  ENGINE_VERSION,
  estimate,
  findHardware,
  EstimateResult,
  HARDWARE,
  MODELS,
  qualityOf,
  recommend,
  RecommendResult,
  referenceScenarios,
  sloMiss,
  sweep,
  SweepColumns,
  SweepResult,
} from "../../shared/index.js";
import { BREAKEVEN_EXAMPLE, COMPARE_EXAMPLE, ESTIMATE_EXAMPLE, RECOMMEND_EXAMPLE, SWEEP_EXAMPLE } from "../../worker/examples.js";
import { SCRIPTS } from "../../worker/routes/static.js";
import { CatalogHardware, CatalogModel, HardwareList, ModelList, ScenarioList } from "../../worker/schemas.js";
import { call, expectError, post } from "./helpers.js";

const CONTRACT_PATHS = [
  "/v1/models",
  "/v1/models/{id}",
  "/v1/hardware",
  "/v1/hardware/{id}",
  "/v1/scenarios",
  "/v1/estimate",
  "/v1/compare",
  "/v1/sweep",
  "/v1/recommend",
  "/v1/breakeven",
  "/openapi.json",
  "/docs",
  "/health",
  "/llm-inference-calc.js",
  "/chunks/{file}",
  "/",
];

const OPTS = { jitless: true } as const;

describe("GET /health", () => {
  it("is ok and names the engine version", async () => {
    const response = await call("/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", engineVersion: ENGINE_VERSION });
    expect(response.headers.get("x-request-id")).toMatch(/^[\w-]+$/);
  });
});

describe("catalogs", () => {
  it("GET /v1/models lists every catalog model in the shape the OpenAPI document gives", async () => {
    const response = await call("/v1/models");
    expect(response.status).toBe(200);
    const body = ModelList.parse(await response.json(), OPTS);
    expect(body.models.map((m) => m.id)).toEqual(MODELS.map((m) => m.id));
    const llama = body.models.find((m) => m.id === "llama-2-7b");
    expect(llama).toMatchObject({ kind: "open", totalParams: 6_738_415_616 });
    // Each model's quality score, or null where the leaderboard does not list it.
    for (const m of body.models) expect(m.quality, m.id).toBe(qualityOf(m.id));
    expect(body.models.find((m) => m.id === "gpt-4.1")!.quality).toBeGreaterThan(1300);
    expect(body.models.find((m) => m.id === "qwen2.5-7b")!.quality).toBeNull();
  });

  it("GET /v1/models/{id} answers one entry", async () => {
    const response = await call("/v1/models/mixtral-8x7b");
    expect(response.status).toBe(200);
    const model = CatalogModel.parse(await response.json(), OPTS);
    expect(model.id).toBe("mixtral-8x7b");
    if (model.kind !== "open") throw new Error("mixtral is an open model");
    expect(model.activeParams).toBeLessThan(model.totalParams);
    const api = CatalogModel.parse(await (await call("/v1/models/gpt-4")).json(), OPTS);
    expect(api).toMatchObject({ kind: "api", provider: "OpenAI" });
  });

  it("GET /v1/hardware lists every device; GET /v1/hardware/{id} answers one", async () => {
    const list = HardwareList.parse(await (await call("/v1/hardware")).json(), OPTS);
    expect(list.hardware.map((h) => h.id)).toEqual(HARDWARE.map((h) => h.id));
    const h100 = CatalogHardware.parse(await (await call("/v1/hardware/h100-sxm")).json(), OPTS);
    expect(h100).toMatchObject({ id: "h100-sxm", memoryGB: findHardware("h100-sxm")!.memoryGB });
    expect(h100.sources.length).toBeGreaterThan(0);
  });

});

describe("GET /v1/scenarios", () => {
  it("answers the three reference scenarios, each with its options and a recommendation with reasons", async () => {
    const response = await call("/v1/scenarios");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = ScenarioList.parse(await response.json(), OPTS);
    expect(body.scenarios.map((s) => s.id)).toEqual(["chatbot", "content-generation", "research-assistant"]);
    for (const s of body.scenarios) {
      expect(s.requirements.length, s.id).toBeGreaterThan(0);
      expect(s.options.length, s.id).toBeGreaterThan(1);
      expect(s.recommendation, s.id).not.toBeNull();
      expect(s.options[s.recommendation!.index]!.label).toBe(s.recommendation!.label);
      expect(s.recommendation!.reasons.length).toBeGreaterThan(0);
    }
    expect(body.scenarios[0]!.recommendation!.label).toBe("GPT-3.5 Turbo (API)");
    // Exactly what the engine computes.
    expect(body).toEqual(JSON.parse(JSON.stringify({ scenarios: referenceScenarios() })));
  });
});

describe("POST endpoints", () => {
  it("POST /v1/estimate answers what the engine computes", async () => {
    const response = await post("/v1/estimate", ESTIMATE_EXAMPLE);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(EstimateResult.safeParse(body, OPTS).success).toBe(true);
    expect(body).toEqual(JSON.parse(JSON.stringify(estimate(ESTIMATE_EXAMPLE))));
  });

  it("POST /v1/estimate takes a custom architecture, custom hardware and a Hugging Face config", async () => {
    const custom = {
      model: { hiddenSize: 2048, numLayers: 16, numHeads: 16, intermediateSize: 8192, vocabSize: 32000 },
      hardware: { name: "my card", memoryGB: 24, bandwidthGBps: 1000, tflops: { fp16: 160 } },
      inputTokens: 512,
      outputTokens: 128,
    };
    const response = await post("/v1/estimate", custom);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { hardware: { name: string } }).hardware.name).toBe("my card");
    const hf = {
      model: { hfConfig: { hidden_size: 4096, num_hidden_layers: 32, num_attention_heads: 32, num_key_value_heads: 8, intermediate_size: 14336, vocab_size: 128256 } },
      hardware: "l40s",
      inputTokens: 100,
      outputTokens: 100,
    };
    expect((await post("/v1/estimate", hf)).status).toBe(200);
  });

  it("POST /v1/compare answers results and the best of each", async () => {
    const response = await post("/v1/compare", COMPARE_EXAMPLE);
    expect(response.status).toBe(200);
    const body = CompareResult.parse(await response.json(), OPTS);
    expect(body.results).toHaveLength(3);
    expect(body.best.cheapest).not.toBeNull();
  });

  it("POST /v1/sweep answers the grid in a stable order", async () => {
    const response = await post("/v1/sweep", SWEEP_EXAMPLE);
    expect(response.status).toBe(200);
    const body = SweepResult.parse(await response.json(), OPTS);
    expect(body.count).toBe(12);
    expect(body.points.slice(0, 3).map((p) => p.inputs)).toEqual([
      { batchSize: 1, hardware: "h100-sxm" },
      { batchSize: 1, hardware: "a100-80gb" },
      { batchSize: 1, hardware: "l40s" },
    ]);
  });

  it("POST /v1/sweep with fields answers compact columns equal to the engine's", async () => {
    const request = { ...SWEEP_EXAMPLE, fields: ["latency.ttftMs", "compatibility.verdict"] };
    const response = await post("/v1/sweep", request);
    expect(response.status).toBe(200);
    const body = SweepColumns.parse(await response.json(), OPTS);
    expect(body).toEqual(JSON.parse(JSON.stringify(sweep(request as never))));
    expect(body.axes.map((a) => a.field)).toEqual(["batchSize", "hardware"]);
    expect(body.columns["latency.ttftMs"]).toHaveLength(12);
  });
});

describe("POST /v1/recommend", () => {
  it("answers setups that meet every SLO at the load, cheapest first, with the rejected counts", async () => {
    const response = await post("/v1/recommend", RECOMMEND_EXAMPLE);
    expect(response.status).toBe(200);
    const body = RecommendResult.parse(await response.json(), OPTS);
    expect(body).toEqual(JSON.parse(JSON.stringify(recommend(RECOMMEND_EXAMPLE))));
    expect(body.options.length).toBeGreaterThan(0);
    const monthly = body.options.map((o) => o.monthlyUSD);
    expect(monthly).toEqual([...monthly].sort((a, b) => a - b));
    for (const o of body.options) {
      expect(RECOMMEND_EXAMPLE.constraints.models).toContain(o.request.model);
      expect(sloMiss(RECOMMEND_EXAMPLE.slo, o.result.latency)).toBeNull();
      expect(o.replicas).toBeGreaterThanOrEqual(1);
    }
    const rejected = Object.values(body.rejected).reduce((a, b) => a + b, 0);
    expect(body.feasible + rejected).toBe(body.candidates);
  });

  it("a bad field is 400 invalid_input naming it; an unknown id is 400 with its code and place", async () => {
    const missing = await expectError(await post("/v1/recommend", { workload: { inputTokens: 1000, outputTokens: 100 }, slo: {} }), 400, "invalid_input", "workload.requestsPerSecond");
    expect(missing.message).toBe("workload.requestsPerSecond: required");
    const low = await expectError(await post("/v1/recommend", { ...RECOMMEND_EXAMPLE, slo: { ttftMs: 0 } }), 400, "invalid_input", "slo.ttftMs");
    expect(low.message).toBe("slo.ttftMs: must be at least 0.001, got 0");
    await expectError(await post("/v1/recommend", { ...RECOMMEND_EXAMPLE, constraints: { deployment: "moon" } }), 400, "invalid_input", "constraints.deployment");
    await expectError(await post("/v1/recommend", { ...RECOMMEND_EXAMPLE, constraints: { models: ["llama-3.1-8b", "nope"] } }), 400, "unknown_model", "constraints.models[1]");
    await expectError(await post("/v1/recommend", { ...RECOMMEND_EXAMPLE, constraints: { hardware: ["h900"] } }), 400, "unknown_hardware", "constraints.hardware[0]");
  });

  it("takes a quality floor: options at least as good as a named model, each with its score", async () => {
    const ask = {
      ...RECOMMEND_EXAMPLE,
      constraints: { ...RECOMMEND_EXAMPLE.constraints, models: ["llama-3.1-8b", "llama-3.1-70b", "gpt-4.1-mini", "claude-sonnet-4.5"], atLeastAsGoodAs: "llama-3.1-70b" },
    };
    const response = await post("/v1/recommend", ask);
    expect(response.status).toBe(200);
    const body = RecommendResult.parse(await response.json(), OPTS);
    expect(body).toEqual(JSON.parse(JSON.stringify(recommend(ask))));
    expect(body.qualityFloor).toBe(qualityOf("llama-3.1-70b"));
    expect(body.options.length).toBeGreaterThan(0);
    for (const o of body.options) expect(o.quality!).toBeGreaterThanOrEqual(body.qualityFloor!);
    expect(body.options.some((o) => o.request.model === "llama-3.1-8b")).toBe(false);
    expect(body.rejected.quality).toBeGreaterThan(0);
    const floor = RecommendResult.parse(await (await post("/v1/recommend", { ...ask, constraints: { ...ask.constraints, atLeastAsGoodAs: undefined, minQuality: 1400 } })).json(), OPTS);
    expect(floor.options.every((o) => o.request.model === "claude-sonnet-4.5")).toBe(true);
  });

  it("a quality floor that cannot be set is 400 naming the field", async () => {
    const ask = (c: object) => post("/v1/recommend", { ...RECOMMEND_EXAMPLE, constraints: { ...RECOMMEND_EXAMPLE.constraints, ...c } });
    await expectError(await ask({ atLeastAsGoodAs: "gpt-9" }), 400, "unknown_model", "constraints.atLeastAsGoodAs");
    const unscored = await expectError(await ask({ atLeastAsGoodAs: "qwen2.5-7b" }), 400, "invalid_input", "constraints.atLeastAsGoodAs");
    expect(unscored.message).toContain("no quality score");
    await expectError(await ask({ minQuality: "high" }), 400, "invalid_input", "constraints.minQuality");
  });
});

describe("POST /v1/breakeven", () => {
  it("answers the rent and own costs and each API's break-even volume, as the engine computes them", async () => {
    const response = await post("/v1/breakeven", BREAKEVEN_EXAMPLE);
    expect(response.status).toBe(200);
    const body = BreakEvenResult.parse(await response.json(), OPTS);
    expect(body).toEqual(JSON.parse(JSON.stringify(breakEven(BREAKEVEN_EXAMPLE))));
    expect(body.api.map((a) => a.id)).toEqual(BREAKEVEN_EXAMPLE.apiModels);
    const rent = body.selfHosted.rent!;
    // The volume where the API bill equals one rented replica's month.
    const gpt35 = body.api[0]!;
    expect(gpt35.rentBreakEvenOutputTokensPerMonth! * (gpt35.usdPerMillionOutputTokens / 1e6)).toBeCloseTo(rent.monthlyUSDPerReplica, 6);
    // Owning costs less a month than renting, so it breaks even sooner.
    expect(gpt35.ownBreakEvenOutputTokensPerMonth!).toBeLessThan(gpt35.rentBreakEvenOutputTokensPerMonth!);
  });

  it("a bad field is 400 invalid_input naming it; an unknown id is 400 with its code and place", async () => {
    const { selfHosted } = BREAKEVEN_EXAMPLE;
    const zero = await expectError(await post("/v1/breakeven", { ...BREAKEVEN_EXAMPLE, selfHosted: { ...selfHosted, deviceCount: 0 } }), 400, "invalid_input", "selfHosted.deviceCount");
    expect(zero.message).toBe("selfHosted.deviceCount: must be at least 1, got 0");
    await expectError(await post("/v1/breakeven", { ...BREAKEVEN_EXAMPLE, workload: { inputTokens: 100 } }), 400, "invalid_input", "workload.outputTokens");
    await expectError(await post("/v1/breakeven", { ...BREAKEVEN_EXAMPLE, selfHosted: { ...selfHosted, model: "gpt-4" } }), 400, "invalid_input", "selfHosted.model");
    await expectError(await post("/v1/breakeven", { ...BREAKEVEN_EXAMPLE, selfHosted: { ...selfHosted, model: "llama-9" } }), 400, "unknown_model", "selfHosted.model");
    await expectError(await post("/v1/breakeven", { ...BREAKEVEN_EXAMPLE, selfHosted: { ...selfHosted, hardware: "h900" } }), 400, "unknown_hardware", "selfHosted.hardware");
    await expectError(await post("/v1/breakeven", { ...BREAKEVEN_EXAMPLE, apiModels: ["gpt-4", "llama-3.1-8b"] }), 400, "invalid_input", "apiModels[1]");
  });
});

describe("GET /openapi.json", () => {
  it("is OpenAPI 3.1 with every endpoint of the contract and schemas generated from zod", async () => {
    const response = await call("/openapi.json");
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { example?: unknown; schema: { $ref: string } }> } }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([...CONTRACT_PATHS].sort());
    for (const name of ["EstimateRequest", "EstimateResult", "CompareRequest", "CompareResult", "SweepRequest", "SweepResult", "RecommendRequest", "RecommendResult", "BreakEvenRequest", "BreakEvenResult", "ScenarioList", "ErrorBody"]) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    // Generated, not copied: the request schema lists exactly the engine schema's fields.
    expect(Object.keys(doc.components.schemas.EstimateRequest!.properties!)).toContain("hybrid");
    expect(Object.keys(doc.components.schemas.RecommendRequest!.properties!)).toEqual(["workload", "slo", "constraints", "limit", "strict"]);
    // The quality floor and each option's score are documented.
    const recommendSchemas = JSON.stringify([doc.components.schemas.RecommendRequest, doc.components.schemas.RecommendResult]);
    for (const field of ["minQuality", "atLeastAsGoodAs", "qualityFloor", '"quality"']) expect(recommendSchemas, field).toContain(field);
    expect(recommendSchemas).toContain("LMArena");
    expect(JSON.stringify(doc)).not.toContain('"$schema"');
    // Every $ref points at a component that exists.
    for (const [, target] of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+\/[\w-]+)"/g)) {
      const [kind, name] = target!.split("/");
      expect((doc.components as Record<string, Record<string, unknown>>)[kind!]?.[name!], target).toBeDefined();
    }
  });

  it("has example bodies the API accepts", async () => {
    const doc = (await (await call("/openapi.json")).json()) as { paths: Record<string, { post?: { requestBody: { content: { "application/json": { example: unknown } } } } }> };
    for (const path of ["/v1/estimate", "/v1/compare", "/v1/sweep", "/v1/recommend", "/v1/breakeven"]) {
      const example = doc.paths[path]!.post!.requestBody.content["application/json"].example;
      expect((await post(path, example)).status, path).toBe(200);
    }
  });
});

describe("GET /docs", () => {
  it("is one self-contained HTML page: no external scripts, styles or fonts", async () => {
    const response = await call("/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain("/openapi.json");
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+rel="?stylesheet/i);
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe("static assets", () => {
  /** The chunks the entry imports, by the relative URLs it names them with. */
  const chunksOf = (code: string) => [...code.matchAll(/"\.\/(chunks\/[\w-]+\.js)"/g)].map((m) => `/${m[1]}`);

  for (const path of SCRIPTS) {
    it(`GET ${path} serves the widget's entry as JavaScript, open to any origin, revalidated by ETag`, async () => {
      const response = await call(path, { headers: { origin: "https://blog.example.org" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
      expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
      const etag = response.headers.get("etag");
      expect(etag).toBeTruthy();
      expect((await response.text()).length).toBeGreaterThan(1000);
      const again = await call(path, { headers: { "if-none-match": etag! } });
      expect(again.status).toBe(304);
    });
  }

  it("GET /chunks/* serves every chunk the entry imports, statically or on demand, with the script headers, cached for good", async () => {
    const chunks = chunksOf(await (await call("/llm-inference-calc.js")).text());
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    const seen = new Set<string>();
    while (chunks.length) {
      const path = chunks.pop()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const response = await call(path, { headers: { origin: "https://blog.example.org" } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      // A chunk names the chunks it imports relative to itself: "./x.js" is /chunks/x.js.
      const code = await response.text();
      chunks.push(...[...code.matchAll(/"\.\/([\w-]+\.js)"/g)].map((m) => `/chunks/${m[1]}`));
    }
    // The planning views are among them.
    expect([...seen].some((p) => /^\/chunks\/llm-inference-calc-planning-\w+\.js$/.test(p))).toBe(true);
    const missing = await call("/chunks/nope-AAAAAAAA.js");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });

  it("GET / is the demo page embedding the bundle with one script tag", async () => {
    const response = await call("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await response.text();
    const script = html.match(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/);
    expect(script?.[0]).toContain('type="module"');
    expect(new URL(script![1]!, "https://x/").pathname).toBe("/llm-inference-calc.js");
    expect(html).toContain("<llm-inference-calc");
  });
});
