// Schemas the API needs beyond the engine's: catalog and scenario listings, errors, health.
// Built from the engine's schemas wherever one exists, so no shape is written twice.
import * as z from "zod/mini";
import { Architecture, ERROR_CODES, HardwareSpec, Precision, QUALITY, ScenarioResult, Source } from "../shared/index.js";

// ---------------------------------------------------------------- scenarios

export const ScenarioList = z.object({ scenarios: z.array(ScenarioResult) });

// ---------------------------------------------------------------- catalogs

const catalogFields = { id: z.string(), name: z.string(), sources: z.array(Source) };
const quality = z
  .nullable(z.number())
  .check(z.describe(`quality score: the ${QUALITY.metric}, ${QUALITY.url} as of ${QUALITY.date}; null when the leaderboard does not list the model. recommend's constraints.minQuality is on this scale`));

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
  quality,
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
  quality,
});

export const CatalogModel = z.union([CatalogOpenModel, CatalogApiModel]);
export const ModelList = z.object({ models: z.array(CatalogModel) });

export const CatalogHardware = z.object({
  ...HardwareSpec.shape,
  ...catalogFields,
  kind: z.string().check(z.describe("datacenter-gpu, workstation-gpu, cpu, tpu, accelerator (other data-center AI chips), apple or edge")),
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
