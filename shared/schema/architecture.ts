// The architecture of a transformer model: enough to count parameters, FLOPs and KV-cache bytes exactly.
import * as z from "zod/mini";
import { boundedInt } from "./common.js";

const dim = (description: string) => boundedInt(1, 1_000_000, description);

export const MoeSpec = z.object({
  numExperts: boundedInt(1, 4096, "routed experts per MoE layer"),
  expertsPerToken: boundedInt(1, 4096, "routed experts each token uses"),
  sharedExperts: z._default(boundedInt(0, 64, "always-active shared experts per MoE layer"), 0),
  expertIntermediateSize: z.optional(dim("hidden width of one expert's MLP (default: intermediateSize)")),
  firstDenseLayers: z._default(boundedInt(0, 10_000, "leading layers with a dense MLP instead of experts"), 0),
  routerBias: z._default(z.boolean(), false),
});
export type MoeSpec = z.output<typeof MoeSpec>;

/** Multi-head latent attention (DeepSeek-V2/V3): the KV cache holds a compressed latent per token. */
export const MlaSpec = z.object({
  qLoraRank: z._default(boundedInt(0, 1_000_000, "query compression rank (0 = no query compression)"), 0),
  kvLoraRank: dim("key/value latent rank (cached per token per layer)"),
  qkNopeHeadDim: dim("per-head query/key width without rotary embedding"),
  qkRopeHeadDim: dim("per-head decoupled rotary key width (cached per token per layer)"),
  vHeadDim: dim("per-head value width"),
});
export type MlaSpec = z.output<typeof MlaSpec>;

export const Architecture = z.object({
  name: z.optional(z.string().check(z.maxLength(200))),
  hiddenSize: dim("model width (d_model)"),
  numLayers: boundedInt(1, 10_000, "transformer blocks"),
  numHeads: boundedInt(1, 10_000, "attention (query) heads"),
  numKvHeads: z.optional(boundedInt(1, 10_000, "key/value heads (GQA/MQA); default numHeads")),
  headDim: z.optional(dim("per-head width; default hiddenSize / numHeads")),
  intermediateSize: dim("MLP hidden width (dense layers)"),
  vocabSize: boundedInt(1, 10_000_000, "vocabulary size"),
  tieEmbeddings: z._default(z.boolean(), false),
  gatedMlp: z._default(z.boolean(), true),
  attentionBias: z._default(z.boolean().check(z.describe("biases on q, k and v projections")), false),
  attentionOutputBias: z._default(z.boolean(), false),
  mlpBias: z._default(z.boolean(), false),
  attentionSinks: z._default(z.boolean().check(z.describe("one learned sink logit per head (gpt-oss)")), false),
  normsPerLayer: z._default(boundedInt(0, 16, "norm layers per block (Gemma 2 has 4)"), 2),
  normHasBias: z._default(z.boolean().check(z.describe("LayerNorm with bias instead of RMSNorm")), false),
  moe: z.optional(MoeSpec),
  mla: z.optional(MlaSpec),
  slidingWindow: z.optional(boundedInt(1, 100_000_000, "attention window of sliding-window layers, tokens")),
  slidingWindowLayers: z.optional(boundedInt(0, 10_000, "how many layers use the window (default: all)")),
  maxContextTokens: z.optional(boundedInt(1, 100_000_000, "longest context the model supports")),
});
export type Architecture = z.output<typeof Architecture>;
export type ArchitectureInput = z.input<typeof Architecture>;
