// How each kind of layer attends (full, sliding-window, chunked, linear) and what that costs: the KV cache and state one
// sequence keeps and the attention FLOPs of decode and prefill, summed over a model's layer groups.
import { linearConvChannels } from "./blocks.js";
import type { Architecture } from "./schema/architecture.js";

/**
 * How a layer attends: to the whole context (full), to the last W tokens (sliding), to the tokens of its own chunk of
 * C (chunked, Llama 4), or through a fixed-size recurrent state (linear, Gated DeltaNet).
 */
export type AttentionKind = "full" | "sliding" | "chunked" | "linear";

/** Layers that attend alike, with what one of them caches and computes. */
export type LayerGroup = {
  kind: AttentionKind;
  layers: number;
  /** The sliding window or the chunk, tokens (null: the whole context). */
  spanTokens: number | null;
  /** Sparse attention (DeepSeek-V3.2): the most cached tokens a query attends to (null: all it may see). */
  attendLimitTokens: number | null;
  /** KV-cache elements one token adds to one layer. */
  kvElementsPerToken: number;
  /** Score and value FLOPs per token per attended context token, one layer. */
  flopsPerAttendedToken: number;
  /** FLOPs per token per cached token whatever the sparsity (DeepSeek-V3.2's indexer scores every cached token). */
  flopsPerCachedToken: number;
  /** FLOPs per token that do not depend on the context (linear attention's state update and read-out). */
  flopsPerToken: number;
  /** Elements one sequence keeps in one layer whatever its length (linear attention's recurrent and conv state). */
  stateElementsPerSequence: number;
  /** Of those, the elements kept in float32 whatever the model's formats (a recurrent state declared float32). */
  fp32StateElementsPerSequence: number;
};

/** What the sums below read: a model's layers by how they attend (ModelShape has them). */
type Layered = { readonly layerGroups: readonly LayerGroup[] };

/** How many layers of each kind: linear ones as given, then chunked, then sliding, the rest full. */
export function layerCounts(a: Architecture): Record<AttentionKind, number> {
  const linear = Math.min(a.linearAttention?.layers ?? 0, a.numLayers);
  const softmax = a.numLayers - linear;
  const chunked = a.attentionChunkTokens === undefined ? 0 : Math.min(a.chunkedAttentionLayers ?? softmax, softmax);
  const sliding = a.slidingWindow === undefined ? 0 : Math.min(a.slidingWindowLayers ?? softmax - chunked, softmax - chunked);
  return { linear, chunked, sliding, full: softmax - chunked - sliding };
}

export function layerGroups(a: Architecture, kvElementsPerToken: number, flopsPerAttendedToken: number): LayerGroup[] {
  const counts = layerCounts(a);
  const indexer = a.mla?.indexer;
  const softmax = (kind: AttentionKind, spanTokens: number | null): LayerGroup => ({
    kind,
    layers: counts[kind],
    spanTokens,
    attendLimitTokens: indexer?.topK ?? null,
    kvElementsPerToken,
    flopsPerAttendedToken,
    // Indexer logits (q.k per indexer head) over every cached token; the head-weighting and top-k are cheap beside it.
    flopsPerCachedToken: indexer ? 2 * indexer.numHeads * indexer.headDim : 0,
    flopsPerToken: 0,
    stateElementsPerSequence: 0,
    fp32StateElementsPerSequence: 0,
  });
  const groups = [softmax("full", null), softmax("sliding", a.slidingWindow ?? null), softmax("chunked", a.attentionChunkTokens ?? null)];
  const l = a.linearAttention;
  if (l) {
    const stateMatrix = l.numValueHeads * l.keyHeadDim * l.valueHeadDim;
    groups.push({
      kind: "linear",
      layers: counts.linear,
      spanTokens: 0,
      attendLimitTokens: null,
      kvElementsPerToken: 0,
      flopsPerAttendedToken: 0,
      flopsPerCachedToken: 0,
      // Per value head and token the gated delta rule decays the state (1 FLOP per element), reads k^T S (2), adds a
      // rank-one update (2) and reads q^T S (2): 7 FLOPs per state element; plus the depthwise convolution.
      flopsPerToken: 7 * stateMatrix + 2 * linearConvChannels(l) * l.convKernel,
      // The recurrent state, and the last convKernel - 1 inputs of the convolution.
      stateElementsPerSequence: stateMatrix + linearConvChannels(l) * (l.convKernel - 1),
      fp32StateElementsPerSequence: l.recurrentStateFp32 ? stateMatrix : 0,
    });
  }
  return groups.filter((g) => g.layers > 0);
}

/** Tokens one layer of the group keeps in its KV cache when the sequence holds `contextTokens`. */
const cachedTokens = (g: LayerGroup, contextTokens: number): number =>
  g.kind === "linear" ? 0 : g.spanTokens === null ? contextTokens : Math.min(contextTokens, g.spanTokens);

/**
 * Cached tokens one query attends to. A chunked layer attends within its chunk, between 1 and C tokens: taken as
 * min(context, C), the most it can be (an upper bound, like the cache the runtime keeps for it).
 */
const attendedTokens = (g: LayerGroup, contextTokens: number): number =>
  Math.min(cachedTokens(g, contextTokens), g.attendLimitTokens ?? Infinity);

/** sum_{p=1..S} min(p, w): the (query, key) pairs of a causal prompt of S tokens when a query sees at most w. */
function cappedTrianglePairs(s: number, w: number): number {
  return s <= w ? (s * (s + 1)) / 2 : (w * (w + 1)) / 2 + (s - w) * w;
}

/** (query, key) pairs one layer of the group scores over a fresh prompt of `s` tokens. */
function causalPairs(g: LayerGroup, s: number): number {
  if (g.kind === "linear") return 0;
  let pairs: number;
  if (g.kind === "chunked" && g.spanTokens !== null) {
    // Each full chunk is its own causal triangle, then the partial last one.
    const c = g.spanTokens;
    const r = s % c;
    pairs = Math.floor(s / c) * ((c * (c + 1)) / 2) + (r * (r + 1)) / 2;
  } else {
    pairs = cappedTrianglePairs(s, g.spanTokens ?? s);
  }
  return g.attendLimitTokens === null ? pairs : Math.min(pairs, cappedTrianglePairs(s, g.attendLimitTokens));
}

/**
 * Sum over layers of the context each softmax-attention layer attends to when a sequence holds `contextTokens`:
 * sliding-window and chunked layers stop at their span, sparse layers at their top-k, linear layers attend to none.
 */
export function attendedTokensAllLayers(shape: Layered, contextTokens: number): number {
  let sum = 0;
  for (const g of shape.layerGroups) sum += g.layers * attendedTokens(g, contextTokens);
  return sum;
}

/** Sum over softmax-attention layers and over the positions of a fresh prompt of the context each attends to (causal). */
export function causalAttendedPairsAllLayers(shape: Layered, promptTokens: number): number {
  let sum = 0;
  for (const g of shape.layerGroups) sum += g.layers * causalPairs(g, promptTokens);
  return sum;
}

/** KV-cache elements one more token adds across all layers, before any window caps it (linear layers add none). */
export function kvElementsPerToken(shape: Layered): number {
  let sum = 0;
  for (const g of shape.layerGroups) sum += g.layers * g.kvElementsPerToken;
  return sum;
}

/**
 * Bytes one sequence of `contextTokens` keeps: the KV cache of every layer (capped at a window or chunk) and the fixed
 * state of linear-attention layers, each at its own element size (a float32 recurrent state at 4 bytes).
 */
export function cacheBytesPerSequence(shape: Layered, contextTokens: number, kvBytesPerElement: number, stateBytesPerElement: number): number {
  let kv = 0;
  let state = 0;
  let fp32State = 0;
  for (const g of shape.layerGroups) {
    kv += g.layers * g.kvElementsPerToken * cachedTokens(g, contextTokens);
    state += g.layers * (g.stateElementsPerSequence - g.fp32StateElementsPerSequence);
    fp32State += g.layers * g.fp32StateElementsPerSequence;
  }
  return kv * kvBytesPerElement + state * stateBytesPerElement + fp32State * 4;
}

/** Attention FLOPs of one decode token at `contextTokens` of context, all layers (the projections are not included). */
export function decodeAttentionFlops(shape: Layered, contextTokens: number): number {
  let flops = 0;
  for (const g of shape.layerGroups) {
    flops += g.layers * (g.flopsPerAttendedToken * attendedTokens(g, contextTokens) + g.flopsPerCachedToken * cachedTokens(g, contextTokens) + g.flopsPerToken);
  }
  return flops;
}

/** Attention FLOPs of prefilling one fresh prompt of `promptTokens`, all layers (the projections are not included). */
export function prefillAttentionFlops(shape: Layered, promptTokens: number): number {
  const s = promptTokens;
  let flops = 0;
  for (const g of shape.layerGroups) {
    const cachedPairs = g.kind === "linear" ? 0 : cappedTrianglePairs(s, g.spanTokens ?? s);
    flops += g.layers * (g.flopsPerAttendedToken * causalPairs(g, s) + g.flopsPerCachedToken * cachedPairs + g.flopsPerToken * s);
  }
  return flops;
}

/**
 * Bytes per element of linear attention's state: runtimes keep it in the model's 16-bit dtype (or fp32) even when the
 * KV cache is quantized, since the state is rewritten every token and would drift in 8 bits; vLLM keeps the recurrent
 * state in float32 where the config asks for it (recurrentStateFp32).
 */
export const recurrentStateBytesPerElement = (activationBytesPerElement: number): number => Math.max(2, activationBytesPerElement);
