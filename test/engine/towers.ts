// Parameters of the parts of a published checkpoint the engine does not model (vision encoders, multi-token-prediction
// layers), counted from the fixture's config.json so that a published total can be compared like with like.
import { analyzeArchitecture, Architecture } from "../../shared/index.js";

type Json = Record<string, number>;
const linear = (inputs: number, outputs: number, bias: boolean) => inputs * outputs + (bias ? outputs : 0);
const layerNorm = (width: number) => 2 * width;

/** A ViT block with biased q, k, v, o, a biased two-layer MLP and two LayerNorms (SigLIP, Llama 4's encoder). */
const vitBlock = (h: number, mlp: number) => 4 * linear(h, h, true) + linear(h, mlp, true) + linear(mlp, h, true) + 2 * layerNorm(h);

/** Gemma 3: SigLIP without its pooling head, then Gemma3MultiModalProjector (a matrix and an RMSNorm). */
export function siglipVision(v: Json, textHidden: number): number {
  const h = v.hidden_size!;
  const patches = (v.image_size! / v.patch_size!) ** 2;
  const embeddings = linear((v.num_channels ?? 3) * v.patch_size! ** 2, h, true) + patches * h;
  return embeddings + v.num_hidden_layers! * vitBlock(h, v.intermediate_size!) + layerNorm(h) + h * textHidden + h;
}

/** Llama 4: Llama4VisionModel (unfold-linear patches, class and position embeddings, pixel-shuffle MLP) and the projector. */
export function llama4Vision(v: Json, textHidden: number): number {
  const h = v.hidden_size!;
  const patches = (v.image_size! / v.patch_size!) ** 2 + 1;
  const embeddings = linear(v.num_channels! * v.patch_size! ** 2, h, false) + h + patches * h + 2 * layerNorm(h);
  const adapter = linear(v.intermediate_size!, v.projector_input_dim!, false) + linear(v.projector_output_dim!, v.projector_output_dim!, false);
  return embeddings + v.num_hidden_layers! * vitBlock(h, v.intermediate_size!) + adapter + linear(v.vision_output_dim!, textHidden, false);
}

/** Qwen3.5: Qwen3-VL's vision encoder (3D patch conv, learned positions, fused qkv) and its patch merger. */
export function qwen3VlVision(v: Json): number {
  const h = v.hidden_size!;
  const merged = h * v.spatial_merge_size! ** 2;
  const patch = linear(v.in_channels! * v.temporal_patch_size! * v.patch_size! ** 2, h, true) + v.num_position_embeddings! * h;
  const block = 2 * layerNorm(h) + linear(h, 3 * h, true) + linear(h, h, true) + linear(h, v.intermediate_size!, true) + linear(v.intermediate_size!, h, true);
  const merger = layerNorm(h) + linear(merged, merged, true) + linear(merged, v.out_hidden_size!, true);
  return patch + v.depth! * block + merger;
}

/** Mistral Small 3.1: Pixtral (RMSNorms, gated MLP, no biases) and Mistral3MultiModalProjector (patch merger, two linears). */
export function pixtralVision(v: Json, textHidden: number, mergeSize: number): number {
  const h = v.hidden_size!;
  const block = 4 * h * h + 3 * h * v.intermediate_size! + 2 * h;
  const encoder = v.num_channels! * v.patch_size! ** 2 * h + h + v.num_hidden_layers! * block;
  return encoder + h + h * mergeSize ** 2 * h + h * textHidden + textHidden * textHidden;
}

/** One more full-attention layer of the model (with its MoE or dense MLP), counted by the engine. */
function oneFullAttentionLayer(a: Architecture): number {
  const variant = (numLayers: number) =>
    analyzeArchitecture(
      Architecture.parse({ ...a, numLayers, linearAttention: undefined, slidingWindow: undefined, slidingWindowLayers: undefined, moe: a.moe && { ...a.moe, firstDenseLayers: 0 } }),
    ).totalParams;
  return variant(2) - variant(1);
}

/** Qwen3-Next / Qwen3.5 MTP layer: fc over [embedding; hidden], two pre-norms, one full-attention layer, a final norm. */
export const qwenMtp = (a: Architecture): number => 2 * a.hiddenSize * a.hiddenSize + 3 * a.hiddenSize + oneFullAttentionLayer(a);

/** GLM-4.5 MTP layer: eh_proj, enorm, hnorm, one MoE layer, and its own embedding table, norm and head (shared_head). */
export const glmMtp = (a: Architecture): number =>
  2 * a.hiddenSize * a.hiddenSize + 3 * a.hiddenSize + oneFullAttentionLayer(a) + 2 * a.vocabSize * a.hiddenSize;
