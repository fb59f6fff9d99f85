// The fixes for a request that does not fit in memory: the request changes (a smaller batch, a lighter format, more
// devices, both of those, or another catalog device) that make it fit, each the cheapest of its kind. They are a
// search (each candidate sizes its memory), run only for a request that does not fit.
import { HARDWARE } from "./catalog/index.js";
import { maxBatchThatFits } from "./memory.js";
import { resolvePrecision, resolveScenario, type Scenario } from "./scenario.js";
import type { Precision } from "./schema/common.js";
import type { Fix } from "./schema/result.js";
import { BYTES_PER_ELEMENT } from "./units.js";
import { grouped } from "./grouped.js";
import { countSteps } from "./work.js";

/** A fix that changes one field. */
const fix = (field: Fix["field"], value: string | number, label: string): Fix => ({ field, value, label, changes: { [field]: value } });
const QUALITY_ORDER: readonly Precision[] = ["fp32", "bf16", "fp16", "fp8", "int8", "fp4", "int4"];
const DEVICE_COUNTS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];

/** A batch fits when its KV cache fits in what the engine reserves after weights, overhead and workspace. */
const fitsAt = (s: Scenario, batch: number) => {
  countSteps();
  return batch <= maxBatchThatFits(s);
};

/** An API model asked to run locally: use the provider's API. */
export function addCloudFix(suggestions: string[], fixes: Fix[]): void {
  suggestions.push("use the cloud deployment (the provider's API), or pick an open-weights model to self-host");
  fixes.push(fix("deployment", "cloud", "Use the provider's API (cloud)"));
}

/** A prompt past the context window: the longest prompt that leaves room for the output. */
export function addContextFix(s: Scenario, window: number, suggestions: string[], fixes: Fix[]): void {
  const room = window - s.outputTokens;
  if (room >= 1) {
    suggestions.push(`shorten the prompt to at most ${room} tokens`);
    fixes.push(fix("inputTokens", room, `Prompt of ${room} tokens`));
  }
}

/** Heads that do not split across the devices: the next device count that splits them evenly. */
export function addEvenSplitFix(s: Scenario, suggestions: string[], fixes: Fix[]): void {
  const even = DEVICE_COUNTS.find((d) => d >= s.deviceCount && s.shape.numHeads % d === 0);
  if (even !== undefined) {
    suggestions.push(`use ${even} devices`);
    fixes.push(fix("deviceCount", even, `${even} devices`));
  }
}

/** Adds the suggestions (prose) and fixes (request changes) for a request past the memory it has. */
export function suggestMemoryFixes(s: Scenario, batch: number, maxBatch: number, suggestions: string[], fixes: Fix[]) {
  const checkBatch = s.batchSize === "max" ? 1 : batch;
  if (s.batchSize !== "max" && maxBatch >= 1 && maxBatch < batch) {
    suggestions.push(`lower the batch to ${maxBatch} (the largest that fits)`);
    fixes.push(fix("batchSize", maxBatch, `Batch ${maxBatch}`));
  }
  const current = BYTES_PER_ELEMENT[s.precision.weights];
  const lighter = QUALITY_ORDER.filter((p) => BYTES_PER_ELEMENT[p] < current && (p !== "fp4" || s.hardware.spec.tflops.fp4 !== undefined));
  const alone = lighter.find((p) => fitsAt(withPrecision(s, p), checkBatch));
  if (alone) {
    suggestions.push(`quantize the weights to ${alone}`);
    fixes.push(fix("precision", alone, `Weights in ${alone}`));
  }
  const more = DEVICE_COUNTS.find((d) => d > s.deviceCount && fitsAt({ ...s, deviceCount: d }, checkBatch));
  if (more !== undefined) {
    suggestions.push(`spread the model over ${more} devices (tensor parallel)`);
    fixes.push(fix("deviceCount", more, `${more} devices`));
  }
  // Two changes at once, each the cheapest that fits: a lighter format on fewer devices than more devices alone
  // needs, and another catalog device (with as many of it as the model needs).
  if (!alone) {
    const pair = lighter
      .map((p) => ({ p, d: DEVICE_COUNTS.find((d) => d > s.deviceCount && d < (more ?? Infinity) && fitsAt({ ...withPrecision(s, p), deviceCount: d }, checkBatch)) }))
      .filter((x): x is { p: Precision; d: number } => x.d !== undefined)
      .sort((a, b) => a.d - b.d)[0];
    if (pair) {
      suggestions.push(`quantize the weights to ${pair.p} and spread them over ${pair.d} devices`);
      fixes.push({ field: "precision", value: pair.p, label: `${pair.p} on ${pair.d} devices`, changes: { precision: pair.p, deviceCount: pair.d } });
    }
  }
  const other = cheapestOtherDevice(s, checkBatch);
  if (other) {
    suggestions.push(`use ${other.count > 1 ? `${other.count} x ` : ""}${other.name} instead (${other.why})`);
    fixes.push({ field: "hardware", value: other.id, label: `${other.count > 1 ? `${other.count} x ` : ""}${other.name}`, changes: { hardware: other.id, deviceCount: other.count } });
  }
  if (suggestions.length === 0) suggestions.push("nothing in the catalog fits this model as asked: shorten the context or lower the batch");
}

/** The scenario with other weights (memory only: the timing fields are not refreshed). */
const withPrecision = (s: Scenario, p: Precision): Scenario => ({ ...s, precision: resolvePrecision(p) });

/** Devices that run the same class of serving engine: servers (GPUs, TPUs, accelerators) or single machines. */
const SERVER_KINDS: ReadonlySet<string> = new Set(["datacenter-gpu", "workstation-gpu", "accelerator", "tpu"]);
const isServer = (kind: string) => kind === "custom" || SERVER_KINDS.has(kind);
const sameClass = (a: string, b: string) => isServer(a) === isServer(b);

/**
 * The catalog device that holds the model (at its format, batch and context) for the least money: rental per hour
 * in the cloud, purchase price owned, with the fewest of it that fit (several only where they are linked, up to
 * the link domain). Only devices of the same class, timed with the same runtime profile.
 */
function cheapestOtherDevice(s: Scenario, batch: number): { id: string; name: string; count: number; why: string } | null {
  const model = s.model.kind === "open" ? s.model.id : s.model.architecture;
  if (model === null) return null;
  let best: { id: string; name: string; count: number; why: string; usd: number } | null = null;
  for (const h of HARDWARE) {
    if (h.id === s.hardware.id || !sameClass(h.kind, s.hardware.kind)) continue;
    const price = s.deployment === "cloud" ? h.hourlyUSD : h.purchaseUSD;
    if (price === undefined) continue;
    const most = h.interconnectGBps === undefined ? 1 : Math.min(8, h.maxLinkedDevices ?? 8);
    for (const count of DEVICE_COUNTS) {
      if (count > most || (count > 1 && s.shape.numHeads % count !== 0)) break;
      if (best && price * count >= best.usd) break;
      const other = resolveScenario(
        { model, hardware: h.id, deviceCount: count, precision: s.precision, inputTokens: s.inputTokens, outputTokens: s.outputTokens, batchSize: batch, deployment: s.deployment, assumptions: s.assumptions, load: undefined },
        "",
      );
      if (fitsAt(other, batch)) {
        const usd = price * count;
        const why = s.deployment === "cloud" ? `$${usd.toFixed(2)} an hour` : `$${grouped(usd)} to buy`;
        best = { id: h.id, name: h.name, count, why: `the cheapest that fits: ${why}`, usd };
        break;
      }
    }
  }
  return best && { id: best.id, name: best.name, count: best.count, why: best.why };
}
