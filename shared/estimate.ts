// estimate(): one request in, one result out — resolve, size memory, time the phases, cost, verdict.
import { findModel } from "./catalog/index.js";
import type { PathDeployment } from "./catalog/runtimes.js";
import { apiCost, hardwareCost, hourlyUSD, type CostFigures } from "./cost.js";
import { apiCompatibility, openCompatibility } from "./compatibility.js";
import { EngineError } from "./errors.js";
import { prefillTime, requestTiming, sequenceCosts, type RequestTiming, type SequenceCosts, type StepTime } from "./latency.js";
import { maxBatchThatFits, memoryParts, memoryUse, type MemoryParts, type MemoryUse } from "./memory.js";
import { parseEstimateRequest } from "./parse.js";
import { resolveScenario, type PathRequest, type Scenario } from "./scenario.js";
import { EstimateRequest } from "./schema/request.js";
import { ignoredFields } from "./unknown-fields.js";
import type { EstimateResult, SingleResult } from "./schema/result.js";
import { blendHybrid } from "./hybrid.js";
import { errorBand } from "./accuracy.js";
import { toGB } from "./units.js";
import { countSteps } from "./work.js";
import { loadResult } from "./load.js";
import { addHubReport } from "./hub-model.js";

/** Bumped whenever results change (a new calibration, a model change), so cached results can be told apart. */
export const ENGINE_VERSION = "0.2.0";

/** Estimate memory, latency, throughput, cost and compatibility for one request (see CONTRACT.md). */
export function estimate(input: unknown): EstimateResult {
  const request = parseEstimateRequest(input);
  const ignored = ignoredFields(EstimateRequest, input, request.strict);
  const result = estimateRequest(request);
  result.warnings.push(...ignored);
  return result;
}

/** Estimate a request that has already been validated; `prefix` starts the path of any error. */
export function estimateRequest(req: EstimateRequest, prefix = ""): EstimateResult {
  const at = (field: string) => (prefix === "" ? field : `${prefix}.${field}`);
  if (req.deployment !== "hybrid") {
    const result = estimatePath(pathOf(req, req.deployment), prefix);
    if (req.hybrid) result.warnings.push('"hybrid" is ignored unless deployment is "hybrid"');
    return result;
  }
  const { primary, alternative, share } = hybridPaths(req, at("hybrid"));
  return blendHybrid(estimatePath(primary, prefix), estimatePath(alternative, at("hybrid.alternative")), share);
}

const pathOf = (req: EstimateRequest, deployment: PathDeployment, load = req.load): PathRequest => ({
  model: req.model,
  hardware: req.hardware,
  deviceCount: req.deviceCount,
  precision: req.precision,
  inputTokens: req.inputTokens,
  outputTokens: req.outputTokens,
  batchSize: req.batchSize,
  assumptions: req.assumptions,
  load,
  deployment,
});

/** A path's share of the load (each path sizes its own replicas). */
const shareOf = (load: EstimateRequest["load"], share: number): EstimateRequest["load"] =>
  load && { requestsPerSecond: load.requestsPerSecond * share };

/** The two configurations of a hybrid request: the top-level fields, and those with the alternative's changes. */
export function hybridPaths(req: EstimateRequest, path = "hybrid"): { primary: PathRequest; alternative: PathRequest; share: number } {
  const hybrid = req.hybrid;
  if (!hybrid) throw new EngineError("invalid_input", 'deployment "hybrid" needs "hybrid": { "share", "alternative" }', path);
  const alt = hybrid.alternative;
  const alternative: PathRequest = {
    model: alt.model ?? req.model,
    hardware: alt.hardware ?? req.hardware,
    deviceCount: alt.deviceCount ?? req.deviceCount,
    precision: alt.precision ?? req.precision,
    inputTokens: alt.inputTokens ?? req.inputTokens,
    outputTokens: alt.outputTokens ?? req.outputTokens,
    batchSize: alt.batchSize ?? req.batchSize,
    assumptions: alt.assumptions ?? req.assumptions,
    load: shareOf(req.load, hybrid.share),
    deployment: alt.deployment ?? defaultDeployment(alt.model ?? req.model),
  };
  const primary = pathOf(req, hybrid.primaryDeployment ?? defaultDeployment(req.model), shareOf(req.load, 1 - hybrid.share));
  return { primary, alternative, share: hybrid.share };
}

/** API-only models are reached through their provider; open models default to self-hosting. */
function defaultDeployment(model: EstimateRequest["model"]): PathDeployment {
  return typeof model === "string" && findModel(model)?.kind === "api" ? "cloud" : "local";
}

export function estimatePath(r: PathRequest, path: string): SingleResult {
  return scenarioResult(resolveScenario(r, path));
}

/** The result of a resolved scenario (a sweep resolves once and varies the numbers). */
export function scenarioResult(s: Scenario, core?: OpenCore): SingleResult {
  return s.model.api ? apiResult(s) : openResult(s, core);
}

/** The batch with the most output throughput that fits memory: the cap and each power of two below it. */
export function bestBatch(s: Scenario, maxBatch: number): number {
  const cap = Math.max(1, Math.min(maxBatch, s.assumptions.maxBatchSize));
  let best = cap;
  let bestRate = cap / requestTiming(s, cap).cycleMs;
  for (let b = 2 ** Math.ceil(Math.log2(cap) - 1); b >= 1; b /= 2) {
    if (b >= cap) continue;
    const rate = b / requestTiming(s, b).cycleMs;
    if (rate > bestRate * (1 + 1e-9)) {
      best = b;
      bestRate = rate;
    }
  }
  return best;
}

/**
 * The figures of an open-model estimate that are numbers only: what sweeps read, and what the result is built
 * from. Memory and cost are worked out when first read (a sweep column may need neither).
 */
export class OpenCore {
  readonly batch: number;
  readonly maxBatch: number;
  readonly timing: RequestTiming;
  private readonly parts: MemoryParts;
  private memCache: MemoryUse | undefined;
  private costCache: CostFigures | undefined;

  /**
   * `same`, from a sweep: what points of this scenario with these token counts and devices share whatever their
   * batch (memory and costs per sequence, the largest batch, a request's own prefill), filled by the first and read
   * by the rest.
   */
  constructor(
    private readonly s: Scenario,
    same: BatchFree = {},
  ) {
    countSteps();
    this.parts = same.parts ??= memoryParts(s);
    this.maxBatch = same.maxBatch ??= maxBatchThatFits(s, undefined, this.parts);
    this.batch = s.batchSize === "max" ? bestBatch(s, this.maxBatch) : s.batchSize;
    const seq = (same.seq ??= sequenceCosts(s));
    const own = s.continuousBatching && this.batch > 1 ? (same.own ??= prefillTime(s, 1, seq)) : undefined;
    this.timing = requestTiming(s, this.batch, own, seq);
  }

  get mem(): MemoryUse {
    return (this.memCache ??= memoryUse(this.s, this.batch, this.parts));
  }

  get cost(): CostFigures {
    return (this.costCache ??= hardwareCost(this.s, this.timing.requestsPerSec, this.timing.outputTokensPerSec));
  }

  /** The devices' hourly cost (null when a price is missing), without the rest of the cost's figures. */
  get perHourUSD(): number | null {
    return this.costCache ? this.costCache.perHourUSD : hourlyUSD(this.s);
  }
}

/** What an open-model estimate computes that its batch size does not change (see OpenCore). */
export type BatchFree = { parts?: MemoryParts; maxBatch?: number; seq?: SequenceCosts; own?: StepTime };

export const openCore = (s: Scenario, same?: BatchFree): OpenCore => new OpenCore(s, same);

function openResult(s: Scenario, core = openCore(s)): SingleResult {
  // A result's objects, compatibility, warnings and error band cost about six steps more.
  countSteps(6);
  const warnings: string[] = [];
  const { batch, maxBatch, timing: g, mem, cost } = core;
  const { networkMs, outputTokensPerSec, requestsPerSec, e2eMs } = g;
  const compatibility = openCompatibility(s, batch, maxBatch, mem);
  const peak = s.peak;
  if (peak.precision !== s.precision.activations) {
    warnings.push(`${s.hardware.name} lists no ${s.precision.activations} peak; compute is timed at its ${peak.precision} peak`);
  }
  if (s.hardware.maxLinkedDevices !== null && s.deviceCount > s.hardware.maxLinkedDevices) {
    warnings.push(`${s.deviceCount} devices span more than one ${s.hardware.maxLinkedDevices}-device link domain; the interconnect figure is optimistic`);
  }
  if (s.deviceCount > 1 && s.hardware.spec.interconnectGBps === undefined) {
    warnings.push("no interconnect bandwidth given; all-reduces are timed over PCIe Gen4 x16 (64 GB/s)");
  }
  if (s.batchSize === "max" && maxBatch === 0) warnings.push('nothing fits in memory, so batchSize "max" fell back to 1');
  if (cost.missing) warnings.push(cost.missing);

  const result: SingleResult = {
    engineVersion: ENGINE_VERSION,
    model: {
      id: s.model.id,
      name: s.model.name,
      kind: s.model.kind,
      totalParams: s.shape.totalParams,
      activeParams: s.shape.activeParams,
      architecture: s.model.architecture,
    },
    hardware: { id: s.hardware.id, name: s.hardware.name, spec: s.hardware.spec },
    inputs: inputsOf(s),
    memory: memoryGB(mem),
    compatibility,
    latency: {
      ttftMs: g.ttftMs,
      tpotMs: g.tpotMs,
      prefillMs: g.prefillMs,
      decodeMs: g.decodeMs,
      e2eMs,
      networkMs,
      prefillBound: g.prefillBound,
      decodeBound: g.decodeBound,
    },
    throughput: {
      batchSize: batch,
      maxBatchSize: maxBatch,
      outputTokensPerSec,
      perRequestTokensPerSec: perRequestTokensPerSec(s, g),
      requestsPerSec,
    },
    cost: { basis: cost.basis, perRequestUSD: cost.perRequestUSD, perMillionOutputTokensUSD: cost.perMillionOutputTokensUSD, perHourUSD: cost.perHourUSD, breakdown: cost.breakdown },
    errorBand: errorBand(s.assumptions.runtime, g.ttftMs, g.tpotMs, outputTokensPerSec),
    assumptions: s.assumptions,
    ...(s.load ? { load: loadResult(s, warnings) } : {}),
    warnings,
  };
  // A model read from the Hub: what the Hub publishes, beside the engine's count (shared/hub-model.ts).
  if (s.model.hub) addHubReport(result, s);
  return result;
}

export const perRequestTokensPerSec = (s: Scenario, g: RequestTiming): number => s.outputTokens / (g.e2eMs / 1000);

/** Each memory figure of a result, in GB, from the byte counts (sweeps read them one at a time). */
export const MEMORY_FIELDS: Readonly<Record<keyof SingleResult["memory"], (m: MemoryUse) => number>> = {
  weightsGB: (m) => toGB(m.weightsBytes),
  weightsPerDeviceGB: (m) => toGB(m.weightsPerDeviceBytes),
  kvCacheGB: (m) => toGB(m.kvBytes),
  kvCachePerDeviceGB: (m) => toGB(m.kvPerDeviceBytes),
  activationsGB: (m) => toGB(m.activationBytes),
  overheadGB: (m) => toGB(m.overheadBytes),
  totalGB: (m) => toGB(m.totalBytes),
  perDeviceGB: (m) => toGB(m.perDeviceBytes),
  capacityPerDeviceGB: (m) => toGB(m.capacityPerDeviceBytes),
  utilization: (m) => m.perDeviceBytes / m.capacityPerDeviceBytes,
  kvCacheBytesPerToken: (m) => m.kvBytesPerToken,
};

export function memoryGB(mem: MemoryUse): SingleResult["memory"] {
  const out = {} as SingleResult["memory"];
  for (const key of Object.keys(MEMORY_FIELDS) as (keyof SingleResult["memory"])[]) out[key] = MEMORY_FIELDS[key](mem);
  return out;
}

function apiResult(s: Scenario): SingleResult {
  countSteps(3);
  const api = s.model.api!;
  const warnings: string[] = [`${api.name} runs on ${api.provider}'s servers: hardware, devices and precision do not apply`];
  // The provider batches requests itself: a request is one stream, whatever batch the request names.
  const batch = 1;
  if (s.batchSize !== 1) warnings.push(`batchSize ${JSON.stringify(s.batchSize)} has no meaning for an API: figures are for one stream`);
  const tpotMs = api.speed ? 1000 / api.speed.outputTokensPerSec : null;
  const ttftMs = api.speed?.ttftMs ?? null;
  const decodeMs = tpotMs === null ? null : (s.outputTokens - 1) * tpotMs;
  const e2eMs = ttftMs === null || decodeMs === null ? null : ttftMs + decodeMs;
  if (!api.speed) warnings.push(`no published serving speed for ${api.name}: latency and throughput are unknown`);
  else if (ttftMs === null) warnings.push(`no published time to first token for ${api.name}`);
  const requestsPerSec = e2eMs === null ? null : batch / (e2eMs / 1000);
  const cost = apiCost(api, s, requestsPerSec);
  return {
    engineVersion: ENGINE_VERSION,
    model: { id: s.model.id, name: s.model.name, kind: "api", totalParams: 0, activeParams: 0, architecture: null, provider: api.provider },
    hardware: { id: "managed-api", name: `${api.provider} API (managed)`, spec: null },
    inputs: inputsOf(s),
    memory: { weightsGB: 0, weightsPerDeviceGB: 0, kvCacheGB: 0, kvCachePerDeviceGB: 0, activationsGB: 0, overheadGB: 0, totalGB: 0, perDeviceGB: 0, capacityPerDeviceGB: 0, utilization: 0, kvCacheBytesPerToken: 0 },
    compatibility: apiCompatibility(s),
    latency: { ttftMs, tpotMs, prefillMs: ttftMs, decodeMs, e2eMs, networkMs: 0, prefillBound: "published", decodeBound: "published" },
    throughput: {
      batchSize: batch,
      maxBatchSize: null,
      outputTokensPerSec: api.speed ? batch * api.speed.outputTokensPerSec : null,
      perRequestTokensPerSec: e2eMs === null ? (api.speed?.outputTokensPerSec ?? null) : s.outputTokens / (e2eMs / 1000),
      requestsPerSec,
    },
    cost: { basis: cost.basis, perRequestUSD: cost.perRequestUSD, perMillionOutputTokensUSD: cost.perMillionOutputTokensUSD, perHourUSD: cost.perHourUSD, breakdown: cost.breakdown },
    errorBand: null,
    assumptions: s.assumptions,
    ...(s.load ? { load: null } : {}),
    warnings: s.load ? [...warnings, `${api.provider} queues and scales its own servers: the load is not modelled for an API`] : warnings,
  };
}

function inputsOf(s: Scenario): SingleResult["inputs"] {
  return {
    deviceCount: s.deviceCount,
    precision: s.precision,
    inputTokens: s.inputTokens,
    outputTokens: s.outputTokens,
    batchSize: s.batchSize,
    deployment: s.deployment,
  };
}
