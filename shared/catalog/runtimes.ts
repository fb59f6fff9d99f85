// Runtime profiles: the efficiency factors of each class of serving engine, and the deployment defaults.
import type { Runtime } from "../schema/request.js";
import type { Deployment } from "../schema/common.js";

export type RuntimeProfile = {
  label: string;
  description: string;
  computeEfficiency: number;
  computeHalfSaturationTokens: number;
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
 * Efficiency factors per engine class. The fitted ones (computeEfficiency, computeHalfSaturationTokens,
 * bandwidthEfficiency, stepOverheadMs, allReduceLatencyUs) come from test/fidelity/fit.ts on the calibration
 * set; the rest are engine defaults with their source noted.
 */
export const RUNTIME_PROFILES: Readonly<Record<Runtime, RuntimeProfile>> = {
  optimized: {
    label: "Optimized server (TensorRT-LLM, vLLM, SGLang)",
    description: "continuous batching, fused kernels, CUDA graphs, paged KV cache",
    computeEfficiency: 0.6,
    computeHalfSaturationTokens: 32,
    bandwidthEfficiency: 0.8,
    stepOverheadMs: 0.5,
    allReduceLatencyUs: 10,
    interconnectEfficiency: 0.7,
    runtimeOverheadGB: 1.5,
    // vLLM gpu_memory_utilization and TensorRT-LLM kv_cache_free_gpu_mem_fraction both default to 0.9.
    usableMemoryFraction: 0.9,
    // trtllm-bench's default max batch size.
    maxBatchSize: 2048,
    // TensorRT-LLM max_num_tokens default and vLLM V1 max_num_batched_tokens on large GPUs.
    prefillChunkTokens: 8192,
  },
  eager: {
    label: "Unoptimized (plain PyTorch / Hugging Face transformers, eager)",
    description: "no fused kernels or CUDA graphs; static batches padded to the longest sequence",
    computeEfficiency: 0.4,
    computeHalfSaturationTokens: 64,
    bandwidthEfficiency: 0.5,
    stepOverheadMs: 15,
    allReduceLatencyUs: 30,
    interconnectEfficiency: 0.5,
    runtimeOverheadGB: 2,
    usableMemoryFraction: 0.9,
    maxBatchSize: 64,
    prefillChunkTokens: 1_000_000,
  },
  llamacpp: {
    label: "llama.cpp-style single stream (GGUF quantized weights)",
    description: "one sequence at a time, CPU/GPU/Apple Metal kernels for block-quantized weights",
    computeEfficiency: 0.35,
    computeHalfSaturationTokens: 16,
    bandwidthEfficiency: 0.7,
    stepOverheadMs: 1,
    allReduceLatencyUs: 50,
    interconnectEfficiency: 0.5,
    runtimeOverheadGB: 0.5,
    usableMemoryFraction: 0.9,
    maxBatchSize: 1,
    prefillChunkTokens: 512,
  },
};

export const DEFAULT_RUNTIME: Runtime = "optimized";

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
} as const;
