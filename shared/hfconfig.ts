// Reads a Hugging Face config.json (flat snake_case keys, as published) into an Architecture.
import { NO_EVAL } from "./parse.js";
import * as z from "zod/mini";
import { EngineError, formatPath } from "./errors.js";
import type { ArchitectureInput } from "./schema/architecture.js";

const posInt = z.int().check(z.gte(1), z.lte(10_000_000));
const nonNegInt = z.int().check(z.gte(0), z.lte(10_000_000));
const opt = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

/** The keys we read; every other key is ignored. */
const HfConfig = z.object({
  model_type: opt(z.string()),
  architectures: opt(z.array(z.string())),
  hidden_size: posInt,
  num_hidden_layers: posInt,
  num_attention_heads: posInt,
  num_key_value_heads: opt(posInt),
  head_dim: opt(posInt),
  intermediate_size: posInt,
  vocab_size: posInt,
  tie_word_embeddings: opt(z.boolean()),
  attention_bias: opt(z.boolean()),
  mlp_bias: opt(z.boolean()),
  max_position_embeddings: opt(posInt),
  sliding_window: opt(posInt),
  use_sliding_window: opt(z.boolean()),
  max_window_layers: opt(nonNegInt),
  layer_types: opt(z.array(z.string())),
  // Mixture of experts: Mixtral / gpt-oss name them num_local_experts, DeepSeek n_routed_experts.
  num_local_experts: opt(posInt),
  n_routed_experts: opt(posInt),
  num_experts: opt(posInt),
  num_experts_per_tok: opt(posInt),
  experts_per_token: opt(posInt),
  n_shared_experts: opt(nonNegInt),
  moe_intermediate_size: opt(posInt),
  first_k_dense_replace: opt(nonNegInt),
  topk_method: opt(z.string()),
  // Multi-head latent attention (DeepSeek-V2/V3).
  q_lora_rank: opt(nonNegInt),
  kv_lora_rank: opt(posInt),
  qk_nope_head_dim: opt(posInt),
  qk_rope_head_dim: opt(posInt),
  v_head_dim: opt(posInt),
});
type HfConfig = z.output<typeof HfConfig>;

type Family = "llama" | "mistral" | "mixtral" | "qwen2" | "gemma2" | "phi3" | "deepseek_v3" | "gpt_oss" | "other";

function familyOf(c: HfConfig): Family {
  const t = (c.model_type ?? "").toLowerCase();
  const arch = (c.architectures?.[0] ?? "").toLowerCase();
  if (t === "gemma2" || arch.startsWith("gemma2")) return "gemma2";
  if (t === "deepseek_v3" || t === "deepseek_v2" || arch.startsWith("deepseekv")) return "deepseek_v3";
  if (t === "gpt_oss" || arch.startsWith("gptoss")) return "gpt_oss";
  if (t === "qwen2" || arch.startsWith("qwen2")) return "qwen2";
  if (t === "mixtral" || arch.startsWith("mixtral")) return "mixtral";
  if (t === "mistral" || arch.startsWith("mistral")) return "mistral";
  if (t === "phi3" || arch.startsWith("phi3")) return "phi3";
  if (t === "llama" || arch.startsWith("llama")) return "llama";
  return "other";
}

const undef = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

function require<T>(value: T | null | undefined, key: string, family: string, path: string): T {
  if (value === null || value === undefined) {
    const what = family === "other" ? "this model" : `a ${family} model`;
    throw new EngineError("invalid_hf_config", `config.json of ${what} needs "${key}"`, `${path}.${key}`);
  }
  return value;
}

/** Parse a published config.json; `path` prefixes error paths (e.g. "model.hfConfig"). */
export function architectureFromHfConfig(raw: unknown, path = "model.hfConfig"): ArchitectureInput {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new EngineError("invalid_hf_config", "hfConfig must be the JSON object of a config.json", path);
  }
  const parsed = HfConfig.safeParse(raw, NO_EVAL);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = formatPath(issue.path);
    const value = (raw as Record<string, unknown>)[String(issue.path[0])];
    const message = value === undefined ? `config.json is missing required "${field}"` : `config.json "${field}": expected a positive integer, got ${JSON.stringify(value)}`;
    throw new EngineError("invalid_hf_config", message, `${path}.${field}`);
  }
  const c = parsed.data;
  const family = familyOf(c);
  const layers = c.num_hidden_layers;

  const arch: ArchitectureInput = {
    name: c.architectures?.[0] ?? c.model_type ?? undefined,
    hiddenSize: c.hidden_size,
    numLayers: layers,
    numHeads: c.num_attention_heads,
    numKvHeads: undef(c.num_key_value_heads),
    headDim: undef(c.head_dim),
    intermediateSize: c.intermediate_size,
    vocabSize: c.vocab_size,
    tieEmbeddings: c.tie_word_embeddings ?? family === "gemma2",
    gatedMlp: true,
    attentionBias: c.attention_bias ?? family === "qwen2",
    attentionOutputBias: family === "gpt_oss" ? (c.attention_bias ?? true) : false,
    mlpBias: c.mlp_bias ?? family === "gpt_oss",
    attentionSinks: family === "gpt_oss",
    normsPerLayer: family === "gemma2" ? 4 : 2,
    maxContextTokens: undef(c.max_position_embeddings),
  };

  // Sliding-window attention: which layers use it.
  const window = undef(c.sliding_window);
  if (window !== undefined) {
    const slidingFromTypes = c.layer_types?.filter((t) => t.includes("sliding")).length;
    let slidingLayers: number | undefined;
    if (slidingFromTypes !== undefined) slidingLayers = slidingFromTypes;
    else if (family === "gemma2" || family === "gpt_oss") slidingLayers = Math.floor(layers / 2);
    else if (family === "qwen2") slidingLayers = c.use_sliding_window ? Math.max(0, layers - (c.max_window_layers ?? layers)) : 0;
    else if (family === "mistral" || family === "phi3" || family === "other" || family === "llama") slidingLayers = layers;
    else if (family === "mixtral") slidingLayers = layers;
    if (slidingLayers !== undefined && slidingLayers > 0) {
      arch.slidingWindow = window;
      arch.slidingWindowLayers = slidingLayers;
    }
  }

  const experts = undef(c.num_local_experts) ?? undef(c.n_routed_experts) ?? undef(c.num_experts);
  if (experts !== undefined && experts > 1) {
    const perToken = undef(c.num_experts_per_tok) ?? undef(c.experts_per_token);
    arch.moe = {
      numExperts: experts,
      expertsPerToken: require(perToken, "num_experts_per_tok", family, path),
      sharedExperts: c.n_shared_experts ?? 0,
      expertIntermediateSize: undef(c.moe_intermediate_size),
      firstDenseLayers: c.first_k_dense_replace ?? 0,
      routerBias: family === "gpt_oss" || c.topk_method === "noaux_tc",
    };
  }

  if (family === "deepseek_v3" || c.kv_lora_rank != null) {
    arch.mla = {
      qLoraRank: c.q_lora_rank ?? 0,
      kvLoraRank: require(c.kv_lora_rank, "kv_lora_rank", family, path),
      qkNopeHeadDim: require(c.qk_nope_head_dim, "qk_nope_head_dim", family, path),
      qkRopeHeadDim: require(c.qk_rope_head_dim, "qk_rope_head_dim", family, path),
      vHeadDim: require(c.v_head_dim, "v_head_dim", family, path),
    };
  }
  return arch;
}
