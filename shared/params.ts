// Parameter counts, FLOPs per token and KV-cache elements, exactly from the architecture, derived once into a ModelShape;
// the per-layer-kind sums the memory and timing models multiply out are re-exported from layers.ts.
import { headDimOf, linearAttentionParams, mlpParams, moeLayerCount, moeLayerParams, softmaxAttentionParams } from "./blocks.js";
import { layerCounts, layerGroups, type LayerGroup } from "./layers.js";
import type { Architecture } from "./schema/architecture.js";

export { architectureProblem } from "./consistency.js";
export {
  attendedTokensAllLayers,
  cacheBytesPerSequence,
  causalAttendedPairsAllLayers,
  decodeAttentionFlops,
  kvElementsPerToken,
  prefillAttentionFlops,
  recurrentStateBytesPerElement,
} from "./layers.js";
export type { AttentionKind, LayerGroup } from "./layers.js";

/** Everything the memory and timing models need to know about a model, derived once. */
export type ModelShape = {
  totalParams: number;
  activeParams: number;
  /** Input embedding table (a lookup, no FLOPs; not read in full by decode unless tied to the LM head). */
  embeddingParams: number;
  /** LM head matrix (hidden x vocab); the embedding table itself when tied. */
  lmHeadParams: number;
  /** Parameters of the routed experts of one MoE layer, all experts. */
  routedExpertParamsPerLayer: number;
  /** Parameters of one routed expert. */
  expertParams: number;
  moeLayers: number;
  numExperts: number;
  expertsPerToken: number;
  /** Matrix-multiply parameters a token uses in the blocks (active, excludes embedding and LM head). */
  blockMatmulParamsPerToken: number;
  /** Attention-score FLOPs per token per attended context token, per softmax-attention layer (QK^T and AV). */
  attentionFlopsPerContextToken: number;
  /** KV-cache elements stored per token per softmax-attention layer. */
  kvElementsPerTokenPerLayer: number;
  /** MLA caches one latent shared by all heads, so tensor parallelism replicates it. */
  kvReplicatedAcrossDevices: boolean;
  numKvHeads: number;
  numHeads: number;
  numLayers: number;
  hiddenSize: number;
  /** Largest MLP width a token passes through (sizes the activation workspace). */
  activeMlpWidth: number;
  vocabSize: number;
  slidingWindow: number | null;
  slidingWindowLayers: number;
  maxContextTokens: number | null;
  /** The layers by how they attend; their counts add up to numLayers. */
  layerGroups: readonly LayerGroup[];
};

export function analyzeArchitecture(a: Architecture): ModelShape {
  const h = a.hiddenSize;
  const heads = a.numHeads;
  const kvHeads = a.numKvHeads ?? heads;
  const norm = a.normHasBias ? 2 * h : h;

  let attentionFlopsPerContextToken: number;
  let kvElementsPerTokenPerLayer: number;
  if (a.mla) {
    const m = a.mla;
    // Absorbed MLA attends over the cached latent: scores over (latent + rope) and values over the latent.
    attentionFlopsPerContextToken = 2 * heads * (m.kvLoraRank + m.qkRopeHeadDim) + 2 * heads * m.kvLoraRank;
    // The indexer caches its own key per token beside the latent.
    kvElementsPerTokenPerLayer = m.kvLoraRank + m.qkRopeHeadDim + (m.indexer?.headDim ?? 0);
  } else {
    const headDim = headDimOf(a);
    attentionFlopsPerContextToken = 4 * heads * headDim;
    kvElementsPerTokenPerLayer = 2 * kvHeads * headDim;
  }
  const groups = layerGroups(a, kvElementsPerTokenPerLayer, attentionFlopsPerContextToken);
  const counts = layerCounts(a);
  const softmaxLayers = a.numLayers - counts.linear;
  const mixers = softmaxLayers * softmaxAttentionParams(a) + (a.linearAttention ? counts.linear * linearAttentionParams(h, a.linearAttention) : 0);

  const moe = moeLayerParams(a);
  const moeLayers = moe ? moeLayerCount(a) : 0;
  const denseLayers = a.numLayers - moeLayers;
  const denseMlp = mlpParams(a, a.intermediateSize);
  const mlpsTotal = denseLayers * denseMlp + moeLayers * (moe?.total ?? 0);
  const mlpsActive = denseLayers * denseMlp + moeLayers * (moe?.active ?? 0);
  const blockNormParams = a.numLayers * a.normsPerLayer * norm;

  const blocksTotal = mixers + mlpsTotal + blockNormParams;
  const blocksActive = mixers + mlpsActive + blockNormParams;
  const embeddingParams = a.vocabSize * h;
  const untiedHead = a.tieEmbeddings ? 0 : a.vocabSize * h;
  const finalNorm = norm;
  const numExperts = a.moe?.numExperts ?? 0;
  return {
    totalParams: blocksTotal + embeddingParams + untiedHead + finalNorm,
    activeParams: blocksActive + embeddingParams + untiedHead + finalNorm,
    embeddingParams,
    lmHeadParams: a.vocabSize * h,
    routedExpertParamsPerLayer: numExperts * (moe?.expertParams ?? 0),
    expertParams: moe?.expertParams ?? 0,
    moeLayers,
    numExperts,
    expertsPerToken: a.moe ? Math.min(a.moe.expertsPerToken, a.moe.numExperts) : 0,
    blockMatmulParamsPerToken: blocksActive - blockNormParams,
    attentionFlopsPerContextToken,
    kvElementsPerTokenPerLayer,
    kvReplicatedAcrossDevices: a.mla !== undefined,
    numKvHeads: a.mla ? 1 : kvHeads,
    numHeads: heads,
    numLayers: a.numLayers,
    hiddenSize: h,
    activeMlpWidth: Math.max(denseLayers > 0 ? a.intermediateSize : 0, moe && moeLayers > 0 ? moe.activeWidth : 0),
    vocabSize: a.vocabSize,
    slidingWindow: a.slidingWindow ?? null,
    slidingWindowLayers: counts.sliding,
    maxContextTokens: a.maxContextTokens ?? null,
    layerGroups: groups,
  };
}

/** Expected number of distinct experts a batch of `tokens` touches in one MoE layer (uniform routing). */
export function expectedExpertsTouched(shape: ModelShape, tokens: number): number {
  if (shape.numExperts === 0) return 0;
  const missProbability = Math.pow(1 - shape.expertsPerToken / shape.numExperts, tokens);
  return shape.numExperts * (1 - missProbability);
}
