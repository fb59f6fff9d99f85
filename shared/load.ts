// Serving a steady load: how many replicas a request rate needs, and time to first token once requests queue.
// Arrivals are Poisson. An optimized server batches continuously: the sequences in flight settle where Little's law
// holds (n = rate x time in the system, the time itself growing with n), and an arriving prompt waits for the
// prompts ahead of it, which the replica prefills one after another (an M/D/1 queue whose utilization is the
// replica's share of its capacity). Static batchers (llama.cpp's single stream, eager generate()) serve batches one
// after another: an M/D/1 queue of whole batches. test/engine/load.test.ts checks these against an event simulation
// of a continuously batching replica.
import { requestTiming, sequenceCosts, type RequestTiming, type SequenceCosts, type StepTime } from "./latency.js";
import { maxBatchThatFits, type MemoryParts } from "./memory.js";
import type { Scenario } from "./scenario.js";

export type LoadFigures = {
  requestsPerSecond: number;
  replicas: number;
  /** Requests per second each replica serves. */
  perReplicaRequestsPerSec: number;
  /** The most requests per second one replica sustains (at the largest batch that fits). */
  capacityRequestsPerSec: number;
  /** Per-replica load over capacity. */
  utilization: number;
  /** Sequences in flight on a replica (continuous batching), or the batch size (static batches). */
  concurrency: number | null;
  ttftP50Ms: number | null;
  ttftP95Ms: number | null;
  /** Time per output token with that many sequences in flight. */
  tpotMs: number | null;
  /** At or over capacity: the queue grows without bound, so no percentile exists. */
  overloaded: boolean;
};

/** Quantile of M/D/1 waiting time: P(W > t) ~ rho e^(-t / tau), tau fixed so the mean is rho S / (2 (1 - rho)). */
export function waitQuantileMs(p: number, rho: number, serviceMs: number): number {
  if (rho <= 1 - p) return 0;
  const tau = serviceMs / (2 * (1 - rho));
  return tau * Math.log(rho / (1 - p));
}

/**
 * The load figures of `requestsPerSecond` spread over `replicas` (default: the fewest that keep each below the
 * target utilization). Null when nothing fits in memory.
 */
export function loadFigures(s: Scenario, requestsPerSecond: number, replicasAsked?: number): LoadFigures | null {
  return serving(s)?.at(requestsPerSecond, replicasAsked) ?? null;
}

/** A replica serving loads: what does not depend on the load is worked out once (searches ask at many loads). */
export type Serving = {
  capacity: number;
  /** The M/D/1 service time: one prompt's prefill, or a static batch's turnover. */
  serviceMs: number;
  at: (requestsPerSecond: number, replicas?: number) => LoadFigures;
  /** Whether `at(requestsPerSecond, replicas)` serves the load with its 95th-percentile TTFT within `limitMs`. */
  meetsTtftP95: (requestsPerSecond: number, replicas: number, limitMs: number) => boolean;
};

/** The largest batch a replica runs: what fits in its KV-cache reservation, at most the runtime's limit. */
export const batchCap = (s: Scenario, parts?: MemoryParts): number => Math.min(maxBatchThatFits(s, undefined, parts), s.assumptions.maxBatchSize);

export function serving(s: Scenario): Serving | null {
  const cap = batchCap(s);
  if (cap < 1) return null;
  const batch = !s.continuousBatching && s.batchSize !== "max" ? Math.min(s.batchSize, cap) : cap;
  // A sequence's costs and a prompt's own prefill are the same at every load: worked out once.
  const seq = sequenceCosts(s);
  const alone = requestTiming(s, 1, undefined, seq);
  const own: StepTime = { ms: alone.prefillMs, bound: alone.prefillBound };
  const atCapacity = requestTiming(s, batch, own, seq);
  const capacity = atCapacity.requestsPerSec;
  const network = s.assumptions.networkRoundTripMs;
  // Prompts are prefilled one after another: the M/D/1 service time is one prompt's prefill (continuous batching),
  // or a whole batch's turnover (static batches).
  const serviceMs = s.continuousBatching ? alone.prefillMs : atCapacity.cycleMs;
  const at = (requestsPerSecond: number, replicasAsked?: number): LoadFigures => {
    const replicas = replicasAsked ?? Math.max(1, Math.ceil(requestsPerSecond / (capacity * s.assumptions.targetUtilization) - 1e-9));
    const rate = requestsPerSecond / replicas;
    const utilization = rate / capacity;
    const figures = { requestsPerSecond, replicas, perReplicaRequestsPerSec: rate, capacityRequestsPerSec: capacity, utilization };
    if (utilization >= 1) return { ...figures, concurrency: null, ttftP50Ms: null, ttftP95Ms: null, tpotMs: null, overloaded: true };
    // Static batches in turn: a request waits for the batch ahead, then for its own. Continuous batching: the
    // sequences in flight set the step a prompt joins.
    const { timing, concurrency } = s.continuousBatching ? inFlight(s, rate, cap, own, seq) : { timing: atCapacity, concurrency: batch };
    const ttft = (p: number) => network + timing.prefillMs + waitQuantileMs(p, utilization, serviceMs);
    return { ...figures, concurrency, ttftP50Ms: ttft(0.5), ttftP95Ms: ttft(0.95), tpotMs: timing.tpotMs, overloaded: false };
  };
  // The sequences in flight lie between one and the cap, and a prompt's wait for its first token grows with them
  // (its own prefill, plus a decode step of them all past one): the answer at either end settles most asks without
  // solving for them. The same sums as `at`, so the answer is the same.
  const meetsTtftP95 = (requestsPerSecond: number, replicas: number, limitMs: number): boolean => {
    const utilization = requestsPerSecond / replicas / capacity;
    if (utilization >= 1) return false;
    const ttft = (prefillMs: number) => network + prefillMs + waitQuantileMs(0.95, utilization, serviceMs);
    if (!s.continuousBatching || ttft(atCapacity.prefillMs) <= limitMs) return ttft(atCapacity.prefillMs) <= limitMs;
    if (ttft(alone.prefillMs) > limitMs) return false;
    return at(requestsPerSecond, replicas).ttftP95Ms! <= limitMs;
  };
  return { capacity, serviceMs, at, meetsTtftP95 };
}

/**
 * The sequences in flight at a rate (Little's law: n = rate x time in the system at n), by iteration from one
 * sequence: the time grows with n, so the iterates rise to the fixed point. The timing is the one at that n.
 */
function inFlight(s: Scenario, requestsPerSec: number, cap: number, own: StepTime, seq: SequenceCosts): { timing: RequestTiming; concurrency: number } {
  const little = (t: RequestTiming) => Math.min(cap, Math.max(1, (requestsPerSec * (t.prefillMs + t.decodeMs)) / 1000));
  let n = 1;
  let timing = requestTiming(s, n, own, seq);
  let step = little(timing) - n;
  for (let i = 0; i < 30 && Math.abs(step) > Math.max(0.01, 0.002 * n); i++) {
    // The iterates close in geometrically: when two steps shrink by a steady ratio r, jump by step x r / (1 - r).
    const next = little(timing);
    const previous = step;
    step = next - n;
    const ratio = previous !== 0 ? step / previous : 0;
    n = ratio > 0 && ratio < 0.95 && i > 0 ? Math.min(cap, Math.max(1, n + step / (1 - ratio))) : next;
    timing = requestTiming(s, n, own, seq);
  }
  return { timing, concurrency: n };
}

/** The request's load on its configuration (a result's `load`), with a warning when it cannot be served. */
export function loadResult(s: Scenario, warnings: string[]): LoadFigures | null {
  const figures = loadFigures(s, s.load!.requestsPerSecond, s.load!.replicas);
  if (figures === null) warnings.push("the load cannot be served: nothing fits in memory");
  else if (figures.overloaded) {
    warnings.push(`${figures.replicas} replica${figures.replicas === 1 ? "" : "s"} cannot serve ${figures.requestsPerSecond} requests/s: each sustains at most ${figures.capacityRequestsPerSec.toPrecision(3)}`);
  }
  return figures;
}
