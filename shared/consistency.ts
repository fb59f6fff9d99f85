// Cross-field consistency of an architecture: what the schema cannot see field by field. Custom architectures and
// config.json files both pass through it, so an inconsistent model is an error rather than a silently wrong count.
import type { Architecture } from "./schema/architecture.js";

/** The first inconsistency between an architecture's fields, as [field path, problem], or null. */
export function architectureProblem(a: Architecture): [string, string] | null {
  if (!a.mla && a.headDim === undefined && a.hiddenSize % a.numHeads !== 0) {
    return ["numHeads", `must divide hiddenSize (${a.hiddenSize}) when headDim is not given`];
  }
  if (a.numKvHeads !== undefined && a.numHeads % a.numKvHeads !== 0) return ["numKvHeads", "must divide numHeads"];
  const moe = a.moe;
  if (moe) {
    if (moe.expertsPerToken > moe.numExperts) return ["moe.expertsPerToken", "cannot exceed moe.numExperts"];
    if (moe.firstDenseLayers > a.numLayers) return ["moe.firstDenseLayers", "cannot exceed numLayers"];
    if (moe.sharedExpertIntermediateSize !== undefined && moe.sharedExperts === 0) {
      return ["moe.sharedExpertIntermediateSize", "needs moe.sharedExperts of at least 1"];
    }
  }
  const linear = a.linearAttention;
  if (linear) {
    if (linear.layers > a.numLayers) return ["linearAttention.layers", "cannot exceed numLayers"];
    if (linear.numValueHeads % linear.numKeyHeads !== 0) return ["linearAttention.numValueHeads", "must be a multiple of linearAttention.numKeyHeads"];
  }
  if (a.slidingWindowLayers !== undefined && a.slidingWindow === undefined) return ["slidingWindowLayers", "needs slidingWindow"];
  if (a.chunkedAttentionLayers !== undefined && a.attentionChunkTokens === undefined) return ["chunkedAttentionLayers", "needs attentionChunkTokens"];
  // Every layer has one kind of attention: the kinds given explicitly cannot add up to more layers than there are.
  const softmaxLayers = a.numLayers - (linear?.layers ?? 0);
  const chunked = a.attentionChunkTokens === undefined ? 0 : (a.chunkedAttentionLayers ?? 0);
  if (chunked > softmaxLayers) return ["chunkedAttentionLayers", "cannot exceed the layers without linear attention"];
  const sliding = a.slidingWindow === undefined ? 0 : (a.slidingWindowLayers ?? 0);
  if (sliding + chunked > softmaxLayers) {
    return ["slidingWindowLayers", "with chunkedAttentionLayers and linearAttention.layers, cannot exceed numLayers"];
  }
  return null;
}
