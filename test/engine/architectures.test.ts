// Layer kinds (full, sliding-window, chunked, linear attention), cross-field consistency and config.json nesting.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Architecture, architectureFromHfConfig, estimate, type ArchitectureInput } from "../../shared/index.js";
import {
  analyzeArchitecture,
  attendedTokensAllLayers,
  cacheBytesPerSequence,
  causalAttendedPairsAllLayers,
  decodeAttentionFlops,
  kvElementsPerToken,
  prefillAttentionFlops,
} from "../../shared/params.js";

const shapeOf = (a: ArchitectureInput) => analyzeArchitecture(Architecture.parse(a));
const base = { hiddenSize: 64, numLayers: 4, numHeads: 4, numKvHeads: 2, headDim: 16, intermediateSize: 128, vocabSize: 1000 };
const run = (model: object) => () => estimate({ model, hardware: "h100-sxm", inputTokens: 10, outputTokens: 10 });

describe("layer kinds", () => {
  // 1 full layer and 3 chunked ones of 8 tokens; each layer caches 2 KV heads x 16 x (K and V) = 64 elements a token.
  const chunked = shapeOf({ ...base, attentionChunkTokens: 8, chunkedAttentionLayers: 3 });

  it("chunked layers attend within their chunk: at most min(context, C) cached tokens", () => {
    expect(attendedTokensAllLayers(chunked, 20)).toBe(20 + 3 * 8);
    expect(attendedTokensAllLayers(chunked, 5)).toBe(4 * 5);
    expect(cacheBytesPerSequence(chunked, 20, 2, 2)).toBe((64 * 20 + 3 * 64 * 8) * 2);
  });

  it("a chunked prompt is a causal triangle per chunk", () => {
    // 20 tokens in chunks of 8: two full triangles (36 pairs each) and a partial one of 4 (10 pairs).
    expect(causalAttendedPairsAllLayers(chunked, 20)).toBe((20 * 21) / 2 + 3 * (2 * 36 + 10));
    expect(prefillAttentionFlops(chunked, 20)).toBe(4 * 4 * 16 * ((20 * 21) / 2 + 3 * 82));
  });

  // 3 Gated DeltaNet layers (2 key heads, 4 value heads of 8 x 16) and 1 full-attention layer.
  const linear = { layers: 3, numKeyHeads: 2, numValueHeads: 4, keyHeadDim: 8, valueHeadDim: 16, convKernel: 4 };
  const hybrid = shapeOf({ ...base, linearAttention: linear });
  // Per linear layer: the 4 x 8 x 16 recurrent state and the last 3 inputs of the convolution over q, k, v (2*16 + 64).
  const stateElements = 4 * 8 * 16 + (2 * 2 * 8 + 4 * 16) * 3;

  it("linear-attention layers keep a fixed state and no KV cache", () => {
    expect(kvElementsPerToken(hybrid)).toBe(64);
    expect(cacheBytesPerSequence(hybrid, 100, 2, 2)).toBe((64 * 100 + 3 * stateElements) * 2);
    expect(cacheBytesPerSequence(hybrid, 1000, 2, 2) - cacheBytesPerSequence(hybrid, 100, 2, 2)).toBe(64 * 900 * 2);
    // The state keeps its own element size when the KV cache is quantized.
    expect(cacheBytesPerSequence(hybrid, 100, 1, 2)).toBe(64 * 100 + 3 * stateElements * 2);
    expect(attendedTokensAllLayers(hybrid, 100)).toBe(100);
    expect(decodeAttentionFlops(hybrid, 100)).toBe(4 * 4 * 16 * 100 + 3 * (7 * 4 * 8 * 16 + 2 * 96 * 4));
  });

  it("Gated DeltaNet parameters: in_proj_qkvz, in_proj_ba, conv1d, dt_bias, A_log, gated norm, out_proj", () => {
    const full = shapeOf(base);
    const perLinear = 64 * (2 * 16 + 2 * 64) + 64 * 8 + 96 * 4 + 4 + 4 + 16 + 64 * 64;
    const perFull = 64 * 64 + 2 * 64 * 32 + 64 * 64;
    expect(hybrid.totalParams - full.totalParams).toBe(3 * (perLinear - perFull));
  });

  it("DeepSeek Sparse Attention caches the indexer key beside the latent and attends to the top-k", () => {
    const mla = { qLoraRank: 32, kvLoraRank: 16, qkNopeHeadDim: 8, qkRopeHeadDim: 4, vHeadDim: 8 };
    const dense = shapeOf({ ...base, mla });
    const sparse = shapeOf({ ...base, mla: { ...mla, indexer: { numHeads: 2, headDim: 8, topK: 10 } } });
    expect(sparse.kvElementsPerTokenPerLayer).toBe(16 + 4 + 8);
    // wq_b from the query latent, wk and its LayerNorm (weight and bias), weights_proj: per layer.
    expect(sparse.totalParams - dense.totalParams).toBe(4 * (32 * 2 * 8 + 64 * 8 + 2 * 8 + 64 * 2));
    expect(attendedTokensAllLayers(sparse, 100)).toBe(4 * 10);
    // Past the top-k, attention stops growing; the indexer still scores every cached token.
    const perAttended = sparse.attentionFlopsPerContextToken;
    expect(decodeAttentionFlops(sparse, 100)).toBe(4 * (perAttended * 10 + 2 * 2 * 8 * 100));
  });

  const kinds = fc.record({
    numLayers: fc.integer({ min: 1, max: 64 }),
    window: fc.integer({ min: 1, max: 5000 }),
    windowShare: fc.double({ min: 0, max: 1, noNaN: true }),
    chunk: fc.integer({ min: 1, max: 5000 }),
    chunkShare: fc.double({ min: 0, max: 1, noNaN: true }),
    context: fc.integer({ min: 1, max: 200_000 }),
    more: fc.integer({ min: 0, max: 200_000 }),
  });
  type Kinds = typeof kinds extends fc.Arbitrary<infer T> ? T : never;
  const withKinds = (k: Kinds) => {
    const chunked = Math.floor(k.chunkShare * k.numLayers);
    const sliding = Math.floor(k.windowShare * (k.numLayers - chunked));
    return { ...base, numLayers: k.numLayers, attentionChunkTokens: k.chunk, chunkedAttentionLayers: chunked, slidingWindow: k.window, slidingWindowLayers: sliding };
  };

  it("a sliding-window or chunked model never caches more than the same model with full attention, and caches more with more context", () => {
    fc.assert(
      fc.property(kinds, (k) => {
        const local = shapeOf(withKinds(k));
        const full = shapeOf({ ...base, numLayers: k.numLayers });
        expect(cacheBytesPerSequence(local, k.context, 2, 2)).toBeLessThanOrEqual(cacheBytesPerSequence(full, k.context, 2, 2));
        expect(cacheBytesPerSequence(local, k.context + k.more, 2, 2)).toBeGreaterThanOrEqual(cacheBytesPerSequence(local, k.context, 2, 2));
        expect(decodeAttentionFlops(local, k.context)).toBeLessThanOrEqual(decodeAttentionFlops(full, k.context));
        expect(prefillAttentionFlops(local, k.context)).toBeLessThanOrEqual(prefillAttentionFlops(full, k.context));
      }),
    );
  });

  it("linear-attention layers add no KV per token, so their cache grows slower than full attention's", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 63 }), fc.integer({ min: 1, max: 100_000 }), (linearLayers, context) => {
        const hybridShape = shapeOf({ ...base, numLayers: 64, linearAttention: { ...linear, layers: linearLayers } });
        const full = shapeOf({ ...base, numLayers: 64 });
        expect(kvElementsPerToken(hybridShape)).toBe(kvElementsPerToken(full) * (1 - linearLayers / 64));
        const growth = (s: typeof full) => cacheBytesPerSequence(s, context + 1000, 2, 2) - cacheBytesPerSequence(s, context, 2, 2);
        expect(growth(hybridShape)).toBeLessThan(growth(full));
      }),
    );
  });
});

describe("inconsistent architectures are errors naming the field", () => {
  it.each([
    ["heads that do not divide the width (no headDim)", { ...base, headDim: undefined, hiddenSize: 66 }, "model.numHeads"],
    ["KV heads that do not divide the heads", { ...base, numKvHeads: 3 }, "model.numKvHeads"],
    ["more experts per token than experts", { ...base, moe: { numExperts: 4, expertsPerToken: 5 } }, "model.moe.expertsPerToken"],
    ["more dense layers than layers", { ...base, moe: { numExperts: 4, expertsPerToken: 2, firstDenseLayers: 5 } }, "model.moe.firstDenseLayers"],
    ["a shared-expert width without shared experts", { ...base, moe: { numExperts: 4, expertsPerToken: 2, sharedExpertIntermediateSize: 64 } }, "model.moe.sharedExpertIntermediateSize"],
    ["more linear layers than layers", { ...base, linearAttention: { layers: 5, numKeyHeads: 2, numValueHeads: 4, keyHeadDim: 8, valueHeadDim: 8 } }, "model.linearAttention.layers"],
    ["value heads not a multiple of key heads", { ...base, linearAttention: { layers: 2, numKeyHeads: 3, numValueHeads: 4, keyHeadDim: 8, valueHeadDim: 8 } }, "model.linearAttention.numValueHeads"],
    ["sliding layers without a window", { ...base, slidingWindowLayers: 2 }, "model.slidingWindowLayers"],
    ["chunked layers without a chunk", { ...base, chunkedAttentionLayers: 2 }, "model.chunkedAttentionLayers"],
    ["more chunked layers than softmax layers", { ...base, attentionChunkTokens: 8, chunkedAttentionLayers: 5 }, "model.chunkedAttentionLayers"],
    ["layer kinds adding up to more than the layers", { ...base, slidingWindow: 8, slidingWindowLayers: 2, attentionChunkTokens: 8, chunkedAttentionLayers: 2, linearAttention: { layers: 1, numKeyHeads: 2, numValueHeads: 4, keyHeadDim: 8, valueHeadDim: 8 } }, "model.slidingWindowLayers"],
  ])("%s", (_what, model, path) => {
    expect(run(model)).toThrowError(expect.objectContaining({ code: "invalid_input", path }));
  });

  it("an explicit headDim may differ from hiddenSize / numHeads", () => {
    expect(run({ ...base, hiddenSize: 100, headDim: 16 })).not.toThrow();
  });
});

describe("config.json", () => {
  const llama = { model_type: "llama", hidden_size: 64, num_hidden_layers: 4, num_attention_heads: 4, num_key_value_heads: 2, intermediate_size: 128, vocab_size: 1000 };
  const hfError = (config: object) => () => architectureFromHfConfig(config);

  it("heads that do not divide hidden_size (and no head_dim) are an error at num_attention_heads", () => {
    expect(hfError({ ...llama, hidden_size: 66 })).toThrowError(expect.objectContaining({ code: "invalid_hf_config", path: "model.hfConfig.num_attention_heads" }));
    expect(hfError({ ...llama, hidden_size: 66, head_dim: 16 })).not.toThrow();
    expect(hfError({ ...llama, num_key_value_heads: 3 })).toThrowError(expect.objectContaining({ path: "model.hfConfig.num_key_value_heads" }));
  });

  it("layer_types must list every layer, with kinds the engine models", () => {
    expect(hfError({ ...llama, layer_types: ["full_attention"] })).toThrowError(expect.objectContaining({ code: "invalid_hf_config", path: "model.hfConfig.layer_types" }));
    expect(hfError({ ...llama, layer_types: ["mamba", "mamba", "mamba", "full_attention"] })).toThrowError(expect.objectContaining({ path: "model.hfConfig.layer_types" }));
  });

  it("reads a text model nested under text_config, naming nested keys by their place", () => {
    const wrapped = { architectures: ["Gemma3ForConditionalGeneration"], model_type: "gemma3", text_config: { hidden_size: 2560, intermediate_size: 10240, model_type: "gemma3_text", num_hidden_layers: 34, sliding_window: 1024 }, vision_config: { hidden_size: 1152 } };
    const arch = architectureFromHfConfig(wrapped);
    // Gemma3TextConfig's defaults fill what the published file leaves out.
    expect(arch).toMatchObject({ hiddenSize: 2560, numHeads: 8, numKvHeads: 4, headDim: 256, vocabSize: 262_208, tieEmbeddings: true, slidingWindow: 1024, slidingWindowLayers: 29, qkNorm: "perHead", normsPerLayer: 4 });
    expect(arch.name).toContain("vision encoder not counted");
    const { hidden_size: _, ...missing } = wrapped.text_config;
    expect(hfError({ ...wrapped, text_config: { ...missing, model_type: "qwen3" } })).toThrowError(
      expect.objectContaining({ code: "invalid_hf_config", path: "model.hfConfig.text_config.hidden_size", message: expect.stringContaining("hidden_size") }),
    );
  });

  it("takes tie_word_embeddings from the wrapper when the text model does not set it", () => {
    const nested = { model_type: "qwen3", hidden_size: 64, num_hidden_layers: 2, num_attention_heads: 4, intermediate_size: 128, vocab_size: 1000 };
    expect(architectureFromHfConfig({ text_config: nested, tie_word_embeddings: true }).tieEmbeddings).toBe(true);
    expect(architectureFromHfConfig({ text_config: { ...nested, tie_word_embeddings: false }, tie_word_embeddings: true }).tieEmbeddings).toBe(false);
  });

  it("refuses families whose attention it cannot represent, rather than miscounting them", () => {
    expect(hfError({ ...llama, model_type: "deepseek_v4" })).toThrowError(expect.objectContaining({ code: "invalid_hf_config", path: "model.hfConfig.model_type" }));
    expect(hfError({ text_config: { ...llama, model_type: "gemma4_text" } })).toThrowError(expect.objectContaining({ path: "model.hfConfig.text_config.model_type" }));
  });

  it("refuses MoE layer placements it cannot count", () => {
    const moe = { ...llama, model_type: "qwen3_moe", num_experts: 8, num_experts_per_tok: 2, moe_intermediate_size: 32 };
    expect(hfError({ ...moe, mlp_only_layers: [1, 3] })).toThrowError(expect.objectContaining({ path: "model.hfConfig.mlp_only_layers" }));
    expect(architectureFromHfConfig({ ...moe, mlp_only_layers: [0, 1] }).moe).toMatchObject({ firstDenseLayers: 2 });
    expect(hfError({ ...moe, model_type: "deepseek_v3", moe_layer_freq: 2, kv_lora_rank: 16, qk_nope_head_dim: 8, qk_rope_head_dim: 4, v_head_dim: 8 })).toThrowError(
      expect.objectContaining({ path: "model.hfConfig.moe_layer_freq" }),
    );
  });
});
