// Runtime profiles: the efficiency factors of each class of serving engine, and the deployment defaults.
import type { Runtime } from "../schema/request.js";
import type { Deployment } from "../schema/common.js";
import { CALIBRATED } from "./calibration.js";
import type { HardwareKind } from "./types.js";

export type RuntimeProfile = {
  label: string;
  description: string;
  /** Requests join a running batch (true) or wait for a static batch to finish (false). */
  continuousBatching: boolean;
  /** Which of the constants below were fitted on measurements (test/fidelity/fit.ts), the rest are defaults. */
  fitted: readonly string[];
  computeEfficiency: number;
  computeHalfSaturationTokens: number;
  weightOnlyHalfSaturationTokens: number;
  activationTrafficPerLayer: number;
  kvCachePassesPerStep: number;
  bandwidthEfficiency: number;
  stepOverheadMs: number;
  allReduceLatencyUs: number;
  interconnectEfficiency: number;
  runtimeOverheadGB: number;
  usableMemoryFraction: number;
  maxBatchSize: number;
  prefillChunkTokens: number;
};

/**
 * Constants every profile shares unless it says otherwise: TensorRT-LLM's defaults for the KV reservation
 * (kv_cache_free_gpu_mem_fraction 0.9 of the memory left after the weights), batch (trtllm-bench's max batch
 * size 2048) and prefill chunk (max_num_tokens 8192), and about 1.5 GB per device of CUDA context, library
 * workspaces and allocator slack.
 */
const ENGINE_DEFAULTS = {
  // Weight-only kernels (Marlin for GPTQ/AWQ, as vLLM and TensorRT-LLM run them) use 16-row tensor-core tiles and
  // keep "close to ideal (4x) speedups up to batchsizes of 16-32 tokens" over fp16 (IST-DASLab/marlin README):
  // their efficiency is half its ceiling at about 16 tokens, not at the dense kernels' fitted size.
  weightOnlyHalfSaturationTokens: 16,
  // Paged attention reads the KV cache in place, once per step.
  kvCachePassesPerStep: 1,
  runtimeOverheadGB: 1.5,
  usableMemoryFraction: 0.9,
  maxBatchSize: 2048,
  prefillChunkTokens: 8192,
};

export const RUNTIME_PROFILES: Readonly<Record<Runtime, RuntimeProfile>> = {
  optimized: {
    label: "Optimized server (TensorRT-LLM, vLLM, SGLang)",
    description: "continuous batching, fused kernels, CUDA graphs, paged KV cache",
    continuousBatching: true,
    ...ENGINE_DEFAULTS,
    fitted: Object.keys(CALIBRATED.optimized),
    ...CALIBRATED.optimized,
  },
  eager: {
    label: "Unoptimized (plain PyTorch / Hugging Face transformers, eager)",
    description: "no fused kernels or CUDA graphs; static batches padded to the longest sequence",
    continuousBatching: false,
    ...ENGINE_DEFAULTS,
    fitted: Object.keys(CALIBRATED.eager),
    // Not separable on one-device data: taken from the optimized fit (same GEMM shapes, same elementwise work).
    computeHalfSaturationTokens: CALIBRATED.optimized.computeHalfSaturationTokens,
    activationTrafficPerLayer: CALIBRATED.optimized.activationTrafficPerLayer,
    allReduceLatencyUs: CALIBRATED.optimized.allReduceLatencyUs,
    interconnectEfficiency: CALIBRATED.optimized.interconnectEfficiency,
    // generate() concatenates each layer's cache with the new token every step (torch.cat): attention reads the
    // cache once and the copy reads and writes it again.
    kvCachePassesPerStep: 3,
    // generate() holds whole prompts (no chunking) and static batches.
    maxBatchSize: 256,
    prefillChunkTokens: 1_000_000,
    ...CALIBRATED.eager,
  },
  llamacpp: {
    label: "llama.cpp-style single stream (GGUF quantized weights)",
    description: "one sequence at a time; matrix-vector kernels for block-quantized weights on CPU, CUDA or Metal",
    continuousBatching: false,
    ...ENGINE_DEFAULTS,
    fitted: Object.keys(CALIBRATED.llamacpp),
    // Matrix-vector kernels waste no tile rows on a single token.
    computeHalfSaturationTokens: 1,
    weightOnlyHalfSaturationTokens: 1,
    activationTrafficPerLayer: 8,
    stepOverheadMs: 0.5,
    allReduceLatencyUs: 50,
    interconnectEfficiency: 0.5,
    runtimeOverheadGB: 0.5,
    maxBatchSize: 1,
    prefillChunkTokens: 512,
    ...CALIBRATED.llamacpp,
  },
};

/**
 * The optimized-server profile is the default; on Apple silicon, CPUs and edge boards, where server engines
 * do not run and single-stream llama.cpp-style runtimes do, the default is that profile instead.
 */
export function defaultRuntime(hardwareKind: HardwareKind | "custom"): Runtime {
  return hardwareKind === "apple" || hardwareKind === "cpu" || hardwareKind === "edge" ? "llamacpp" : "optimized";
}

export type PathDeployment = Exclude<Deployment, "hybrid">;

/** Client-to-server round trip by deployment: an assumption, shown in every result and overridable. */
export const NETWORK_ROUND_TRIP_MS: Readonly<Record<PathDeployment, number>> = {
  cloud: 50,
  local: 1,
  edge: 0,
};

export const COST_DEFAULTS = {
  /** US commercial-sector average 2023: 12.59 US cents/kWh (bpnews.com analysis of EIA data, 2024). */
  electricityUSDPerKWh: 0.1259,
  /** Device power only; raise to include cooling and facility overhead. */
  pue: 1,
  lifetimeYears: 3,
  dutyCycle: 1,
  /** Plan replicas to run at 85% of their capacity at most: headroom for bursts of Poisson arrivals. */
  targetUtilization: 0.85,
} as const;
