// How a config.json places its experts: routed and shared experts, router biases, dense layers and MoE interleaving,
// in each family's keys.
import { need, refuse, undef, type Reader } from "./hfconfig-families.js";
import type { ArchitectureInput, MoeSpec } from "./schema/architecture.js";

/** Experts, if the config has more than one: written into `arch.moe`. */
export function readMoe(r: Reader, arch: ArchitectureInput): void {
  const { c, family } = r;
  const experts = undef(c.num_local_experts) ?? undef(c.n_routed_experts) ?? undef(c.num_experts);
  if (experts === undefined || experts <= 1) return;
  const perToken = need(r, undef(c.num_experts_per_tok) ?? undef(c.experts_per_token), "num_experts_per_tok");
  const moe: NonNullable<ArchitectureInput["moe"]> = {
    numExperts: experts,
    expertsPerToken: perToken,
    expertIntermediateSize: undef(c.moe_intermediate_size),
    sharedExperts: c.n_shared_experts ?? 0,
    firstDenseLayers: c.first_k_dense_replace ?? 0,
    routerBias: family === "gpt_oss" || family === "glm4_moe" || c.topk_method === "noaux_tc" || c.use_routing_bias === true,
  };
  if ((c.moe_layer_freq ?? 1) !== 1) refuse(r, "moe_layer_freq", "only 1 (every layer after the dense ones) is modelled");
  // Qwen-style shared expert: its own width and a sigmoid gate (Qwen2-MoE, Qwen3-Next, Qwen3.5).
  const sharedWidth = c.shared_expert_intermediate_size ?? 0;
  if (sharedWidth > 0) {
    moe.sharedExperts = 1;
    moe.sharedExpertIntermediateSize = sharedWidth;
    moe.sharedExpertGate = true;
  }
  if (family === "llama4") {
    // Llama4TextMoe always adds one shared expert as wide as the routed ones (intermediate_size).
    moe.sharedExperts = 1;
    moe.expertIntermediateSize = need(r, undef(c.intermediate_size), "intermediate_size");
    moe.layerStep = llama4MoeStep(r);
  }
  if (family === "minimax_m2" || family === "mixtral" || family === "gpt_oss") moe.expertIntermediateSize = undef(c.moe_intermediate_size) ?? undef(c.intermediate_size);
  if (family === "minimax_m2" && (c.shared_intermediate_size ?? 0) > 0) refuse(r, "shared_intermediate_size", "MiniMax shared experts are not modelled");
  if (c.decoder_sparse_step !== undefined && c.decoder_sparse_step !== null) moe.layerStep = c.decoder_sparse_step;
  const mlpOnly = c.mlp_only_layers ?? [];
  if (mlpOnly.length > 0) {
    // A leading run of dense layers is the same as DeepSeek's first_k_dense_replace; anything else is not modelled.
    if (!mlpOnly.every((layer, i) => layer === i)) refuse(r, "mlp_only_layers", "only a leading run of dense layers (0, 1, ...) is modelled");
    moe.firstDenseLayers = Math.max(moe.firstDenseLayers ?? 0, mlpOnly.length);
  }
  arch.moe = moe satisfies Partial<MoeSpec>;
}

/** Llama 4 puts experts on layers step-1, 2*step-1, ... (interleave_moe_layer_step, or an explicit moe_layers list). */
function llama4MoeStep(r: Reader): number {
  const { c } = r;
  const step = c.interleave_moe_layer_step ?? 1;
  if (!c.moe_layers) return step;
  const layers = c.num_hidden_layers;
  const every = layers / Math.max(1, c.moe_layers.length);
  const evenlySpaced = Number.isInteger(every) && c.moe_layers.every((layer, i) => layer === (i + 1) * every - 1);
  if (!evenlySpaced) refuse(r, "moe_layers", "only evenly interleaved MoE layers are modelled");
  return every;
}
