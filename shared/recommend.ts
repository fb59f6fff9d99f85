// recommend(): search models x hardware x devices x precision x batch for setups that meet every SLO and the
// load, cheapest first, and count why the rest were turned down.
import { findHardware, findModel, HARDWARE, MODELS } from "./catalog/index.js";
import { hourlyUSD } from "./cost.js";
import { EngineError } from "./errors.js";
import { estimateRequest } from "./estimate.js";
import { requestTiming, type RequestTiming } from "./latency.js";
import { maxBatchThatFits } from "./memory.js";
import { parseWith } from "./parse.js";
import { resolveModel, resolveScenario, withDeviceCount, type Scenario } from "./scenario.js";
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

/**
 * The search. Every configuration is screened cheaply (context, price, head split, memory, the SLOs at batch 1:
 * latency only grows with the batch, so a miss there is a miss everywhere); that alone settles whether it is
 * feasible. Sizing its replicas (two binary searches on the batch) is done only for those that could still rank
 * among the cheapest `limit`: in order of a lower bound on their monthly cost (one replica), skipping those whose
 * bound passes the last option kept. The tests check it against a full search.
 */
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
  const rps = workload.requestsPerSecond;

  const rejected = Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<Reason, number>;
  const kept = new Cheapest(req.limit, c.budgetUSDPerMonth);
  const screened: Screened[] = [];
  let candidates = 0;
  let feasible = 0;
  /** Search order, the last tie-break between equal options. */
  let seq = 0;
  const reject = (reason: Reason, times = 1) => (rejected[reason] += times);

  const bases = new Map<string, Omit<EstimateRequest, "hardware" | "deviceCount" | "precision" | "batchSize">>();
  for (const modelId of modelIds) {
    const base = { model: modelId, inputTokens: workload.inputTokens, outputTokens: workload.outputTokens, deployment: c.deployment, assumptions };
    bases.set(modelId, base);
    if (findModel(modelId)!.kind === "api") {
      candidates += 1;
      const outcome = apiCandidate({ ...base, hardware: hardwareIds[0]!, deviceCount: 1, precision: "fp16", batchSize: 1 }, slo, rps);
      if (typeof outcome === "string") reject(outcome);
      else if (kept.offer({ ...outcome, seq: (seq += 1) })) feasible += 1;
      else reject("budget");
      continue;
    }
    const perHardware = deviceCounts.length * precisions.length;
    candidates += hardwareIds.length * perHardware;
    const shape = resolveModel(modelId, "model").shape;
    if (shape.maxContextTokens !== null && workload.inputTokens + workload.outputTokens > shape.maxContextTokens) {
      reject("unavailable", hardwareIds.length * perHardware);
      continue;
    }
    for (const hardware of hardwareIds) {
      const request = { ...base, hardware, deviceCount: 1, precision: precisions[0]!, batchSize: 1 };
      const perHourOne = hourlyUSD(resolveScenario({ ...request, deployment: c.deployment }, ""));
      if (perHourOne === null) {
        reject("unavailable", perHardware);
        continue;
      }
      const ones = precisions.map((precision) => resolveScenario({ ...request, precision, deployment: c.deployment }, ""));
      for (const deviceCount of deviceCounts) {
        if (deviceCount > 1 && shape.numHeads % deviceCount !== 0) {
          reject("unavailable", precisions.length);
          continue;
        }
        for (let p = 0; p < precisions.length; p++) {
          const s = deviceCount === 1 ? ones[p]! : withDeviceCount(ones[p]!, deviceCount);
          const outcome = screen(s, slo);
          if (typeof outcome === "string") {
            reject(outcome);
            continue;
          }
          feasible += 1;
          // At best one replica at the largest batch that fits serves the load; whole replicas only add to that.
          // Kept small (no scenario, no timing): thousands of these live through the search.
          screened.push({ modelId, hardware, deviceCount, precision: precisions[p]!, bound: hourlyUSD(s)! * HOURS_PER_MONTH, seq: (seq += 1) });
        }
      }
    }
  }

  const budget = c.budgetUSDPerMonth ?? Number.POSITIVE_INFINITY;
  screened.sort((a, b) => a.bound - b.bound);
  for (const x of screened) {
    // Dearer than the last option kept, whatever its batch: it cannot rank, and only its budget verdict counts.
    const unranked = x.bound > kept.ceiling();
    if (unranked && x.bound > budget) {
      feasible -= 1;
      reject("budget");
      continue;
    }
    if (unranked && budget === Number.POSITIVE_INFINITY) continue;
    const request: EstimateRequest = { ...bases.get(x.modelId)!, hardware: x.hardware, deviceCount: x.deviceCount, precision: x.precision, batchSize: 1 };
    const candidate = { ...(selfHostedCandidate(request, slo, rps) as Candidate), seq: x.seq };
    if (unranked ? candidate.monthlyUSD > budget : !kept.offer(candidate)) {
      feasible -= 1;
      reject("budget");
    }
  }

  const options = kept.list().map((f) => ({
    request: f.request,
    result: estimateRequest(f.request),
    replicas: f.replicas,
    monthlyUSD: f.monthlyUSD,
    usdPerMillionOutputTokens: f.usdPerMillionOutputTokens,
  }));
  return { options, candidates, feasible, rejected };
}

type Screened = { modelId: string; hardware: string; deviceCount: number; precision: Precision; bound: number; seq: number };
type Ranked = Candidate & { seq: number };

/**
 * The cheapest candidates seen, at most `limit`, in the order options are listed (cheaper first, then faster),
 * and the budget: a candidate over it is refused (offer returns false).
 */
class Cheapest {
  private readonly best: Ranked[] = [];
  constructor(
    private readonly limit: number,
    private readonly budget: number | undefined,
  ) {}

  offer(candidate: Ranked): boolean {
    if (this.budget !== undefined && candidate.monthlyUSD > this.budget) return false;
    const at = this.best.findIndex((b) => order(candidate, b) < 0);
    this.best.splice(at < 0 ? this.best.length : at, 0, candidate);
    if (this.best.length > this.limit) this.best.pop();
    return true;
  }

  /** A candidate whose monthly cost is above this cannot be kept (the budget, or the last of a full list). */
  ceiling(): number {
    const last = this.best.length < this.limit ? Number.POSITIVE_INFINITY : this.best[this.best.length - 1]!.monthlyUSD;
    return Math.min(last, this.budget ?? Number.POSITIVE_INFINITY);
  }

  list(): Ranked[] {
    return this.best;
  }
}

const order = (a: Ranked, b: Ranked) => a.monthlyUSD - b.monthlyUSD || a.e2eMs - b.e2eMs || a.seq - b.seq;

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
  const perHour = hourlyUSD(s);
  if (perHour === null) return "unavailable";
  const outcome = screen(s, slo);
  if (typeof outcome === "string") return outcome;
  return sized(s, request, outcome.cap, outcome.first, perHour, slo, requestsPerSecond);
}

/** Whether one replica can meet the SLOs at all: something fits, and batch 1 (the fastest) meets them. */
function screen(s: Scenario, slo: Slo): { cap: number; first: RequestTiming } | Reason {
  const cap = Math.min(maxBatchThatFits(s), s.assumptions.maxBatchSize);
  if (cap < 1) return "memory";
  const first = requestTiming(s, 1);
  return sloMiss(slo, first) ?? { cap, first };
}

/** Replicas for the load at the largest batch that meets the SLOs, each running the smallest batch its share fills. */
function sized(s: Scenario, request: EstimateRequest, cap: number, first: RequestTiming, perHour: number, slo: Slo, requestsPerSecond: number): Candidate {
  const largest = largestBatchMeeting(s, slo, cap, first);
  const replicas = Math.ceil(requestsPerSecond / largest.timing.requestsPerSec - 1e-9);
  // The replicas are set by the largest batch; each then only needs the batch its share of the load fills,
  // which costs the same and answers faster.
  const { batch, timing } = smallestBatchServing(s, requestsPerSecond / replicas, largest, first);
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
