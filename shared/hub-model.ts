// A Hugging Face Hub model inside the synchronous engine: the error for one given unresolved, and for a resolved one
// what the Hub publishes about its checkpoint (safetensors parameter counts per dtype) set beside what the engine
// counts from its config.json: shown, and warned about where they disagree, never used in place of the engine's own
// count (which memory and timing are worked out from). All of it in this one module, so a bundle that has no Hub
// models before its user names one (the widget) can load it later.
import { EngineError } from "./errors.js";
import { FORMATS } from "./formats.js";
import { hubRefProblem } from "./hub-id.js";
import type { WeightFormat } from "./schema/common.js";
import type { ResolvedModel, Scenario } from "./scenario.js";
import type { HubModel, HubSource } from "./schema/request.js";
import type { HubModelInfo, SingleResult } from "./schema/result.js";

/**
 * How far the config's count may be from the checkpoint's before a warning. The engine's counts match checkpoints
 * that hold only the text model to well under 0.5% (test/engine/published-params.test.ts); 2% leaves room for
 * rounding conventions and still catches a left-out encoder or a packed quantized checkpoint.
 */
export const PUBLISHED_PARAMS_TOLERANCE = 0.02;

/**
 * Bits per stored element of the safetensors dtypes that hold one weight each. Packed containers (U8, I32 holding
 * several 4-bit weights) are left out: their element counts say nothing certain about the weights.
 */
const DTYPE_BITS: Readonly<Record<string, number>> = { F64: 64, F32: 32, F16: 16, BF16: 16, F8_E4M3: 8, F8_E5M2: 8, I8: 8 };

/** The dtype holding most of the checkpoint's parameters. */
function mainDtype(byDtype: Record<string, number>): string | null {
  let best: string | null = null;
  for (const [dtype, count] of Object.entries(byDtype)) if (best === null || count > byDtype[best]!) best = dtype;
  return best;
}

/**
 * The engine does no I/O: a Hub id reaches it resolved (shared/hub.ts) or not at all. The error for one given as it
 * was sent (`path` is the model's field): invalid_input if it is no Hub id, else hub_unresolved.
 */
export const unresolvedHubModel = (ref: HubModel, path: string): EngineError =>
  hubRefProblem(ref.hf, ref.revision, path) ??
  new EngineError(
    "hub_unresolved",
    `${path}.hf: "${ref.hf}" is a Hugging Face Hub model, which the API and the widget fetch before estimating (resolveHubModels does it for a caller of the engine); or paste its config.json as { "hfConfig": ... }`,
    `${path}.hf`,
  );

/** A model read from a config.json the Hub served: the repository's id as its own, and what the Hub publishes. */
export function fromHub(model: ResolvedModel, hub: HubSource | undefined): ResolvedModel {
  if (!hub) return model;
  // Keep the reader's note on what is left out (e.g. " (text model; vision encoder not counted)").
  const note = model.name.match(/ \(text model;.*\)$/)?.[0] ?? "";
  return { ...model, id: hub.id, name: hub.id + note, hub };
}

/** A result of a model read from the Hub, completed with what the Hub publishes and the warnings for these weights. */
export function addHubReport(result: SingleResult, s: Scenario): void {
  const info = hubModelInfo(s.model.hub!, s.shape.totalParams);
  result.model.hub = info;
  result.warnings.push(...hubWarnings(info, s.shape.totalParams, s.precision.weights));
}

function hubModelInfo(hub: HubSource, totalParams: number): HubModelInfo {
  const published = hub.safetensors;
  const total = published && published.total > 0 ? published.total : null;
  return {
    id: hub.id,
    revision: hub.revision,
    sha: hub.sha ?? null,
    publishedTotalParams: total,
    publishedParamsByDtype: published ? published.parameters : null,
    checkpointDtype: published ? mainDtype(published.parameters) : null,
    differenceFromPublished: total === null ? null : (totalParams - total) / total,
  };
}

const billions = (n: number): string => `${(n / 1e9).toFixed(n < 1e10 ? 2 : 1)}B`;

/** Where the Hub's figures and the estimate part: a total off by more than the tolerance, weights in another width. */
function hubWarnings(info: HubModelInfo, totalParams: number, weights: WeightFormat): string[] {
  const warnings: string[] = [];
  const diff = info.differenceFromPublished;
  if (diff !== null && Math.abs(diff) > PUBLISHED_PARAMS_TOLERANCE) {
    warnings.push(
      `config.json gives ${billions(totalParams)} parameters, ${Math.abs(diff * 100).toFixed(1)}% ${diff < 0 ? "below" : "above"} the ` +
        `${billions(info.publishedTotalParams!)} in ${info.id}'s safetensors files on the Hub. Memory and timing use the config's count: the checkpoint may also hold ` +
        "parts the engine does not model (a vision or audio encoder, multi-token-prediction layers), or quantized weights packed several to an element",
    );
  }
  const stored = info.checkpointDtype === null ? undefined : DTYPE_BITS[info.checkpointDtype];
  const bits = FORMATS[weights].bitsPerWeight;
  // Within a bit is the same width (fp16 for a BF16 checkpoint, GGUF Q8_0 for an 8-bit one).
  if (stored !== undefined && Math.abs(bits - stored) > 1) {
    const what = bits < stored ? "a quantized copy of the checkpoint" : "the checkpoint's weights widened";
    warnings.push(`${info.id} is published in ${info.checkpointDtype} (${stored}-bit weights); this estimate is for ${weights} weights (${bits} bits each), ${what}`);
  }
  return warnings;
}
