// recommend(): search models x hardware x devices x precision x batch for setups that meet every SLO and the
// load, cheapest first, and count why the rest were turned down.
import { findHardware, findModel, HARDWARE, MODELS } from "./catalog/index.js";
import { hourlyUSD } from "./cost.js";
import { EngineError } from "./errors.js";
import { estimateRequest } from "./estimate.js";
import { FALLBACK_INTERCONNECT_GBPS, isTied, requestTiming, sequenceCosts, type RequestTiming, type SequenceCosts, type StepTime } from "./latency.js";
import { batchCap, serving, waitQuantileMs } from "./load.js";
import { memoryParts, type MemoryParts } from "./memory.js";
import { parseWith } from "./parse.js";
import { ignoredFields } from "./unknown-fields.js";
import { meetsQuality, qualityFloor, qualityOf } from "./quality.js";
import { resolveModel, resolveScenario, type Scenario } from "./scenario.js";
import type { ResolvedAssumptions } from "./schema/result.js";
import type { PathDeployment } from "./catalog/runtimes.js";
import type { WeightFormat } from "./schema/common.js";
import { RecommendRequest, REJECTION_REASONS, type RecommendResult, type Slo } from "./schema/plan.js";
import type { EstimateRequest } from "./schema/request.js";
import { BYTES_PER_ELEMENT, FLOPS_PER_TFLOP, HOURS_PER_YEAR } from "./units.js";
import { countSteps, stepsDone } from "./work.js";

export const HOURS_PER_MONTH = HOURS_PER_YEAR / 12;
export const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;
const DEFAULT_PRECISIONS: readonly WeightFormat[] = ["fp16", "fp8", "int8", "int4"];
const DEVICE_COUNTS = [1, 2, 4, 8, 16, 32, 64];
// The catalog's ids, made once: lists made per search came out of Array.prototype.map in other element kinds once V8
// had optimized it, and every function optimized for the first kind was thrown away (seen as slow searches until an
// isolate's 30th or so).
const MODEL_IDS: readonly string[] = MODELS.map((m) => m.id);
const HARDWARE_IDS: readonly string[] = HARDWARE.map((h) => h.id);

export type Reason = (typeof REJECTION_REASONS)[number];
type Latency = { ttftMs: number | null; tpotMs: number | null; e2eMs: number | null };
export type Candidate = { request: EstimateRequest; replicas: number; monthlyUSD: number; usdPerMillionOutputTokens: number; e2eMs: number };

/** The first SLO a latency misses (an unknown latency misses any SLO set on it), or null. */
export function sloMiss(slo: Slo, l: Latency): Reason | null {
  if (misses(slo.ttftMs, l.ttftMs)) return "ttft";
  if (misses(slo.tpotMs, l.tpotMs)) return "tpot";
  if (misses(slo.e2eMs, l.e2eMs)) return "e2e";
  return null;
}

const misses = (limit: number | undefined, value: number | null) => limit !== undefined && (value === null || value > limit);

/**
 * The search. Every configuration is screened cheaply: context, price, head split, memory, and (when there are
 * SLOs or a budget) the SLOs at batch 1, since latency only grows with the batch. That settles whether it is
 * feasible, unless a budget asks what its replicas cost. Then, in order of a floor on their monthly cost (the
 * replicas the load needs at a rate no batch can beat, from the FLOPs and weight reads every request needs),
 * configurations are sized (the largest batch that meets the SLOs sets the replicas) only where the
 * answer can still matter: to rank among the cheapest `limit`, or to tell whether a budget is met. The floor alone
 * settles the rest. The tests check it against a full search.
 */
export function recommend(input: unknown): RecommendResult {
  const req = parseWith(RecommendRequest, input, "", "the recommend request");
  const ignored = ignoredFields(RecommendRequest, input, req.strict);
  const { workload, slo, constraints: c } = req;
  const modelIds = c.models ?? MODEL_IDS;
  const hardwareIds = c.hardware ?? HARDWARE_IDS;
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
  const floor = qualityFloor(c);
  // Each device's scenarios at batch 1, by format and device count, resolved for the first model searched (and made
  // for more devices when first timed); later models take them with the model swapped in place. Resolving or copying
  // them per model cost more than the screen; nothing keeps one past its model's turn. Null: a device without a price.
  const scenariosOn: ((Scenario | undefined)[][] | null | undefined)[] = [];
  // Per device and format, reused: the index of the fewest devices that fit, and one device's rate ceiling and price.
  const fewest = new Float64Array(precisions.length);
  const ceilings = new Float64Array(precisions.length);
  const prices = new Float64Array(precisions.length);
  const byBandwidth = inOrder(hardwareIds.length).sort((a, b) => findHardware(hardwareIds[a]!)!.bandwidthGBps - findHardware(hardwareIds[b]!)!.bandwidthGBps || a - b);

  const rejected = Object.fromEntries(REJECTION_REASONS.map((r) => [r, 0])) as Record<Reason, number>;
  const kept = new Cheapest(req.limit, c.budgetUSDPerMonth);
  const budget = c.budgetUSDPerMonth ?? Number.POSITIVE_INFINITY;
  // With no SLO, what fits meets them: the timing at batch 1 waits until a configuration is sized.
  const timeAtOne = slo.ttftMs !== undefined || slo.tpotMs !== undefined || slo.e2eMs !== undefined;
  let candidates = 0;
  let feasible = 0;
  /** Search order, the last tie-break between equal options. */
  let seq = 0;
  const reject = (reason: Reason, times = 1) => (rejected[reason] += times);
  /** Configurations the memory turned down (the screen's commonest reason, counted apart and added at the end). */
  let tooSmall = 0;

  /** A configuration as a request (written out field by field: spreads cost more than the timing in this loop). */
  const configuration = (model: string, hardware: string, deviceCount: number, precision: WeightFormat): EstimateRequest & { deployment: PathDeployment } => ({
    model,
    hardware,
    deviceCount,
    precision,
    inputTokens: workload.inputTokens,
    outputTokens: workload.outputTokens,
    batchSize: 1,
    deployment: c.deployment,
    assumptions,
  });
  // Models below the quality floor are counted as the configurations they would have been, and not searched.
  for (const modelId of modelIds.filter((id) => !meetsQuality(id, floor))) {
    const configurations = findModel(modelId)!.kind === "api" ? 1 : hardwareIds.length * deviceCounts.length * precisions.length;
    candidates += configurations;
    rejected.quality += configurations;
  }
  const screened = new Screened(modelIds, hardwareIds, deviceCounts, precisions);
  /** Screens every configuration of one model (a function of its own: V8 optimizes it after a few calls, where one
   * long loop in recommend() waited for a costlier on-stack replacement, request after request). */
  const screenModel = (m: number): void => {
    const modelId = modelIds[m]!;
    if (!meetsQuality(modelId, floor)) return;
    const base = { model: modelId, inputTokens: workload.inputTokens, outputTokens: workload.outputTokens, deployment: c.deployment, assumptions };
    if (findModel(modelId)!.kind === "api") {
      candidates += 1;
      const outcome = apiCandidate({ ...base, hardware: hardwareIds[0]!, deviceCount: 1, precision: "fp16", batchSize: 1 }, slo, rps);
      if (typeof outcome === "string") reject(outcome);
      else if (kept.offer({ ...outcome, seq: (seq += 1) })) feasible += 1;
      else reject("budget");
      return;
    }
    const perHardware = deviceCounts.length * precisions.length;
    candidates += hardwareIds.length * perHardware;
    const model = resolveModel(modelId, "model");
    const shape = model.shape;
    if (shape.maxContextTokens !== null && workload.inputTokens + workload.outputTokens > shape.maxContextTokens) {
      reject("unavailable", hardwareIds.length * perHardware);
      return;
    }
    // Memory per device and a sequence's costs depend on the model, its format, the device count and the runtime,
    // not on the device (beside its capacity): worked out once per model for every device, by format and device
    // count (index p * deviceCounts.length + d), for each runtime (a few: found by a look down the list).
    const perRuntime: { assumptions: ResolvedAssumptions; parts: MemoryParts[]; costs: SequenceCosts[] }[] = [];
    const forRuntime = (assumptions: ResolvedAssumptions) => {
      for (const r of perRuntime) if (r.assumptions === assumptions) return r;
      const r = { assumptions, parts: [], costs: [] };
      perRuntime.push(r);
      return r;
    };
    const costsOf = (s: Scenario, p: number, d: number): SequenceCosts => (forRuntime(s.assumptions).costs[p * deviceCounts.length + d] ??= sequenceCosts(s));
    const partsOf = (one: Scenario, p: number, d: number): MemoryParts =>
      (forRuntime(one.assumptions).parts[p * deviceCounts.length + d] ??= memoryParts(d === 0 ? one : withDeviceCount(one, deviceCounts[d]!)));
    // Scenarios that met the SLOs at batch 1, by format and device count (the same index): on a device at least as
    // strong in every way (atLeastAsStrong) the same format and count meet them too, without a timing of their own.
    const met: Scenario[][] = [];
    /** Whether a sequence fits on deviceCounts[d] of `one`'s devices (half a step: memory only). Uneven head splits never fit. */
    const fits = (one: Scenario, p: number, d: number): boolean => {
      const n = deviceCounts[d]!;
      if (n > 1 && shape.numHeads % n !== 0) return false;
      countSteps(0.5);
      return batchCap(one, partsOf(one, p, d)) >= 1;
    };
    // Weakest devices first (by memory bandwidth), so that the timings are of those; the search order (`seq`, the
    // last tie-break between equal options) stays the catalog's.
    const seqBase = seq;
    seq += hardwareIds.length * perHardware;
    for (const h of byBandwidth) {
      const hardware = hardwareIds[h]!;
      let grid = scenariosOn[h];
      if (grid === undefined) {
        // (A device without a price for this deployment is never an option, whatever the model: one look settles it.)
        const priced = hourlyUSD(resolveScenario(configuration(modelId, hardware, 1, precisions[0]!), "")) !== null;
        grid = scenariosOn[h] = priced ? precisions.map((precision) => withRoom(resolveScenario(configuration(modelId, hardware, 1, precision), ""), deviceCounts.length)) : null;
      }
      if (grid === null) {
        reject("unavailable", perHardware);
        continue;
      }
      for (let p = 0; p < precisions.length; p++) {
        const one = grid[p]![0]!;
        one.model = model;
        one.shape = shape;
        // More devices only add memory per replica (weights, KV heads and workspace split further), so what fits on
        // n devices fits on more: find the fewest for each format, and memory settles the rest without a look.
        let d = 0;
        while (d < deviceCounts.length && !fits(one, p, d)) d++;
        fewest[p] = d;
        // The floor's parts on one device: the rate ceiling and the hourly price both scale with the devices (each
        // brings its FLOPS, bandwidth and price), so n devices' floor is worked out from these without a scenario.
        ceilings[p] = rateCeiling(one, one.assumptions.maxBatchSize);
        prices[p] = hourlyUSD(one)!;
      }
      for (let d = 0; d < deviceCounts.length; d++) {
        const deviceCount = deviceCounts[d]!;
        if (deviceCount > 1 && shape.numHeads % deviceCount !== 0) {
          reject("unavailable", precisions.length);
          continue;
        }
        for (let p = 0; p < precisions.length; p++) {
          if (d < fewest[p]!) {
            tooSmall += 1;
            continue;
          }
          countSteps();
          if (timeAtOne) {
            const s = (grid[p]![d] ??= withDeviceCount(grid[p]![0]!, deviceCount));
            s.model = model;
            s.shape = shape;
            const known = (met[p * deviceCounts.length + d] ??= []);
            if (!anyWeaker(s, known)) {
              const miss = sloMiss(slo, requestTiming(s, 1, undefined, costsOf(s, p, d)));
              if (miss) {
                reject(miss);
                continue;
              }
              known.push(s);
            }
          }
          feasible += 1;
          // No batch beats the rate ceiling, so the load needs at least this many replicas (sized() counts the same way).
          // A hair under, so that rounding (n x one device's figures rather than n devices') never lifts it over.
          const bound = wholeReplicasMonthly(rps, deviceCount * ceilings[p]!, deviceCount * prices[p]!) * (1 - 1e-12);
          screened.add(m, h, d, p, bound, seqBase + (h * deviceCounts.length + d) * precisions.length + p + 1);
        }
      }
    }
  };
  for (let m = 0; m < modelIds.length; m++) screenModel(m);

  reject("memory", tooSmall);
  const overBudget = (count = 1) => {
    feasible -= count;
    reject("budget", count);
  };
  /** Sizes one configuration, unless a floor settles it first (a function of its own, for the same reason as screenModel). */
  const size = (x: Configuration): void => {
    // Resolving it again and searching its batch cost about three steps besides the timings; a timing while sizing
    // (batches of many sequences, the queue at the load) costs about two of the screen's (npm run bench measures both).
    countSteps(3);
    const sizing = stepsDone();
    const request = configuration(x.modelId, x.hardware, x.deviceCount, x.precision);
    const s = resolveScenario(request, "");
    // A floor on its monthly cost settles it when over the budget, or (with no budget to check) when the list of
    // options, full, would leave it out: dearer than the last, or as dear and slower (`e2eFloor`, its time end to end
    // at batch 1, once known: a larger batch only takes longer). It needs no more sizing.
    const settledBy = (floor: number, e2eFloor = 0): boolean => {
      if (floor > budget) overBudget();
      else if (!(kept.excludes(floor, e2eFloor) && budget === Number.POSITIVE_INFINITY)) return false;
      countSteps(stepsDone() - sizing);
      return true;
    };
    // The floor again at the batch that fits in memory (the screen took the runtime's limit).
    const cap = batchCap(s);
    const atCap = wholeReplicasMonthly(rps, rateCeiling(s, cap), hourlyUSD(s)!);
    if (settledBy(atCap)) return;
    const first = requestTiming(s, 1);
    if (settledBy(atCap, first.e2eMs)) return;
    const largest = largestBatchMeeting(s, slo, cap, first);
    // And at the largest batch meeting the SLOs, the replicas it alone needs (queueing only adds to them, as
    // replicasFor counts): before solving for the queue.
    if (settledBy(wholeReplicasMonthly(rps, largest.timing.requestsPerSec, hourlyUSD(s)!), first.e2eMs)) return;
    const replicas = replicasFor(s, slo, rps, largest);
    const monthly = replicas * hourlyUSD(s)! * HOURS_PER_MONTH;
    if (monthly > budget) overBudget();
    else if (!kept.excludes(monthly, first.e2eMs)) kept.offer({ ...sized(s, request, largest, first, rps, replicas), seq: x.seq });
    countSteps(stepsDone() - sizing);
  };
  // Floors come cheapest first, so once one is past the budget (or past the last option kept, with no budget to
  // check), so are all that follow.
  let left = screened.size;
  for (const x of screened.byBound()) {
    left -= 1;
    if (x.bound > budget) {
      overBudget(left + 1);
      break;
    }
    if (kept.excludes(x.bound) && budget === Number.POSITIVE_INFINITY) break;
    size(x);
  }

  const options = kept.list().map((f) => ({
    request: f.request,
    result: estimateRequest(f.request),
    replicas: f.replicas,
    monthlyUSD: f.monthlyUSD,
    usdPerMillionOutputTokens: f.usdPerMillionOutputTokens,
    quality: qualityOf(f.request.model as string),
  }));
  return { options, candidates, feasible, rejected, qualityFloor: floor, ...(ignored.length ? { warnings: ignored } : {}) };
}

/**
 * Whether `a`'s devices are at least as strong as `b`'s for a timing of the same model, format and device count: the
 * timing is the same function of peak FLOPS, memory bandwidth and link bandwidth for two devices with the same
 * runtime profile and the same arithmetic, and each step's time only falls as any of the three rises. So a device at
 * least as strong as another in all three is at least as fast at every step.
 */
const atLeastAsStrong = (a: Scenario, b: Scenario): boolean =>
  a.assumptions === b.assumptions &&
  a.peak.precision === b.peak.precision &&
  a.peak.tflops >= b.peak.tflops &&
  a.hardware.spec.bandwidthGBps >= b.hardware.spec.bandwidthGBps &&
  (a.hardware.spec.interconnectGBps ?? FALLBACK_INTERCONNECT_GBPS) >= (b.hardware.spec.interconnectGBps ?? FALLBACK_INTERCONNECT_GBPS);

/** Whether one of `known` is no stronger than `s` (a loop: a closure per look would cost more than the look). */
function anyWeaker(s: Scenario, known: readonly Scenario[]): boolean {
  for (const weaker of known) if (atLeastAsStrong(s, weaker)) return true;
  return false;
}

/** 0, 1, ..., n - 1, pushed one by one (see withRoom). */
function inOrder(n: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < n; i++) list.push(i);
  return list;
}

/**
 * `first`, then room for `n - 1` more, filled later. Made whole up front: an array that grows past its end changes
 * its kind, and V8 throws away the code it optimized for the old one (as it does for arrays Array.prototype.map makes
 * once it is optimized).
 */
function withRoom<T>(first: T, n: number): (T | undefined)[] {
  const list: (T | undefined)[] = [first];
  for (let i = 1; i < n; i++) list.push(undefined);
  return list;
}

/** A configuration that passed the screen, and a floor on its monthly cost (the replicas at its rate ceiling). */
type Configuration = { modelId: string; hardware: string; deviceCount: number; precision: WeightFormat; bound: number; seq: number };
type Ranked = Candidate & { seq: number };

/**
 * Room for the screened configurations: a floor, the search order, and the indices of what each is, packed in one
 * (no object per configuration), and a heap of their positions. Made once, grown as needed, and reused by every
 * search (one runs at a time, start to end), so that a search allocates none of it.
 */
const room = { bounds: new Float64Array(1024), seqs: new Float64Array(1024), codes: new Int32Array(1024), heap: new Int32Array(1024) };

/** Doubles the room, keeping the first `count` configurations. */
function grow(count: number): void {
  const size = room.bounds.length * 2;
  const bounds = new Float64Array(size);
  const seqs = new Float64Array(size);
  const codes = new Int32Array(size);
  bounds.set(room.bounds.subarray(0, count));
  seqs.set(room.seqs.subarray(0, count));
  codes.set(room.codes.subarray(0, count));
  Object.assign(room, { bounds, seqs, codes, heap: new Int32Array(size) });
}

/**
 * The configurations that passed the screen, cheapest floor first (in search order among equals). Thousands live
 * through the search and it usually stops after a few hundred, so they are kept in typed arrays (`room`) and taken
 * from a binary heap of their positions rather than sorted.
 */
class Screened {
  private count = 0;

  /** Configurations of `modelIds` x `hardwareIds` x `deviceCounts` x `precisions`. */
  constructor(
    private readonly modelIds: readonly string[],
    private readonly hardwareIds: readonly string[],
    private readonly deviceCounts: readonly number[],
    private readonly precisions: readonly WeightFormat[],
  ) {}

  get size(): number {
    return this.count;
  }

  add(model: number, hardware: number, device: number, precision: number, bound: number, seq: number): void {
    const i = this.count++;
    if (i === room.bounds.length) grow(i);
    room.bounds[i] = bound;
    room.seqs[i] = seq;
    room.codes[i] = ((model * this.hardwareIds.length + hardware) * this.deviceCounts.length + device) * this.precisions.length + precision;
  }

  *byBound(): Generator<Configuration> {
    const { bounds, seqs, codes, heap } = room;
    const size0 = this.count;
    for (let i = 0; i < size0; i++) heap[i] = i;
    const before = (a: number, b: number) => bounds[a]! < bounds[b]! || (bounds[a] === bounds[b] && seqs[a]! < seqs[b]!);
    const down = (from: number, size: number) => {
      let i = from;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= size) return;
        const child = l + 1 < size && before(heap[l + 1]!, heap[l]!) ? l + 1 : l;
        if (!before(heap[child]!, heap[i]!)) return;
        const t = heap[i]!;
        heap[i] = heap[child]!;
        heap[child] = t;
        i = child;
      }
    };
    for (let i = (size0 >> 1) - 1; i >= 0; i--) down(i, size0);
    const P = this.precisions.length;
    const D = this.deviceCounts.length;
    const H = this.hardwareIds.length;
    for (let size = size0; size > 0; size--) {
      const i = heap[0]!;
      const code = codes[i]!;
      const rest = Math.floor(code / P);
      const hardwareAndModel = Math.floor(rest / D);
      yield {
        modelId: this.modelIds[Math.floor(hardwareAndModel / H)]!,
        hardware: this.hardwareIds[hardwareAndModel % H]!,
        deviceCount: this.deviceCounts[rest % D]!,
        precision: this.precisions[code % P]!,
        bound: bounds[i]!,
        seq: seqs[i]!,
      };
      heap[0] = heap[size - 1]!;
      down(0, size - 1);
    }
  }
}

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

  /**
   * Whether a candidate costing at least `monthlyUSD` a month and taking at least `e2eMs` end to end would be left
   * out: the list is full and its last is cheaper, or as cheap and faster.
   */
  excludes(monthlyUSD: number, e2eMs = 0): boolean {
    const last = this.best.length < this.limit ? undefined : this.best[this.best.length - 1]!;
    return last !== undefined && (monthlyUSD > last.monthlyUSD || (monthlyUSD === last.monthlyUSD && e2eMs > last.e2eMs));
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
  const largest = largestBatchMeeting(s, slo, outcome.cap, outcome.first);
  return sized(s, request, largest, outcome.first, requestsPerSecond, replicasFor(s, slo, requestsPerSecond, largest));
}


/**
 * A request rate (all devices) that no batch up to `maxBatch` reaches, by the model below: every token takes at
 * least 2 x its block parameters in FLOPs at no better than the compute-efficiency ceiling, and every decode step
 * streams at least the weights outside the routed experts. Searches prune with it; it is never a prediction.
 */
function rateCeiling(s: Scenario, maxBatch: number): number {
  const m = s.shape;
  const a = s.assumptions;
  const n = s.deviceCount;
  const flopsPerRequest = 2 * m.blockMatmulParamsPerToken * (s.inputTokens + s.outputTokens - 1);
  const computeSPerRequest = flopsPerRequest / n / (s.peak.tflops * FLOPS_PER_TFLOP * a.computeEfficiency);
  let ceiling = 1 / computeSPerRequest;
  if (s.outputTokens > 1) {
    const leastParams = m.totalParams - m.moeLayers * m.numExperts * m.expertParams - (isTied(s) ? 0 : m.embeddingParams);
    const stepS = (leastParams * BYTES_PER_ELEMENT[s.precision.weights]) / n / (s.hardware.spec.bandwidthGBps * 1e9 * a.bandwidthEfficiency);
    ceiling = Math.min(ceiling, maxBatch / ((s.outputTokens - 1) * stepS));
  }
  // A hair above, so that rounding in the exact figures can never put them over it.
  return ceiling * (1 + 1e-9);
}

/**
 * The same scenario on `deviceCount` devices (written out field by field: much faster than a spread). Here, with
 * the search, its one user: the widget's first bundle, which holds scenario.ts, need not carry it.
 */
const withDeviceCount = (s: Scenario, deviceCount: number): Scenario => ({
  model: s.model,
  shape: s.shape,
  hardware: s.hardware,
  deviceCount,
  precision: s.precision,
  inputTokens: s.inputTokens,
  outputTokens: s.outputTokens,
  batchSize: s.batchSize,
  deployment: s.deployment,
  assumptions: s.assumptions,
  continuousBatching: s.continuousBatching,
  peak: s.peak,
  halfSaturationTokens: s.halfSaturationTokens,
  load: s.load,
});

/** The whole replicas a load needs when each serves `perReplica` requests a second (a hair of rounding forgiven). */
const wholeReplicas = (requestsPerSecond: number, perReplica: number): number => Math.ceil(requestsPerSecond / perReplica - 1e-9);

/** What those replicas cost a month, at `perHourUSD` each. */
const wholeReplicasMonthly = (requestsPerSecond: number, perReplica: number, perHourUSD: number): number =>
  wholeReplicas(requestsPerSecond, perReplica) * perHourUSD * HOURS_PER_MONTH;

/** Whether one replica can meet the SLOs at all: something fits, and batch 1 (the fastest) meets them. */
function screen(s: Scenario, slo: Slo): { cap: number; first: RequestTiming } | Reason {
  countSteps();
  const cap = batchCap(s);
  if (cap < 1) return "memory";
  const first = requestTiming(s, 1);
  return sloMiss(slo, first) ?? { cap, first };
}

/**
 * Replicas for the load: enough that each serves its share at the largest batch meeting the SLOs, and, with a
 * target for time to first token, enough that its 95th percentile with queueing meets it (shared/load.ts): an SLO
 * holds at this load, not only for a request alone. More replicas only lower each one's load, so the fewest that
 * meet it are found by doubling, then halving.
 */
function replicasFor(s: Scenario, slo: Slo, requestsPerSecond: number, largest: Sized): number {
  const fewest = wholeReplicas(requestsPerSecond, largest.timing.requestsPerSec);
  const limit = slo.ttftMs;
  const replica = limit === undefined ? null : serving(s);
  if (limit === undefined || replica === null) return fewest;
  const meets = (replicas: number) => {
    countSteps();
    return replica.meetsTtftP95(requestsPerSecond, replicas, limit);
  };
  if (meets(fewest)) return fewest;
  const first = replica.at(requestsPerSecond, fewest);
  // A first guess without timings: the utilization at which the queue's 95th percentile fits in what the time to
  // first token leaves (the rest held as it is at the fewest replicas), then the fewest replicas under it.
  const base = first.overloaded ? limit / 2 : first.ttftP95Ms! - waitQuantileMs(0.95, first.utilization, replica.serviceMs);
  let low = 0;
  let high = 1;
  for (let i = 0; i < 40; i++) {
    const u = (low + high) / 2;
    if (base + waitQuantileMs(0.95, u, replica.serviceMs) <= limit) low = u;
    else high = u;
  }
  let lo = fewest;
  let hi = Math.max(fewest + 1, Math.ceil(requestsPerSecond / (Math.max(low, 1e-6) * replica.capacity) - 1e-9));
  while (!meets(hi)) [lo, hi] = [hi, hi * 2];
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (meets(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Replicas for the load at the largest batch that meets the SLOs, each running the smallest batch its share fills
 * (which costs the same and answers faster).
 */
function sized(s: Scenario, request: EstimateRequest, largest: Sized, first: RequestTiming, requestsPerSecond: number, replicas: number): Candidate {
  const { batch, timing } = smallestBatchServing(s, requestsPerSecond / replicas, largest, first);
  const monthlyUSD = replicas * hourlyUSD(s)! * HOURS_PER_MONTH;
  return {
    request: { ...request, batchSize: batch },
    replicas,
    monthlyUSD,
    usdPerMillionOutputTokens: (monthlyUSD / (requestsPerSecond * s.outputTokens * SECONDS_PER_MONTH)) * 1e6,
    e2eMs: timing.e2eMs,
  };
}

type Sized = { batch: number; timing: RequestTiming };

/** A request's own prefill, from its timing at batch 1 (where the batch's prefill is its own). */
const ownPrefill = (atOne: RequestTiming): StepTime => ({ ms: atOne.prefillMs, bound: atOne.prefillBound });

/** A batch size, its timing, and how far it is from a boundary (>= 0 on the near side, < 0 past it). */
type Probe = { batch: number; timing: RequestTiming; score: number };

/**
 * The edge of a bracket: given `lo` on the near side (score >= 0) and `hi` past it (score < 0), the last batch on
 * the near side, whose next batch is past it. Latency and rate are close to linear in the batch, so interpolating
 * between the ends (false position) usually lands within a batch or two in a few timings; a step that does not at
 * least halve the bracket is followed by a halving one, so it never takes much more than a binary search would.
 */
function edge(lo: Probe, hi: Probe, probe: (batch: number) => Probe, interpolate = true): { lo: Probe; hi: Probe } {
  let halve = !interpolate;
  while (hi.batch - lo.batch > 1) {
    const width = hi.batch - lo.batch;
    const interpolated = lo.batch + Math.round((width * lo.score) / (lo.score - hi.score));
    const next = halve ? lo.batch + Math.floor(width / 2) : Math.min(hi.batch - 1, Math.max(lo.batch + 1, interpolated));
    const p = probe(next);
    if (p.score >= 0) lo = p;
    else hi = p;
    halve = !interpolate || (!halve && hi.batch - lo.batch > width / 2);
  }
  return { lo, hi };
}

/** How much room a timing leaves under the SLOs, as the smallest share of a limit left (negative: a miss). */
function sloRoom(slo: Slo, t: RequestTiming): number {
  let room = 1;
  if (slo.ttftMs !== undefined) room = Math.min(room, (slo.ttftMs - t.ttftMs) / slo.ttftMs);
  if (slo.tpotMs !== undefined) room = Math.min(room, (slo.tpotMs - t.tpotMs) / slo.tpotMs);
  if (slo.e2eMs !== undefined) room = Math.min(room, (slo.e2eMs - t.e2eMs) / slo.e2eMs);
  return room;
}

/** Smallest batch whose request rate covers `requestsPerSecond` (the largest batch is known to). */
function smallestBatchServing(s: Scenario, requestsPerSecond: number, largest: Sized, atOne: RequestTiming): Sized {
  if (atOne.requestsPerSec >= requestsPerSecond) return { batch: 1, timing: atOne };
  const own = ownPrefill(atOne);
  const seq = sequenceCosts(s);
  // The near side is "not yet serving the load"; the edge's far end is the answer.
  const short = (timing: RequestTiming) => (requestsPerSecond - timing.requestsPerSec) / requestsPerSecond - (timing.requestsPerSec >= requestsPerSecond ? 1 : 0);
  const probe = (batch: number) => {
    const timing = requestTiming(s, batch, own, seq);
    return { batch, timing, score: short(timing) };
  };
  // Halving only: where a batch's rate dips at a prefill-chunk boundary, it finds the smaller of two edges.
  const { hi } = edge({ batch: 1, timing: atOne, score: short(atOne) }, { batch: largest.batch, timing: largest.timing, score: short(largest.timing) }, probe, false);
  return { batch: hi.batch, timing: hi.timing };
}

/** Latency grows with the batch and cost per request falls, so the cheapest setup runs the largest batch that meets the SLOs. */
function largestBatchMeeting(s: Scenario, slo: Slo, cap: number, atOne: RequestTiming): Sized {
  const own = ownPrefill(atOne);
  const seq = sequenceCosts(s);
  const atCap = cap === 1 ? atOne : requestTiming(s, cap, own, seq);
  if (sloMiss(slo, atCap) === null) return { batch: cap, timing: atCap };
  // The room under the SLOs, made negative for a miss even when rounding would leave it at zero.
  const room = (timing: RequestTiming) => (sloMiss(slo, timing) === null ? Math.max(0, sloRoom(slo, timing)) : Math.min(-1e-12, sloRoom(slo, timing)));
  const probe = (batch: number) => {
    const timing = requestTiming(s, batch, own, seq);
    return { batch, timing, score: room(timing) };
  };
  const { lo } = edge({ batch: 1, timing: atOne, score: room(atOne) }, { batch: cap, timing: atCap, score: room(atCap) }, probe);
  return { batch: lo.batch, timing: lo.timing };
}
