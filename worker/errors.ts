// Maps the engine's error codes to HTTP statuses (one exhaustive switch) and renders the error body.
import type { Context } from "hono";
import { EngineError, type ErrorCode } from "../shared/index.js";

export type ErrorStatus = 400 | 404 | 405 | 413 | 415 | 422 | 500 | 501 | 502 | 504;

export function statusOf(code: ErrorCode): ErrorStatus {
  switch (code) {
    case "invalid_input":
    case "invalid_hf_config":
    case "invalid_json":
    case "unknown_model":
    case "unknown_hardware":
    case "hub_unresolved":
      return 400;
    // The request is well formed, but the Hub model it names cannot be read: gated or private, missing, unusable.
    case "hub_gated":
    case "hub_not_found":
    case "hub_invalid_config":
    case "hub_too_large":
      return 422;
    // The Hub failed us, not the request: not the client's error, and not a bug here.
    case "hub_unavailable":
      return 502;
    case "hub_timeout":
      return 504;
    case "hub_too_many_models":
    case "sweep_too_large":
    case "over_cpu_budget":
    case "payload_too_large":
      return 413;
    case "unsupported_media_type":
      return 415;
    case "not_found":
      return 404;
    case "method_not_allowed":
      return 405;
    case "not_implemented":
      return 501;
    case "internal_error":
      return 500;
  }
}

/** The one error body: `{ "error": { "code", "message", "path" } }`. `status` overrides the code's (404 for unknown ids in a URL). */
export function errorResponse(c: Context, error: EngineError, status: ErrorStatus = statusOf(error.code)): Response {
  return c.json({ error: error.toJSON() }, status);
}
