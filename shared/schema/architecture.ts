// The architecture of a transformer model: enough to count parameters, FLOPs and KV-cache bytes exactly.
import * as z from "zod/mini";
import { boundedInt } from "./common.js";

const dim = (description: string) => boundedInt(1, 1_000_000, description);
const layerCount = (description: string) => boundedInt(0, 10_000, description);

export const MoeSpec = z.object({
  numExperts: boundedInt(1, 4096, "routed experts per MoE layer"),
  expertsPerToken: boundedInt(1, 4096, "routed experts each token uses"),
  sharedExperts: z._default(boundedInt(0, 64, "always-active shared experts per MoE layer"), 0),
  expertIntermediateSize: z.optional(dim("hidden width of one expert's MLP (default: intermediateSize)")),
  sharedExpertIntermediateSize: z.optional(dim("hidden width of one shared expert's MLP (default: the routed experts' width)")),
  sharedExpertGate: z._default(z.boolean().check(z.describe("a learned sigmoid gate (hidden x 1) scales the shared experts (Qwen2-MoE, Qwen3-Next)")), false),
  firstDenseLayers: z._default(boundedInt(0, 10_000, "leading layers with a dense MLP instead of experts"), 0),
  layerStep: z._default(boundedInt(1, 10_000, "after the dense ones, every layerStep-th layer is MoE and the others dense (Llama 4 Maverick: 2)"), 1),
  routerBias: z._default(z.boolean(), false),
});
export type MoeSpec = z.output<typeof MoeSpec>;

/** DeepSeek Sparse Attention (DeepSeek-V3.2): a small "lightning indexer" picks the topK cached tokens each query attends to. */
export const SparseIndexerSpec = z.object({
  numHeads: boundedInt(1, 10_000, "indexer heads"),
  headDim: dim("indexer head width (its key is cached per token per layer)"),
  topK: boundedInt(1, 100_000_000, "cached tokens each query attends to"),
});
export type SparseIndexerSpec = z.output<typeof SparseIndexerSpec>;

/** Multi-head latent attention (DeepSeek-V2/V3): the KV cache holds a compressed latent per token. */
export const MlaSpec = z.object({
  qLoraRank: z._default(boundedInt(0, 1_000_000, "query compression rank (0 = no query compression)"), 0),
  kvLoraRank: dim("key/value latent rank (cached per token per layer)"),
  qkNopeHeadDim: dim("per-head query/key width without rotary embedding"),
  qkRopeHeadDim: dim("per-head decoupled rotary key width (cached per token per layer)"),
  vHeadDim: dim("per-head value width"),
  indexer: z.optional(SparseIndexerSpec),
});
export type MlaSpec = z.output<typeof MlaSpec>;

/**
 * Linear attention (Gated DeltaNet, Qwen3-Next and Qwen3.5): these layers keep a fixed-size recurrent state per
 * sequence instead of a KV cache that grows with the context.
 */
export const LinearAttentionSpec = z.object({
  layers: layerCount("layers with linear attention instead of softmax attention"),
  numKeyHeads: boundedInt(1, 10_000, "query/key heads"),
  numValueHeads: boundedInt(1, 10_000, "value heads (the recurrent state has one key x value matrix each)"),
  keyHeadDim: dim("query/key head width"),
  valueHeadDim: dim("value head width"),
  convKernel: z._default(boundedInt(1, 1024, "short causal convolution over q, k and v (tokens)"), 4),
  recurrentStateFp32: z._default(z.boolean().check(z.describe("the recurrent state is kept in float32 (Qwen3.5: mamba_ssm_dtype)")), false),
});
export type LinearAttentionSpec = z.output<typeof LinearAttentionSpec>;

export const Architecture = z.object({
  name: z.optional(z.string().check(z.maxLength(200))),
  hiddenSize: dim("model width (d_model)"),
  numLayers: boundedInt(1, 10_000, "transformer blocks"),
  numHeads: boundedInt(1, 10_000, "attention (query) heads"),
  numKvHeads: z.optional(boundedInt(1, 10_000, "key/value heads (GQA/MQA); default numHeads")),
  headDim: z.optional(dim("per-head width; default hiddenSize / numHeads, which must then divide evenly")),
  intermediateSize: dim("MLP hidden width (dense layers)"),
  vocabSize: boundedInt(1, 10_000_000, "vocabulary size"),
  tieEmbeddings: z._default(z.boolean(), false),
  gatedMlp: z._default(z.boolean(), true),
  attentionBias: z._default(z.boolean().check(z.describe("biases on q, k and v projections")), false),
  attentionOutputBias: z._default(z.boolean(), false),
  attentionOutputGate: z._default(z.boolean().check(z.describe("the query projection also yields a sigmoid gate on the attention output (Qwen3-Next)")), false),
  qkNorm: z.optional(z.enum(["perHead", "perProjection"]).check(z.describe("RMSNorm on queries and keys: one head-wide weight each (Qwen3, Gemma 3) or one over all heads (MiniMax-M2)"))),
  mlpBias: z._default(z.boolean(), false),
  attentionSinks: z._default(z.boolean().check(z.describe("one learned sink logit per head (gpt-oss)")), false),
  normsPerLayer: z._default(boundedInt(0, 16, "norm layers per block (Gemma 2 has 4)"), 2),
  normHasBias: z._default(z.boolean().check(z.describe("LayerNorm with bias instead of RMSNorm")), false),
  moe: z.optional(MoeSpec),
  mla: z.optional(MlaSpec),
  slidingWindow: z.optional(boundedInt(1, 100_000_000, "attention window of sliding-window layers, tokens")),
  slidingWindowLayers: z.optional(layerCount("how many layers use the window (default: all softmax-attention layers)")),
  attentionChunkTokens: z.optional(boundedInt(1, 100_000_000, "chunk of chunked local attention (Llama 4): a token attends only within its chunk")),
  chunkedAttentionLayers: z.optional(layerCount("how many layers use chunked attention (default: all softmax-attention layers)")),
  linearAttention: z.optional(LinearAttentionSpec),
  maxContextTokens: z.optional(boundedInt(1, 100_000_000, "longest context the model supports")),
});
export type Architecture = z.output<typeof Architecture>;
export type ArchitectureInput = z.input<typeof Architecture>;
