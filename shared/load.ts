// Serving a steady load: how many replicas a request rate needs, and time to first token once requests queue.
// Arrivals are Poisson. An optimized server batches continuously: the sequences in flight settle where Little's law
// holds (n = rate x time in the system, the time itself growing with n), and an arriving prompt waits for the
// prompts ahead of it, which the replica prefills one after another (an M/D/1 queue whose utilization is the
// replica's share of its capacity). Static batchers (llama.cpp's single stream, eager generate()) serve batches one
// after another: an M/D/1 queue of whole batches. test/engine/load.test.ts checks these against an event simulation
// of a continuously batching replica.
import { requestTiming, type RequestTiming } from "./latency.js";
import { maxBatchThatFits } from "./memory.js";
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
function waitQuantileMs(p: number, rho: number, serviceMs: number): number {
  if (rho <= 1 - p) return 0;
  const tau = serviceMs / (2 * (1 - rho));
  return tau * Math.log(rho / (1 - p));
}

/**
 * The load figures of `requestsPerSecond` spread over `replicas` (default: the fewest that keep each below the
 * target utilization). Null when nothing fits in memory.
 */
export function loadFigures(s: Scenario, requestsPerSecond: number, replicasAsked?: number): LoadFigures | null {
  const cap = Math.min(maxBatchThatFits(s), s.assumptions.maxBatchSize);
  if (cap < 1) return null;
  const batch = !s.continuousBatching && s.batchSize !== "max" ? Math.min(s.batchSize, cap) : cap;
  const atCapacity = requestTiming(s, batch);
  const capacity = atCapacity.requestsPerSec;
  const replicas = replicasAsked ?? Math.max(1, Math.ceil(requestsPerSecond / (capacity * s.assumptions.targetUtilization) - 1e-9));
  const rate = requestsPerSecond / replicas;
  const utilization = rate / capacity;
  const figures = { requestsPerSecond, replicas, perReplicaRequestsPerSec: rate, capacityRequestsPerSec: capacity, utilization };
  if (utilization >= 1) return { ...figures, concurrency: null, ttftP50Ms: null, ttftP95Ms: null, tpotMs: null, overloaded: true };
  const network = s.assumptions.networkRoundTripMs;
  if (!s.continuousBatching) {
    // Whole batches in turn: a request waits for the batch ahead (M/D/1 on batches), then for its own.
    const serviceMs = atCapacity.cycleMs;
    const ttft = (p: number) => network + atCapacity.prefillMs + waitQuantileMs(p, utilization, serviceMs);
    return { ...figures, concurrency: batch, ttftP50Ms: ttft(0.5), ttftP95Ms: ttft(0.95), tpotMs: atCapacity.tpotMs, overloaded: false };
  }
  const { timing, concurrency } = inFlight(s, rate, cap);
  // Prompts are prefilled one after another: the M/D/1 service time is one prompt's prefill.
  const ownPrefillMs = requestTiming(s, 1).prefillMs;
  const ttft = (p: number) => network + timing.prefillMs + waitQuantileMs(p, utilization, ownPrefillMs);
  return { ...figures, concurrency, ttftP50Ms: ttft(0.5), ttftP95Ms: ttft(0.95), tpotMs: timing.tpotMs, overloaded: false };
}

/**
 * The sequences in flight at a rate (Little's law: n = rate x time in the system at n), by iteration from one
 * sequence: the time grows with n, so the iterates rise to the fixed point. The timing is the one at that n.
 */
function inFlight(s: Scenario, requestsPerSec: number, cap: number): { timing: RequestTiming; concurrency: number } {
  let n = 1;
  let timing = requestTiming(s, n);
  for (let i = 0; i < 30; i++) {
    const next = Math.min(cap, Math.max(1, (requestsPerSec * (timing.prefillMs + timing.decodeMs)) / 1000));
    if (Math.abs(next - n) < 0.01) break;
    n = next;
    timing = requestTiming(s, n);
  }
  return { timing, concurrency: n };
}
