// Example request bodies: in the OpenAPI document, pre-filled on the docs page, and used by the tests.

export const ESTIMATE_EXAMPLE = {
  model: "llama-3.1-8b",
  hardware: "h100-sxm",
  precision: "fp8",
  inputTokens: 1000,
  outputTokens: 500,
  batchSize: 16,
};

export const COMPARE_EXAMPLE = {
  scenarios: [
    { model: "llama-3.1-70b", hardware: "h100-sxm", deviceCount: 2, precision: "fp8", inputTokens: 1000, outputTokens: 500, batchSize: 32 },
    { model: "llama-3.1-70b", hardware: "a100-80gb", deviceCount: 4, precision: "fp16", inputTokens: 1000, outputTokens: 500, batchSize: 32 },
    { model: "gpt-4", hardware: "h100-sxm", inputTokens: 1000, outputTokens: 500 },
  ],
};

export const SWEEP_EXAMPLE = {
  base: { model: "llama-3.1-8b", hardware: "h100-sxm", precision: "fp8", inputTokens: 1000, outputTokens: 500 },
  vary: { batchSize: [1, 8, 32, 128], hardware: ["h100-sxm", "a100-80gb", "l40s"] },
};

export const RECOMMEND_EXAMPLE = {
  workload: { inputTokens: 1000, outputTokens: 300, requestsPerSecond: 20 },
  slo: { ttftMs: 500, tpotMs: 50 },
  constraints: { models: ["llama-3.1-8b", "llama-3.1-70b"], precisions: ["fp8", "fp16"], maxDevices: 8 },
};

export const BREAKEVEN_EXAMPLE = {
  workload: { inputTokens: 150, outputTokens: 150 },
  selfHosted: { model: "llama-3.1-8b", hardware: "l4", precision: "fp8" },
  apiModels: ["gpt-3.5-turbo", "gpt-4o"],
};
