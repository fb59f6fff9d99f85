// Parameters of the parts of one transformer block: softmax attention (GQA/MHA or MLA), linear attention and MLPs.
import type { Architecture, LinearAttentionSpec } from "./schema/architecture.js";

/** Per-head width of softmax attention: explicit, or the hidden size split evenly over the heads. */
export const headDimOf = (a: Architecture): number => a.headDim ?? Math.floor(a.hiddenSize / a.numHeads);

/** One softmax-attention layer: projections, biases, q/k norms, sinks (and MLA's latents, norms and indexer). */
export function softmaxAttentionParams(a: Architecture): number {
  const h = a.hiddenSize;
  const heads = a.numHeads;
  let params: number;
  if (a.mla) {
    const m = a.mla;
    const qkDim = m.qkNopeHeadDim + m.qkRopeHeadDim;
    // With query compression: down-projection, its RMSNorm, up-projection. The KV latent has an RMSNorm too.
    const q = m.qLoraRank > 0 ? h * m.qLoraRank + m.qLoraRank + m.qLoraRank * heads * qkDim : h * heads * qkDim;
    const kvA = h * (m.kvLoraRank + m.qkRopeHeadDim) + m.kvLoraRank;
    const kvB = m.kvLoraRank * heads * (m.qkNopeHeadDim + m.vHeadDim);
    const o = heads * m.vHeadDim * h;
    params = q + kvA + kvB + o;
    if (m.indexer) {
      // DeepSeek-V3.2's lightning indexer: queries from the query latent (or the hidden state), one shared key with
      // a LayerNorm (weight and bias), and per-head weights that mix the head scores.
      const x = m.indexer;
      const queryInput = m.qLoraRank > 0 ? m.qLoraRank : h;
      params += queryInput * x.numHeads * x.headDim + h * x.headDim + 2 * x.headDim + h * x.numHeads;
    }
  } else {
    const headDim = headDimOf(a);
    const kvHeads = a.numKvHeads ?? heads;
    // A gated output (Qwen3-Next) doubles the query projection: half queries, half gate logits.
    const qOut = heads * headDim * (a.attentionOutputGate ? 2 : 1);
    const kvDim = kvHeads * headDim;
    params = h * qOut + 2 * h * kvDim + heads * headDim * h;
    if (a.attentionBias) params += qOut + 2 * kvDim;
    if (a.attentionOutputBias) params += h;
    if (a.qkNorm === "perHead") params += 2 * headDim;
    if (a.qkNorm === "perProjection") params += heads * headDim + kvDim;
  }
  if (a.attentionSinks) params += heads;
  return params;
}

/** Width of the short convolution's input in a Gated DeltaNet layer: queries, keys and values. */
export const linearConvChannels = (l: LinearAttentionSpec): number => 2 * l.numKeyHeads * l.keyHeadDim + l.numValueHeads * l.valueHeadDim;

/**
 * One Gated DeltaNet layer (transformers' Qwen3NextGatedDeltaNet): in_proj_qkvz (q, k, v and the output gate z),
 * in_proj_ba (per value head: update strength b and decay a), a depthwise conv1d without bias, dt_bias and A_log per
 * value head, a gated RMSNorm one value head wide, and out_proj.
 */
export function linearAttentionParams(h: number, l: LinearAttentionSpec): number {
  const keyDim = l.numKeyHeads * l.keyHeadDim;
  const valueDim = l.numValueHeads * l.valueHeadDim;
  const inProj = h * (2 * keyDim + 2 * valueDim) + h * 2 * l.numValueHeads;
  const conv = linearConvChannels(l) * l.convKernel;
  return inProj + conv + 2 * l.numValueHeads + l.valueHeadDim + valueDim * h;
}

/** A (gated) MLP of the given width, with biases where the architecture has them. */
export function mlpParams(a: Architecture, width: number): number {
  const matrices = a.gatedMlp ? 3 : 2;
  return matrices * a.hiddenSize * width + (a.mlpBias ? (matrices - 1) * width + a.hiddenSize : 0);
}

export type MoeLayerParams = {
  total: number;
  active: number;
  expertParams: number;
  expertWidth: number;
  /** Widest MLP activation one token has in this layer: the chosen and shared experts side by side. */
  activeWidth: number;
};

/** One MoE layer: routed experts, shared experts (with their optional gate) and the router (with its optional bias). */
export function moeLayerParams(a: Architecture): MoeLayerParams | null {
  const e = a.moe;
  if (!e) return null;
  const expertWidth = e.expertIntermediateSize ?? a.intermediateSize;
  const sharedWidth = e.sharedExpertIntermediateSize ?? expertWidth;
  const expertParams = mlpParams(a, expertWidth);
  const perToken = Math.min(e.expertsPerToken, e.numExperts);
  const shared = e.sharedExperts * mlpParams(a, sharedWidth) + (e.sharedExperts > 0 && e.sharedExpertGate ? a.hiddenSize : 0);
  const router = a.hiddenSize * e.numExperts + (e.routerBias ? e.numExperts : 0);
  return {
    total: e.numExperts * expertParams + shared + router,
    active: perToken * expertParams + shared + router,
    expertParams,
    expertWidth,
    activeWidth: expertWidth * perToken + sharedWidth * e.sharedExperts,
  };
}

/** How many layers hold experts: after the leading dense layers, every layerStep-th one. */
export function moeLayerCount(a: Architecture): number {
  if (!a.moe) return 0;
  return Math.floor(Math.max(0, a.numLayers - a.moe.firstDenseLayers) / a.moe.layerStep);
}
