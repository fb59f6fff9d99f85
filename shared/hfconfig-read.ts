// Reads a parsed config.json into an architecture, by family: dimensions, attention extras (q/k norms, output gates,
// biases), which layers attend how (layer_types or each family's rule), experts and multi-head latent attention.
import { familyOf, need, refuse, undef, UNSUPPORTED, type Reader } from "./hfconfig-families.js";
import type { HfConfig } from "./hfconfig-keys.js";
import { readMoe } from "./hfconfig-moe.js";
import type { ArchitectureInput } from "./schema/architecture.js";

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
