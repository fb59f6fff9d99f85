// Reads a JSON request body safely: content type, size limit and syntax are checked before any work.
import type { Context } from "hono";
import { EngineError } from "../shared/index.js";

export const MAX_BODY_BYTES = 1_000_000;

export async function readJsonBody(c: Context, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new EngineError("unsupported_media_type", 'send the body as JSON with "Content-Type: application/json"', "");
  }
  const declared = Number(c.req.header("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new EngineError("payload_too_large", `the body is ${declared} bytes; the limit is ${maxBytes}`, "");
  }
  const text = await c.req.text();
  if (new TextEncoder().encode(text).byteLength > maxBytes) {
    throw new EngineError("payload_too_large", `the body is over the ${maxBytes}-byte limit`, "");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new EngineError("invalid_json", "the body is not valid JSON", "");
  }
}
