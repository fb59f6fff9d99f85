// Memory per device: weights, KV cache, activation workspace and runtime overhead; the largest batch that fits.
import type { Scenario } from "./scenario.js";
import { cacheBytesPerSequence, kvElementsPerToken, recurrentStateBytesPerElement } from "./params.js";
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

/** KV-cache bytes one token adds across all layers (no sliding-window cap; linear-attention layers add none). */
export const kvBytesPerToken = (s: Scenario): number => kvElementsPerToken(s.shape) * BYTES_PER_ELEMENT[s.precision.kvCache];

/**
 * KV-cache bytes one sequence of `contextTokens` holds, with sliding-window and chunked layers capped at their span,
 * plus the fixed recurrent state of linear-attention layers.
 */
export const kvBytesPerSequence = (s: Scenario, contextTokens: number): number =>
  cacheBytesPerSequence(s.shape, contextTokens, BYTES_PER_ELEMENT[s.precision.kvCache], recurrentStateBytesPerElement(BYTES_PER_ELEMENT[s.precision.activations]));

/**
 * Share of the KV cache one device holds under tensor parallelism: heads split across devices, but a device
 * holds at least one whole KV head, and an MLA latent is replicated on every device.
 */
export function kvShareOnOneDevice(s: Scenario): number {
  if (s.shape.kvReplicatedAcrossDevices) return 1;
  return Math.max(1 / s.deviceCount, 1 / s.shape.numKvHeads);
}

/** The per-device figures memoryUse, kvBudgetPerDevice and maxBatchThatFits share: compute once, pass to each. */
export const memoryParts = (s: Scenario): MemoryParts => perDeviceParts(s);

/**
 * Per-device memory is linear in the batch in two pieces:
 * fixed + batch x perSequence + workspace, where the prefill workspace holds min(batch x prompt, chunk) tokens.
 */
export type MemoryParts = ReturnType<typeof perDeviceParts>;

function perDeviceParts(s: Scenario) {
  const n = s.deviceCount;
  const actBytes = BYTES_PER_ELEMENT[s.precision.activations];
  return {
    weights: weightsBytes(s) / n,
    overhead: s.assumptions.runtimeOverheadGB * 1e9,
    kvPerSequence: kvBytesPerSequence(s, s.inputTokens + s.outputTokens) * kvShareOnOneDevice(s),
    // fp32 logits of one sequence's last position, vocabulary split across devices.
    logitsPerSequence: (s.shape.vocabSize * 4) / n,
    // Hidden states, attention and MLP intermediates of one token in flight during prefill.
    workspacePerToken: (4 * s.shape.hiddenSize + (2 * s.shape.activeMlpWidth) / n) * actBytes,
  };
}

export function memoryUse(s: Scenario, batch: number, p: MemoryParts = perDeviceParts(s)): MemoryUse {
  const n = s.deviceCount;
  const tokensInFlight = Math.min(batch * s.inputTokens, s.assumptions.prefillChunkTokens);
  const activationPerDevice = tokensInFlight * p.workspacePerToken + batch * p.logitsPerSequence;
  const kvPerDevice = batch * p.kvPerSequence;
  const perDevice = p.weights + kvPerDevice + activationPerDevice + p.overhead;
  return {
    weightsBytes: p.weights * n,
    weightsPerDeviceBytes: p.weights,
    kvBytes: batch * kvBytesPerSequence(s, s.inputTokens + s.outputTokens),
    kvPerDeviceBytes: kvPerDevice,
    activationBytes: activationPerDevice * n,
    overheadBytes: p.overhead * n,
    totalBytes: perDevice * n,
    perDeviceBytes: perDevice,
    capacityPerDeviceBytes: s.hardware.spec.memoryGB * 1e9,
    kvBytesPerToken: kvBytesPerToken(s),
  };
}

/**
 * KV-cache bytes per device the engine reserves: a share of the memory left after the weights, the runtime
 * overhead and the prefill workspace for a full chunk (TensorRT-LLM's kv_cache_free_gpu_mem_fraction).
 */
export function kvBudgetPerDevice(s: Scenario, p: MemoryParts = perDeviceParts(s)): number {
  const workspace = Math.min(s.assumptions.prefillChunkTokens, s.assumptions.maxBatchSize * s.inputTokens) * p.workspacePerToken;
  const free = s.hardware.spec.memoryGB * 1e9 - p.weights - p.overhead - workspace;
  return Math.max(0, free * s.assumptions.usableMemoryFraction);
}

/**
 * Largest batch whose KV cache (and logits) fit in the reservation (0 if not even one sequence fits).
 * Only `p` depends on the device count: the parts of another count of the same devices answer for that count.
 */
export function maxBatchThatFits(s: Scenario, limit = 1_000_000, p: MemoryParts = perDeviceParts(s)): number {
  const batch = Math.floor(kvBudgetPerDevice(s, p) / (p.kvPerSequence + p.logitsPerSequence));
  return Math.max(0, Math.min(limit, batch));
}
