// The config.json keys the engine reads (snake_case, as published); every other key is ignored.
import * as z from "zod/mini";

const posInt = z.int().check(z.gte(1), z.lte(100_000_000));
const nonNegInt = z.int().check(z.gte(0), z.lte(10_000_000));
const opt = <T extends z.ZodMiniType>(schema: T) => z.optional(z.nullable(schema));

export const HfConfigSchema = z.object({
  model_type: opt(z.string()),
  architectures: opt(z.array(z.string())),
  hidden_size: posInt,
  num_hidden_layers: posInt,
  num_attention_heads: posInt,
  num_key_value_heads: opt(posInt),
  head_dim: opt(posInt),
  intermediate_size: opt(posInt),
  vocab_size: posInt,
  tie_word_embeddings: opt(z.boolean()),
  attention_bias: opt(z.boolean()),
  mlp_bias: opt(z.boolean()),
  max_position_embeddings: opt(posInt),
  sliding_window: opt(posInt),
  sliding_window_pattern: opt(posInt),
  use_sliding_window: opt(z.boolean()),
  max_window_layers: opt(nonNegInt),
  layer_types: opt(z.array(z.string())),
  use_qk_norm: opt(z.boolean()),
  qk_norm_type: opt(z.string()),
  attn_output_gate: opt(z.boolean()),
  // Llama 4: chunked local attention on the RoPE layers, experts on every interleave_moe_layer_step-th layer.
  attention_chunk_size: opt(posInt),
  no_rope_layers: opt(z.array(nonNegInt)),
  intermediate_size_mlp: opt(posInt),
  interleave_moe_layer_step: opt(posInt),
  moe_layers: opt(z.array(nonNegInt)),
  // Mixture of experts: Mixtral / gpt-oss / Llama 4 name them num_local_experts, DeepSeek n_routed_experts, Qwen num_experts.
  num_local_experts: opt(posInt),
  n_routed_experts: opt(posInt),
  num_experts: opt(nonNegInt),
  num_experts_per_tok: opt(posInt),
  experts_per_token: opt(posInt),
  n_shared_experts: opt(nonNegInt),
  moe_intermediate_size: opt(posInt),
  shared_expert_intermediate_size: opt(nonNegInt),
  shared_intermediate_size: opt(nonNegInt),
  first_k_dense_replace: opt(nonNegInt),
  moe_layer_freq: opt(posInt),
  decoder_sparse_step: opt(posInt),
  mlp_only_layers: opt(z.array(nonNegInt)),
  topk_method: opt(z.string()),
  use_routing_bias: opt(z.boolean()),
  // Multi-head latent attention (DeepSeek-V2/V3, Kimi K2) and DeepSeek-V3.2's sparse-attention indexer.
  q_lora_rank: opt(nonNegInt),
  kv_lora_rank: opt(posInt),
  qk_nope_head_dim: opt(posInt),
  qk_rope_head_dim: opt(posInt),
  v_head_dim: opt(posInt),
  index_n_heads: opt(posInt),
  index_head_dim: opt(posInt),
  index_topk: opt(posInt),
  // Linear attention (Gated DeltaNet) of Qwen3-Next and Qwen3.5.
  full_attention_interval: opt(posInt),
  linear_num_key_heads: opt(posInt),
  linear_num_value_heads: opt(posInt),
  linear_key_head_dim: opt(posInt),
  linear_value_head_dim: opt(posInt),
  linear_conv_kernel_dim: opt(posInt),
  mamba_ssm_dtype: opt(z.string()),
});

export type HfConfig = z.output<typeof HfConfigSchema>;
