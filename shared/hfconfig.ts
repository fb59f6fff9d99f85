// Reads a Hugging Face config.json (snake_case keys, as published) into an Architecture. Multimodal configs nest the
// text model under "text_config"; that is what is read, and vision or audio towers are not counted.
import { NO_EVAL } from "./parse.js";
import { EngineError, formatPath } from "./errors.js";
import { FAMILY_DEFAULTS, familyOf } from "./hfconfig-families.js";
import { readFamily } from "./hfconfig-read.js";
import { HfConfigSchema, type HfConfig } from "./hfconfig-keys.js";
import { architectureProblem } from "./consistency.js";
import { Architecture, type ArchitectureInput } from "./schema/architecture.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The text model's keys: a config that nests them under text_config (Gemma 3, Llama 4, Mistral 3, Qwen3.5, Kimi K2.5)
 * is read there. Keys the text model lacks are taken from the wrapper, as transformers 5 reads tie_word_embeddings
 * from the top level; where a published file sets both they agree. Keys transformers fills in with its config class
 * defaults when a file leaves them out (Gemma 3's files name few) come last.
 */
function textModelKeys(raw: Json, path: string): { keys: Json; path: string; towers: string[] } {
  const nested = isObject(raw.text_config) ? raw.text_config : null;
  const towers = ["vision_config", "audio_config"].filter((k) => isObject(raw[k]));
  if (!nested) return { keys: withDefaults(raw, raw), path, towers };
  const inherited: Json = {};
  for (const key of ["tie_word_embeddings", "architectures"]) if (raw[key] !== undefined) inherited[key] = raw[key];
  if (nested.model_type === undefined && raw.model_type !== undefined) inherited.model_type = raw.model_type;
  return { keys: withDefaults({ ...inherited, ...nested }, raw), path: `${path}.text_config`, towers };
}

function withDefaults(keys: Json, raw: Json): Json {
  const family = familyOf(String(keys.model_type ?? raw.model_type ?? ""), String((keys.architectures as unknown[] | undefined)?.[0] ?? ""));
  const defaults = FAMILY_DEFAULTS[family];
  if (!defaults) return keys;
  const out: Json = { ...keys };
  for (const [k, v] of Object.entries(defaults)) if (out[k] === undefined || out[k] === null) out[k] = v;
  return out;
}

/** Parse a published config.json; `path` prefixes error paths (e.g. "model.hfConfig"). */
export function architectureFromHfConfig(raw: unknown, path = "model.hfConfig"): ArchitectureInput {
  if (!isObject(raw)) {
    throw new EngineError("invalid_hf_config", "hfConfig must be the JSON object of a config.json", path);
  }
  const text = textModelKeys(raw, path);
  const parsed = HfConfigSchema.safeParse(text.keys, NO_EVAL);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = formatPath(issue.path);
    const value = text.keys[String(issue.path[0])];
    const message = value === undefined ? `config.json is missing required "${field}"` : `config.json "${field}": expected ${expectation(issue)}, got ${JSON.stringify(value)}`;
    throw new EngineError("invalid_hf_config", message, `${text.path}.${field}`);
  }
  const c: HfConfig = parsed.data;
  const arch = readFamily(c, text.path);
  checkConsistency(arch, c, text.path);
  if (text.towers.length > 0) {
    // The engine models the language model; image and audio encoders run once per attachment, not per token.
    arch.name = `${arch.name ?? "model"} (text model; ${text.towers.map((t) => t.replace("_config", "")).join(" and ")} encoder not counted)`;
  }
  return arch;
}


/** What a key should have held, in words. */
function expectation(issue: { code: string; expected?: string }): string {
  if (issue.code !== "invalid_type") return "a positive integer";
  if (issue.expected === "boolean") return "true or false";
  if (issue.expected === "string") return "a string";
  if (issue.expected === "array") return "a list";
  return "a positive integer";
}

/** The config.json key each architecture field is read from, to name it when the fields disagree. */
const KEY_OF: Readonly<Record<string, string>> = {
  numHeads: "num_attention_heads",
  numKvHeads: "num_key_value_heads",
  "moe.expertsPerToken": "num_experts_per_tok",
  "moe.firstDenseLayers": "first_k_dense_replace",
  "linearAttention.numValueHeads": "linear_num_value_heads",
  "linearAttention.layers": "layer_types",
  slidingWindowLayers: "layer_types",
  chunkedAttentionLayers: "layer_types",
};

/** An inconsistent config.json (e.g. heads that do not divide the hidden size) is an error naming its key. */
function checkConsistency(arch: ArchitectureInput, c: HfConfig, path: string): void {
  const parsed = Architecture.safeParse(arch, NO_EVAL);
  // Values out of the schema's ranges are reported by the caller, which validates the architecture as a whole.
  if (!parsed.success) return;
  const problem = architectureProblem(parsed.data);
  if (!problem) return;
  const [field, what] = problem;
  const key = KEY_OF[field];
  const named = key !== undefined && (key !== "layer_types" || c.layer_types);
  throw new EngineError("invalid_hf_config", `config.json gives an unusable ${field}: ${what}`, named ? `${path}.${key}` : path);
}
