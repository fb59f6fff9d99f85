// Roofline timing: each step takes the larger of compute and memory time, plus tensor-parallel all-reduces
// and a fixed per-step overhead; prefill is one pass over the prompt, decode one step per output token.
import type { Scenario } from "./scenario.js";
import type { Precision } from "./schema/common.js";
import type { HardwareSpec } from "./schema/hardware.js";
import type { Bound } from "./schema/result.js";
import { decodeAttentionFlops, expectedExpertsTouched, prefillAttentionFlops } from "./params.js";
import { kvBytesPerSequence, kvShareOnOneDevice } from "./memory.js";
import { BYTES_PER_ELEMENT, FLOPS_PER_TFLOP } from "./units.js";
import { countSteps } from "./work.js";

/** A step's (or several identical steps') time and what bounds it. */
export type StepTime = { ms: number; bound: Bound };

/** PCIe Gen4 x16, both directions: assumed when a multi-device setup names no interconnect. */
export const FALLBACK_INTERCONNECT_GBPS = 64;

const FALLBACK_ORDER: readonly Precision[] = ["fp16", "bf16", "fp8", "int8", "fp32", "int4", "fp4"];

export type Peak = { tflops: number; precision: Precision };

/** Dense peak TFLOPS for the compute format, or the nearest format the hardware lists. */
export function peakTflops(spec: HardwareSpec, wanted: Precision): Peak {
  const t = spec.tflops;
  const direct = t[wanted];
  if (direct !== undefined) return { tflops: direct, precision: wanted };
  if (wanted === "fp16" || wanted === "bf16") {
    const twin = t[wanted === "fp16" ? "bf16" : "fp16"];
    if (twin !== undefined) return { tflops: twin, precision: wanted === "fp16" ? "bf16" : "fp16" };
  }
  for (const p of FALLBACK_ORDER) {
    const v = t[p];
    if (v !== undefined) return { tflops: v, precision: p };
  }
  // Unreachable: resolveHardware rejects hardware without any TFLOPS figure.
  return { tflops: 1, precision: wanted };
}

/** Compute efficiency grows with the tokens a step processes: small steps cannot fill the matrix units. */
export function computeEfficiency(s: Scenario, tokensPerStep: number): number {
  const a = s.assumptions;
  return (a.computeEfficiency * tokensPerStep) / (tokensPerStep + s.halfSaturationTokens);
}

/** Ring all-reduces of the hidden state, two per layer (after attention and after the MLP). */
export function allReduceMs(s: Scenario, tokensPerStep: number): number {
  const n = s.deviceCount;
  if (n <= 1) return 0;
  const a = s.assumptions;
  const linkGBps = s.hardware.spec.interconnectGBps ?? FALLBACK_INTERCONNECT_GBPS;
  // Datasheets quote both directions; a ring sends and receives at once, so each direction gets half.
  const perDirectionBytesPerMs = ((linkGBps / 2) * 1e9 * a.interconnectEfficiency) / 1000;
  // The residual stream stays in 16-bit even when matrix products run in 8 or 4 bits.
  const bytes = tokensPerStep * s.shape.hiddenSize * (s.precision.activations === "fp32" ? 4 : 2);
  const oneMs = a.allReduceLatencyUs / 1000 + ((2 * (n - 1)) / n) * (bytes / perDirectionBytesPerMs);
  return 2 * s.shape.numLayers * oneMs;
}

/**
 * Bytes of activations one device reads and writes per token outside the matrix products (norms, rotary,
 * residual adds, the gated activation): a few 16-bit vectors of the hidden and MLP widths per layer.
 */
function activationTrafficBytes(s: Scenario, tokens: number): number {
  const m = s.shape;
  const width = m.hiddenSize + m.activeMlpWidth / s.deviceCount;
  return tokens * s.assumptions.activationTrafficPerLayer * m.numLayers * width * 2;
}

/** `steps` identical steps, each of `tokensPerStep` tokens, `flopsPerDevice` and `bytesPerDevice`. */
function stepTime(s: Scenario, tokensPerStep: number, flopsPerDevice: number, bytesPerDevice: number, steps = 1): StepTime {
  const peak = s.peak.tflops * FLOPS_PER_TFLOP;
  const computeMs = (flopsPerDevice / (peak * computeEfficiency(s, tokensPerStep))) * 1000;
  const bytes = bytesPerDevice + activationTrafficBytes(s, tokensPerStep);
  const memoryMs = (bytes / (s.hardware.spec.bandwidthGBps * 1e9 * s.assumptions.bandwidthEfficiency)) * 1000;
  const communicationMs = allReduceMs(s, tokensPerStep);
  const overheadMs = s.assumptions.stepOverheadMs;
  const slowest = Math.max(computeMs, memoryMs);
  const bound: Bound = communicationMs > slowest ? "communication" : computeMs >= memoryMs ? "compute" : "memory";
  return { ms: (slowest + communicationMs + overheadMs) * steps, bound };
}

/** Bytes of weights one forward step streams from memory when `tokens` tokens pass through (all devices). */
function weightBytesRead(s: Scenario, tokens: number): number {
  const m = s.shape;
  const untouchedExperts = m.moeLayers === 0 ? 0 : m.moeLayers * (m.numExperts - expectedExpertsTouched(m, tokens)) * m.expertParams;
  // The input embedding is a lookup of a few rows; a tied table is read in full as the LM head.
  const params = m.totalParams - untouchedExperts - (isTied(s) ? 0 : m.embeddingParams);
  return params * BYTES_PER_ELEMENT[s.precision.weights];
}

/** Whether the LM head is the input embedding table (read in full by every step). */
export const isTied = (s: Scenario): boolean => s.model.architecture?.tieEmbeddings === true;

/** Prefill of `batch` prompts of the scenario's input length, in chunks of at most prefillChunkTokens. */
export function prefillTime(s: Scenario, batch: number, seq: SequenceCosts = sequenceCosts(s)): StepTime {
  const m = s.shape;
  const n = s.deviceCount;
  const totalTokens = batch * s.inputTokens;
  const chunk = Math.min(totalTokens, s.assumptions.prefillChunkTokens);
  const steps = Math.ceil(totalTokens / chunk);
  const flops = 2 * m.blockMatmulParamsPerToken * totalTokens + seq.prefillAttentionFlops * batch + 2 * m.lmHeadParams * batch;
  const kvWriteBytes = batch * seq.kvWriteBytes;
  const weightsPerStep = weightBytesRead(s, chunk) / n;
  return stepTime(s, chunk, flops / n / steps, weightsPerStep + kvWriteBytes / steps, steps);
}

/** What one sequence costs whatever the batch: its attention FLOPs and the KV-cache bytes one device moves for it. */
export type SequenceCosts = { prefillAttentionFlops: number; kvWriteBytes: number; decodeAttentionFlops: number; kvReadBytes: number };

/** A sequence's costs over its prompt (prefill) and at the mean context of its generation (a decode step). */
export function sequenceCosts(s: Scenario): SequenceCosts {
  const m = s.shape;
  const share = kvShareOnOneDevice(s);
  const meanContext = s.inputTokens + s.outputTokens / 2;
  return {
    prefillAttentionFlops: prefillAttentionFlops(m, s.inputTokens),
    kvWriteBytes: kvBytesPerSequence(s, s.inputTokens) * share,
    decodeAttentionFlops: decodeAttentionFlops(m, meanContext),
    kvReadBytes: kvBytesPerSequence(s, meanContext) * share * s.assumptions.kvCachePassesPerStep,
  };
}

/** One decode step for `batch` sequences at the mean context of their generation. */
export function decodeStepTime(s: Scenario, batch: number, seq: SequenceCosts = sequenceCosts(s)): StepTime {
  const m = s.shape;
  const n = s.deviceCount;
  const flops = batch * (2 * m.blockMatmulParamsPerToken + 2 * m.lmHeadParams) + batch * seq.decodeAttentionFlops;
  const kvReadBytes = batch * seq.kvReadBytes;
  return stepTime(s, batch, flops / n, weightBytesRead(s, batch) / n + kvReadBytes);
}

/**
 * What a client sees at this batch: its own timeline (network added once) and the batch's sustained rates. A class
 * whose derived figures are getters: it is built for every sweep point, and each stored number costs an allocation.
 */
export class RequestTiming {
  constructor(
    /** From arrival to first token, without the network. */
    readonly prefillMs: number,
    /** Mean time per output token, including other requests' prefills that share the steps. */
    readonly tpotMs: number,
    /** Time for the whole batch to turn over once: every prompt prefilled, every token generated. */
    readonly cycleMs: number,
    readonly prefillBound: Bound,
    readonly decodeBound: Bound,
    readonly networkMs: number,
    private readonly batch: number,
    private readonly outputTokens: number,
  ) {}

  /** After the first token: (outputTokens - 1) x tpotMs. */
  get decodeMs(): number {
    return (this.outputTokens - 1) * this.tpotMs;
  }
  get ttftMs(): number {
    return this.networkMs + this.prefillMs;
  }
  get e2eMs(): number {
    return this.networkMs + this.prefillMs + this.decodeMs;
  }
  get requestsPerSec(): number {
    return this.batch / (this.cycleMs / 1000);
  }
  get outputTokensPerSec(): number {
    return (this.batch * this.outputTokens) / (this.cycleMs / 1000);
  }
}

/**
 * One request's timeline and the batch's turnover. Static batching (eager generate(), llama.cpp): the batch
 * prefills together, then decodes together. Continuous batching (optimized servers): a request's prompt is
 * prefilled as it arrives, in a step it shares with the running batch, and the other requests' prefills
 * interleave with its decode steps, so their cost spreads over its output tokens. `own`, when known, is a
 * request's own prefill (batch 1's): searches over the batch pass it to save its timing.
 */
export function requestTiming(s: Scenario, batch: number, own?: StepTime, seq: SequenceCosts = sequenceCosts(s)): RequestTiming {
  countSteps();
  const batchPrefill = prefillTime(s, batch, seq);
  const decodeStep = decodeStepTime(s, batch, seq);
  const cycleMs = batchPrefill.ms + (s.outputTokens - 1) * decodeStep.ms;
  const networkMs = s.assumptions.networkRoundTripMs;
  if (!s.continuousBatching || batch === 1) {
    return new RequestTiming(batchPrefill.ms, decodeStep.ms, cycleMs, batchPrefill.bound, decodeStep.bound, networkMs, batch, s.outputTokens);
  }
  own ??= prefillTime(s, 1, seq);
  const othersPrefillPerToken = (batchPrefill.ms * (batch - 1)) / batch / s.outputTokens;
  const tpotMs = decodeStep.ms + othersPrefillPerToken;
  return new RequestTiming(own.ms + decodeStep.ms, tpotMs, cycleMs, own.bound, decodeStep.bound, networkMs, batch, s.outputTokens);
}
