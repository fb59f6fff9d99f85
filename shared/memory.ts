// Memory per device: weights, KV cache, activation workspace and runtime overhead; the largest batch that fits.
import type { Scenario } from "./scenario.js";
import { attendedTokensAllLayers } from "./params.js";
import { BYTES_PER_ELEMENT } from "./units.js";

export type MemoryUse = {
  weightsBytes: number;
  weightsPerDeviceBytes: number;
  kvBytes: number;
  kvPerDeviceBytes: number;
  /** Activation workspace, all devices. */
  activationBytes: number;
  /** Runtime overhead, all devices. */
  overheadBytes: number;
  totalBytes: number;
  perDeviceBytes: number;
  capacityPerDeviceBytes: number;
  kvBytesPerToken: number;
};

/** Bytes of the stored weights at the weight precision (every parameter, embeddings included). */
export const weightsBytes = (s: Scenario): number => s.shape.totalParams * BYTES_PER_ELEMENT[s.precision.weights];

/** KV-cache bytes one token adds across all layers (no sliding-window cap). */
export const kvBytesPerToken = (s: Scenario): number =>
  s.shape.numLayers * s.shape.kvElementsPerTokenPerLayer * BYTES_PER_ELEMENT[s.precision.kvCache];

/** KV-cache bytes one sequence of `contextTokens` holds, with sliding-window layers capped at the window. */
export const kvBytesPerSequence = (s: Scenario, contextTokens: number): number =>
  attendedTokensAllLayers(s.shape, contextTokens) * s.shape.kvElementsPerTokenPerLayer * BYTES_PER_ELEMENT[s.precision.kvCache];

/**
 * Share of the KV cache one device holds under tensor parallelism: heads split across devices, but a device
 * holds at least one whole KV head, and an MLA latent is replicated on every device.
 */
export function kvShareOnOneDevice(s: Scenario): number {
  if (s.shape.kvReplicatedAcrossDevices) return 1;
  return Math.max(1 / s.deviceCount, 1 / s.shape.numKvHeads);
}

/** Transient activation workspace of one device: the largest prefill step plus the logits of the batch. */
export function activationBytesPerDevice(s: Scenario, batch: number): number {
  const a = s.assumptions;
  const tokens = Math.min(batch * s.inputTokens, a.prefillChunkTokens);
  const actBytes = BYTES_PER_ELEMENT[s.precision.activations];
  const perToken = (4 * s.shape.hiddenSize + (2 * s.shape.activeMlpWidth) / s.deviceCount) * actBytes;
  const logits = (batch * s.shape.vocabSize * 4) / s.deviceCount;
  return tokens * perToken + logits;
}

export function memoryUse(s: Scenario, batch: number): MemoryUse {
  const n = s.deviceCount;
  const weights = weightsBytes(s);
  const kvPerSeq = kvBytesPerSequence(s, s.inputTokens + s.outputTokens);
  const kv = batch * kvPerSeq;
  const activationPerDevice = activationBytesPerDevice(s, batch);
  const overheadPerDevice = s.assumptions.runtimeOverheadGB * 1e9;
  const kvPerDevice = kv * kvShareOnOneDevice(s);
  const perDevice = weights / n + kvPerDevice + activationPerDevice + overheadPerDevice;
  return {
    weightsBytes: weights,
    weightsPerDeviceBytes: weights / n,
    kvBytes: kv,
    kvPerDeviceBytes: kvPerDevice,
    activationBytes: activationPerDevice * n,
    overheadBytes: overheadPerDevice * n,
    totalBytes: weights + kvPerDevice * n + (activationPerDevice + overheadPerDevice) * n,
    perDeviceBytes: perDevice,
    capacityPerDeviceBytes: s.hardware.spec.memoryGB * 1e9,
    kvBytesPerToken: kvBytesPerToken(s),
  };
}

/** Largest batch whose per-device memory stays within the share of capacity the engine may fill (0 if none). */
export function maxBatchThatFits(s: Scenario, limit = 1_000_000): number {
  const budget = s.hardware.spec.memoryGB * 1e9 * s.assumptions.usableMemoryFraction;
  const fits = (b: number) => memoryUse(s, b).perDeviceBytes <= budget;
  if (!fits(1)) return 0;
  // Per-device memory grows linearly in the batch once the prefill workspace is full; bracket, then bisect.
  let lo = 1;
  let hi = 2;
  while (hi <= limit && fits(hi)) {
    lo = hi;
    hi *= 2;
  }
  if (hi > limit) return fits(limit) ? limit : bisect(lo, limit, fits);
  return bisect(lo, hi, fits);
}

function bisect(lo: number, hi: number, fits: (b: number) => boolean): number {
  // Invariant: fits(lo) and !fits(hi).
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
