// Every endpoint of CONTRACT.md answers through the real worker runtime, with results the engine's schemas accept.
import { describe, expect, it } from "vitest";
import {
  CompareResult,
  ENGINE_VERSION,
  estimate,
  findHardware,
  EstimateResult,
  HARDWARE,
  MODELS,
  SweepResult,
} from "../../shared/index.js";
import { COMPARE_EXAMPLE, ESTIMATE_EXAMPLE, RECOMMEND_EXAMPLE, SWEEP_EXAMPLE } from "../../worker/examples.js";
import { CatalogHardware, CatalogModel, HardwareList, ModelList } from "../../worker/schemas.js";
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
  "/openapi.json",
  "/docs",
  "/health",
  "/llm-inference-calc.js",
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

  it("GET /v1/scenarios answers 501 not_implemented until the reference scenarios land", async () => {
    await expectError(await call("/v1/scenarios"), 501, "not_implemented", "");
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

  it("POST /v1/sweep computes a grid of 10,000 points, the API's limit", async () => {
    const response = await post("/v1/sweep", {
      base: { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 100, outputTokens: 100 },
      vary: { batchSize: Array.from({ length: 100 }, (_, i) => i + 1), outputTokens: Array.from({ length: 100 }, (_, i) => 10 * (i + 1)) },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { count: number; points: unknown[] };
    expect(body.count).toBe(10_000);
    expect(body.points).toHaveLength(10_000);
  });

  it("POST /v1/recommend validates the request, then answers 501 not_implemented", async () => {
    await expectError(await post("/v1/recommend", RECOMMEND_EXAMPLE), 501, "not_implemented", "");
    await expectError(await post("/v1/recommend", { workload: { inputTokens: 1000, outputTokens: 100 }, slo: {} }), 400, "invalid_input", "workload.requestsPerSecond");
    await expectError(
      await post("/v1/recommend", { ...RECOMMEND_EXAMPLE, constraints: { models: ["llama-3.1-8b", "nope"] } }),
      400,
      "unknown_model",
      "constraints.models[1]",
    );
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
    for (const name of ["EstimateRequest", "EstimateResult", "CompareRequest", "CompareResult", "SweepRequest", "SweepResult", "RecommendRequest", "ErrorBody"]) {
      expect(doc.components.schemas[name], name).toBeDefined();
    }
    // Generated, not copied: the request schema lists exactly the engine schema's fields.
    expect(Object.keys(doc.components.schemas.EstimateRequest!.properties!)).toContain("hybrid");
    expect(JSON.stringify(doc)).not.toContain('"$schema"');
    // Every $ref points at a component that exists.
    for (const [, target] of JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+\/[\w-]+)"/g)) {
      const [kind, name] = target!.split("/");
      expect((doc.components as Record<string, Record<string, unknown>>)[kind!]?.[name!], target).toBeDefined();
    }
  });

  it("has example bodies the API accepts", async () => {
    const doc = (await (await call("/openapi.json")).json()) as { paths: Record<string, { post?: { requestBody: { content: { "application/json": { example: unknown } } } } }> };
    for (const path of ["/v1/estimate", "/v1/compare", "/v1/sweep"]) {
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
  it("GET /llm-inference-calc.js serves the built bundle as JavaScript, open to any origin, cacheable", async () => {
    const response = await call("/llm-inference-calc.js", { headers: { origin: "https://blog.example.org" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
    expect(response.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const etag = response.headers.get("etag");
    expect(etag).toBeTruthy();
    expect((await response.text()).length).toBeGreaterThan(0);
    const again = await call("/llm-inference-calc.js", { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
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
