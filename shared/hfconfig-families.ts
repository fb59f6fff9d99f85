// What each model family's config.json means: its defaults, its layer kinds, experts and attention extras. Families are
// recognised by model_type (the text model's) or the first architectures entry, as transformers does.
import { EngineError } from "./errors.js";
import type { HfConfig } from "./hfconfig-keys.js";
import type { ArchitectureInput, MoeSpec } from "./schema/architecture.js";

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
const UNSUPPORTED: Readonly<Record<string, string>> = {
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

const undef = <T>(v: T | null | undefined): T | undefined => (v === null ? undefined : v);

type Reader = { c: HfConfig; family: Family; path: string };

function need<T>(r: Reader, value: T | null | undefined, key: string): T {
  if (value === null || value === undefined) {
    const what = r.family === "other" ? "this model" : `a ${r.family} model`;
    throw new EngineError("invalid_hf_config", `config.json of ${what} needs "${key}"`, `${r.path}.${key}`);
  }
  return value;
}

const refuse = (r: Reader, key: string, why: string): never => {
  throw new EngineError("invalid_hf_config", `config.json "${key}": ${why}`, `${r.path}.${key}`);
};

/** Layers of each kind named in layer_types, which must list every layer. */
function layerTypeCounts(r: Reader): Record<"full" | "sliding" | "chunked" | "linear", number> | null {
  const types = r.c.layer_types;
  if (!types) return null;
  if (types.length !== r.c.num_hidden_layers) {
    refuse(r, "layer_types", `lists ${types.length} layers but num_hidden_layers is ${r.c.num_hidden_layers}`);
  }
  const counts = { full: 0, sliding: 0, chunked: 0, linear: 0 };
  for (const t of types) {
    if (t === "full_attention" || t === "attention") counts.full++;
    else if (t.includes("sliding")) counts.sliding++;
    else if (t === "chunked_attention") counts.chunked++;
    else if (t === "linear_attention") counts.linear++;
    else refuse(r, "layer_types", `"${t}" is a kind of layer the engine does not model`);
  }
  return counts;
}

/** Sliding-window layers when layer_types does not list them: each family's own rule. */
function slidingLayers(r: Reader): number {
  const { c, family } = r;
  const layers = c.num_hidden_layers;
  switch (family) {
    case "gemma2":
    case "gpt_oss":
      return Math.floor(layers / 2);
    case "gemma3":
      // Every sliding_window_pattern-th layer is global (Gemma3TextConfig: 5 local : 1 global).
      return layers - Math.floor(layers / (c.sliding_window_pattern ?? 6));
    case "qwen2":
    case "qwen3":
      return c.use_sliding_window ? Math.max(0, layers - (c.max_window_layers ?? layers)) : 0;
    case "llama4":
    case "qwen3_next":
      return 0;
    default:
      return layers;
  }
}

function readMoe(r: Reader, arch: ArchitectureInput): void {
  const { c, family } = r;
  const experts = undef(c.num_local_experts) ?? undef(c.n_routed_experts) ?? undef(c.num_experts);
  if (experts === undefined || experts <= 1) return;
  const perToken = need(r, undef(c.num_experts_per_tok) ?? undef(c.experts_per_token), "num_experts_per_tok");
  const moe: NonNullable<ArchitectureInput["moe"]> = {
    numExperts: experts,
    expertsPerToken: perToken,
    expertIntermediateSize: undef(c.moe_intermediate_size),
    sharedExperts: c.n_shared_experts ?? 0,
    firstDenseLayers: c.first_k_dense_replace ?? 0,
    routerBias: family === "gpt_oss" || family === "glm4_moe" || c.topk_method === "noaux_tc" || c.use_routing_bias === true,
  };
  if ((c.moe_layer_freq ?? 1) !== 1) refuse(r, "moe_layer_freq", "only 1 (every layer after the dense ones) is modelled");
  // Qwen-style shared expert: its own width and a sigmoid gate (Qwen2-MoE, Qwen3-Next, Qwen3.5).
  const sharedWidth = c.shared_expert_intermediate_size ?? 0;
  if (sharedWidth > 0) {
    moe.sharedExperts = 1;
    moe.sharedExpertIntermediateSize = sharedWidth;
    moe.sharedExpertGate = true;
  }
  if (family === "llama4") {
    // Llama4TextMoe always adds one shared expert as wide as the routed ones (intermediate_size).
    moe.sharedExperts = 1;
    moe.expertIntermediateSize = need(r, undef(c.intermediate_size), "intermediate_size");
    moe.layerStep = llama4MoeStep(r);
  }
  if (family === "minimax_m2" || family === "mixtral" || family === "gpt_oss") moe.expertIntermediateSize = undef(c.moe_intermediate_size) ?? undef(c.intermediate_size);
  if (family === "minimax_m2" && (c.shared_intermediate_size ?? 0) > 0) refuse(r, "shared_intermediate_size", "MiniMax shared experts are not modelled");
  if (c.decoder_sparse_step !== undefined && c.decoder_sparse_step !== null) moe.layerStep = c.decoder_sparse_step;
  const mlpOnly = c.mlp_only_layers ?? [];
  if (mlpOnly.length > 0) {
    // A leading run of dense layers is the same as DeepSeek's first_k_dense_replace; anything else is not modelled.
    if (!mlpOnly.every((layer, i) => layer === i)) refuse(r, "mlp_only_layers", "only a leading run of dense layers (0, 1, ...) is modelled");
    moe.firstDenseLayers = Math.max(moe.firstDenseLayers ?? 0, mlpOnly.length);
  }
  arch.moe = moe satisfies Partial<MoeSpec>;
}

/** Llama 4 puts experts on layers step-1, 2*step-1, ... (interleave_moe_layer_step, or an explicit moe_layers list). */
function llama4MoeStep(r: Reader): number {
  const { c } = r;
  const step = c.interleave_moe_layer_step ?? 1;
  if (!c.moe_layers) return step;
  const layers = c.num_hidden_layers;
  const every = layers / Math.max(1, c.moe_layers.length);
  const evenlySpaced = Number.isInteger(every) && c.moe_layers.every((layer, i) => layer === (i + 1) * every - 1);
  if (!evenlySpaced) refuse(r, "moe_layers", "only evenly interleaved MoE layers are modelled");
  return every;
}

/** Read a parsed config.json into an architecture, by family. */
export function readFamily(c: HfConfig, path: string): ArchitectureInput {
  const family = familyOf(c.model_type ?? "", c.architectures?.[0] ?? "");
  const r: Reader = { c, family, path };
  const modelType = (c.model_type ?? "").toLowerCase();
  if (UNSUPPORTED[modelType]) refuse(r, "model_type", `${UNSUPPORTED[modelType]} are not modelled`);
  const layers = c.num_hidden_layers;
  const qwen3Like = family === "qwen3" || family === "qwen3_next";

  // Dense MLP width. Llama 4's dense layers use intermediate_size_mlp (intermediate_size is the experts'); MiniMax-M2 and
  // Qwen3.5-MoE have no dense layer, so their expert width stands in.
  const denseWidth =
    family === "llama4"
      ? (undef(c.intermediate_size_mlp) ?? undef(c.intermediate_size))
      : (undef(c.intermediate_size) ?? (family === "minimax_m2" || family === "qwen3_next" ? undef(c.moe_intermediate_size) : undefined));

  const arch: ArchitectureInput = {
    name: c.architectures?.[0] ?? c.model_type ?? undefined,
    hiddenSize: c.hidden_size,
    numLayers: layers,
    numHeads: c.num_attention_heads,
    numKvHeads: undef(c.num_key_value_heads),
    headDim: undef(c.head_dim),
    intermediateSize: need(r, denseWidth, "intermediate_size"),
    vocabSize: c.vocab_size,
    tieEmbeddings: c.tie_word_embeddings ?? (family === "gemma2" || family === "gemma3"),
    gatedMlp: true,
    attentionBias: c.attention_bias ?? family === "qwen2",
    attentionOutputBias: family === "gpt_oss" ? (c.attention_bias ?? true) : false,
    mlpBias: c.mlp_bias ?? family === "gpt_oss",
    attentionSinks: family === "gpt_oss",
    normsPerLayer: family === "gemma2" || family === "gemma3" ? 4 : 2,
    maxContextTokens: undef(c.max_position_embeddings),
  };

  // Norms on queries and keys: one head-wide weight each (Qwen3, Gemma 3, GLM-4.5 with use_qk_norm), or one over all
  // heads (MiniMax-M2's "per_layer"). Llama 4's use_qk_norm is a weightless L2 norm: nothing to count.
  if (qwen3Like || family === "gemma3" || (family === "glm4_moe" && c.use_qk_norm)) arch.qkNorm = "perHead";
  if (family === "minimax_m2" && c.use_qk_norm !== false) arch.qkNorm = c.qk_norm_type === "per_head" ? "perHead" : "perProjection";
  if (family === "qwen3_next") arch.attentionOutputGate = c.attn_output_gate ?? modelType === "qwen3_next";

  // Which layers attend how.
  const counts = layerTypeCounts(r);
  const window = undef(c.sliding_window);
  if (window !== undefined) {
    const sliding = counts ? counts.sliding : slidingLayers(r);
    if (sliding > 0) {
      arch.slidingWindow = window;
      arch.slidingWindowLayers = sliding;
    }
  }
  if (family === "llama4") {
    // RoPE layers attend within chunks; every no_rope_layer_interval-th layer (4) is a global NoPE layer.
    const chunked = counts ? counts.chunked : c.no_rope_layers ? c.no_rope_layers.filter((x) => x === 1).length : layers - Math.floor(layers / 4);
    const chunk = undef(c.attention_chunk_size);
    if (chunk !== undefined && chunked > 0) {
      arch.attentionChunkTokens = chunk;
      arch.chunkedAttentionLayers = chunked;
    }
  }
  if (family === "qwen3_next") {
    // Gated DeltaNet everywhere except every full_attention_interval-th layer.
    const linear = counts ? counts.linear : layers - Math.floor(layers / need(r, undef(c.full_attention_interval), "full_attention_interval"));
    if (linear > 0) {
      arch.linearAttention = {
        layers: linear,
        numKeyHeads: need(r, undef(c.linear_num_key_heads), "linear_num_key_heads"),
        numValueHeads: need(r, undef(c.linear_num_value_heads), "linear_num_value_heads"),
        keyHeadDim: need(r, undef(c.linear_key_head_dim), "linear_key_head_dim"),
        valueHeadDim: need(r, undef(c.linear_value_head_dim), "linear_value_head_dim"),
        convKernel: need(r, undef(c.linear_conv_kernel_dim), "linear_conv_kernel_dim"),
        // Qwen3.5 declares a float32 recurrent state (mamba_ssm_dtype), which vLLM keeps.
        recurrentStateFp32: c.mamba_ssm_dtype === "float32",
      };
    }
  } else if (counts && counts.linear > 0) {
    refuse(r, "layer_types", "linear_attention layers are modelled for Qwen3-Next and Qwen3.5 only");
  }

  readMoe(r, arch);

  if (family === "deepseek" || c.kv_lora_rank != null) {
    arch.mla = {
      qLoraRank: c.q_lora_rank ?? 0,
      kvLoraRank: need(r, c.kv_lora_rank, "kv_lora_rank"),
      qkNopeHeadDim: need(r, c.qk_nope_head_dim, "qk_nope_head_dim"),
      qkRopeHeadDim: need(r, c.qk_rope_head_dim, "qk_rope_head_dim"),
      vHeadDim: need(r, c.v_head_dim, "v_head_dim"),
    };
    if (c.index_n_heads != null || c.index_topk != null) {
      arch.mla.indexer = {
        numHeads: need(r, c.index_n_heads, "index_n_heads"),
        headDim: need(r, c.index_head_dim, "index_head_dim"),
        topK: need(r, c.index_topk, "index_topk"),
      };
    }
  }
  return arch;
}
