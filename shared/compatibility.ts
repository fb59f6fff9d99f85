// The verdict (compatible / marginal / incompatible) with its reasons and concrete fixes a person can apply.
import type { Scenario } from "./scenario.js";
import { resolvePrecision } from "./scenario.js";
import type { Precision } from "./schema/common.js";
import type { Compatibility, Fix } from "./schema/result.js";
import { maxBatchThatFits, memoryUse, type MemoryUse } from "./memory.js";
import { BYTES_PER_ELEMENT } from "./units.js";
import { countSteps } from "./work.js";

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;
const QUALITY_ORDER: readonly Precision[] = ["fp32", "bf16", "fp16", "fp8", "int8", "fp4", "int4"];
const DEVICE_COUNTS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

/** A batch fits when its KV cache fits in what the engine reserves after weights, overhead and workspace. */
const fitsAt = (s: Scenario, batch: number) => {
  countSteps();
  return batch <= maxBatchThatFits(s);
};

export function apiCompatibility(s: Scenario): Compatibility {
  const api = s.model.api!;
  const reasons: string[] = [];
  const suggestions: string[] = [];
  const fixes: Fix[] = [];
  if (s.deployment !== "cloud") {
    reasons.push(`weights not available: ${s.model.name} is served only through ${api.provider}'s API`);
    suggestions.push("use the cloud deployment (the provider's API), or pick an open-weights model to self-host");
    fixes.push({ field: "deployment", value: "cloud", label: "Use the provider's API (cloud)" });
  }
  if (s.inputTokens + s.outputTokens > api.contextWindowTokens) {
    reasons.push(`${s.inputTokens + s.outputTokens} tokens exceed the ${api.contextWindowTokens}-token context window`);
    addContextFix(s, api.contextWindowTokens, suggestions, fixes);
  }
  if (api.maxOutputTokens !== undefined && s.outputTokens > api.maxOutputTokens) {
    reasons.push(`${s.outputTokens} output tokens exceed the API's limit of ${api.maxOutputTokens}`);
  }
  return { verdict: reasons.length > 0 ? "incompatible" : "compatible", reasons, suggestions, fixes };
}

function addContextFix(s: Scenario, window: number, suggestions: string[], fixes: Fix[]) {
  const room = window - s.outputTokens;
  if (room >= 1) {
    suggestions.push(`shorten the prompt to at most ${room} tokens`);
    fixes.push({ field: "inputTokens", value: room, label: `Prompt of ${room} tokens` });
  }
}

const exceedsContext = (s: Scenario): boolean => s.shape.maxContextTokens !== null && s.inputTokens + s.outputTokens > s.shape.maxContextTokens;
const unevenSplit = (s: Scenario): boolean => s.deviceCount > 1 && s.shape.numHeads % s.deviceCount !== 0;

/**
 * The verdict alone (what sweeps ask for); openCompatibility gives the same verdict with its reasons. The memory
 * use is read only when the batch is past what fits.
 */
export function openVerdict(s: Scenario, batch: number, maxBatch: number, use: { readonly mem: MemoryUse }): Compatibility["verdict"] {
  if (exceedsContext(s) || (batch > maxBatch && use.mem.perDeviceBytes > use.mem.capacityPerDeviceBytes)) return "incompatible";
  return batch > maxBatch || unevenSplit(s) ? "marginal" : "compatible";
}

export function openCompatibility(s: Scenario, batch: number, maxBatch: number, use: MemoryUse = memoryUse(s, batch)): Compatibility {
  const reasons: string[] = [];
  const suggestions: string[] = [];
  const fixes: Fix[] = [];

  const context = s.inputTokens + s.outputTokens;
  const maxContext = s.shape.maxContextTokens;
  if (maxContext !== null && exceedsContext(s)) {
    reasons.push(`${context} tokens exceed the model's ${maxContext}-token context`);
    addContextFix(s, maxContext, suggestions, fixes);
  }

  const capacity = use.capacityPerDeviceBytes;
  if (batch > maxBatch) {
    if (use.perDeviceBytes > capacity) {
      reasons.push(`needs ${gb(use.perDeviceBytes)} per device but ${s.hardware.name} has ${gb(capacity)}`);
    } else {
      const share = Math.round(s.assumptions.usableMemoryFraction * 100);
      reasons.push(
        `fits only if the engine gives the KV cache more than the ${share}% of free memory it reserves by default (${gb(use.perDeviceBytes)} of ${gb(capacity)} per device)`,
      );
    }
    suggestMemoryFixes(s, batch, maxBatch, suggestions, fixes);
  }

  const n = s.deviceCount;
  if (unevenSplit(s)) {
    reasons.push(`${s.shape.numHeads} attention heads do not split evenly across ${n} devices (tensor parallelism)`);
    const even = DEVICE_COUNTS.filter((d) => d >= n && s.shape.numHeads % d === 0)[0];
    if (even !== undefined) {
      suggestions.push(`use ${even} devices`);
      fixes.push({ field: "deviceCount", value: even, label: `${even} devices` });
    }
  }
  return { verdict: openVerdict(s, batch, maxBatch, { mem: use }), reasons, suggestions, fixes };
}

function suggestMemoryFixes(s: Scenario, batch: number, maxBatch: number, suggestions: string[], fixes: Fix[]) {
  const checkBatch = s.batchSize === "max" ? 1 : batch;
  if (s.batchSize !== "max" && maxBatch >= 1 && maxBatch < batch) {
    suggestions.push(`lower the batch to ${maxBatch} (the largest that fits)`);
    fixes.push({ field: "batchSize", value: maxBatch, label: `Batch ${maxBatch}` });
  }
  const current = BYTES_PER_ELEMENT[s.precision.weights];
  for (const p of QUALITY_ORDER) {
    if (BYTES_PER_ELEMENT[p] >= current) continue;
    if (p === "fp4" && s.hardware.spec.tflops.fp4 === undefined) continue;
    if (fitsAt({ ...s, precision: resolvePrecision(p) }, checkBatch)) {
      suggestions.push(`quantize the weights to ${p}`);
      fixes.push({ field: "precision", value: p, label: `Weights in ${p}` });
      break;
    }
  }
  for (const d of DEVICE_COUNTS) {
    if (d <= s.deviceCount) continue;
    if (fitsAt({ ...s, deviceCount: d }, checkBatch)) {
      suggestions.push(`spread the model over ${d} devices (tensor parallel)`);
      fixes.push({ field: "deviceCount", value: d, label: `${d} devices` });
      break;
    }
  }
  if (suggestions.length === 0) suggestions.push("no single change fits this model: try a larger device, or combine quantization and more devices");
}

export { maxBatchThatFits };
