// Architectures several catalog models share, written once (their config.json files agree key for key).
import type { ArchitectureInput } from "../schema/architecture.js";

/** DeepSeek-V3's layout, shared by V3, R1, V3.1 and (with an indexer) V3.2: their config.json files agree key for key. */
export const DEEPSEEK_V3_LAYOUT = {
  hiddenSize: 7168,
  numLayers: 61,
  numHeads: 128,
  numKvHeads: 128,
  intermediateSize: 18432,
  vocabSize: 129280,
  tieEmbeddings: false,
  gatedMlp: true,
  maxContextTokens: 163840,
  moe: { numExperts: 256, expertsPerToken: 8, expertIntermediateSize: 2048, sharedExperts: 1, firstDenseLayers: 3, routerBias: true },
  mla: { qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 },
} satisfies ArchitectureInput;

/** Kimi K2's layout: DeepSeek-V3's with 384 experts, 64 heads, one dense layer and a 160K vocabulary. */
export const KIMI_K2_LAYOUT = {
  hiddenSize: 7168,
  numLayers: 61,
  numHeads: 64,
  numKvHeads: 64,
  intermediateSize: 18432,
  vocabSize: 163840,
  tieEmbeddings: false,
  gatedMlp: true,
  maxContextTokens: 131072,
  moe: { numExperts: 384, expertsPerToken: 8, expertIntermediateSize: 2048, sharedExperts: 1, firstDenseLayers: 1, routerBias: true },
  mla: { qLoraRank: 1536, kvLoraRank: 512, qkNopeHeadDim: 128, qkRopeHeadDim: 64, vHeadDim: 128 },
} satisfies ArchitectureInput;
