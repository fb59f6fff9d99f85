// The public result shapes: estimate, compare and sweep results (see CONTRACT.md).
import * as z from "zod/mini";
import { Architecture } from "./architecture.js";
import { Deployment, Precision, WeightFormat } from "./common.js";
import { HardwareSpec } from "./hardware.js";
import { Runtime } from "./request.js";

const num = z.number();
const maybe = z.nullable(z.number());

export const Bound = z.enum(["compute", "memory", "communication", "published"]);
export type Bound = z.output<typeof Bound>;

export const ResolvedAssumptions = z.object({
  runtime: Runtime,
  computeEfficiency: num,
  computeHalfSaturationTokens: num,
  weightOnlyHalfSaturationTokens: num,
  activationTrafficPerLayer: num,
  kvCachePassesPerStep: num,
  bandwidthEfficiency: num,
  stepOverheadMs: num,
  allReduceLatencyUs: num,
  interconnectEfficiency: num,
  runtimeOverheadGB: num,
  usableMemoryFraction: num,
  maxBatchSize: num,
  prefillChunkTokens: num,
  networkRoundTripMs: num,
  electricityUSDPerKWh: num,
  pue: num,
  lifetimeYears: num,
  dutyCycle: num,
  targetUtilization: num,
});
export type ResolvedAssumptions = z.output<typeof ResolvedAssumptions>;

/** A model read from the Hugging Face Hub: where, and what the Hub publishes about its checkpoint (null where it publishes nothing). */
export const HubModelInfo = z.object({
  id: z.string(),
  revision: z.string(),
  sha: z.nullable(z.string().check(z.describe("the commit config.json was read at"))),
  publishedTotalParams: z.nullable(z.int().check(z.describe("the Hub's safetensors total: every tensor of the checkpoint, vision encoders and multi-token-prediction layers included"))),
  publishedParamsByDtype: z.nullable(z.record(z.string(), z.int())),
  checkpointDtype: z.nullable(z.string().check(z.describe("the dtype holding most of the checkpoint's parameters, as the Hub names it (BF16, F8_E4M3, ...)"))),
  differenceFromPublished: z.nullable(
    z.number().check(z.describe("(totalParams - publishedTotalParams) / publishedTotalParams: how far the count from config.json is from the checkpoint's; a warning says so past 2%")),
  ),
});
export type HubModelInfo = z.output<typeof HubModelInfo>;

export const ModelInfo = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(["open", "api", "custom"]),
  totalParams: z.int(),
  activeParams: z.int(),
  architecture: z.nullable(Architecture),
  provider: z.optional(z.string()),
  hub: z.optional(HubModelInfo),
});

export const HardwareInfo = z.object({
  id: z.string(),
  name: z.string(),
  spec: z.nullable(HardwareSpec),
});

export const Memory = z.object({
  weightsGB: num,
  weightsPerDeviceGB: num,
  kvCacheGB: num,
  kvCachePerDeviceGB: num,
  activationsGB: num,
  overheadGB: num,
  totalGB: num,
  perDeviceGB: num,
  capacityPerDeviceGB: num,
  utilization: num,
  kvCacheBytesPerToken: num,
});

export const Fix = z.object({
  /** The (first) field the fix changes, and its new value. */
  field: z.enum(["precision", "deviceCount", "batchSize", "inputTokens", "deployment", "hardware"]),
  value: z.union([z.string(), z.number()]),
  label: z.string(),
  /** Every change the fix makes (two for a combined fix, e.g. a format and a device count). */
  changes: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Fix = z.output<typeof Fix>;

export const Compatibility = z.object({
  verdict: z.enum(["compatible", "marginal", "incompatible"]),
  reasons: z.array(z.string()),
  suggestions: z.array(z.string()),
  /** The suggestions as request changes a tool can apply in one step. */
  fixes: z.array(Fix),
});
export type Compatibility = z.output<typeof Compatibility>;

export const Latency = z.object({
  ttftMs: maybe,
  tpotMs: maybe,
  prefillMs: maybe,
  decodeMs: maybe,
  e2eMs: maybe,
  networkMs: num,
  prefillBound: Bound,
  decodeBound: Bound,
});

export const Throughput = z.object({
  batchSize: z.int(),
  maxBatchSize: z.nullable(z.int()),
  outputTokensPerSec: maybe,
  perRequestTokensPerSec: maybe,
  requestsPerSec: maybe,
});

export const Cost = z.object({
  basis: z.enum(["api", "rental", "owned"]),
  perRequestUSD: maybe,
  perMillionOutputTokensUSD: maybe,
  perHourUSD: maybe,
  /** Named parts of the per-request cost, USD. */
  breakdown: z.record(z.string(), num),
});

export const Band = z.object({ low: num, high: num });

/** How far off the headline figures may be, from the calibration residuals of the nearest class of points. */
export const ErrorBand = z.object({
  ttftMs: z.nullable(Band),
  tpotMs: z.nullable(Band),
  outputTokensPerSec: z.nullable(Band),
  /** Typical (median) relative error of this class of estimate on the calibration set. */
  typicalError: num,
  basis: z.string(),
});
export type ErrorBand = z.output<typeof ErrorBand>;

export const ResolvedInputs = z.object({
  deviceCount: z.int(),
  precision: z.object({ weights: WeightFormat, kvCache: Precision, activations: Precision }),
  inputTokens: z.int(),
  outputTokens: z.int(),
  batchSize: z.union([z.int(), z.literal("max")]),
  deployment: Deployment,
});

/** Serving a request rate (the request's load): replicas and time to first token with queueing. */
export const LoadResult = z.object({
  requestsPerSecond: num,
  replicas: z.int(),
  perReplicaRequestsPerSec: num,
  capacityRequestsPerSec: num,
  utilization: num,
  concurrency: maybe,
  ttftP50Ms: maybe,
  ttftP95Ms: maybe,
  tpotMs: maybe,
  overloaded: z.boolean(),
});
export type LoadResult = z.output<typeof LoadResult>;

const resultFields = {
  engineVersion: z.string(),
  model: ModelInfo,
  hardware: HardwareInfo,
  inputs: ResolvedInputs,
  memory: Memory,
  compatibility: Compatibility,
  latency: Latency,
  throughput: Throughput,
  cost: Cost,
  /** null where no calibration class applies (API models report published figures). */
  errorBand: z.nullable(ErrorBand),
  assumptions: ResolvedAssumptions,
  /** With a load in the request: serving it (null where it cannot be served, e.g. nothing fits or an API model). */
  load: z.optional(z.nullable(LoadResult)),
  warnings: z.array(z.string()),
};

export const PathResult = z.object({
  label: z.string(),
  share: num,
  result: z.object(resultFields),
});

export const EstimateResult = z.object({
  ...resultFields,
  paths: z.optional(z.array(PathResult)),
});
export type EstimateResult = z.output<typeof EstimateResult>;
export type SingleResult = Omit<EstimateResult, "paths">;

/** Fields of a request that were not understood, and so ignored (only when there are some). */
const Ignored = z.optional(z.array(z.string()).check(z.describe("fields of the request that were not understood, and so ignored")));

export const CompareResult = z.object({
  results: z.array(EstimateResult),
  warnings: Ignored,
  best: z.object({
    cheapest: z.nullable(z.int()),
    fastest: z.nullable(z.int()),
    highestThroughput: z.nullable(z.int()),
  }),
});
export type CompareResult = z.output<typeof CompareResult>;

export const SweepResult = z.object({
  count: z.int(),
  warnings: Ignored,
  points: z.array(z.object({ inputs: z.record(z.string(), z.unknown()), result: EstimateResult })),
});
export type SweepResult = z.output<typeof SweepResult>;

/** The compact form (a sweep with "fields"): the grid's axes in order, then one column per field, point by point. */
export const SweepColumns = z.object({
  count: z.int(),
  warnings: Ignored,
  axes: z.array(z.object({ field: z.string(), values: z.array(z.unknown()) })),
  columns: z.record(z.string(), z.array(z.union([z.number(), z.string(), z.null()]))),
});
export type SweepColumns = z.output<typeof SweepColumns>;
