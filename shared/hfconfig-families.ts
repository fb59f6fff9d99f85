// Which family a config.json belongs to, recognised by model_type (the text model's) or the first architectures entry as
// transformers does; the defaults transformers fills in for it; and the reader's error helpers.
import { EngineError } from "./errors.js";
import type { HfConfig } from "./hfconfig-keys.js";

export type Family =
  | "llama"
  | "llama4"
  | "mistral"
  | "mixtral"
  | "qwen2"
  | "qwen3"
  | "qwen3_next"
  | "gemma2"
  | "gemma3"
  | "phi3"
  | "deepseek"
  | "glm4_moe"
  | "gpt_oss"
  | "minimax_m2"
  | "other";

/** Families whose attention or residual stream the engine cannot represent: refused rather than miscounted. */
export const UNSUPPORTED: Readonly<Record<string, string>> = {
  deepseek_v4: "DeepSeek-V4's compressed sparse attention and hyper-connections",
  gemma3n: "Gemma 3n's per-layer embeddings and AltUp",
  gemma3n_text: "Gemma 3n's per-layer embeddings and AltUp",
  gemma4: "Gemma 4's per-layer-kind KV heads and head widths and its dense MLP beside the experts",
  gemma4_text: "Gemma 4's per-layer-kind KV heads and head widths and its dense MLP beside the experts",
};

export function familyOf(modelType: string, architecture: string): Family {
  const t = modelType.toLowerCase();
  const arch = architecture.toLowerCase();
  const is = (types: string[], prefixes: string[]) => types.includes(t) || prefixes.some((p) => arch.startsWith(p));
  if (is(["gemma2"], ["gemma2"])) return "gemma2";
  if (is(["gemma3", "gemma3_text"], ["gemma3for"])) return "gemma3";
  if (is(["llama4", "llama4_text"], ["llama4"])) return "llama4";
  if (is(["deepseek_v2", "deepseek_v3", "deepseek_v32", "kimi_k2", "glm_moe_dsa"], ["deepseekv2", "deepseekv3"])) return "deepseek";
  if (is(["glm4_moe"], ["glm4moe"])) return "glm4_moe";
  if (is(["gpt_oss"], ["gptoss"])) return "gpt_oss";
  if (is(["minimax_m2"], ["minimaxm2"])) return "minimax_m2";
  if (is(["qwen3_next", "qwen3_5", "qwen3_5_text", "qwen3_5_moe", "qwen3_5_moe_text"], ["qwen3next", "qwen3_5"])) return "qwen3_next";
  if (is(["qwen3", "qwen3_moe", "qwen3_vl", "qwen3_vl_text", "qwen3_vl_moe", "qwen3_vl_moe_text"], ["qwen3"])) return "qwen3";
  if (is(["qwen2", "qwen2_moe"], ["qwen2"])) return "qwen2";
  if (is(["mixtral"], ["mixtral"])) return "mixtral";
  if (is(["mistral"], ["mistral"])) return "mistral";
  if (is(["phi3"], ["phi3"])) return "phi3";
  if (is(["llama"], ["llama"])) return "llama";
  return "other";
}

/**
 * transformers' config-class defaults for keys a family's published files leave out (Gemma 3's config.json sets only a
 * few text keys; Gemma3TextConfig supplies the rest).
 */
export const FAMILY_DEFAULTS: Partial<Record<Family, Readonly<Record<string, unknown>>>> = {
  gemma3: {
    vocab_size: 262_208,
    num_attention_heads: 8,
    num_key_value_heads: 4,
    head_dim: 256,
    max_position_embeddings: 131_072,
    sliding_window: 4096,
    sliding_window_pattern: 6,
    tie_word_embeddings: true,
  },
};

export const undef = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

/** A parsed config.json being read, with its family and the path its keys are named by. */
export type Reader = { c: HfConfig; family: Family; path: string };

/** A key the family needs: an error naming it when absent. */
export function need<T>(r: Reader, value: T | null | undefined, key: string): T {
  if (value === null || value === undefined) {
    const what = r.family === "other" ? "this model" : `a ${r.family} model`;
    throw new EngineError("invalid_hf_config", `config.json of ${what} needs "${key}"`, `${r.path}.${key}`);
  }
  return value;
}

/** A key whose value the engine cannot model: an error naming it. */
export const refuse = (r: Reader, key: string, why: string): never => {
  throw new EngineError("invalid_hf_config", `config.json "${key}": ${why}`, `${r.path}.${key}`);
};
