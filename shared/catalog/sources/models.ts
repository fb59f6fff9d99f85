// Where each model's figures come from: the citations, dates and display facts of shared/catalog/models.ts, by id.
// Kept apart from the numbers so code that computes (the widget bundle) never carries them; the API joins both.
import type { ModelSources } from "../types.js";


/**
 * The month the catalog's API prices are as of: the newest price lists read (simonw/llm-prices at 2026-08-05, the
 * litellm mirror at 2026-07-24). Each entry's `priceDate` is the date its own price is known valid: older for the
 * legacy models (GPT-4, Claude 3, ...: 2025-09-01) and for retired or superseded prices.
 */
export const API_PRICES_DATE = "2026-08";
/** Date the legacy API prices are assumed valid (litellm sync copied by tokencost at commit e7f7c19, 2025-09-01). */
const TOKENCOST_PRICE_DATE = "2025-09-01";

const SCALEAPI =
  "github scaleapi/llm-engine model-engine/tests/unit/domain/test_llm_use_cases.py @ commit 28edd64a8717c3a64fb53c874d1513fbb64be880 (verbatim copies of HF config.json incl. '_name_or_path' and 'transformers_version')";
const LLAMA31 =
  "github meta-llama/llama-models models/llama3_1/api/sku_list.py @ commit 1768925a9d343b19459b5bc2acc893c842874179 (official Meta: dim, n_layers, n_heads, n_kv_heads, vocab 128256, ffn_dim_multiplier, multiple_of, CONTEXT_LENGTH 131072, rope_theta 500000, use_scaled_rope)";
const GEMMA2 =
  "github google-deepmind/gemma gemma/transformer.py @ commit 06211cae254a5f5f58099b5fa3663ff6d105f151 (TransformerConfig.gemma2_9b/gemma2_27b; num_embed=256128 is the padded embedding table)";
const TOKENCOST =
  "github AgentOps-AI/tokencost tokencost/model_prices.json @ commit e7f7c1928084af55bb4955102327982401ed8649 (automated copy of BerriAI/litellm model_prices_and_context_window.json)";
const TOKENCOST_DATE = "2025-09-01 (last litellm sync; repo commit dated 2025-09-05)";
const DERIVED_NOTE =
  "Parameter counts are not stored here; the reference's computed counts (test/fixtures/reference-models.json) are derived by this project, not official.";

// 2025-26 open models. Most config.json files come from one repository that vendors them.
const AICONFIGURATOR =
  "github ai-dynamo/aiconfigurator @ commit 095f58a51c4ca8e61b66ec108d86f223f8d559ce (config.json files it vendors; some trimmed), aic-core/src/aiconfigurator_core/model_configs/";
const AICONFIGURATOR_DATE = "file commit 0b077da5, 2026-07-14";
const FINDINGS =
  "a public markdown file reading the Hugging Face API's safetensors.total (the checkpoint's exact parameter count) on 2026-09-30, index id 70957423560";
const QWEN_CONTEXT = "max_position_embeddings 40960 is 32K native context; 128K needs YaRN.";

const qwen3Dense = (hfId: string, file: string, stated: string): ModelSources => ({
  family: "Qwen3",
  hfId,
  releasedPrecision: "bf16",
  statedParams: stated,
  sources: [
    { fields: ["architecture"], source: `${AICONFIGURATOR}${file}`, date: AICONFIGURATOR_DATE, confidence: "high", note: `${QWEN_CONTEXT} q/k RMSNorm per head, no qkv bias.` },
    { fields: ["statedParams"], source: `Qwen model card ("Number of Parameters: ..."), e.g. index ids 70580695973, 54998093296; checkpoint total from ${FINDINGS}`, date: "2025-04-29; 2026-09-30", confidence: "high" },
  ],
});

const qwen35 = (hfId: string, file: string, stated: string): ModelSources => ({
  family: "Qwen3.5",
  hfId,
  releasedPrecision: "bf16",
  statedParams: stated,
  sources: [
    {
      fields: ["architecture"],
      source: `${AICONFIGURATOR}${file}`,
      date: AICONFIGURATOR_DATE,
      confidence: "high",
      note: "The text model (text_config): 3 Gated DeltaNet layers to 1 gated full-attention layer (layer_types). The vision encoder and the MTP layer are not counted; the MoE configs have no dense layer (no intermediate_size).",
    },
    {
      fields: ["statedParams"],
      source: `Qwen model card ("Language Model - Number of Parameters: ..."), e.g. index id 55059422624; checkpoint totals from ${FINDINGS}`,
      date: "2026-02; 2026-09-30",
      confidence: "high",
    },
  ],
});

const deepseek = (hfId: string, file: string, stated: string): ModelSources => ({
  family: "DeepSeek",
  hfId,
  releasedPrecision: "fp8",
  statedParams: "671B total / 37B activated (main model); the Hugging Face checkpoint adds a 14B MTP module",
  sources: [
    { fields: ["architecture"], source: `${AICONFIGURATOR}${file}`, date: AICONFIGURATOR_DATE, confidence: "high", note: "DeepSeek-V3 dimensions: 3 dense layers, 58 MoE layers of 256 experts (top-8) and one shared expert, MLA. The MTP layer is not counted." },
    { fields: ["statedParams"], source: stated, date: "2025", confidence: "high" },
  ],
});

const gemma3 = (hfId: string, checkpoint: string): ModelSources => ({
  family: "Gemma 3",
  hfId,
  releasedPrecision: "bf16",
  statedParams: checkpoint,
  sources: [
    {
      fields: ["architecture"],
      source:
        "google/gemma-3-*-it config.json as copied in public code: 4B index id 70892509106 (verbatim), 12B index id 53185873524 (a transformers 4.51.3 re-serialization), 27B index id 9101267843 (TensorRT-LLM test fixture, layers and window cut for CI and restored from maxtext gemma3-27b.yml)",
      date: "transformers_version 4.50-4.51",
      confidence: "medium",
      note: "The published files set few text keys; transformers' Gemma3TextConfig supplies the rest (vocab 262208, 8/4 heads of 256 for 4B, 131072 positions, tied embeddings). 5 of every 6 layers use a 1024-token window. The SigLIP vision encoder is not counted.",
    },
    { fields: ["statedParams"], source: `checkpoint totals from ${FINDINGS} (12B, 27B) and index id 65969618575 (4B); Gemma 3 technical report (vision encoder 417M)`, date: "2026", confidence: "high" },
  ],
});

// Price lists of the 2025-26 API models (read via the project's 2026 reference, which cites them by commit).
const LITELLM_MIRROR =
  "github Wei-Shaw/model-price-repo model_prices_and_context_window.json @ commit f9ff14734f62 (additive mirror of BerriAI/litellm model_prices_and_context_window.json; rows are added, not updated)";
const LITELLM_MIRROR_DATE = "2026-07-24 (mirror commit)";
const LLM_PRICES = "github simonw/llm-prices data/{vendor}.json @ commit 723ef0bd3a62 (curated list prices per 1M tokens, input/output/cached)";
const LLM_PRICES_DATE = "2026-08-05 (repo HEAD)";
const LLM_PRICES_PRICE_DATE = "2026-08-05";
const ANTHROPIC_PRICING =
  "https://platform.claude.com/docs/en/docs/about-claude/pricing (official pricing table; the stored snapshot lists Opus 4.6 / Sonnet 4.6 as the newest models)";
const PRICE_FIELDS = ["inputUSDPerMTok", "outputUSDPerMTok"];
const LIMIT_FIELDS = ["contextWindowTokens", "maxOutputTokens"];
/** The two price lists that agree for most 2025-26 models: litellm (price and limits) and llm-prices (price). */
const twoLists = (vendor: string, key: string, note?: string) => [
  { fields: [...PRICE_FIELDS, ...LIMIT_FIELDS], source: `${LITELLM_MIRROR}, key ${key}`, date: LITELLM_MIRROR_DATE, confidence: "high", ...(note ? { note } : {}) },
  { fields: PRICE_FIELDS, source: LLM_PRICES.replace("{vendor}", vendor), date: LLM_PRICES_DATE, confidence: "high" },
];

export const MODEL_SOURCES: Readonly<Record<string, ModelSources>> = {
  "llama-2-7b": {
    family: "Llama 2",
    hfId: "meta-llama/Llama-2-7b-hf",
    releasedPrecision: "fp16",
    statedParams: "6.74 B",
    sources: [
      {
        fields: ["architecture", "releasedPrecision"],
        source: `${SCALEAPI}; tie_word_embeddings/rope_scaling=null also confirmed by verbatim copy in ctlllll/Medusa issue text (index id 69809365201)`,
        date: "commit 28edd64a8717c3a64fb53c874d1513fbb64be880",
        confidence: "high",
        note: "torch_dtype float16.",
      },
      {
        fields: ["statedParams"],
        source: "llama.cpp llama-bench 'params' column for LLaMA 7B GGUF, e.g. ggml-org/llama.cpp PR #4812",
        date: "undated",
        confidence: "medium",
        note: `6,738,415,616 = the computed value. ${DERIVED_NOTE}`,
      },
    ],
  },
  "llama-2-13b": {
    family: "Llama 2",
    hfId: "meta-llama/Llama-2-13b-hf",
    releasedPrecision: "fp16",
    sources: [
      {
        fields: ["architecture", "releasedPrecision"],
        source: `${SCALEAPI} (copy omits tie_word_embeddings; Llama-2 checkpoints are untied)`,
        date: "commit 28edd64a8717c3a64fb53c874d1513fbb64be880",
        confidence: "high",
        note: "tie_word_embeddings=false also in other verbatim copies (e.g. index id 7768956847).",
      },
    ],
  },
  "llama-2-70b": {
    family: "Llama 2",
    hfId: "meta-llama/Llama-2-70b-hf",
    releasedPrecision: "fp16",
    sources: [
      {
        fields: ["architecture", "releasedPrecision"],
        source: `${SCALEAPI}; tie_word_embeddings=False from verbatim copy in a TPU MFU test (index id 61395861286, transformers_version 4.32.0.dev0)`,
        date: "commit 28edd64a8717c3a64fb53c874d1513fbb64be880",
        confidence: "high",
      },
    ],
  },
  "llama-3.1-8b": {
    family: "Llama 3.1",
    hfId: "meta-llama/Llama-3.1-8B",
    releasedPrecision: "bf16",
    sources: [
      {
        fields: ["architecture"],
        source: LLAMA31,
        date: "commit 1768925a9d343b19459b5bc2acc893c842874179",
        confidence: "high",
        note: "intermediateSize derived from ffn_dim_multiplier/multiple_of; matches HF config copies.",
      },
      {
        fields: ["releasedPrecision"],
        source: "verbatim HF config copy (torch_dtype bfloat16, transformers_version 4.43.0.dev0, rope_scaling llama3), index id 20086630943",
        date: "undated",
        confidence: "high",
      },
    ],
  },
  "llama-3.1-70b": {
    family: "Llama 3.1",
    hfId: "meta-llama/Llama-3.1-70B",
    releasedPrecision: "bf16",
    sources: [
      {
        fields: ["architecture", "releasedPrecision"],
        source: LLAMA31,
        date: "commit 1768925a9d343b19459b5bc2acc893c842874179",
        confidence: "high",
        note: "bf16 as for the other Llama 3.1 checkpoints; no verbatim 70B config.json was read.",
      },
    ],
  },
  "llama-3.1-405b": {
    family: "Llama 3.1",
    hfId: "meta-llama/Llama-3.1-405B",
    releasedPrecision: "bf16",
    sources: [
      {
        fields: ["architecture", "releasedPrecision"],
        source: LLAMA31,
        date: "commit 1768925a9d343b19459b5bc2acc893c842874179",
        confidence: "high",
        note: "sku_list names the HF repo 'Llama 3.1 405b model (BF16 weights)'; an FP8 variant (Meta-Llama-3.1-405B-FP8) also exists.",
      },
    ],
  },
  "mistral-7b": {
    family: "Mistral",
    hfId: "mistralai/Mistral-7B-v0.1",
    releasedPrecision: "bf16",
    sources: [
      {
        fields: ["architecture", "releasedPrecision"],
        source:
          "multiple verbatim copies of HF config.json (transformers_version 4.34.0.dev0) in GitHub code, e.g. fusion_bench docs copy citing https://huggingface.co/mistralai/Mistral-7B-v0.1/resolve/main/config.json (index id 4813762979), gpt-fast-style copy (index id 32553266219), Rust struct comment (index id 20946506369) - all identical",
        date: "undated",
        confidence: "high",
        note: "sliding_window 4096 applies to every layer.",
      },
    ],
  },
  "mixtral-8x7b": {
    family: "Mixtral",
    hfId: "mistralai/Mixtral-8x7B-v0.1",
    releasedPrecision: "bf16",
    sources: [
      {
        fields: ["architecture", "releasedPrecision"],
        source: `${SCALEAPI} (Mixtral config copy, transformers_version 4.36.0.dev0; tie field absent in copy, checkpoint is untied)`,
        date: "commit 28edd64a8717c3a64fb53c874d1513fbb64be880",
        confidence: "high",
        note: "tie_word_embeddings=false and sliding_window=null in a fuller verbatim copy (TPU MFU test, index id 61395861286).",
      },
    ],
  },
  "qwen2.5-7b": {
    family: "Qwen2.5",
    hfId: "Qwen/Qwen2.5-7B-Instruct",
    releasedPrecision: "bf16",
    sources: [
      {
        fields: ["architecture", "releasedPrecision"],
        source:
          "verbatim HF config copy with '_name_or_path': 'Qwen/Qwen2.5-7B-Instruct', transformers_version 4.43.3, in Lightning-AI/lightning-thunder benchmark code (hf_qwen2_rope; index id 25096887737). Base Qwen2.5-7B config (verl log copy, index id 53004669993) shows max_position_embeddings 131072. qkv bias per Qwen2 architecture (not a config field).",
        date: "undated",
        confidence: "high",
        note: "Raw config.json (transformers_version 4.43.1, use_sliding_window false) also read verbatim, index id 61558565367. 32768 is the Instruct config value; longer contexts need YaRN.",
      },
    ],
  },
  "qwen2.5-72b": {
    family: "Qwen2.5",
    hfId: "Qwen/Qwen2.5-72B-Instruct",
    releasedPrecision: "bf16",
    sources: [
      {
        fields: ["architecture"],
        source:
          "secondary: several consistent third-party copies (index ids 53461855267 'from .../Qwen2.5-{size}-Instruct/blob/main/config.json' with tie_word_embeddings False; 56256934914; 67101837756 with max_position_embeddings 131072 + yarn factor 4 for an AWQ deployment). No verbatim full config read - mark medium confidence; max_position_embeddings differs between base (131072) and Instruct (32768) - unresolved.",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["architecture.maxContextTokens", "releasedPrecision"],
        source:
          "annotated copy of Qwen2.5-72B-Instruct config.json (max_position_embeddings 32768, torch_dtype bfloat16, transformers_version 4.43.1), index id 33011786348",
        date: "undated",
        confidence: "medium",
        note: "Unresolved in the reference; 32768 used as the Instruct config states (base config: 131072).",
      },
    ],
  },
  "gemma-2-9b": {
    family: "Gemma 2",
    hfId: "google/gemma-2-9b",
    releasedPrecision: "fp32",
    sources: [
      {
        fields: ["architecture"],
        source: `${GEMMA2}; HF-style fields (vocab 256000, max_position_embeddings 8192, tie True) from copies e.g. index id 55837931075 / 52328577661 (secondary)`,
        date: "commit 06211cae254a5f5f58099b5fa3663ff6d105f151",
        confidence: "high",
        note: "Alternating local (4096-token window) / global layers: 21 of 42 are sliding. GeGLU MLP.",
      },
      {
        fields: ["releasedPrecision"],
        source: "verbatim google/gemma-2-9b config.json copy (torch_dtype float32, transformers_version 4.42.0.dev0), index id 7768956847",
        date: "undated",
        confidence: "medium",
        note: "The base checkpoint is float32; google/gemma-2-9b-it is bfloat16 (copy in vllm issue text, index id 56964966687).",
      },
    ],
  },
  "gemma-2-27b": {
    family: "Gemma 2",
    hfId: "google/gemma-2-27b",
    releasedPrecision: "fp32",
    sources: [
      {
        fields: ["architecture"],
        source: `${GEMMA2}; HF copy with query_pre_attn_scalar 144, max_position_embeddings 8192 (index id 52328577661, secondary)`,
        date: "commit 06211cae254a5f5f58099b5fa3663ff6d105f151",
        confidence: "high",
        note: "Alternating local (4096-token window) / global layers: 23 of 46 are sliding. GeGLU MLP.",
      },
      {
        fields: ["releasedPrecision"],
        source: "Gemma2 27B config fixture (torch_dtype float32), index id 52328577661",
        date: "undated",
        confidence: "low",
        note: "As for 9B, the base checkpoint appears to be float32; the -it checkpoint is bfloat16.",
      },
    ],
  },
  "phi-3-mini": {
    family: "Phi-3",
    hfId: "microsoft/Phi-3-mini-4k-instruct",
    releasedPrecision: "bf16",
    statedParams: "3.8B",
    sources: [
      {
        fields: ["architecture", "releasedPrecision"],
        source:
          "verbatim HF config copy (transformers_version 4.40.2, original_max_position_embeddings 4096) in a benchmark script (index id 408306437; repo/path not resolved). 128k variant: max_position_embeddings 131072 per third-party table (index id 56144638994, secondary).",
        date: "undated",
        confidence: "high",
        note: "sliding_window 2047 as the config states (all layers). Same config in scaleapi/llm-engine tests @ 28edd64a.",
      },
      {
        fields: ["statedParams"],
        source: "model card wording (not read here)",
        date: "undated",
        confidence: "low",
      },
    ],
  },
  "deepseek-v3": {
    family: "DeepSeek",
    hfId: "deepseek-ai/DeepSeek-V3",
    releasedPrecision: "fp8",
    statedParams: "671B total / 37B activated (main model); 685B on Hugging Face incl. 14B MTP module",
    sources: [
      {
        fields: ["architecture", "releasedPrecision", "statedParams"],
        source:
          "github deepseek-ai/DeepSeek-V3 inference/configs/config_671B.json and README.md @ commit 9b4e9788e4a3a731f7567338ed15d3ec549ce03b (fetched snapshot)",
        date: "commit 9b4e9788e4a3a731f7567338ed15d3ec549ce03b",
        confidence: "high",
        note: "Block-wise FP8 weights. intermediateSize is the 3 dense layers; routerBias is e_score_correction_bias. The 14B MTP module is not modelled.",
      },
      {
        fields: ["architecture.maxContextTokens"],
        source:
          "HF config.json copies with max_position_embeddings 163840 (yarn factor 40 over 4096): Megatron bridge test fixture (index id 51778167731), vLLM issue copy (index id 55675807279)",
        date: "undated",
        confidence: "medium",
        note: "README states 128K context; the HF config allows 163840.",
      },
    ],
  },
  "gpt-oss-20b": {
    family: "gpt-oss",
    hfId: "openai/gpt-oss-20b",
    releasedPrecision: "fp4",
    statedParams: "21B parameters with 3.6B active",
    sources: [
      {
        fields: ["architecture", "releasedPrecision", "statedParams"],
        source:
          "README (official) for totals; layers=24 / experts=32 from several consistent secondary copies of the HF config (index ids 61923442157, 70181782850, 71630343676) - medium confidence",
        date: "undated",
        confidence: "medium",
        note: "MXFP4 experts (attention, router, embeddings bf16). Alternating 128-token sliding / full attention: 12 of 24 layers. OpenAI's 'active' count excludes the embedding lookup.",
      },
    ],
  },
  "gpt-oss-120b": {
    family: "gpt-oss",
    hfId: "openai/gpt-oss-120b",
    releasedPrecision: "fp4",
    statedParams: "117B parameters with 5.1B active",
    sources: [
      {
        fields: ["architecture", "releasedPrecision", "statedParams"],
        source:
          "github openai/gpt-oss gpt_oss/torch/model.py ModelConfig defaults (= 120b) @ commit 0568dfc94f09469e2968c2b90e50561d1b3fc424; README.md @ 0492bd3e037807f434a09583c9ac46d8757b5c4d",
        date: "commit 0568dfc94f09469e2968c2b90e50561d1b3fc424",
        confidence: "high",
        note: "131072 = initial_context_length 4096 x YaRN factor 32. MXFP4 experts. Alternating 128-token sliding / full attention: 18 of 36 layers.",
      },
    ],
  },
  "llama-4-scout": {
    family: "Llama 4",
    hfId: "meta-llama/Llama-4-Scout-17B-16E-Instruct",
    releasedPrecision: "bf16",
    statedParams: "17B activated, 109B total (108,641,793,536 in the checkpoint, with the vision encoder)",
    sources: [
      {
        fields: ["architecture"],
        source: `${AICONFIGURATOR}meta-llama--Llama-4-Scout-17B-16E-Instruct_config.json`,
        date: AICONFIGURATOR_DATE,
        confidence: "high",
        note: "A trimmed copy (vision_config and tie_word_embeddings dropped; untied is Llama4TextConfig's default). intermediateSize is intermediate_size_mlp (dense layers; Scout has none), the experts and the shared expert are 8192 wide. 36 of 48 layers attend within 8192-token chunks; every 4th (NoPE) layer attends globally (transformers Llama4TextConfig.layer_types). maxtext llama4-17b-16e.yml agrees.",
      },
      {
        fields: ["statedParams"],
        source: `meta-llama/llama-models models/llama4/MODEL_CARD.md @ a9c89c471f79 (17B activated, 109B total); checkpoint total from ${FINDINGS} and index id 71333187518`,
        date: "2025-07-15; 2026-09-30",
        confidence: "high",
        note: "The checkpoint adds 871,932,416 vision-encoder and projector parameters to the 107,769,861,120 of the text model (the same difference as Maverick's, whose tower is the same).",
      },
    ],
  },
  "llama-4-maverick": {
    family: "Llama 4",
    hfId: "meta-llama/Llama-4-Maverick-17B-128E-Instruct",
    releasedPrecision: "bf16",
    statedParams: "17B activated, 400B total (401,583,781,376 in the checkpoint, with the vision encoder)",
    sources: [
      {
        fields: ["architecture"],
        source: `${AICONFIGURATOR}meta-llama--Llama-4-Maverick-17B-128E-Instruct_config.json`,
        date: AICONFIGURATOR_DATE,
        confidence: "high",
        note: "Trimmed copy as for Scout. interleave_moe_layer_step 2: 24 MoE layers (128 experts, top-1, one shared expert, 8192 wide) and 24 dense layers (16384 wide). tie_word_embeddings is not in the copy; untied is the config default, and the count then matches the checkpoint exactly.",
      },
      {
        fields: ["statedParams"],
        source: "meta-llama/llama-models models/llama4/MODEL_CARD.md @ a9c89c471f79 (17B activated, 400B total); checkpoint total 401,583,781,376 quoted in a public test (index id 71333187518)",
        date: "2025-07-15",
        confidence: "medium",
      },
    ],
  },
  "qwen3-8b": qwen3Dense("Qwen/Qwen3-8B", "Qwen--Qwen3-8B_config.json", "8.2B (8,190,735,360 in the checkpoint)"),
  "qwen3-32b": qwen3Dense("Qwen/Qwen3-32B", "Qwen--Qwen3-32B_config.json", "32.8B (32,762,123,264 in the checkpoint)"),
  "qwen3-30b-a3b": {
    family: "Qwen3",
    hfId: "Qwen/Qwen3-30B-A3B",
    releasedPrecision: "bf16",
    statedParams: "30.5B in total and 3.3B activated (30,532,122,624 in the checkpoint)",
    sources: [
      { fields: ["architecture"], source: `${AICONFIGURATOR}Qwen--Qwen3-30B-A3B_config.json`, date: AICONFIGURATOR_DATE, confidence: "high", note: `${QWEN_CONTEXT} alibaba/InferSim hf_configs/qwen3-30B-A3B_config.json @ f2293dab has the same values.` },
      { fields: ["statedParams"], source: `Qwen model card ("Number of Parameters: 30.5B in total and 3.3B activated"), e.g. index id 2883265704; checkpoint total from ${FINDINGS} (the 2507 refresh, same config values)`, date: "2025-04-29; 2026-09-30", confidence: "high" },
    ],
  },
  "qwen3-235b-a22b": {
    family: "Qwen3",
    hfId: "Qwen/Qwen3-235B-A22B",
    releasedPrecision: "bf16",
    statedParams: "235B in total and 22B activated",
    sources: [
      { fields: ["architecture"], source: `${AICONFIGURATOR}Qwen--Qwen3-235B-A22B_config.json`, date: AICONFIGURATOR_DATE, confidence: "high", note: `${QWEN_CONTEXT} InferSim's copy (max_position_embeddings 262144, rope_theta 5e6) is the 2507 refresh; the dimensions agree.` },
      { fields: ["statedParams"], source: "Qwen model card (\"Number of Parameters: 235B in total and 22B activated\", \"Non-Embedding: 234B\"), e.g. index id 11240120624", date: "2025-04-29", confidence: "high", note: "No checkpoint total found; the stated total is to three figures." },
    ],
  },
  "qwen3-coder-480b-a35b": {
    family: "Qwen3",
    hfId: "Qwen/Qwen3-Coder-480B-A35B-Instruct",
    releasedPrecision: "bf16",
    statedParams: "480B in total and 35B activated",
    sources: [
      { fields: ["architecture"], source: `${AICONFIGURATOR}Qwen--Qwen3-Coder-480B-A35B-Instruct_config.json`, date: AICONFIGURATOR_DATE, confidence: "high", note: "160 experts, top-8, no shared expert (shared_expert_intermediate_size 0), q/k norms." },
      { fields: ["statedParams"], source: "Qwen model card (\"Number of Parameters: 480B in total and 35B activated\"), index id 61601994302", date: "2025-07", confidence: "high", note: "No checkpoint total found; the stated total is to three figures." },
    ],
  },
  "qwen3-next-80b-a3b": {
    family: "Qwen3-Next",
    hfId: "Qwen/Qwen3-Next-80B-A3B-Instruct",
    releasedPrecision: "bf16",
    statedParams: "80B in total and 3B activated (81,324,862,720 in the checkpoint, with the multi-token-prediction layer)",
    sources: [
      {
        fields: ["architecture"],
        source: "github alibaba/InferSim hf_configs/qwen3-next-80B-A3B_config.json @ commit f2293dab6d23fe2780356eb71e0ffc3b4baf61dd (file commit 1201bedf, 2025-11-17)",
        date: "2025-11-17",
        confidence: "high",
        note: "36 Gated DeltaNet layers (16 key / 32 value heads of 128) and 12 gated full-attention layers (full_attention_interval 4). 512 experts, top-10, one gated shared expert. maxtext qwen3-next-80b-a3b.yml agrees.",
      },
      { fields: ["statedParams"], source: `Qwen model card ("Number of Parameters: 80B in total and 3B activated", "Non-Embedding: 79B"), index id 3928763901; checkpoint total from ${FINDINGS}`, date: "2025-09; 2026-09-30", confidence: "high", note: "The checkpoint holds one MTP layer (1,650,471,424 parameters) the engine does not count." },
    ],
  },
  "qwen3.5-27b": qwen35("Qwen/Qwen3.5-27B", "Qwen--Qwen3.5-27B_config.json", "27B (27,781,427,952 in the checkpoint, with the vision encoder and MTP layer)"),
  "qwen3.5-35b-a3b": qwen35("Qwen/Qwen3.5-35B-A3B", "Qwen--Qwen3.5-35B-A3B_config.json", "35B in total and 3B activated (35,951,822,704 in the checkpoint, with the vision encoder and MTP layer)"),
  "qwen3.5-122b-a10b": qwen35("Qwen/Qwen3.5-122B-A10B", "Qwen--Qwen3.5-122B-A10B_config.json", "122B in total and 10B activated (125,086,497,008 in the checkpoint, with the vision encoder and MTP layer)"),
  "qwen3.5-397b-a17b": qwen35("Qwen/Qwen3.5-397B-A17B", "Qwen--Qwen3.5-397B-A17B_config.json", "language model: 397B in total and 17B activated"),
  "deepseek-r1": deepseek("deepseek-ai/DeepSeek-R1", "deepseek-ai--DeepSeek-R1_config.json", "github deepseek-ai/DeepSeek-R1 README.md @ 0cf78561f1d5 (671B total, 37B activated)"),
  "deepseek-v3.1": {
    ...deepseek("deepseek-ai/DeepSeek-V3.1", "nvidia--DeepSeek-V3.1-NVFP4_config.json", "github deepseek-ai/DeepSeek-V3 README.md @ 9b4e9788 (671B main model, 37B activated) and inference/configs/config_v3.1.json (same dimensions as V3)"),
    notes: "The config.json is NVIDIA's NVFP4 derivative (nvidia/DeepSeek-V3.1-NVFP4); its architecture keys are DeepSeek's, the quantization lives in a separate file.",
  },
  "deepseek-v3.2": {
    ...deepseek("deepseek-ai/DeepSeek-V3.2", "deepseek-ai--DeepSeek-V3.2_config.json", "github deepseek-ai/DeepSeek-V3 README.md @ 9b4e9788 (671B main model, 37B activated; V3.2 keeps V3's dimensions and adds the indexer)"),
    notes:
      "DeepSeek Sparse Attention, as modelled: the MLA latent plus the indexer's 128-wide key are cached for every token (the reference implementation keeps that key in fp8 with a scale; counted at the KV-cache precision here), core attention reads the top 2048 cached tokens, and the indexer's 64 heads score every cached token. Indexer parameters per layer (wq_b, wk, its LayerNorm, weights_proj) are counted exactly, from deepseek-ai/DeepSeek-V3.2-Exp inference/model.py.",
  },
  "gemma-3-4b": gemma3("google/gemma-3-4b-it", "4,300,079,472 in the checkpoint, with the 417M vision encoder"),
  "gemma-3-12b": gemma3("google/gemma-3-12b-it", "12,187,325,040 in the checkpoint, with the 417M vision encoder"),
  "gemma-3-27b": gemma3("google/gemma-3-27b-it", "27,432,406,640 in the checkpoint, with the 417M vision encoder"),
  "mistral-small-3.1-24b": {
    family: "Mistral Small 3",
    hfId: "mistralai/Mistral-Small-3.1-24B-Instruct-2503",
    releasedPrecision: "bf16",
    statedParams: "24B (24,011,361,280 in the checkpoint, with the Pixtral vision encoder)",
    sources: [
      {
        fields: ["architecture"],
        source: "NVIDIA/TensorRT-LLM unit test fixture mistral_small_3_1_24b_config (index id 66981536), whose num_hidden_layers was cut from \"the original 40\" for CI; 40 restored. Dimensions also in the revision-pinned config transcribed at index id 69678342600 (huggingface.co/mistralai/Mistral-Small-3.1-24B-Instruct-2503 @ 68faf511)",
        date: "transformers_version 4.50.0.dev0",
        confidence: "medium",
        note: "head_dim 128 is explicit (32 heads x 128 = 4096, narrower than the 5120 hidden size). No sliding window.",
      },
      { fields: ["statedParams"], source: "parameter count of revision 68faf511 quoted in public files (index ids 62445200064, 62082989347); Mistral-Small-3.2 (same dimensions) reads the same in the Hugging Face API (index id 70957423560)", date: "2026", confidence: "medium" },
    ],
  },
  "phi-4": {
    family: "Phi-4",
    hfId: "microsoft/phi-4",
    releasedPrecision: "bf16",
    statedParams: "14B (14,659,507,200 in the checkpoint)",
    sources: [
      { fields: ["architecture"], source: "verbatim microsoft/phi-4 config.json (transformers_version 4.47.0) quoted with comments in a public markdown file, index id 58256788114; the same dimensions at index id 69678342600 (revision 2db69c1c)", date: "transformers_version 4.47.0", confidence: "high", note: "No head_dim key: 5120 / 40 = 128. Fused qkv_proj and gate_up_proj hold the same parameters as separate ones." },
      { fields: ["statedParams"], source: `model card ("14B parameters, dense decoder-only"); checkpoint total from ${FINDINGS}`, date: "2026-09-30", confidence: "high" },
    ],
  },
  "kimi-k2": {
    family: "Kimi K2",
    hfId: "moonshotai/Kimi-K2-Instruct",
    releasedPrecision: "fp8",
    statedParams: "1T total (1.04 trillion in the technical report), 32B activated; 1,026,408,232,448 tensor elements in the text model",
    sources: [
      { fields: ["architecture"], source: `${AICONFIGURATOR}moonshotai--Kimi-K2-Instruct_config.json`, date: AICONFIGURATOR_DATE, confidence: "high", note: "DeepSeek-V3 layout with 384 experts, 64 heads, one dense layer, no MTP layer (num_nextn_predict_layers 0). MoonshotAI/Kimi-K2 README and maxtext kimi-k2-1t.yml agree." },
      {
        fields: ["statedParams"],
        source: "MoonshotAI/Kimi-K2 README @ 11062d119a82 (1T total, 32B activated); Kimi K2 technical report, arXiv 2507.20534 (\"1.04 trillion total parameters\", quoted at index id 51928979257); element counts of converted checkpoints with the same text dimensions: llama.cpp n_params 1,026,408,232,448 (index id 53535224722), mlx-community/Kimi-K2.5 (index id 71027808226)",
        date: "2025-07",
        confidence: "medium",
        note: "Sources disagree: the technical report's 1.04T is 1.3% above the tensors the checkpoints hold; the tensor count is used.",
      },
    ],
  },
  "kimi-k2.5": {
    family: "Kimi K2",
    hfId: "moonshotai/Kimi-K2.5",
    releasedPrecision: "int4",
    statedParams: "1.04 trillion total, 32B activated (per the K2.5 report, K2's figures); 1,026,408,232,448 in the text model",
    sources: [
      { fields: ["architecture"], source: `${AICONFIGURATOR}moonshotai--Kimi-K2.5_config.json`, date: AICONFIGURATOR_DATE, confidence: "high", note: "The text model (text_config, kimi_k2) has K2's dimensions, with max_position_embeddings 262144. The MoonViT vision encoder is not counted. Routed experts ship as INT4 (compressed-tensors, group 32); attention, shared experts, the dense layer and the LM head stay BF16." },
      { fields: ["statedParams"], source: "Kimi K2.5 technical report (\"1.04 trillion total parameters with 32 billion activated\", index id 60071514272); text-model element count 1,026,408,232,448 of the K2.5 checkpoint (index ids 71027808226, 56994517810)", date: "2026-01", confidence: "medium" },
    ],
  },
  "glm-4.5": {
    family: "GLM-4.5",
    hfId: "zai-org/GLM-4.5",
    releasedPrecision: "bf16",
    statedParams: "355B total, 32B active (358,337,791,296 in the checkpoint, with the MTP layer)",
    sources: [
      {
        fields: ["architecture"],
        source: "dimensions of the revision-pinned zai-org/GLM-4.5 config.json (cbb2c7cf) transcribed at index id 69678342600; qkv bias, q/k layernorm, untied embeddings, rotary 0.5 and rope base 1e6 from github zyzshishui/slime scripts/models/glm4.5-355B-A32B.sh @ ffec5340; max_position_embeddings 131072 from index id 9990193600",
        date: "2025-07",
        confidence: "medium",
        note: "The fixture is partial (only sourced keys). That the count with qkv biases and q/k norms, plus one MTP layer, equals the checkpoint's 358,337,791,296 exactly confirms them.",
      },
      { fields: ["statedParams"], source: "github zai-org/GLM-4.5 README @ 170f20b2c106 (355B total, 32B active); checkpoint total at index id 69468411049 (and GLM-4.7, same dimensions, index id 57718977026)", date: "2026-02-01", confidence: "medium", note: "Z.ai's 355B is 0.6% above the text model's 352.8B and below the checkpoint's 358.3B; its 32B active matches the count without embedding and LM head." },
    ],
  },
  "glm-4.5-air": {
    family: "GLM-4.5",
    hfId: "zai-org/GLM-4.5-Air",
    releasedPrecision: "bf16",
    statedParams: "106B total, 12B active (110,468,824,832 in the checkpoint, with the MTP layer)",
    sources: [
      {
        fields: ["architecture"],
        source: "GLM45_AIR_CONFIG in a public test (index id 71207657110: layers, dense prefix, experts, widths); a GLM-4-MoE conversion script's config.json for the Air dimensions (index id 54377337437: heads, head_dim, attention_bias, vocab, untied); the reference's Megatron arguments",
        date: "2025-07",
        confidence: "medium",
        note: "The fixture is partial. No use_qk_norm (false): the count with qkv biases and without q/k norms, plus one MTP layer, equals the checkpoint's 110,468,824,832 exactly.",
      },
      { fields: ["statedParams"], source: `github zai-org/GLM-4.5 README @ 170f20b2c106 (106B total, 12B active); checkpoint total from ${FINDINGS}`, date: "2026-09-30", confidence: "medium", note: "A third source (tilert) gives expert width 2048; 1408 is the value the checkpoint total confirms." },
    ],
  },
  "minimax-m2.5": {
    family: "MiniMax-M2",
    hfId: "MiniMaxAI/MiniMax-M2.5",
    releasedPrecision: "fp8",
    statedParams: "230B total, 10B active (the M2 series); 228,689,764,864 counted by llama.cpp for M2.7, whose config has the same values",
    sources: [
      { fields: ["architecture"], source: `${AICONFIGURATOR}MiniMaxAI--MiniMax-M2.5_config.json`, date: AICONFIGURATOR_DATE, confidence: "high", note: "intermediate_size is the width of each of the 256 experts (top-8, routing bias, no shared expert); q/k RMSNorm over all heads (qk_norm_type per_layer); head_dim 128 (48 x 128 = 6144, wider than the 3072 hidden size). The MTP modules are not counted." },
      { fields: ["statedParams"], source: "MiniMax-M2 README (\"230 billion total parameters with 10 billion active parameters\", index id 53782851947); llama.cpp n_params of MiniMax-M2.7 GGUFs, 228,689,764,864 (index ids 58271643091, 69134455665)", date: "2025-10; 2026", confidence: "medium", note: "No figure for M2.5 itself; M2.5 and M2.7's config.json in aiconfigurator hold the same values." },
    ],
  },
  "gpt-4": {
    priceDate: TOKENCOST_PRICE_DATE,
    sources: [
      {
        fields: ["inputUSDPerMTok", "outputUSDPerMTok", "contextWindowTokens", "maxOutputTokens"],
        source: `${TOKENCOST}, key gpt-4`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "gpt-4-0314 and gpt-4-0613 identical.",
      },
      {
        fields: ["speed"],
        source:
          "https://therightstack.com/cloud-developer-and-cloud-security-surveys/comparison-of-ai-models-across-quality-performance-price-artificial-analysis (copy of the Artificial Analysis leaderboard)",
        date: "undated (~early 2024)",
        confidence: "low",
        note: "Digits run together in the stored text; no TTFT published.",
      },
    ],
  },
  "gpt-3.5-turbo": {
    priceDate: TOKENCOST_PRICE_DATE,
    sources: [
      {
        fields: ["inputUSDPerMTok", "outputUSDPerMTok", "contextWindowTokens", "maxOutputTokens"],
        source: `${TOKENCOST}, key gpt-3.5-turbo-0125`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "The bare gpt-3.5-turbo key keeps the legacy $1.50/$2.00; OpenAI pointed the alias at 0125 in 2024, so the 0125 price is used.",
      },
      {
        fields: ["speed"],
        source: "https://artificialanalysis.ai/providers/openai",
        date: "undated (early 2024 snapshot)",
        confidence: "medium",
        note: "Artificial Analysis median; TTFT 0.46 s.",
      },
    ],
  },
  "gpt-4o": {
    priceDate: TOKENCOST_PRICE_DATE,
    sources: [
      {
        fields: ["inputUSDPerMTok", "outputUSDPerMTok", "contextWindowTokens", "maxOutputTokens"],
        source: `${TOKENCOST}, key gpt-4o`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "Alias priced as 2024-08-06 (launch price of 2024-05-13 was $5/$15).",
      },
      {
        fields: ["speed"],
        source: "https://artificialanalysis.ai/models/gpt-4o-2024-05-13/providers",
        date: "undated (page lists $5/$15 pricing, ~mid/late 2024)",
        confidence: "medium",
        note: "Artificial Analysis median on OpenAI for the 2024-05-13 snapshot; TTFT 0.39 s.",
      },
    ],
  },
  "gpt-4o-mini": {
    priceDate: TOKENCOST_PRICE_DATE,
    sources: [
      {
        fields: ["inputUSDPerMTok", "outputUSDPerMTok", "contextWindowTokens", "maxOutputTokens"],
        source: `${TOKENCOST}, key gpt-4o-mini`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "Also read in BerriAI/litellm @ 00035b69. No published median speed (only a single-user forum test), so no speed.",
      },
    ],
  },
  "claude-3-haiku": {
    priceDate: TOKENCOST_PRICE_DATE,
    sources: [
      {
        fields: ["inputUSDPerMTok", "outputUSDPerMTok", "contextWindowTokens", "maxOutputTokens"],
        source: `${TOKENCOST}, key claude-3-haiku-20240307`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "Matches docs.anthropic.com pricing page. litellm lists deprecation_date 2025-03-01.",
      },
    ],
  },
  "claude-3-sonnet": {
    priceDate: TOKENCOST_PRICE_DATE,
    sources: [
      {
        fields: ["inputUSDPerMTok", "outputUSDPerMTok", "contextWindowTokens", "maxOutputTokens"],
        source: `${TOKENCOST}, key claude-3-sonnet-20240229`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "litellm lists deprecation_date 2025-07-21.",
      },
      {
        fields: ["speed"],
        source: "https://artificialanalysis.ai/models/claude-3-sonnet/providers",
        date: "undated",
        confidence: "medium",
        note: "Artificial Analysis median on Anthropic; TTFT 1.14 s.",
      },
    ],
  },
  "claude-3.5-sonnet": {
    priceDate: TOKENCOST_PRICE_DATE,
    sources: [
      {
        fields: ["inputUSDPerMTok", "outputUSDPerMTok", "contextWindowTokens", "maxOutputTokens"],
        source: `${TOKENCOST}, key claude-3-5-sonnet-20241022`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "20240620 snapshot has the same price.",
      },
      {
        fields: ["speed"],
        source: "https://artificialanalysis.ai/models/claude-35-sonnet/providers",
        date: "undated",
        confidence: "medium",
        note: "Artificial Analysis median on Anthropic; TTFT 0.81 s.",
      },
    ],
  },
  "cohere-command": {
    priceDate: TOKENCOST_PRICE_DATE,
    sources: [
      {
        fields: ["inputUSDPerMTok", "outputUSDPerMTok", "contextWindowTokens", "maxOutputTokens"],
        source: `${TOKENCOST}, key command`,
        date: TOKENCOST_DATE,
        confidence: "medium",
        note: "litellm held $15/$15 until its 2024-10 sync (likely legacy 'generate' pricing), then $1/$2.",
      },
      {
        fields: ["inputUSDPerMTok", "outputUSDPerMTok"],
        source:
          "github api-evangelist/cohere plans/cohere-plans-pricing.yml @ commit 6aca76f38988594884a9807c333487089380994c (Command $1.00 in / $2.00 out per 1M tokens, citing https://cohere.com/pricing; a generated sweep, not a page capture)",
        date: "2026-05-04",
        confidence: "medium",
        note: "Cohere's own pricing page was not found in the search corpora. A page capture quoting it for Command Light ($0.30/$0.60, factquire.com) matches litellm, which supports litellm's Command figures.",
      },
      {
        fields: ["contextWindowTokens"],
        source: "https://docs.cohere.com/v1/docs/command-beta.md (Command: 4k context; deprecated September 15, 2025)",
        date: "undated",
        confidence: "high",
        note: "No published serving speed found for Command (Artificial Analysis has one for Command Light only), so no speed.",
      },
    ],
  },

  // ---------------------------------------------------------------- API models, 2025-26
  "gpt-4.1": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      ...twoLists("openai", "gpt-4.1"),
      {
        fields: PRICE_FIELDS,
        source: "https://hex.pm/packages/openai_responses/0.4.1/files/lib/responses/pricing.ex (table 'Source: https://platform.openai.com/docs/pricing, last updated on 2025-06-03')",
        date: "2025-06-03",
        confidence: "high",
      },
      {
        fields: ["speed"],
        source: "https://shadabchow.com/blogs/ai-models/gpt-4-1-reasoning (third-party write-up quoting Artificial Analysis: OpenAI API 89 tokens/s, 0.52 s to first token)",
        date: "undated",
        confidence: "low",
        note: "A secondary quote of a median that drifts over time; Azure was faster (185 tokens/s).",
      },
    ],
    notes: "Batch API: half price. Cached input $0.50 per million tokens.",
  },
  "gpt-4.1-mini": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      ...twoLists("openai", "gpt-4.1-mini"),
      {
        fields: ["speed"],
        source: "https://artificialanalysis.ai/models/gpt-4-1-mini/providers (OpenAI endpoint 77.2 tokens/s, 0.93 s to first token; 10k-input-token workload)",
        date: "undated",
        confidence: "medium",
      },
    ],
    notes: "Cached input $0.10 per million tokens.",
  },
  "gpt-4.1-nano": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: twoLists("openai", "gpt-4.1-nano"),
    notes: "A third-party page lists the GPT-4.1 family at half these prices: those are the Batch prices. No published median speed.",
  },
  "gpt-5": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      ...twoLists("openai", "gpt-5", "litellm splits the 400k window as 272,000 input + 128,000 output."),
      {
        fields: [...PRICE_FIELDS, ...LIMIT_FIELDS],
        source: "https://developers.openai.com/api/docs/models/gpt-5-codex (official: GPT-5 $1.25 input / $0.125 cached / $10.00 output; 400,000 context; 128,000 max output)",
        date: "undated",
        confidence: "high",
      },
      {
        fields: ["speed"],
        source: "https://artificialanalysis.ai/models/gpt-5-minimal/providers (GPT-5 at minimal reasoning effort, OpenAI endpoint: 80 tokens/s, 0.89 s to first token)",
        date: "undated",
        confidence: "low",
        note: "Only the output speed is kept: the 0.89 s first token was measured at minimal reasoning effort, while the API's default (medium) effort reasons before the first answer token, so no time to first token is given.",
      },
    ],
    notes: "Output price includes reasoning tokens. A third-party page lists cached input at $0.625, against the official $0.125.",
  },
  "gpt-5-mini": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: twoLists("openai", "gpt-5-mini", "400k = 272k input + 128k output."),
    notes: "No published median speed.",
  },
  "gpt-5-nano": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: twoLists("openai", "gpt-5-nano", "400k = 272k input + 128k output."),
    notes: "No published median speed.",
  },
  "o3": {
    priceDate: "2026-07-24",
    sources: [
      {
        fields: [...PRICE_FIELDS, ...LIMIT_FIELDS],
        source: `${LITELLM_MIRROR}, key o3`,
        date: LITELLM_MIRROR_DATE,
        confidence: "medium",
        note: "$2 / $8: the price after OpenAI's cut; Artificial Analysis's blended $3.50 agrees.",
      },
      {
        fields: PRICE_FIELDS,
        source: LLM_PRICES.replace("{vendor}", "openai"),
        date: LLM_PRICES_DATE,
        confidence: "low",
        note: "Disagrees: still lists the launch price, $10 / $40. Not used: two other sources give $2 / $8.",
      },
      {
        fields: ["speed"],
        source: "https://artificialanalysis.ai/models/o3/providers (OpenAI endpoint 108.1 tokens/s; 22.99 s to first token, the reasoning included)",
        date: "undated",
        confidence: "medium",
      },
    ],
    notes: "Time to first token includes the model's reasoning.",
  },
  "o4-mini": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: twoLists("openai", "o4-mini"),
    notes: "No published median speed.",
  },
  "claude-3.7-sonnet": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      { fields: [...PRICE_FIELDS, ...LIMIT_FIELDS], source: ANTHROPIC_PRICING, date: "undated (early 2026 by its model list)", confidence: "high" },
      ...twoLists("anthropic", "claude-3-7-sonnet-20250219"),
    ],
    notes: "Snapshot claude-3-7-sonnet-20250219. Deprecated on the official page; litellm deprecation_date 2026-02-19.",
  },
  "claude-sonnet-4": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      { fields: [...PRICE_FIELDS, ...LIMIT_FIELDS], source: ANTHROPIC_PRICING, date: "undated (early 2026 by its model list)", confidence: "high" },
      ...twoLists("anthropic", "claude-sonnet-4-20250514"),
    ],
    notes: "Snapshot claude-sonnet-4-20250514. Prompts over 200k tokens (1M-token beta) cost $6 / $22.50. litellm deprecation_date 2026-05-14.",
  },
  "claude-sonnet-4.5": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      { fields: [...PRICE_FIELDS, ...LIMIT_FIELDS], source: ANTHROPIC_PRICING, date: "undated (early 2026 by its model list)", confidence: "high" },
      ...twoLists("anthropic", "claude-sonnet-4-5-20250929"),
      {
        fields: ["speed"],
        source: "https://lattice.uptownhr.com/claude-opus-4-5/speed-analysis (third-party page quoting Artificial Analysis: 63 tokens/s, 1.80 s to first token)",
        date: "2025-11-24",
        confidence: "low",
      },
    ],
    notes: "Snapshot claude-sonnet-4-5-20250929. Prompts over 200k tokens cost $6 / $22.50.",
  },
  "claude-opus-4": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      { fields: [...PRICE_FIELDS, ...LIMIT_FIELDS], source: ANTHROPIC_PRICING, date: "undated (early 2026 by its model list)", confidence: "high" },
      ...twoLists("anthropic", "claude-opus-4-20250514"),
    ],
    notes: "Snapshot claude-opus-4-20250514. A later official page marks it retired except on Google Cloud.",
  },
  "claude-opus-4.1": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      { fields: [...PRICE_FIELDS, ...LIMIT_FIELDS], source: ANTHROPIC_PRICING, date: "undated (early 2026 by its model list)", confidence: "high" },
      ...twoLists("anthropic", "claude-opus-4-1-20250805"),
      {
        fields: ["speed"],
        source: "https://lattice.uptownhr.com/claude-opus-4-5/speed-analysis (quoting Artificial Analysis: 45.0 tokens/s, 2.67 s to first token)",
        date: "2025-11-24",
        confidence: "low",
      },
    ],
    notes: "Snapshot claude-opus-4-1-20250805.",
  },
  "claude-3.5-haiku": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      { fields: PRICE_FIELDS, source: ANTHROPIC_PRICING, date: "undated (early 2026 by its model list)", confidence: "high" },
      { fields: PRICE_FIELDS, source: LLM_PRICES.replace("{vendor}", "anthropic"), date: LLM_PRICES_DATE, confidence: "high" },
      {
        fields: ["speed"],
        source: "https://artificialanalysis.ai/models/claude-3-5-haiku/providers (Anthropic endpoint 68 tokens/s)",
        date: "undated (several snapshots)",
        confidence: "medium",
        note: "One snapshot shows $1 / $5, later ones $0.80 / $4; no time to first token.",
      },
      {
        fields: [...PRICE_FIELDS, ...LIMIT_FIELDS],
        source: `${TOKENCOST}, key claude-3-5-haiku-20241022`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "200,000 input, 8,192 output; the NanoGPT gateway list also gives 8,192.",
      },
    ],
    notes: "Snapshot claude-3-5-haiku-20241022.",
  },
  "claude-haiku-4.5": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      { fields: [...PRICE_FIELDS, ...LIMIT_FIELDS], source: ANTHROPIC_PRICING, date: "undated (early 2026 by its model list)", confidence: "high" },
      ...twoLists("anthropic", "claude-haiku-4-5-20251001"),
    ],
    notes: "Snapshot claude-haiku-4-5-20251001. A third-party page lists $0.80 / $4, which is Claude 3.5 Haiku's price. No published median speed.",
  },
  "gemini-2.0-flash": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: twoLists("google", "gemini-2.0-flash"),
    notes: "Text, image and video input; audio input costs more. litellm deprecation_date 2026-06-01.",
  },
  "gemini-2.5-pro": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: twoLists("google", "gemini-2.5-pro"),
    notes: "Prompts up to 200k tokens; longer ones cost $2.50 / $15. The output price includes thinking tokens. maxOutputTokens 65,535 as litellm gives it.",
  },
  "gemini-2.5-flash": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: twoLists("google", "gemini-2.5-flash"),
  },
  "gemini-2.5-flash-lite": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: twoLists("google", "gemini-2.5-flash-lite"),
  },
  "mistral-medium-3": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      { fields: PRICE_FIELDS, source: `${LLM_PRICES.replace("{vendor}", "mistral")}, id mistral-medium-2505`, date: LLM_PRICES_DATE, confidence: "high" },
      {
        fields: [...PRICE_FIELDS, "contextWindowTokens"],
        source: "https://github.com/braintrustdata/braintrust-proxy/issues/802 (Medium 3 $0.40 / $2.00, 131k context; Medium 3 and 3.1 deprecated 2026-05-22)",
        date: "2026",
        confidence: "medium",
      },
      {
        fields: [...PRICE_FIELDS, ...LIMIT_FIELDS],
        source: `${TOKENCOST}, key mistral/mistral-medium-2505`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "131,072 input, 8,191 output.",
      },
    ],
    notes: "API id mistral-medium-2505. Deprecated 2026-05-22; mistral-medium-latest is now Medium 3.5 ($1.50 / $7.50, 256k). No published speed.",
  },
  "mistral-small-3.1-api": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      { fields: PRICE_FIELDS, source: `${LLM_PRICES.replace("{vendor}", "mistral")}, id mistral-small-latest ('Mistral Small 3.1')`, date: LLM_PRICES_DATE, confidence: "medium" },
      {
        fields: ["contextWindowTokens"],
        source: "https://huggingface.co/mistralai/Mistral-Small-3.1-24B-Base-2503 (model card: 'Context Window: A 128k context window')",
        date: "2025-03",
        confidence: "medium",
        note: "Read as 128,000 tokens. litellm (tokencost copy, 2025-09-01, key mistral/mistral-small-latest) gives 32,000, likely a row left from Mistral Small 24.02 (32k); Mistral's card is used.",
      },
    ],
    notes: "Mistral's API serving Mistral Small 3.1 (open weights, 24B). A gateway lists Mistral Small 3.2 at $0.20 / $0.40 (a reseller price). No published max output or speed.",
  },
  "mistral-large-2411": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      { fields: PRICE_FIELDS, source: `${LLM_PRICES.replace("{vendor}", "mistral")}, id mistral-large-latest ('Mistral Large 24.11')`, date: LLM_PRICES_DATE, confidence: "high" },
      { fields: PRICE_FIELDS, source: "https://www.lava.so/docs/gateway/providers/mistral (mistral-large-2411 $2 / $6)", date: "undated", confidence: "medium" },
      { fields: ["contextWindowTokens"], source: "https://wavespeed.ai/zh-CN/llm/mistralai/mistral-large (128,000 context; a reseller page)", date: "undated", confidence: "low" },
      {
        fields: [...PRICE_FIELDS, "contextWindowTokens"],
        source: `${TOKENCOST}, key mistral/mistral-large-2411`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "128,000 input; its max output (128,000) equals the window, so none is given.",
      },
    ],
    notes: "No published max output or speed.",
  },
  "magistral-medium": {
    priceDate: "2025-06-10",
    sources: [
      {
        fields: [...PRICE_FIELDS, "contextWindowTokens"],
        source: "https://docs.mistral.ai/models/magistral-medium-1-0-25-06.md (official: API name magistral-medium-2506, released 2025-06-10, context 40k, $2 / $5; deprecated 2025-10-31, retired 2025-11-30)",
        date: "undated (page written after the 2025-11-30 retirement)",
        confidence: "high",
        note: "Context read as 40,000 tokens.",
      },
      { fields: PRICE_FIELDS, source: `${LLM_PRICES.replace("{vendor}", "mistral")}, id magistral-medium-latest`, date: LLM_PRICES_DATE, confidence: "medium" },
      {
        fields: [...PRICE_FIELDS, "contextWindowTokens"],
        source: `${TOKENCOST}, key mistral/magistral-medium-2506`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "40,000 input.",
      },
    ],
    notes: "Magistral Medium 1.0 (25.06), a reasoning model; retired 2025-11-30. magistral-medium-latest later pointed at Magistral Medium 1.2 (25.09, 128k context, same price per llm-prices). No published speed.",
  },
  "magistral-small": {
    priceDate: TOKENCOST_PRICE_DATE,
    sources: [
      {
        fields: [...PRICE_FIELDS, "contextWindowTokens"],
        source: `${TOKENCOST}, key mistral/magistral-small-2506 (also mistral/magistral-small-latest)`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "$0.50 / $1.50, 40,000 input.",
      },
      { fields: PRICE_FIELDS, source: "https://www.lava.so/docs/gateway/providers/mistral (magistral-small-latest $0.50 / $1.50)", date: "undated", confidence: "medium" },
      {
        fields: ["contextWindowTokens"],
        source: "https://huggingface.co/mistralai/Magistral-Small-2506 (model card: a 128k window, but performance may degrade past 40k, so 40k is the recommended maximum)",
        date: "2025-06",
        confidence: "medium",
      },
    ],
    notes: "Mistral's API serving Magistral Small 1.0 (open weights, 24B, built on Mistral Small 3.1). Later listings give $0.50 / $2 and 128k for Magistral Small 1.2. No published speed.",
  },
  "command-r-08-2024": {
    priceDate: "2026-06",
    sources: [
      { fields: PRICE_FIELDS, source: "https://docs.flexprice.io/cookbooks/pricing-teardowns/cohere-pricing (capture of Cohere's pricing page: Command R $0.15 / $0.60)", date: "2026-11-11 (capture)", confidence: "medium" },
      { fields: [...PRICE_FIELDS, ...LIMIT_FIELDS], source: "https://developer.puter.com/tutorials/cohere-api-pricing/ (Command R $0.15 / $0.60, 128K context, 4K max output)", date: "2026-06", confidence: "medium" },
      { fields: [...PRICE_FIELDS, ...LIMIT_FIELDS], source: "https://www.getmaxim.ai/bifrost/model-library/provider/cohere (command-r-08-2024 $0.15 / $0.60, 128k in / 4,096 out)", date: "undated", confidence: "medium" },
      {
        fields: [...PRICE_FIELDS, ...LIMIT_FIELDS],
        source: `${TOKENCOST}, key command-r-08-2024`,
        date: TOKENCOST_DATE,
        confidence: "high",
      },
    ],
    notes: "The Lava gateway lists it at $0.30 / $1.20 (gateway markup or stale). No published speed.",
  },
  "command-r-plus-08-2024": {
    priceDate: "2026-05-04",
    sources: [
      {
        fields: PRICE_FIELDS,
        source: "github api-evangelist/cohere plans/cohere-plans-pricing.yml @ commit 5ef0e978a7b2 (Command R+ 08-2024 $2.50 / $10.00, citing https://cohere.com/pricing; a generated sweep, not a page capture)",
        date: "2026-05-04",
        confidence: "medium",
      },
      { fields: [...PRICE_FIELDS, ...LIMIT_FIELDS], source: "https://www.getmaxim.ai/bifrost/model-library/provider/cohere (command-r-plus-08-2024 $2.50 / $10, 128k in / 4,096 out)", date: "undated", confidence: "medium" },
      { fields: PRICE_FIELDS, source: "https://www.lava.so/docs/gateway/providers/cohere (command-r-plus-08-2024 $2.50 / $10.00)", date: "undated", confidence: "medium" },
      {
        fields: [...PRICE_FIELDS, ...LIMIT_FIELDS],
        source: `${TOKENCOST}, key command-r-plus-08-2024`,
        date: TOKENCOST_DATE,
        confidence: "high",
      },
    ],
    notes: "puter.com (2026-06): Cohere lists Command R+ at existing-customer pricing only. No published speed.",
  },
  "command-a-03-2025": {
    priceDate: TOKENCOST_PRICE_DATE,
    sources: [
      {
        fields: [...PRICE_FIELDS, ...LIMIT_FIELDS],
        source: `${TOKENCOST}, key command-a-03-2025`,
        date: TOKENCOST_DATE,
        confidence: "high",
        note: "256,000 input, 8,000 output.",
      },
      { fields: [...PRICE_FIELDS, ...LIMIT_FIELDS], source: "https://www.getmaxim.ai/bifrost/model-library/provider/cohere (command-a-03-2025 $2.50 / $10, 256k in / 8,000 out)", date: "undated", confidence: "medium" },
      { fields: PRICE_FIELDS, source: "https://www.lava.so/docs/gateway/providers/cohere (command-a-03-2025 $2.50 / $10.00)", date: "undated", confidence: "medium" },
    ],
    notes: "Command A is also an open-weights 111B model; Command A Reasoning (08-2025) has the same price. The newest dated source for this price is litellm's 2025-09-01 copy. No published speed.",
  },
  "deepseek-v3-api": {
    priceDate: "2025-02-08",
    sources: [
      {
        fields: [...PRICE_FIELDS, ...LIMIT_FIELDS],
        source: "https://api-docs.deepseek.com/quick_start/pricing-details-usd (official, early-2025 snapshot: deepseek-chat 64K context, 8K max output, $0.07 cache hit / $0.27 cache miss / $1.10 output)",
        date: "early 2025",
        confidence: "high",
      },
      { fields: PRICE_FIELDS, source: `${LLM_PRICES.replace("{vendor}", "deepseek")}, id deepseek-chat (from_date 2025-02-08)`, date: LLM_PRICES_DATE, confidence: "high" },
    ],
    notes: "DeepSeek's own API serving DeepSeek-V3 (the open model is deepseek-v3). A historical price: valid from 2025-02-08 until the V3.2 pricing replaced it (deepseek-v3.2-api).",
  },
  "deepseek-r1-api": {
    priceDate: "2025-02",
    sources: [
      {
        fields: [...PRICE_FIELDS, ...LIMIT_FIELDS],
        source: "https://api-docs.deepseek.com/quick_start/pricing-details-usd (official, early-2025 snapshot: deepseek-reasoner 64K context, 32K reasoning, 8K max output, $0.14 cache hit / $0.55 cache miss / $2.19 output)",
        date: "early 2025",
        confidence: "high",
      },
      { fields: PRICE_FIELDS, source: `${LLM_PRICES.replace("{vendor}", "deepseek")}, id deepseek-reasoner`, date: LLM_PRICES_DATE, confidence: "high" },
    ],
    notes: "DeepSeek's own API serving DeepSeek-R1. A historical price, superseded by the V3.2 pricing.",
  },
  "deepseek-v3.2-api": {
    priceDate: "2026-07-24",
    sources: [
      {
        fields: [...PRICE_FIELDS, ...LIMIT_FIELDS],
        source: `${LITELLM_MIRROR}, keys deepseek-chat and deepseek-reasoner (litellm source field https://api-docs.deepseek.com/quick_start/pricing)`,
        date: LITELLM_MIRROR_DATE,
        confidence: "medium",
        note: "$0.28 input / $0.028 cache read / $0.42 output; 131,072 input; max output 8,192 (chat), 65,536 (reasoner).",
      },
    ],
    notes: "deepseek-chat and deepseek-reasoner both serve DeepSeek-V3.2 at this price; the date the cut took effect was not read from a primary source.",
  },
  "deepseek-v4-flash-api": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      { fields: PRICE_FIELDS, source: `${LLM_PRICES.replace("{vendor}", "deepseek")}, id deepseek-v4-flash`, date: LLM_PRICES_DATE, confidence: "high" },
      { fields: [...PRICE_FIELDS, "contextWindowTokens"], source: `${LITELLM_MIRROR}, key deepseek-v4-flash`, date: LITELLM_MIRROR_DATE, confidence: "high" },
      {
        fields: [...PRICE_FIELDS, "contextWindowTokens"],
        source: "github api-evangelist/deepseek plans/deepseek-plans-pricing.yml @ commit 651b6ee00dcc (V4-Flash: cache hit $0.0028, miss $0.14, output $0.28; 1M context, 384K max output; generated from the api-docs pricing page 2026-05-04)",
        date: "2026-05-05",
        confidence: "medium",
      },
    ],
    notes: "Max output left out: 384K (API Evangelist) against 8,192 (litellm). Cache-hit price disagrees: $0.0028 against $0.028 (llm-prices). A later V4.1-Flash with peak/off-peak pricing is not captured.",
  },
  "deepseek-v4-pro-api": {
    priceDate: LLM_PRICES_PRICE_DATE,
    sources: [
      { fields: PRICE_FIELDS, source: `${LLM_PRICES.replace("{vendor}", "deepseek")}, id deepseek-v4-pro`, date: LLM_PRICES_DATE, confidence: "medium", note: "List price." },
      {
        fields: ["contextWindowTokens"],
        source: `${LITELLM_MIRROR}, key deepseek-v4-pro`,
        date: LITELLM_MIRROR_DATE,
        confidence: "high",
        note: "litellm holds the promotional price ($0.435 / $0.87, a 75% discount through 2026-05-31 per API Evangelist); the list price is used.",
      },
    ],
    notes: "Whether the promotion has ended was not read; cached-input list price disagrees ($0.145 in llm-prices, $0.0145 implied by the promotion). Max output not sourced.",
  },
};
