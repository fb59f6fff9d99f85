// The public request shapes: estimate, compare and sweep (see CONTRACT.md), with their defaults.
import * as z from "zod/mini";
import { Architecture } from "./architecture.js";
import { bounded, boundedInt, Deployment, Precision, WEIGHT_FORMATS, WeightFormat } from "./common.js";
import { HardwareSpec } from "./hardware.js";

export const RUNTIMES = ["optimized", "eager", "llamacpp"] as const;
export const Runtime = z.enum(RUNTIMES);
export type Runtime = z.output<typeof Runtime>;

const fraction = (description: string) => z.optional(bounded(0.001, 1, description));

/** Every assumption can be overridden; unset ones take the runtime profile's or the catalog's default. */
export const Assumptions = z.object({
  runtime: z.optional(
    Runtime.check(
      z.describe("serving engine class: optimized (TensorRT-LLM / vLLM / SGLang; the default), eager (plain PyTorch), llamacpp (single stream, GGUF; the default on Apple silicon, CPUs and edge boards)"),
    ),
  ),
  computeEfficiency: fraction("fraction of dense peak TFLOPS that large matrix products reach (MFU ceiling)"),
  computeHalfSaturationTokens: z.optional(
    bounded(0, 1_000_000, "tokens per step at which compute efficiency reaches half its ceiling"),
  ),
  weightOnlyHalfSaturationTokens: z.optional(
    bounded(0, 1_000_000, "the same for weight-only formats (AWQ, GPTQ, GGUF, int8/int4): their kernels tile for small batches, so stay bound by the bytes they stream"),
  ),
  activationTrafficPerLayer: z.optional(
    bounded(0, 1000, "non-matmul activation traffic: 16-bit vectors of width (hidden + MLP) each token reads or writes per layer"),
  ),
  kvCachePassesPerStep: z.optional(
    bounded(1, 10, "times each decode step moves the KV cache: 1 when attention reads it in place; 3 when generate() also re-copies it (read, copy, write)"),
  ),
  bandwidthEfficiency: fraction("fraction of peak memory bandwidth reached when streaming weights and KV cache (MBU)"),
  stepOverheadMs: z.optional(bounded(0, 10_000, "fixed time per forward step: launches, scheduling, sampling")),
  allReduceLatencyUs: z.optional(bounded(0, 1_000_000, "fixed latency of one tensor-parallel all-reduce")),
  interconnectEfficiency: fraction("fraction of the link bandwidth an all-reduce reaches"),
  runtimeOverheadGB: z.optional(bounded(0, 10_000, "memory per device the runtime holds besides weights, KV and activations")),
  usableMemoryFraction: z.optional(
    bounded(0.05, 1, "share of the memory left after weights, overhead and workspace that the engine reserves for the KV cache"),
  ),
  maxBatchSize: z.optional(boundedInt(1, 1_000_000, "largest batch the engine schedules (caps batchSize: \"max\")")),
  prefillChunkTokens: z.optional(boundedInt(1, 10_000_000, "tokens prefilled per step (sizes the activation workspace)")),
  networkRoundTripMs: z.optional(bounded(0, 100_000, "client to server round trip, added once to TTFT")),
  electricityUSDPerKWh: z.optional(bounded(0, 100, "electricity price for owned hardware")),
  pue: z.optional(bounded(1, 5, "power usage effectiveness: facility power / device power")),
  lifetimeYears: z.optional(bounded(0.1, 50, "years over which owned hardware is depreciated")),
  dutyCycle: fraction("share of hours owned hardware does useful work (spreads depreciation)"),
  targetUtilization: fraction("with a load: the share of a replica's capacity planned to be used when choosing how many replicas"),
});
export type Assumptions = z.output<typeof Assumptions>;

export const PrecisionSpec = z.object({
  weights: WeightFormat,
  kvCache: z.optional(Precision),
  activations: z.optional(Precision),
});
export type PrecisionSpec = z.output<typeof PrecisionSpec>;

const PRECISION_HINT = `must be one of ${WEIGHT_FORMATS.join(", ")} or { "weights": F, "kvCache"?: P, "activations"?: P }`;
export const PrecisionInput = z.union([WeightFormat, PrecisionSpec], { error: PRECISION_HINT });

/**
 * A Hugging Face Hub repository id, owner/name. The schema bounds its length; its form (the Hub's characters, no
 * "..") is checked (shared/hub-id.ts) before anything is fetched, so no body can name another host
 * or path. (Plain checks only: the widget's own zod/mini has no patterns.)
 */
export const HubRepoId = z.string().check(
  z.maxLength(193),
  z.describe('a Hugging Face Hub model id, "owner/name": letters, digits, "_", "-" and ".", each part 1 to 96 characters, no ".." (e.g. "Qwen/Qwen3-30B-A3B")'),
);

/** A branch, tag or commit of a Hub repository ("refs/pr/1" too); percent-encoded whole in every URL. */
export const HubRevision = z.string().check(
  z.maxLength(100),
  z.describe('a branch, tag or commit of the repository: letters, digits, "_", "-", "." and "/", no ".."'),
);

/** What the Hub's model API publishes about a checkpoint's weights (`GET /api/models/{id}?expand[]=safetensors`), as it gives it. */
export const HubSafetensors = z.object({
  parameters: z.record(z.string(), z.int().check(z.gte(0))).check(z.describe('parameters per stored dtype, e.g. { "BF16": 30532122624 }')),
  total: z.int().check(z.gte(0), z.describe("parameters in all the checkpoint's safetensors files")),
});
export type HubSafetensors = z.output<typeof HubSafetensors>;

/** Where a config.json came from on the Hub, and what the Hub publishes beside it: filled in when a `{ "hf" }` model is resolved. */
export const HubSource = z.object({
  id: HubRepoId,
  revision: z._default(HubRevision, "main"),
  sha: z.optional(z.string().check(z.minLength(1), z.maxLength(64), z.describe("the commit config.json was read at"))),
  safetensors: z.optional(HubSafetensors),
});
export type HubSource = z.output<typeof HubSource>;

export const HfConfigModel = z.object({
  hfConfig: z.record(z.string(), z.unknown()).check(z.describe("a Hugging Face config.json as published")),
  hub: z.optional(
    HubSource.check(
      z.describe('the Hub repository the config was read from and its published safetensors counts, as the API or the widget fills them in when resolving { "hf": ... } (the result reports them as given)'),
    ),
  ),
});

/** A model on the Hugging Face Hub by id: the API (and the widget) fetch its config.json before estimating. */
export const HubModel = z.object({
  hf: HubRepoId,
  revision: z._default(HubRevision, "main"),
});
export type HubModel = z.output<typeof HubModel>;

export const ModelRef = z.union(
  // HubModel last: an object that also spells out an architecture is read as that architecture, by zod and by the
  // fast parser alike (shared/fast-parse.ts tries the options in this order).
  [z.string().check(z.minLength(1), z.maxLength(200), z.describe("catalog model id")), HfConfigModel, Architecture, HubModel],
  { error: 'must be a catalog id, { "hf": "owner/name" }, { "hfConfig": {...} } or an architecture object' },
);
export const HardwareRef = z.union(
  [z.string().check(z.minLength(1), z.maxLength(200), z.describe("catalog hardware id")), HardwareSpec],
  { error: "must be a catalog id or a hardware spec object" },
);

export const BatchSize = z.union(
  [boundedInt(1, 1_000_000), z.literal("max")],
  { error: 'must be an integer from 1 to 1,000,000 or "max"' },
);

const tokens = (description: string) => boundedInt(1, 10_000_000, description);

/** A steady request rate to serve (Poisson arrivals), and optionally how many replicas serve it. */
export const Load = z.object({
  requestsPerSecond: bounded(0.000001, 1_000_000, "requests arriving per second, on average (Poisson)"),
  replicas: z.optional(boundedInt(1, 100_000, "replicas sharing the load (default: the fewest within the target utilization)")),
});
export type Load = z.output<typeof Load>;

/** Fields shared by a request and the alternative path of a hybrid request. */
const scenarioFields = {
  model: ModelRef,
  hardware: HardwareRef,
  deviceCount: z._default(boundedInt(1, 1024, "devices, tensor-parallel across them"), 1),
  precision: z._default(PrecisionInput, "fp16"),
  inputTokens: tokens("prompt length"),
  outputTokens: tokens("generated length"),
  batchSize: z._default(BatchSize, 1),
  assumptions: z.optional(Assumptions),
  load: z.optional(Load.check(z.describe("serve this request rate: replicas, and time to first token with queueing"))),
};

const PathDeployment = z.enum(["local", "cloud", "edge"]);

export const HybridAlternative = z.object({
  model: z.optional(scenarioFields.model),
  hardware: z.optional(scenarioFields.hardware),
  // No default here: an alternative without its own device count keeps the primary's.
  deviceCount: z.optional(boundedInt(1, 1024, "devices, tensor-parallel across them (default: the primary's)")),
  precision: z.optional(PrecisionInput),
  inputTokens: z.optional(scenarioFields.inputTokens),
  outputTokens: z.optional(scenarioFields.outputTokens),
  batchSize: z.optional(BatchSize),
  deployment: z.optional(PathDeployment),
  assumptions: z.optional(Assumptions),
});

export const Hybrid = z.object({
  share: bounded(0, 1, "share of traffic sent to the alternative configuration"),
  alternative: HybridAlternative,
  primaryDeployment: z.optional(
    PathDeployment.check(z.describe("how the primary path is paid for (default: cloud for API-only models, local otherwise)")),
  ),
});

/** Refuse fields the schema does not know (default: answer, with a warning naming each one ignored). */
export const Strict = z.optional(z.boolean().check(z.describe("refuse fields this request does not know (400) instead of ignoring them with a warning")));

export const EstimateRequest = z.object({
  ...scenarioFields,
  deployment: z._default(Deployment, "cloud"),
  hybrid: z.optional(Hybrid),
  strict: Strict,
});
export type EstimateRequest = z.output<typeof EstimateRequest>;
export type EstimateRequestInput = z.input<typeof EstimateRequest>;

export const CompareRequest = z.object({
  scenarios: z.array(EstimateRequest).check(z.minLength(2), z.maxLength(50)),
  strict: Strict,
});
export type CompareRequestInput = z.input<typeof CompareRequest>;

export const SWEEPABLE_FIELDS = [
  "model",
  "hardware",
  "deviceCount",
  "precision",
  "inputTokens",
  "outputTokens",
  "batchSize",
  "deployment",
  "assumptions",
] as const;

/** Result paths a compact sweep can return as columns: every scalar of a single result that varies. */
export const SWEEP_RESULT_FIELDS = [
  "model.id",
  "model.name",
  "model.totalParams",
  "model.activeParams",
  "hardware.id",
  "hardware.name",
  "memory.weightsGB",
  "memory.weightsPerDeviceGB",
  "memory.kvCacheGB",
  "memory.kvCachePerDeviceGB",
  "memory.activationsGB",
  "memory.overheadGB",
  "memory.totalGB",
  "memory.perDeviceGB",
  "memory.capacityPerDeviceGB",
  "memory.utilization",
  "memory.kvCacheBytesPerToken",
  "compatibility.verdict",
  "latency.ttftMs",
  "latency.tpotMs",
  "latency.prefillMs",
  "latency.decodeMs",
  "latency.e2eMs",
  "latency.networkMs",
  "latency.prefillBound",
  "latency.decodeBound",
  "throughput.batchSize",
  "throughput.maxBatchSize",
  "throughput.outputTokensPerSec",
  "throughput.perRequestTokensPerSec",
  "throughput.requestsPerSec",
  "cost.basis",
  "cost.perRequestUSD",
  "cost.perMillionOutputTokensUSD",
  "cost.perHourUSD",
  "errorBand.ttftMs.low",
  "errorBand.ttftMs.high",
  "errorBand.tpotMs.low",
  "errorBand.tpotMs.high",
  "errorBand.outputTokensPerSec.low",
  "errorBand.outputTokensPerSec.high",
] as const;
export const SweepResultField = z.enum(SWEEP_RESULT_FIELDS);
export type SweepResultField = z.output<typeof SweepResultField>;

export const SweepRequest = z.object({
  base: EstimateRequest,
  vary: z.partialRecord(z.enum(SWEEPABLE_FIELDS), z.array(z.unknown()).check(z.minLength(1))),
  fields: z.optional(
    z.array(SweepResultField).check(
      z.minLength(1),
      z.maxLength(SWEEP_RESULT_FIELDS.length),
      z.describe("compact form: answer only these result paths, one column each, instead of a full result per point"),
    ),
  ),
  significantDigits: z._default(
    boundedInt(1, 17, "compact form: numbers are rounded to this many significant digits (17 keeps every bit)"),
    4,
  ),
  strict: Strict,
});
export type SweepRequestInput = z.input<typeof SweepRequest>;
