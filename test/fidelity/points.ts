// Maps each measured record of measured.json to a calculator request and the figure to compare.
import { readFileSync } from "node:fs";
import type { EstimateRequestInput, EstimateResult, HardwareSpecInput } from "../../shared/index.js";

export type MeasuredRecord = {
  source: string;
  source_locator?: string;
  model: string;
  hardware: string;
  hardware_key?: string;
  reliability?: string;
  num_gpus: number;
  tensor_parallel: number;
  precision: string;
  engine: string;
  input_tokens: number | string;
  output_tokens: number | string;
  batch_size_or_concurrency: number | string;
  metric: string;
  value: number;
  unit: string;
  notes?: string;
};

export type Metric = "throughput" | "ttft" | "tpot" | "prefill";

export type Point = {
  index: number;
  record: MeasuredRecord;
  request: EstimateRequestInput;
  metric: Metric;
  /** Measured value in the unit `predict` returns. */
  measured: number;
  /** hardware x metric, for the per-group summary. */
  group: string;
  /** How the calibration classes error bands: engine class x metric. */
  bandClass: string;
  approximation?: string;
};

/** Record model names (matched by prefix) to catalog ids. */
const MODEL_IDS: [string, string][] = [
  ["Llama 3.1 8B", "llama-3.1-8b"],
  ["Llama 3.1 70B", "llama-3.1-70b"],
  ["Mistral 7B", "mistral-7b"],
  ["Llama 2 7B", "llama-2-7b"],
  ["Llama 2 13B", "llama-2-13b"],
  ["Llama 2 70B", "llama-2-70b"],
  ["Mixtral 8x7B", "mixtral-8x7b"],
  // LLaMA (1) 7B has Llama-2-7B's shapes (4096 wide, 32 layers, 32 heads, 11008 MLP, 32000 vocab).
  ["LLaMA 7B", "llama-2-7b"],
];

/**
 * Not in the catalog; used by two llama.cpp records. 24 GB GDDR6X at 1008 GB/s, 40 TFLOPS FP32, 450 W
 * (tweaktown.com RTX 3090 Ti full specs, 2022). Tensor FP16 with FP32 accumulate, dense: 80 TFLOPS (DERIVED:
 * GeForce GA102 runs FP16-with-FP32-accumulate tensor math at twice its FP32 rate, as the Ampere GA102
 * whitepaper lists for the RTX 3090: 35.6 FP32, 71 tensor; NVIDIA's "320 Tensor TFLOPS" for the 3090 Ti is the
 * sparse FP16-accumulate figure).
 */
const RTX_3090_TI: HardwareSpecInput = {
  name: "NVIDIA RTX 3090 Ti",
  memoryGB: 24,
  bandwidthGBps: 1008,
  tflops: { fp32: 40, fp16: 80 },
  powerW: 450,
};

/** Record hardware names (hardware_key, else hardware, matched by prefix) to catalog ids or specs. */
const HARDWARE_IDS: [string, string | HardwareSpecInput][] = [
  ["NVIDIA A100 80GB SXM", "a100-80gb"],
  ["NVIDIA A100-SXM4-80GB", "a100-80gb"],
  ["NVIDIA H100 SXM 80GB", "h100-sxm"],
  ["NVIDIA L40S", "l40s"],
  ["NVIDIA A10G", "a10g"],
  ["Apple M2 Ultra", "apple-m2-ultra"],
  ["NVIDIA RTX 3090 Ti", RTX_3090_TI],
];

const lookup = <T>(table: [string, T][], name: string): T | undefined => table.find(([prefix]) => name.startsWith(prefix))?.[1];

/**
 * ShareGPT request lengths: mean 161 input and 338 output tokens (Kwon et al., "Efficient Memory Management
 * for Large Language Model Serving with PagedAttention", SOSP 2023, dataset statistics).
 */
const SHAREGPT_MEAN = { input: 161, output: 338 };

function precisionOf(p: string): EstimateRequestInput["precision"] {
  if (p.startsWith("FP8")) return { weights: "fp8", kvCache: "fp8" };
  if (p.startsWith("Q4_0")) return "int4";
  if (p.startsWith("Q8_0")) return "int8";
  return "fp16";
}

function runtimeOf(engine: string) {
  if (engine.startsWith("llama.cpp")) return "llamacpp" as const;
  if (/transformers|eager/i.test(engine)) return "eager" as const;
  return "optimized" as const;
}

export function toPoint(record: MeasuredRecord, index: number): Point | { index: number; record: MeasuredRecord; skipped: string } {
  const model = lookup(MODEL_IDS, record.model);
  const hardware = lookup(HARDWARE_IDS, record.hardware_key ?? record.hardware);
  if (!model || !hardware) return { index, record, skipped: `no mapping for ${record.model} on ${record.hardware_key ?? record.hardware}` };
  if (/^low/.test(record.reliability ?? "")) return { index, record, skipped: `low reliability: ${record.reliability}` };
  if (typeof record.input_tokens !== "number" && !["short"].includes(String(record.input_tokens)) && !String(record.input_tokens).startsWith("dataset")) {
    return { index, record, skipped: "input length not stated" };
  }
  let approximation: string | undefined;
  let inputTokens = typeof record.input_tokens === "number" ? record.input_tokens : Number.NaN;
  let outputTokens = typeof record.output_tokens === "number" ? record.output_tokens : Number.NaN;
  if (String(record.input_tokens).startsWith("dataset")) {
    inputTokens = SHAREGPT_MEAN.input;
    outputTokens = SHAREGPT_MEAN.output;
    approximation = "ShareGPT mean lengths (161 in / 338 out)";
  }
  if (record.input_tokens === "short") inputTokens = 1; // llama-bench tg128 starts from an empty context
  if (outputTokens === 0) outputTokens = 1; // llama-bench pp512 measures the prompt pass alone
  let batchSize: number | "max" = 1;
  if (typeof record.batch_size_or_concurrency === "number") batchSize = record.batch_size_or_concurrency;
  else if (record.batch_size_or_concurrency.startsWith("max load")) batchSize = "max";
  else if (record.batch_size_or_concurrency.startsWith("max batch")) batchSize = Number(/max batch (\d+)/.exec(record.batch_size_or_concurrency)![1]);

  const request: EstimateRequestInput = {
    model,
    hardware,
    deviceCount: record.tensor_parallel,
    precision: precisionOf(record.precision),
    inputTokens,
    outputTokens,
    batchSize,
    deployment: "local",
    assumptions: { runtime: runtimeOf(record.engine), networkRoundTripMs: 0 },
  };
  // TensorRT-LLM 0.6.1's A100 table says "out tok/s" without saying per GPU or per group. Its H100 table is
  // per GPU, and read as a group total the 4-GPU Llama-2-70B rows would run 8x slower per GPU than the 1-GPU
  // Llama-2-7B rows beside them, against a ~2.5x FLOP ratio per GPU; so they are read as per GPU.
  const perGpu = record.num_gpus > 1 && /per-GPU vs total ambiguous/.test(record.unit);
  if (perGpu) approximation = "read as per GPU (unit ambiguous in the source)";
  const metricMap: Record<string, { metric: Metric; measured: number }> = {
    output_throughput_tok_s: { metric: "throughput", measured: perGpu ? record.value * record.num_gpus : record.value },
    output_throughput_tok_s_per_gpu: { metric: "throughput", measured: record.value * record.num_gpus },
    ttft_ms: { metric: "ttft", measured: record.value },
    tpot_ms: { metric: "tpot", measured: record.value },
    decode_tok_s_single_stream: { metric: "tpot", measured: 1000 / record.value },
    prefill_tok_s: { metric: "prefill", measured: record.value },
  };
  const m = metricMap[record.metric];
  if (!m) return { index, record, skipped: `unknown metric ${record.metric}` };
  const hardwareName = typeof hardware === "string" ? hardware : "rtx-3090-ti";
  if (typeof outputTokens !== "number" || Number.isNaN(outputTokens)) return { index, record, skipped: "output length not stated" };
  return {
    index,
    record,
    request,
    metric: m.metric,
    measured: m.measured,
    group: `${hardwareName} ${m.metric}`,
    bandClass: `${runtimeOf(record.engine)} ${m.metric}`,
    ...(approximation ? { approximation } : {}),
  };
}

/** The figure of a result that a point's metric measures (tpot in ms, throughput and prefill in tokens/s). */
export function predicted(point: Point, r: EstimateResult): number {
  switch (point.metric) {
    case "throughput":
      return r.throughput.outputTokensPerSec!;
    case "ttft":
      return r.latency.ttftMs!;
    case "tpot":
      return r.latency.tpotMs!;
    case "prefill":
      return (point.request.inputTokens / r.latency.prefillMs!) * 1000;
  }
}

/**
 * measured.json is the calibration set the acceptance figures are reported on; eager-measured.json holds
 * published measurements of plain Hugging Face transformers generate() that calibrate the eager profile.
 */
export type DataSet = "measured" | "eager";

export function loadPoints(set: DataSet = "measured"): { points: Point[]; skipped: { index: number; record: MeasuredRecord; skipped: string }[] } {
  const file = set === "measured" ? "./measured.json" : "./eager-measured.json";
  const records: MeasuredRecord[] = JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));
  const points: Point[] = [];
  const skipped: { index: number; record: MeasuredRecord; skipped: string }[] = [];
  records.forEach((r, i) => {
    const p = toPoint(r, i);
    if ("skipped" in p) skipped.push(p);
    else points.push(p);
  });
  return { points, skipped };
}
