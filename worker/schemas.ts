// Schemas the API needs beyond the engine's: recommend (until the engine's lands), catalog listings, errors, health.
// Built from the engine's schemas wherever one exists, so no shape is written twice.
import * as z from "zod/mini";
import {
  Architecture,
  bounded,
  boundedInt,
  Deployment,
  ERROR_CODES,
  EstimateRequest,
  EstimateResult,
  HardwareRef,
  HardwareSpec,
  ModelRef,
  Precision,
  Source,
} from "../shared/index.js";

// ---------------------------------------------------------------- recommend (CONTRACT.md "Beyond one estimate")
// TEMPORARY: defined here until the engine exports recommend() and its schemas; then import those instead.

const ms = (description: string) => z.optional(bounded(0.001, 100_000_000, description));

export const RecommendRequest = z.object({
  workload: z.object({
    inputTokens: boundedInt(1, 10_000_000, "prompt length"),
    outputTokens: boundedInt(1, 10_000_000, "generated length"),
    requestsPerSecond: bounded(0.000001, 1_000_000, "sustained request rate to serve"),
  }),
  slo: z.object({
    ttftMs: ms("longest acceptable time to first token"),
    tpotMs: ms("longest acceptable time per output token"),
    e2eMs: ms("longest acceptable end-to-end latency"),
  }),
  constraints: z.optional(
    z.object({
      models: z.optional(z.array(ModelRef).check(z.minLength(1), z.maxLength(100), z.describe("models to consider (default: the catalog)"))),
      hardware: z.optional(z.array(HardwareRef).check(z.minLength(1), z.maxLength(100), z.describe("hardware to consider (default: the catalog)"))),
      precisions: z.optional(z.array(Precision).check(z.minLength(1), z.describe("number formats to consider"))),
      maxDevices: z.optional(boundedInt(1, 1024, "most devices per replica")),
      deployment: z.optional(Deployment),
      budgetUSDPerMonth: z.optional(bounded(0, 1_000_000_000_000, "most the whole deployment may cost per month, USD")),
    }),
  ),
});
export type RecommendRequest = z.output<typeof RecommendRequest>;

export const RecommendResult = z.object({
  options: z.array(
    z.object({
      request: EstimateRequest,
      result: EstimateResult,
      replicas: z.int(),
      monthlyUSD: z.number(),
      usdPerMillionOutputTokens: z.number(),
    }),
  ),
  /** How many candidates were dropped, by reason. */
  rejected: z.record(z.string(), z.int()),
});

// ---------------------------------------------------------------- catalogs

const catalogFields = { id: z.string(), name: z.string(), sources: z.array(Source) };

export const CatalogOpenModel = z.object({
  ...catalogFields,
  kind: z.literal("open"),
  family: z.string(),
  hfId: z.string().check(z.describe("Hugging Face repository the architecture was read from")),
  architecture: Architecture,
  releasedPrecision: Precision,
  statedParams: z.optional(z.string()),
  totalParams: z.int().check(z.describe("counted from the architecture")),
  activeParams: z.int().check(z.describe("used per token (differs from totalParams for mixture-of-experts)")),
});

export const CatalogApiModel = z.object({
  ...catalogFields,
  kind: z.literal("api"),
  provider: z.string(),
  inputUSDPerMTok: z.number(),
  outputUSDPerMTok: z.number(),
  contextWindowTokens: z.int(),
  maxOutputTokens: z.optional(z.int()),
  speed: z.optional(z.object({ outputTokensPerSec: z.number(), ttftMs: z.optional(z.number()) })),
  priceDate: z.string(),
});

export const CatalogModel = z.union([CatalogOpenModel, CatalogApiModel]);
export const ModelList = z.object({ models: z.array(CatalogModel) });

export const CatalogHardware = z.object({
  ...HardwareSpec.shape,
  ...catalogFields,
  kind: z.string().check(z.describe("datacenter-gpu, workstation-gpu, cpu, tpu, apple or edge")),
  interconnectName: z.optional(z.string()),
  maxLinkedDevices: z.optional(z.int()),
  notes: z.optional(z.string()),
});
export const HardwareList = z.object({ hardware: z.array(CatalogHardware) });

// ---------------------------------------------------------------- health and errors

export const Health = z.object({ status: z.literal("ok"), engineVersion: z.string() });

export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    path: z.string().check(z.describe('the offending field, e.g. "scenarios[1].inputTokens"; "" for the whole request')),
    requestId: z.optional(z.string().check(z.describe("on 5xx only: quote it when reporting the bug"))),
  }),
});
