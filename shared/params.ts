// Parameter counts, FLOPs per token and KV-cache elements per token, exactly from the architecture.
import type { Architecture } from "./schema/architecture.js";

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
  /** Attention-score FLOPs per token per attended context token, per layer (QK^T and AV). */
  attentionFlopsPerContextToken: number;
  /** KV-cache elements stored per token per layer. */
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
};

/** The first inconsistency between an architecture's fields, as [field path, problem], or null. */
export function architectureProblem(a: Architecture): [string, string] | null {
  if (a.numKvHeads !== undefined && a.numHeads % a.numKvHeads !== 0) return ["numKvHeads", "must divide numHeads"];
  if (a.moe && a.moe.expertsPerToken > a.moe.numExperts) return ["moe.expertsPerToken", "cannot exceed moe.numExperts"];
  return null;
}

export function analyzeArchitecture(a: Architecture): ModelShape {
  const h = a.hiddenSize;
  const heads = a.numHeads;
  const kvHeads = a.numKvHeads ?? heads;
  const headDim = a.headDim ?? Math.floor(h / heads);
  const mlpMatrices = a.gatedMlp ? 3 : 2;
  const norm = a.normHasBias ? 2 * h : h;

  // Attention projections.
  let attention: number;
  let attentionFlopsPerContextToken: number;
  let kvElementsPerTokenPerLayer: number;
  if (a.mla) {
    const m = a.mla;
    const qkDim = m.qkNopeHeadDim + m.qkRopeHeadDim;
    const q = m.qLoraRank > 0 ? h * m.qLoraRank + m.qLoraRank + m.qLoraRank * heads * qkDim : h * heads * qkDim;
    const kvA = h * (m.kvLoraRank + m.qkRopeHeadDim) + m.kvLoraRank;
    const kvB = m.kvLoraRank * heads * (m.qkNopeHeadDim + m.vHeadDim);
    const o = heads * m.vHeadDim * h;
    attention = q + kvA + kvB + o;
    // Absorbed MLA attends over the cached latent: scores over (latent + rope) and values over the latent.
    attentionFlopsPerContextToken = 2 * heads * (m.kvLoraRank + m.qkRopeHeadDim) + 2 * heads * m.kvLoraRank;
    kvElementsPerTokenPerLayer = m.kvLoraRank + m.qkRopeHeadDim;
  } else {
    const qDim = heads * headDim;
    const kvDim = kvHeads * headDim;
    attention = h * qDim + 2 * h * kvDim + qDim * h;
    if (a.attentionBias) attention += qDim + 2 * kvDim;
    if (a.attentionOutputBias) attention += h;
    attentionFlopsPerContextToken = 4 * heads * headDim;
    kvElementsPerTokenPerLayer = 2 * kvDim;
  }
  if (a.attentionSinks) attention += heads;

  const mlpParams = (width: number) => mlpMatrices * h * width + (a.mlpBias ? (mlpMatrices - 1) * width + h : 0);
  const denseMlp = mlpParams(a.intermediateSize);
  const norms = a.normsPerLayer * norm;

  let moeLayers = 0;
  let expertParams = 0;
  let numExperts = 0;
  let expertsPerToken = 0;
  let moeLayerTotal = 0;
  let moeLayerActive = 0;
  let activeMlpWidth = a.intermediateSize;
  if (a.moe) {
    const e = a.moe;
    const width = e.expertIntermediateSize ?? a.intermediateSize;
    moeLayers = Math.max(0, a.numLayers - e.firstDenseLayers);
    numExperts = e.numExperts;
    expertsPerToken = Math.min(e.expertsPerToken, e.numExperts);
    expertParams = mlpParams(width);
    const router = h * e.numExperts + (e.routerBias ? e.numExperts : 0);
    const shared = e.sharedExperts * expertParams;
    moeLayerTotal = e.numExperts * expertParams + shared + router;
    moeLayerActive = expertsPerToken * expertParams + shared + router;
    activeMlpWidth = Math.max(e.firstDenseLayers > 0 ? a.intermediateSize : 0, width * (expertsPerToken + e.sharedExperts));
  }
  const denseLayers = a.numLayers - moeLayers;

  const blockCommon = attention + norms;
  const blocksTotal = denseLayers * (blockCommon + denseMlp) + moeLayers * (blockCommon + moeLayerTotal);
  const blocksActive = denseLayers * (blockCommon + denseMlp) + moeLayers * (blockCommon + moeLayerActive);

  const embeddingParams = a.vocabSize * h;
  const untiedHead = a.tieEmbeddings ? 0 : a.vocabSize * h;
  const finalNorm = norm;
  const totalParams = blocksTotal + embeddingParams + untiedHead + finalNorm;
  const activeParams = blocksActive + embeddingParams + untiedHead + finalNorm;

  const blockNormParams = a.numLayers * norms;
  return {
    totalParams,
    activeParams,
    embeddingParams,
    lmHeadParams: a.vocabSize * h,
    routedExpertParamsPerLayer: numExperts * expertParams,
    expertParams,
    moeLayers,
    numExperts,
    expertsPerToken,
    blockMatmulParamsPerToken: blocksActive - blockNormParams,
    attentionFlopsPerContextToken,
    kvElementsPerTokenPerLayer,
    kvReplicatedAcrossDevices: a.mla !== undefined,
    numKvHeads: a.mla ? 1 : kvHeads,
    numHeads: heads,
    numLayers: a.numLayers,
    hiddenSize: h,
    activeMlpWidth,
    vocabSize: a.vocabSize,
    slidingWindow: a.slidingWindow ?? null,
    slidingWindowLayers: a.slidingWindow === undefined ? 0 : Math.min(a.slidingWindowLayers ?? a.numLayers, a.numLayers),
    maxContextTokens: a.maxContextTokens ?? null,
  };
}

/**
 * Sum over layers of the context each layer attends to (or caches) when a sequence holds `contextTokens`:
 * sliding-window layers stop at the window. Multiply by per-layer figures to get totals.
 */
export function attendedTokensAllLayers(shape: ModelShape, contextTokens: number): number {
  const windowed = shape.slidingWindow === null ? 0 : shape.slidingWindowLayers;
  const full = shape.numLayers - windowed;
  const windowTokens = shape.slidingWindow === null ? 0 : Math.min(contextTokens, shape.slidingWindow);
  return full * contextTokens + windowed * windowTokens;
}

/**
 * Sum over layers and over the positions of a fresh prompt of the context each position attends to
 * (causal): sum_{p=1..S} min(p, window), per layer.
 */
export function causalAttendedPairsAllLayers(shape: ModelShape, promptTokens: number): number {
  const s = promptTokens;
  const triangle = (s * (s + 1)) / 2;
  const windowed = shape.slidingWindow === null ? 0 : shape.slidingWindowLayers;
  const full = shape.numLayers - windowed;
  let windowPairs = 0;
  if (windowed > 0 && shape.slidingWindow !== null) {
    const w = shape.slidingWindow;
    windowPairs = s <= w ? triangle : (w * (w + 1)) / 2 + (s - w) * w;
  }
  return full * triangle + windowed * windowPairs;
}

/** Expected number of distinct experts a batch of `tokens` touches in one MoE layer (uniform routing). */
export function expectedExpertsTouched(shape: ModelShape, tokens: number): number {
  if (shape.numExperts === 0) return 0;
  const missProbability = Math.pow(1 - shape.expertsPerToken / shape.numExperts, tokens);
  return shape.numExperts * (1 - missProbability);
}
