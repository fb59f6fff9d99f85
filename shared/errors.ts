// The engine's one error type: a code from a fixed list and the path of the offending field.

export const ERROR_CODES = [
  "invalid_input",
  "invalid_hf_config",
  "unknown_model",
  "unknown_hardware",
  "sweep_too_large",
  "over_cpu_budget",
  // A { "hf": ... } model the engine was given unresolved (it does no I/O: the API and the widget resolve them).
  "hub_unresolved",
  // Resolving a { "hf": ... } model (shared/hub.ts); each message names the repository and says to paste config.json.
  "hub_gated",
  "hub_not_found",
  "hub_invalid_config",
  "hub_too_large",
  "hub_timeout",
  "hub_unavailable",
  "hub_too_many_models",
  // Raised by the API layer, listed here so every code lives in one place.
  "invalid_json",
  "unsupported_media_type",
  "payload_too_large",
  "not_found",
  "method_not_allowed",
  "not_implemented",
  "internal_error",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class EngineError extends Error {
  readonly code: ErrorCode;
  /** Dot-separated path of the offending field ("" for the whole input), e.g. "hybrid.alternative.model". */
  readonly path: string;

  constructor(code: ErrorCode, message: string, path: string | readonly PropertyKey[] = "") {
    super(message);
    this.name = "EngineError";
    this.code = code;
    this.path = typeof path === "string" ? path : formatPath(path);
  }

  toJSON(): { code: ErrorCode; message: string; path: string } {
    return { code: this.code, message: this.message, path: this.path };
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

export const isEngineError = (value: unknown): value is EngineError => value instanceof EngineError;
