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
  HUB_REPO_ID,
  HUB_REVISION,
  HubRepoId,
  HubRevision,
  MAX_CONFIG_BYTES,
  MAX_HUB_MODELS,
  RecommendRequest,
  RecommendResult,
  SweepColumns,
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
  for (const [id, schema] of Object.entries({ EstimateResult, CompareResult, SweepResult, SweepColumns, RecommendResult, BreakEvenResult, ScenarioList, ModelList, CatalogModel, HardwareList, CatalogHardware, Health, ErrorBody })) {
    outputs.add(schema, { id });
  }
  const all = {
    ...mapValues(z.toJSONSchema(inputs, { io: "input", uri, unrepresentable: "any", override: hubPatterns }).schemas, defaultsInProse),
    ...z.toJSONSchema(outputs, { io: "output", uri, unrepresentable: "any", override: hubPatterns }).schemas,
  };
  // Components are not standalone documents: drop the per-schema $schema and $id.
  return Object.fromEntries(Object.entries(all).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema as Json]));
}

/**
 * A Hub id and revision carry their patterns in the document. The schemas check only their length (the widget's own
 * zod/mini has no patterns); the form is checked in code (shared/hub-id.ts), with these same expressions.
 */
function hubPatterns(ctx: { zodSchema: unknown; jsonSchema: Json }): void {
  if (ctx.zodSchema === HubRepoId) ctx.jsonSchema.pattern = HUB_REPO_ID.source;
  if (ctx.zodSchema === HubRevision) ctx.jsonSchema.pattern = HUB_REVISION.source;
}

const mapValues = <T, U>(o: Record<string, T>, f: (v: T) => U): Record<string, U> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));

/**
 * A request field's default, said in its description instead of the `default` keyword. The most used TypeScript
 * client generator (openapi-typescript, defaultNonNullable on by default) makes every schema property with a
 * `default` required, so a generated client would demand the fields a request may leave out. The default stays
 * documented, and `x-default` keeps it machine readable.
 */
function defaultsInProse(schema: unknown): Json {
  if (Array.isArray(schema)) return schema.map(defaultsInProse) as unknown as Json;
  if (schema === null || typeof schema !== "object") return schema as Json;
  const { default: value, ...rest } = schema as Json;
  const out = mapValues(rest, defaultsInProse);
  if (value === undefined) return out;
  const said = `Default: ${JSON.stringify(value)}.`;
  return { ...out, description: typeof out.description === "string" ? `${out.description} ${said}` : said, "x-default": value };
}

const json = (schema: Json, extra: Json = {}) => ({ content: { "application/json": { schema, ...extra } } });
const error = (description: string) => ({ description, ...json(ref("ErrorBody")) });

/** Responses every operation may give: a wrong method, a bug, and the error body for anything else. */
const COMMON_ERRORS = {
  "405": { $ref: "#/components/responses/MethodNotAllowed" },
  "500": { $ref: "#/components/responses/InternalError" },
  default: { $ref: "#/components/responses/Error" },
};

const BODY_ERRORS = {
  "400": { $ref: "#/components/responses/BadRequest" },
  "413": { $ref: "#/components/responses/PayloadTooLarge" },
  "415": { $ref: "#/components/responses/UnsupportedMediaType" },
  ...COMMON_ERRORS,
};

type Operation = { tag: string; id: string; summary: string; description: string };

const cacheableGet = (op: Operation, schema: string, extra: Json = {}) => ({
  get: {
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    description: `${op.description} Cacheable: answers with Cache-Control and an ETag; a request with a matching If-None-Match gets 304.`,
    ...extra,
    responses: {
      "200": { description: "OK", headers: { ETag: { $ref: "#/components/headers/ETag" } }, ...json(ref(schema)) },
      "304": { description: "Not modified (If-None-Match matched the ETag)" },
      ...("parameters" in extra ? { "404": error("No such id in the catalog (code unknown_model or unknown_hardware, path \"id\")") } : {}),
      ...COMMON_ERRORS,
    },
  },
});

/** Operations whose models may be Hub ids, read from the Hub before the request runs: what can go wrong there. */
const HUB_ERRORS = {
  "422": { $ref: "#/components/responses/HubModelUnreadable" },
  "502": { $ref: "#/components/responses/HubUnavailable" },
  "504": { $ref: "#/components/responses/HubTimeout" },
};

/** Said of each operation that takes Hub models. */
const HUB_PROSE =
  ' A model may be a Hugging Face Hub id, `{ "hf": "owner/name", "revision"?: "main" }`: the API reads its config.json and the safetensors counts the Hub publishes (cached a day) before estimating, and reports them in `model.hub`.';

const post = (op: Operation, request: string, result: Json, example: unknown, extra: Json = {}, errors: Json = {}) => ({
  post: {
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    description: op.description,
    requestBody: { required: true, ...json(ref(request), { example }) },
    responses: { "200": { description: "OK", ...json(result), ...extra }, ...BODY_ERRORS, ...errors },
  },
});

const idParameter = (what: string) => ({
  parameters: [{ name: "id", in: "path", required: true, description: `catalog ${what} id`, schema: { type: "string" } }],
});

const X_CACHE = { headers: { "X-Cache": { $ref: "#/components/headers/X-Cache" } } };

/** A GET that is not part of the JSON API (a page, a script): its content type, and the common errors. */
const plainGet = (op: Operation, contentType: string, what: string) => ({
  get: {
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    description: op.description,
    responses: { "200": { description: what, content: { [contentType]: {} } }, ...COMMON_ERRORS },
  },
});

export function openApiDocument({ maxSweepPoints }: { maxSweepPoints: number }): Json {
  const sweep = post(
    {
      tag: "estimates",
      id: "sweep",
      summary: "Sweep a grid of requests",
      description: `The cartesian product of the varied fields over a base request, last field turning fastest. With \`fields\`, the compact form: the grid's axes and one column per result path (numbers rounded to \`significantDigits\`, 4 by default), instead of a full result per point. A grid of more than ${maxSweepPoints.toLocaleString("en-US")} points is refused with 413 sweep_too_large before any work, and one whose answer would take more than the deployment's CPU budget with 413 over_cpu_budget. Results are cached at the edge, keyed by a SHA-256 of the normalised request.${HUB_PROSE}`,
    },
    "SweepRequest",
    { oneOf: [ref("SweepResult"), ref("SweepColumns")] },
    SWEEP_EXAMPLE,
    X_CACHE,
    HUB_ERRORS,
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "LLM inference calculator API",
      version: ENGINE_VERSION,
      description:
        "Memory, latency, throughput and cost of serving a large language model, from architecture physics calibrated on published measurements. " +
        `Every error is \`{ "error": { "code", "message", "path" } }\` with a 4xx status; a 5xx is a bug and carries a requestId. Bodies are JSON, at most ${MAX_BODY_BYTES.toLocaleString("en-US")} bytes. Fields a request does not know are ignored with a warning naming each (or refused with 400 when the body says \`"strict": true\`). Each answer's \`Server-Timing: cpu;dur=...\` header gives its CPU cost as the API's budget counts it. CORS is open to any origin.`,
      license: { name: "MIT", identifier: "MIT" },
    },
    servers: [{ url: "/" }],
    tags: [
      { name: "catalog", description: "Models and hardware, every figure with its source" },
      { name: "estimates", description: "Estimate, compare and sweep deployments" },
      { name: "planning", description: "Recommendations under SLOs, break-even volumes, reference scenarios" },
      { name: "service", description: "Liveness, this document, the docs page, the widget" },
    ],
    paths: {
      "/health": plainGet({ tag: "service", id: "health", summary: "Liveness and engine version", description: "Answers 200 with the engine version while the worker runs." }, "application/json", "OK"),
      "/v1/models": cacheableGet({ tag: "catalog", id: "listModels", summary: "List the model catalog", description: "Open models with their architecture and parameter counts, and API-only models with prices; every figure with its source." }, "ModelList"),
      "/v1/models/{id}": cacheableGet({ tag: "catalog", id: "getModel", summary: "One catalog model", description: "One entry of the model catalog." }, "CatalogModel", idParameter("model")),
      "/v1/hardware": cacheableGet({ tag: "catalog", id: "listHardware", summary: "List the hardware catalog", description: "Devices with capacity, bandwidth, dense peak TFLOPS per number format, power, links and prices; every figure with its source." }, "HardwareList"),
      "/v1/hardware/{id}": cacheableGet({ tag: "catalog", id: "getHardware", summary: "One catalog device", description: "One entry of the hardware catalog." }, "CatalogHardware", idParameter("hardware")),
      "/v1/scenarios": cacheableGet(
        {
          tag: "planning",
          id: "listScenarios",
          summary: "The reference scenarios, evaluated",
          description: "Chatbot, content generation and research assistant: each with its requirements, the options compared (costed at the scenario's volume) and the recommendation with its reasons.",
        },
        "ScenarioList",
      ),
      "/v1/estimate": post(
        {
          tag: "estimates",
          id: "estimate",
          summary: "Estimate one deployment",
          description: `Memory, compatibility (with fixes), latency, throughput and cost for one request; with \`load\`, the replicas a request rate needs and its time to first token with queueing.${HUB_PROSE}`,
        },
        "EstimateRequest",
        ref("EstimateResult"),
        ESTIMATE_EXAMPLE,
        {},
        HUB_ERRORS,
      ),
      "/v1/compare": post(
        {
          tag: "estimates",
          id: "compare",
          summary: "Compare 2 to 50 deployments",
          description: `Each request estimated, and the index of the cheapest, fastest and highest-throughput compatible one. Results are cached at the edge, keyed by a SHA-256 of the normalised request (Hub models as read, so a changed config.json is a new key).${HUB_PROSE}`,
        },
        "CompareRequest",
        ref("CompareResult"),
        COMPARE_EXAMPLE,
        X_CACHE,
        HUB_ERRORS,
      ),
      "/v1/sweep": sweep,
      "/v1/recommend": post(
        {
          tag: "planning",
          id: "recommend",
          summary: "Recommend setups that meet latency targets at a load",
          description:
            "Searches models x hardware x device count x precision (within the constraints) and, for each, the largest batch that meets every SLO; returns only setups that meet the SLOs at the request rate (a time-to-first-token target holds for the 95th percentile with queueing), with the replicas needed, cheapest first, and counts why the rest were turned down (the first requirement each failed). API-only models are options too, at their token prices and published latency. A quality floor (constraints.minQuality, or atLeastAsGoodAs a catalog model) leaves out models that score lower on the catalog's quality leaderboard, or have no score; each option carries its model's score. Results are cached at the edge, keyed by a SHA-256 of the normalised request.",
        },
        "RecommendRequest",
        ref("RecommendResult"),
        RECOMMEND_EXAMPLE,
        X_CACHE,
      ),
      "/v1/breakeven": post(
        {
          tag: "planning",
          id: "breakEven",
          summary: "Break-even volumes: self-hosting vs each API",
          description:
            "For a workload and one self-hosted setup, the cost of an always-on replica (rented and owned) and the monthly output-token volume above which it costs less than each API model; null means never (the replica costs more per token even when fully used).",
        },
        "BreakEvenRequest",
        ref("BreakEvenResult"),
        BREAKEVEN_EXAMPLE,
      ),
      "/openapi.json": plainGet({ tag: "service", id: "openApi", summary: "This document", description: "OpenAPI 3.1, generated from the engine's zod schemas at build time." }, "application/json", "OpenAPI 3.1"),
      "/docs": plainGet({ tag: "service", id: "docs", summary: "A page to read and try the API", description: "Works offline: every operation with its example body, and a form to send it." }, "text/html", "HTML"),
      "/llm-inference-calc.js": plainGet(
        {
          tag: "service",
          id: "widgetScript",
          summary: "The <llm-inference-calc> web component (the entry ES module)",
          description: 'Load it from any site with `<script type="module" src=".../llm-inference-calc.js"></script>`; it imports its chunks (/chunks/...) from beside itself. Revalidated by ETag on every use.',
        },
        "text/javascript",
        "JavaScript",
      ),
      "/chunks/{file}": {
        get: {
          operationId: "widgetChunk",
          tags: ["service"],
          summary: "A module of the widget (code splitting)",
          description:
            "Imported by the widget's entry: those the first result needs at once, the panels after the results and the planning views on demand. The name carries a hash of the content, so it is cached for good.",
          parameters: [{ name: "file", in: "path", required: true, description: "chunk file name", schema: { type: "string", pattern: "^[\\w-]+\\.js$" }, example: "panels-IXP3JXIT.js" }],
          responses: {
            "200": { description: "JavaScript", content: { "text/javascript": {} } },
            "404": { description: "No such chunk in this deployment", ...json(ref("ErrorBody")) },
            ...COMMON_ERRORS,
          },
        },
      },
      "/": plainGet({ tag: "service", id: "demo", summary: "Demo page embedding the widget", description: "The widget on a page, with a few ways to configure it." }, "text/html", "HTML"),
    },
    components: {
      schemas: componentSchemas(),
      responses: {
        BadRequest: error("Invalid input: malformed JSON (invalid_json), a wrong or missing field (invalid_input, path names it), an unknown catalog id in the body (unknown_model, unknown_hardware) or an unreadable Hugging Face config (invalid_hf_config)"),
        PayloadTooLarge: error(
          `The body is over ${MAX_BODY_BYTES.toLocaleString("en-US")} bytes (payload_too_large), a sweep grid is over ${maxSweepPoints.toLocaleString("en-US")} points (sweep_too_large), the request names more than ${MAX_HUB_MODELS} different Hub models (hub_too_many_models), or it needs more CPU than the deployment allows per request (over_cpu_budget, naming the limit)`,
        ),
        HubModelUnreadable: error(
          `A { "hf": ... } model cannot be read from the Hugging Face Hub: gated or private (hub_gated), no such repository, revision or config.json (hub_not_found), a config.json that is not JSON or that the engine cannot use (hub_invalid_config), or one over ${MAX_CONFIG_BYTES / 1024} KB (hub_too_large). The path names the field (e.g. "scenarios[2].model.hf"); the message names the repository and says to paste its config.json as model.hfConfig instead`,
        ),
        HubUnavailable: error("The Hugging Face Hub failed while a { \"hf\": ... } model was read: an error status, too many requests, or a redirect off the Hub's host (hub_unavailable)"),
        HubTimeout: error("The Hugging Face Hub did not send a { \"hf\": ... } model's config.json in time (hub_timeout)"),
        UnsupportedMediaType: error("The body is not sent as application/json (unsupported_media_type)"),
        MethodNotAllowed: error("The path exists but not for this method (method_not_allowed); the Allow header lists the methods"),
        InternalError: error("A bug (internal_error): the body carries a requestId to quote when reporting it"),
        Error: error("Any other error, in the same shape (for example 404 not_found for a path that does not exist)"),
      },
      headers: {
        ETag: { description: "Entity tag of the body; send it back in If-None-Match", schema: { type: "string" } },
        "X-Cache": { description: "HIT when the result came from the edge cache, MISS when it was computed", schema: { type: "string", enum: ["HIT", "MISS"] } },
      },
    },
  };
}
