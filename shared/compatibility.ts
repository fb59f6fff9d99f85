// The verdict (compatible / marginal / incompatible) with its reasons; the fixes a person can apply (suggestions in
// prose, and the same as request changes) come from ./fixes.ts.
import type { Scenario } from "./scenario.js";
import type { Compatibility, Fix } from "./schema/result.js";
import { addCloudFix, addContextFix, addEvenSplitFix, suggestMemoryFixes } from "./fixes.js";
import { maxBatchThatFits, memoryUse, type MemoryUse } from "./memory.js";

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;

export function apiCompatibility(s: Scenario): Compatibility {
  const api = s.model.api!;
  const reasons: string[] = [];
  const suggestions: string[] = [];
  const fixes: Fix[] = [];
  if (s.deployment !== "cloud") {
    reasons.push(`weights not available: ${s.model.name} is served only through ${api.provider}'s API`);
    addCloudFix(suggestions, fixes);
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
    addEvenSplitFix(s, suggestions, fixes);
  }
  return { verdict: openVerdict(s, batch, maxBatch, { mem: use }), reasons, suggestions, fixes };
}

export { maxBatchThatFits };
