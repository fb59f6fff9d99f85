// recommend(): search models x hardware x devices x precision x batch for setups that meet every SLO and the
// load, cheapest first, and count why the rest were turned down.
import { findHardware, findModel, HARDWARE, MODELS } from "./catalog/index.js";
import { hardwareCost } from "./cost.js";
import { EngineError } from "./errors.js";
import { estimateRequest } from "./estimate.js";
import { requestTiming, type RequestTiming } from "./latency.js";
import { maxBatchThatFits } from "./memory.js";
import { parseWith } from "./parse.js";
import { meetsQuality, qualityFloor, qualityOf } from "./quality.js";
import { resolveScenario, type Scenario } from "./scenario.js";
import type { Precision } from "./schema/common.js";
import { RecommendRequest, REJECTION_REASONS, type RecommendResult, type Slo } from "./schema/plan.js";
import type { EstimateRequest } from "./schema/request.js";
import { HOURS_PER_YEAR } from "./units.js";

export const HOURS_PER_MONTH = HOURS_PER_YEAR / 12;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
const DEFAULT_PRECISIONS: readonly Precision[] = ["fp16", "fp8", "int8", "int4"];
const DEVICE_COUNTS = [1, 2, 4, 8, 16, 32, 64];

export type Reason = (typeof REJECTION_REASONS)[number];
type Latency = { ttftMs: number | null; tpotMs: number | null; e2eMs: number | null };
export type Candidate = { request: EstimateRequest; replicas: number; monthlyUSD: number; usdPerMillionOutputTokens: number; e2eMs: number };

/** The first SLO a latency misses (an unknown latency misses any SLO set on it), or null. */
export function sloMiss(slo: Slo, l: Latency): Reason | null {
  const misses = (limit: number | undefined, value: number | null) => limit !== undefined && (value === null || value > limit);
  if (misses(slo.ttftMs, l.ttftMs)) return "ttft";
  if (misses(slo.tpotMs, l.tpotMs)) return "tpot";
  if (misses(slo.e2eMs, l.e2eMs)) return "e2e";
  return null;
}

export function recommend(input: unknown): RecommendResult {
  const req = parseWith(RecommendRequest, input, "", "the recommend request");
  const { workload, slo, constraints: c } = req;
  const modelIds = c.models ?? MODELS.map((m) => m.id);
  const hardwareIds = c.hardware ?? HARDWARE.map((h) => h.id);
  modelIds.forEach((id, i) => {
    if (!findModel(id)) throw new EngineError("unknown_model", `unknown model id "${id}"`, `constraints.models[${i}]`);
  });
  hardwareIds.forEach((id, i) => {
    if (!findHardware(id)) throw new EngineError("unknown_hardware", `unknown hardware id "${id}"`, `constraints.hardware[${i}]`);
  });
  const precisions = c.precisions ?? DEFAULT_PRECISIONS;
  const deviceCounts = DEVICE_COUNTS.filter((d) => d <= c.maxDevices);
  const assumptions = c.runtime ? { runtime: c.runtime } : undefined;
  const floor = qualityFloor(c);

  const rejected = Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<Reason, number>;
  const feasible: Candidate[] = [];
  let candidates = 0;
  // Models below the quality floor are counted as the configurations they would have been, and not searched.
  for (const modelId of modelIds.filter((id) => !meetsQuality(id, floor))) {
    const configurations = findModel(modelId)!.kind === "api" ? 1 : hardwareIds.length * deviceCounts.length * precisions.length;
    candidates += configurations;
    rejected.quality += configurations;
  }
  const consider = (outcome: Candidate | Reason) => {
    if (typeof outcome === "string") rejected[outcome] += 1;
    else if (c.budgetUSDPerMonth !== undefined && outcome.monthlyUSD > c.budgetUSDPerMonth) rejected.budget += 1;
    else feasible.push(outcome);
  };

  for (const modelId of modelIds.filter((id) => meetsQuality(id, floor))) {
    const base = { model: modelId, inputTokens: workload.inputTokens, outputTokens: workload.outputTokens, deployment: c.deployment, assumptions };
    if (findModel(modelId)!.kind === "api") {
      candidates += 1;
      consider(apiCandidate({ ...base, hardware: hardwareIds[0]!, deviceCount: 1, precision: "fp16", batchSize: 1 }, slo, workload.requestsPerSecond));
      continue;
    }
    for (const hardware of hardwareIds) {
      for (const deviceCount of deviceCounts) {
        for (const precision of precisions) {
          candidates += 1;
          consider(selfHostedCandidate({ ...base, hardware, deviceCount, precision, batchSize: 1 }, slo, workload.requestsPerSecond));
        }
      }
    }
  }

  feasible.sort((a, b) => a.monthlyUSD - b.monthlyUSD || a.e2eMs - b.e2eMs);
  const options = feasible.slice(0, req.limit).map((f) => ({
    request: f.request,
    result: estimateRequest(f.request),
    replicas: f.replicas,
    monthlyUSD: f.monthlyUSD,
    usdPerMillionOutputTokens: f.usdPerMillionOutputTokens,
    quality: qualityOf(f.request.model as string),
  }));
  return { options, candidates, feasible: feasible.length, rejected, qualityFloor: floor };
}

export function apiCandidate(request: EstimateRequest, slo: Slo, requestsPerSecond: number): Candidate | Reason {
  const r = estimateRequest(request);
  if (r.compatibility.verdict !== "compatible") return "unavailable";
  const miss = sloMiss(slo, r.latency);
  if (miss) return miss;
  const perRequest = r.cost.perRequestUSD!;
  return {
    request,
    replicas: 1,
    monthlyUSD: perRequest * requestsPerSecond * SECONDS_PER_MONTH,
    usdPerMillionOutputTokens: r.cost.perMillionOutputTokensUSD!,
    e2eMs: r.latency.e2eMs ?? Number.MAX_VALUE,
  };
}

export function selfHostedCandidate(request: EstimateRequest, slo: Slo, requestsPerSecond: number): Candidate | Reason {
  if (request.deployment === "hybrid") return "unavailable";
  const s = resolveScenario({ ...request, deployment: request.deployment }, "");
  const maxContext = s.shape.maxContextTokens;
  if (maxContext !== null && s.inputTokens + s.outputTokens > maxContext) return "unavailable";
  if (s.deviceCount > 1 && s.shape.numHeads % s.deviceCount !== 0) return "unavailable";
  const spec = s.hardware.spec;
  if (s.deployment === "cloud" ? spec.hourlyUSD === undefined : spec.purchaseUSD === undefined || spec.powerW === undefined) {
    return "unavailable";
  }
  const cap = Math.min(maxBatchThatFits(s), s.assumptions.maxBatchSize);
  if (cap < 1) return "memory";
  const first = requestTiming(s, 1);
  const miss = sloMiss(slo, first);
  if (miss) return miss;
  const largest = largestBatchMeeting(s, slo, cap, first);
  const replicas = Math.ceil(requestsPerSecond / largest.timing.requestsPerSec - 1e-9);
  // The replicas are set by the largest batch; each then only needs the batch its share of the load fills,
  // which costs the same and answers faster.
  const { batch, timing } = smallestBatchServing(s, requestsPerSecond / replicas, largest, first);
  const perHour = hardwareCost(s, timing.requestsPerSec, timing.outputTokensPerSec).perHourUSD!;
  const monthlyUSD = replicas * perHour * HOURS_PER_MONTH;
  return {
    request: { ...request, batchSize: batch },
    replicas,
    monthlyUSD,
    usdPerMillionOutputTokens: (monthlyUSD / (requestsPerSecond * s.outputTokens * SECONDS_PER_MONTH)) * 1e6,
    e2eMs: timing.e2eMs,
  };
}

type Sized = { batch: number; timing: RequestTiming };

/** Smallest batch whose request rate covers `requestsPerSecond` (the largest batch is known to). */
function smallestBatchServing(s: Scenario, requestsPerSecond: number, largest: Sized, atOne: RequestTiming): Sized {
  if (atOne.requestsPerSec >= requestsPerSecond) return { batch: 1, timing: atOne };
  let lo = 1;
  let hi = largest.batch;
  let hiTiming = largest.timing;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const t = requestTiming(s, mid);
    if (t.requestsPerSec >= requestsPerSecond) {
      hi = mid;
      hiTiming = t;
    } else {
      lo = mid;
    }
  }
  return { batch: hi, timing: hiTiming };
}

/** Latency grows with the batch and cost per request falls, so the cheapest setup runs the largest batch that meets the SLOs. */
function largestBatchMeeting(s: Scenario, slo: Slo, cap: number, atOne: RequestTiming): Sized {
  const atCap = cap === 1 ? atOne : requestTiming(s, cap);
  if (sloMiss(slo, atCap) === null) return { batch: cap, timing: atCap };
  let lo = 1;
  let loTiming = atOne;
  let hi = cap;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const t = requestTiming(s, mid);
    if (sloMiss(slo, t) === null) {
      lo = mid;
      loTiming = t;
    } else {
      hi = mid;
    }
  }
  return { batch: lo, timing: loTiming };
}
