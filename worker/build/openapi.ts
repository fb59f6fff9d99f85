// The OpenAPI 3.1 document, generated from the zod schemas with z.toJSONSchema at build time (worker/build/documents.ts),
// so the JSON Schema generator never ships in the worker; only paths and prose are written here.
import * as z from "zod/mini";
import {
  Architecture,
  BreakEvenRequest,
  BreakEvenResult,
  CompareRequest,
  CompareResult,
  ENGINE_VERSION,
  EstimateRequest,
  EstimateResult,
  HardwareSpec,
  RecommendRequest,
  RecommendResult,
  SweepRequest,
  SweepResult,
} from "../../shared/index.js";
import { MAX_BODY_BYTES } from "../body.js";
import { BREAKEVEN_EXAMPLE, COMPARE_EXAMPLE, ESTIMATE_EXAMPLE, RECOMMEND_EXAMPLE, SWEEP_EXAMPLE } from "../examples.js";
import { CatalogHardware, CatalogModel, ErrorBody, HardwareList, Health, ModelList, ScenarioList } from "../schemas.js";

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const uri = (id: string) => `#/components/schemas/${id}`;

/** Request shapes as a client writes them (defaults optional); result shapes as the API returns them. */
function componentSchemas(): Record<string, Json> {
  const inputs = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries({ EstimateRequest, CompareRequest, SweepRequest, RecommendRequest, BreakEvenRequest, Architecture, HardwareSpec })) {
    inputs.add(schema, { id });
  }
  const outputs = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries({ EstimateResult, CompareResult, SweepResult, RecommendResult, BreakEvenResult, ScenarioList, ModelList, CatalogModel, HardwareList, CatalogHardware, Health, ErrorBody })) {
    outputs.add(schema, { id });
  }
  const all = {
    ...z.toJSONSchema(inputs, { io: "input", uri, unrepresentable: "any" }).schemas,
    ...z.toJSONSchema(outputs, { io: "output", uri, unrepresentable: "any" }).schemas,
  };
  // Components are not standalone documents: drop the per-schema $schema and $id.
  return Object.fromEntries(Object.entries(all).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema as Json]));
}

const json = (schema: Json, extra: Json = {}) => ({ content: { "application/json": { schema, ...extra } } });
const error = (description: string) => ({ description, ...json(ref("ErrorBody")) });

const BODY_ERRORS = {
  "400": { $ref: "#/components/responses/BadRequest" },
  "413": { $ref: "#/components/responses/PayloadTooLarge" },
  "415": { $ref: "#/components/responses/UnsupportedMediaType" },
};

const cacheableGet = (summary: string, description: string, schema: string, extra: Json = {}) => ({
  get: {
    summary,
    description: `${description} Cacheable: answers with Cache-Control and an ETag; a request with a matching If-None-Match gets 304.`,
    ...extra,
    responses: {
      "200": { description: "OK", headers: { ETag: { $ref: "#/components/headers/ETag" } }, ...json(ref(schema)) },
      "304": { description: "Not modified (If-None-Match matched the ETag)" },
      ...("parameters" in extra ? { "404": error("No such id in the catalog (code unknown_model or unknown_hardware, path \"id\")") } : {}),
    },
  },
});

const post = (summary: string, description: string, request: string, result: string, example: unknown, extra: Json = {}) => ({
  post: {
    summary,
    description,
    requestBody: { required: true, ...json(ref(request), { example }) },
    responses: { "200": { description: "OK", ...json(ref(result)), ...extra }, ...BODY_ERRORS },
  },
});

const idParameter = (what: string) => ({
  parameters: [{ name: "id", in: "path", required: true, description: `catalog ${what} id`, schema: { type: "string" } }],
});

const X_CACHE = { headers: { "X-Cache": { $ref: "#/components/headers/X-Cache" } } };

export function openApiDocument({ maxSweepPoints }: { maxSweepPoints: number }): Json {
  const sweep = post(
    "Sweep a grid of requests",
    `The cartesian product of the varied fields over a base request, last field turning fastest. A grid of more than ${maxSweepPoints.toLocaleString("en-US")} points is refused with 413 sweep_too_large before any work. Results are cached at the edge, keyed by a SHA-256 of the normalised request.`,
    "SweepRequest",
    "SweepResult",
    SWEEP_EXAMPLE,
    X_CACHE,
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "LLM inference calculator API",
      version: ENGINE_VERSION,
      description:
        "Memory, latency, throughput and cost of serving a large language model, from architecture physics calibrated on published measurements. " +
        `Every error is \`{ "error": { "code", "message", "path" } }\` with a 4xx status; a 5xx is a bug and carries a requestId. Bodies are JSON, at most ${MAX_BODY_BYTES.toLocaleString("en-US")} bytes. CORS is open to any origin.`,
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    paths: {
      "/health": { get: { summary: "Liveness and engine version", responses: { "200": { description: "OK", ...json(ref("Health")) } } } },
      "/v1/models": cacheableGet("List the model catalog", "Open models with their architecture and parameter counts, and API-only models with prices; every figure with its source.", "ModelList"),
      "/v1/models/{id}": cacheableGet("One catalog model", "One entry of the model catalog.", "CatalogModel", idParameter("model")),
      "/v1/hardware": cacheableGet("List the hardware catalog", "Devices with capacity, bandwidth, dense peak TFLOPS per number format, power, links and prices; every figure with its source.", "HardwareList"),
      "/v1/hardware/{id}": cacheableGet("One catalog device", "One entry of the hardware catalog.", "CatalogHardware", idParameter("hardware")),
      "/v1/scenarios": cacheableGet(
        "The reference scenarios, evaluated",
        "Chatbot, content generation and research assistant: each with its requirements, the options compared (costed at the scenario's volume) and the recommendation with its reasons.",
        "ScenarioList",
      ),
      "/v1/estimate": post("Estimate one deployment", "Memory, compatibility, latency, throughput and cost for one request.", "EstimateRequest", "EstimateResult", ESTIMATE_EXAMPLE),
      "/v1/compare": post(
        "Compare 2 to 50 deployments",
        "Each request estimated, and the index of the cheapest, fastest and highest-throughput compatible one. Results are cached at the edge, keyed by a SHA-256 of the normalised request.",
        "CompareRequest",
        "CompareResult",
        COMPARE_EXAMPLE,
        X_CACHE,
      ),
      "/v1/sweep": sweep,
      "/v1/recommend": post(
        "Recommend setups that meet latency targets at a load",
        "Searches models x hardware x device count x precision (within the constraints) and, for each, the largest batch that meets every SLO; returns only setups that meet the SLOs and the request rate, with the replicas needed, cheapest first, and counts why the rest were turned down (the first requirement each failed). API-only models are options too, at their token prices and published latency. A quality floor (constraints.minQuality, or atLeastAsGoodAs a catalog model) leaves out models that score lower on the catalog's quality leaderboard, or have no score; each option carries its model's score. Results are cached at the edge, keyed by a SHA-256 of the normalised request.",
        "RecommendRequest",
        "RecommendResult",
        RECOMMEND_EXAMPLE,
        X_CACHE,
      ),
      "/v1/breakeven": post(
        "Break-even volumes: self-hosting vs each API",
        "For a workload and one self-hosted setup, the cost of an always-on replica (rented and owned) and the monthly output-token volume above which it costs less than each API model; null means never (the replica costs more per token even when fully used).",
        "BreakEvenRequest",
        "BreakEvenResult",
        BREAKEVEN_EXAMPLE,
      ),
      "/openapi.json": { get: { summary: "This document", responses: { "200": { description: "OpenAPI 3.1", content: { "application/json": {} } } } } },
      "/docs": { get: { summary: "A page to read and try the API (works offline)", responses: { "200": { description: "HTML", content: { "text/html": {} } } } } },
      "/llm-inference-calc.js": {
        get: {
          summary: "The <llm-inference-calc> web component (the entry ES module)",
          description: "Load it from any site with `<script type=\"module\" src=\".../llm-inference-calc.js\"></script>`; it imports its chunks (/chunks/...) from beside itself. Revalidated by ETag on every use.",
          responses: { "200": { description: "JavaScript", content: { "text/javascript": {} } } },
        },
      },
      "/chunks/{file}": {
        get: {
          summary: "A module of the widget (code splitting)",
          description: "Imported by the widget's entry: those the first result needs at once, the panels after the results and the planning views on demand. The name carries a hash of the content, so it is cached for good.",
          parameters: [{ name: "file", in: "path", required: true, schema: { type: "string", pattern: "^[\\w-]+\\.js$" }, example: "panels-IXP3JXIT.js" }],
          responses: { "200": { description: "JavaScript", content: { "text/javascript": {} } }, "404": { description: "No such chunk in this deployment" } },
        },
      },
      "/": { get: { summary: "Demo page embedding the widget", responses: { "200": { description: "HTML", content: { "text/html": {} } } } } },
    },
    components: {
      schemas: componentSchemas(),
      responses: {
        BadRequest: error("Invalid input: malformed JSON (invalid_json), a wrong or missing field (invalid_input, path names it), an unknown catalog id in the body (unknown_model, unknown_hardware) or an unreadable Hugging Face config (invalid_hf_config)"),
        PayloadTooLarge: error(`The body is over ${MAX_BODY_BYTES.toLocaleString("en-US")} bytes (payload_too_large), or a sweep grid is over ${maxSweepPoints.toLocaleString("en-US")} points (sweep_too_large)`),
        UnsupportedMediaType: error("The body is not sent as application/json (unsupported_media_type)"),
      },
      headers: {
        ETag: { description: "Entity tag of the body; send it back in If-None-Match", schema: { type: "string" } },
        "X-Cache": { description: "HIT when the result came from the edge cache, MISS when it was computed", schema: { type: "string", enum: ["HIT", "MISS"] } },
      },
    },
  };
}
