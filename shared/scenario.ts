// Resolves a validated request into a Scenario: catalog lookups, defaults and derived model shape.
import { messageOf, valueAt } from "./issues.js";
import { NO_EVAL } from "./no-eval.js";
import * as z from "zod/mini";
import { findHardware, findModel } from "./catalog/index.js";
import { COST_DEFAULTS, defaultRuntime, NETWORK_ROUND_TRIP_MS, RUNTIME_PROFILES, type PathDeployment } from "./catalog/runtimes.js";
import type { ApiModelEntry, HardwareKind } from "./catalog/types.js";
import { EngineError, formatPath } from "./errors.js";
import { architectureFromHfConfig } from "./hfconfig.js";
import { fromHub, unresolvedHubModel } from "./hub-model.js";
import { peakTflops, type Peak } from "./latency.js";
import { analyzeArchitecture, architectureProblem, type ModelShape } from "./params.js";
import { Architecture } from "./schema/architecture.js";
import type { Precision, WeightFormat } from "./schema/common.js";
import { FORMATS, isWeightOnly } from "./formats.js";
import { HardwareSpec } from "./schema/hardware.js";
import type { Assumptions, EstimateRequest, HubSource, Load, Runtime } from "./schema/request.js";
import type { ResolvedAssumptions } from "./schema/result.js";

export type ResolvedModel = {
  id: string;
  name: string;
  kind: "open" | "api" | "custom";
  architecture: Architecture | null;
  shape: ModelShape;
  api: ApiModelEntry | null;
  /** For a model read from the Hugging Face Hub: where, and what the Hub publishes about its checkpoint. */
  hub?: HubSource;
};

export type ResolvedHardware = {
  id: string;
  name: string;
  kind: HardwareKind | "custom";
  spec: HardwareSpec;
  maxLinkedDevices: number | null;
};

export type ResolvedPrecision = { weights: WeightFormat; kvCache: Precision; activations: Precision };

export type Scenario = {
  model: ResolvedModel;
  /** The model's derived shape (model.shape, at hand). */
  shape: ModelShape;
  hardware: ResolvedHardware;
  deviceCount: number;
  precision: ResolvedPrecision;
  inputTokens: number;
  outputTokens: number;
  batchSize: number | "max";
  deployment: PathDeployment;
  assumptions: ResolvedAssumptions;
  /** Whether the runtime schedules requests into a running batch (optimized servers) or in static batches. */
  continuousBatching: boolean;
  /** The dense peak compute is timed at (the compute format's, or the nearest the hardware lists). */
  peak: Peak;
  /** Tokens per step at which compute efficiency is half its ceiling (weight-only formats have their own). */
  halfSaturationTokens: number;
  /** The request rate this configuration serves, if the request gives one. */
  load: Load | undefined;
};

/** A model with no architecture (API-only) still needs a shape; the memory and timing models never use it. */
let emptyShape: ModelShape | undefined;
const apiShape = (): ModelShape =>
  (emptyShape ??= analyzeArchitecture(
    Architecture.parse({ hiddenSize: 1, numLayers: 1, numHeads: 1, intermediateSize: 1, vocabSize: 1 }, NO_EVAL),
  ));

const hardwareCache = new Map<string, ResolvedHardware>();

const catalogModelCache = new Map<string, ResolvedModel>();

export function resolveModel(ref: EstimateRequest["model"], path: string): ResolvedModel {
  if (typeof ref === "string") {
    const cached = catalogModelCache.get(ref);
    if (cached) return cached;
    const entry = findModel(ref);
    if (!entry) throw new EngineError("unknown_model", `unknown model id "${ref}" (GET /v1/models lists them)`, path);
    let resolved: ResolvedModel;
    if (entry.kind === "api") {
      resolved = { id: entry.id, name: entry.name, kind: "api", architecture: null, shape: apiShape(), api: entry };
    } else {
      const architecture = Architecture.parse(entry.architecture, NO_EVAL);
      const shape = analyzeArchitecture(architecture);
      resolved = { id: entry.id, name: entry.name, kind: "open", architecture, shape, api: null };
    }
    catalogModelCache.set(ref, resolved);
    return resolved;
  }
  if ("hf" in ref) throw unresolvedHubModel(ref, path);
  const architecture = "hfConfig" in ref ? fromHfConfig(ref.hfConfig, `${path}.hfConfig`) : checked(ref, path);
  const model: ResolvedModel = { id: "custom", name: architecture.name ?? "custom model", kind: "custom", architecture, shape: analyzeArchitecture(architecture), api: null };
  // A config read from the Hub: the repository's id, and what the Hub publishes (shared/hub-model.ts).
  return "hub" in ref ? fromHub(model, ref.hub) : model;
}

/** A custom architecture whose fields agree with each other (schema validation cannot see across fields). */
function checked(architecture: Architecture, path: string): Architecture {
  const problem = architectureProblem(architecture);
  if (problem) throw new EngineError("invalid_input", `${path}.${problem[0]}: ${problem[1]}`, `${path}.${problem[0]}`);
  return architecture;
}

/** A published config.json read into an architecture; every problem is an invalid_hf_config at `path`. */
export function fromHfConfig(config: Record<string, unknown>, path: string): Architecture {
  const converted = architectureFromHfConfig(config, path);
  const parsed = Architecture.safeParse(converted, NO_EVAL);
  const issue = parsed.success ? null : parsed.error.issues[0]!;
  const problem: [string, string] | null = parsed.success
    ? architectureProblem(parsed.data)
    : [formatPath(issue!.path), messageOf(issue!, valueAt(converted, issue!.path))];
  if (problem) throw new EngineError("invalid_hf_config", `config.json gives an unusable ${problem[0]}: ${problem[1]}`, path);
  return parsed.data!;
}

export function resolveHardware(ref: EstimateRequest["hardware"], path: string): ResolvedHardware {
  if (typeof ref === "string") {
    const cached = hardwareCache.get(ref);
    if (cached) return cached;
    const entry = findHardware(ref);
    if (!entry) throw new EngineError("unknown_hardware", `unknown hardware id "${ref}" (GET /v1/hardware lists them)`, path);
    const resolved: ResolvedHardware = {
      id: entry.id,
      name: entry.name ?? entry.id,
      kind: entry.kind,
      spec: HardwareSpec.parse(entry, NO_EVAL),
      maxLinkedDevices: entry.maxLinkedDevices ?? null,
    };
    hardwareCache.set(ref, resolved);
    return resolved;
  }
  if (!Object.values(ref.tflops).some((v) => v !== undefined)) {
    throw new EngineError("invalid_input", "hardware.tflops needs the dense peak of at least one number format", `${path}.tflops`);
  }
  return { id: "custom", name: ref.name, kind: "custom", spec: ref, maxLinkedDevices: null };
}

/**
 * Formats a request leaves unset come from the weight format (shared/formats.ts): weight-only formats (int8, int4,
 * fp4, AWQ, GPTQ, GGUF) compute in fp16 with an fp16 KV cache; fp8 checkpoints compute in fp8 and keep an fp8 KV
 * cache (TensorRT-LLM's FP8 recipe); NVFP4 computes in fp4 with an fp8 KV cache.
 */
export function resolvePrecision(p: EstimateRequest["precision"]): ResolvedPrecision {
  const spec = typeof p === "string" ? { weights: p } : p;
  const format = FORMATS[spec.weights];
  return { weights: spec.weights, kvCache: spec.kvCache ?? format.kvCache, activations: spec.activations ?? format.computes };
}

/**
 * The defaults of each runtime and deployment, resolved once and shared by every result that uses them (results are
 * never changed; not frozen, as a frozen object's shape would slow every read of it in the timing code).
 */
const defaultAssumptions = new Map<Runtime, Map<PathDeployment, ResolvedAssumptions>>();

export function resolveAssumptions(a: Assumptions | undefined, deployment: PathDeployment, hardwareKind: ResolvedHardware["kind"] = "custom"): ResolvedAssumptions {
  const runtime = a?.runtime ?? defaultRuntime(hardwareKind);
  const onlyRuntime = a === undefined || Object.keys(a).every((k) => k === "runtime" || a[k as keyof Assumptions] === undefined);
  // (The common case, no overrides, reads the shared defaults.)
  if (onlyRuntime) {
    let byDeployment = defaultAssumptions.get(runtime);
    if (!byDeployment) defaultAssumptions.set(runtime, (byDeployment = new Map()));
    let resolved = byDeployment.get(deployment);
    if (!resolved) byDeployment.set(deployment, (resolved = fillAssumptions({ runtime }, runtime, deployment)));
    return resolved;
  }
  return fillAssumptions(a, runtime, deployment);
}

function fillAssumptions(a: Assumptions, runtime: Runtime, deployment: PathDeployment): ResolvedAssumptions {
  const p = RUNTIME_PROFILES[runtime];
  return {
    runtime,
    computeEfficiency: a.computeEfficiency ?? p.computeEfficiency,
    computeHalfSaturationTokens: a.computeHalfSaturationTokens ?? p.computeHalfSaturationTokens,
    weightOnlyHalfSaturationTokens: a.weightOnlyHalfSaturationTokens ?? p.weightOnlyHalfSaturationTokens,
    activationTrafficPerLayer: a.activationTrafficPerLayer ?? p.activationTrafficPerLayer,
    kvCachePassesPerStep: a.kvCachePassesPerStep ?? p.kvCachePassesPerStep,
    bandwidthEfficiency: a.bandwidthEfficiency ?? p.bandwidthEfficiency,
    stepOverheadMs: a.stepOverheadMs ?? p.stepOverheadMs,
    allReduceLatencyUs: a.allReduceLatencyUs ?? p.allReduceLatencyUs,
    interconnectEfficiency: a.interconnectEfficiency ?? p.interconnectEfficiency,
    runtimeOverheadGB: a.runtimeOverheadGB ?? p.runtimeOverheadGB,
    usableMemoryFraction: a.usableMemoryFraction ?? p.usableMemoryFraction,
    maxBatchSize: a.maxBatchSize ?? p.maxBatchSize,
    prefillChunkTokens: a.prefillChunkTokens ?? p.prefillChunkTokens,
    networkRoundTripMs: a.networkRoundTripMs ?? NETWORK_ROUND_TRIP_MS[deployment],
    electricityUSDPerKWh: a.electricityUSDPerKWh ?? COST_DEFAULTS.electricityUSDPerKWh,
    pue: a.pue ?? COST_DEFAULTS.pue,
    lifetimeYears: a.lifetimeYears ?? COST_DEFAULTS.lifetimeYears,
    dutyCycle: a.dutyCycle ?? COST_DEFAULTS.dutyCycle,
    targetUtilization: a.targetUtilization ?? COST_DEFAULTS.targetUtilization,
  };
}

/** One path of a request (a hybrid request has two), fully resolved. */
export type PathRequest = Omit<EstimateRequest, "deployment" | "hybrid"> & { deployment: PathDeployment };

export function resolveScenario(r: PathRequest, path: string): Scenario {
  const model = resolveModel(r.model, path === "" ? "model" : `${path}.model`);
  const hardware = resolveHardware(r.hardware, path === "" ? "hardware" : `${path}.hardware`);
  const assumptions = resolveAssumptions(r.assumptions, r.deployment, hardware.kind);
  const precision = resolvePrecision(r.precision);
  const peak = peakTflops(hardware.spec, precision.activations);
  return {
    model,
    shape: model.shape,
    hardware,
    deviceCount: r.deviceCount,
    precision,
    inputTokens: r.inputTokens,
    outputTokens: r.outputTokens,
    batchSize: r.batchSize,
    deployment: r.deployment,
    assumptions,
    continuousBatching: RUNTIME_PROFILES[assumptions.runtime].continuousBatching,
    peak,
    // The arithmetic runs in the format the hardware has (fp16 for FP8 or FP4 weights on a part without them):
    // weights narrower than it are dequantized in the kernel, as weight-only formats are.
    halfSaturationTokens: isWeightOnly(precision.weights, peak.precision)
      ? Math.min(assumptions.computeHalfSaturationTokens, assumptions.weightOnlyHalfSaturationTokens)
      : assumptions.computeHalfSaturationTokens,
    load: r.load,
  };
}
