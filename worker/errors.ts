// Maps the engine's error codes to HTTP statuses (one exhaustive switch) and renders the error body.
import type { Context } from "hono";
import { EngineError, type ErrorCode } from "../shared/index.js";

export function statusOf(code: ErrorCode): 400 | 404 | 405 | 413 | 415 | 500 | 501 {
  switch (code) {
    case "invalid_input":
    case "invalid_hf_config":
    case "invalid_json":
    case "unknown_model":
    case "unknown_hardware":
      return 400;
    case "sweep_too_large":
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

export function errorResponse(c: Context, error: EngineError, status = statusOf(error.code)): Response {
  return c.json({ error: { code: error.code, message: error.message, path: error.path } }, status);
}
