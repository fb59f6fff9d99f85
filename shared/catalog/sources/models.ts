// Where each model's figures come from: the citations, dates and display facts of shared/catalog/models.ts, by id.
// Kept apart from the numbers so code that computes (the widget bundle) never carries them; the API joins both.
import type { ModelSources } from "../types.js";


/** Date the API prices below are assumed valid (litellm sync copied by tokencost at commit e7f7c19, 2025-09-01). */
export const API_PRICES_DATE = "2025-09-01";

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
  "gpt-4": {
    priceDate: API_PRICES_DATE,
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
    priceDate: API_PRICES_DATE,
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
    priceDate: API_PRICES_DATE,
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
    priceDate: API_PRICES_DATE,
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
    priceDate: API_PRICES_DATE,
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
    priceDate: API_PRICES_DATE,
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
    priceDate: API_PRICES_DATE,
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
    priceDate: API_PRICES_DATE,
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
};
