// Reads a JSON request body safely: content type, size limit and syntax are checked before any work.
import type { Context } from "hono";
import { EngineError, readCappedText } from "../shared/index.js";
import type { AppEnv } from "./env.js";

/** 1 MB (10^6 bytes), the API's body limit. */
export const MAX_BODY_BYTES = 1_000_000;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

export async function readJsonBody(c: Context<AppEnv>, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (!JSON_TYPE.test(type)) {
    throw new EngineError(
      "unsupported_media_type",
      `send the body as JSON with "Content-Type: application/json"${type ? ` (got "${type.slice(0, 100)}")` : ""}`,
      "",
    );
  }
  const declared = Number(c.req.header("content-length") ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes, declared);
  // With a Content-Length the runtime delivers exactly that many bytes: read them in one native call.
  // Without one (a chunked upload), count as the chunks arrive and stop at the limit.
  const text = Number.isInteger(declared) && declared >= 0 ? await c.req.text() : await readCapped(c.req.raw, maxBytes);
  if (text.trim() === "") throw new EngineError("invalid_json", "the body is empty; send a JSON object", "");
  // Parsing and validating it costs CPU in proportion (worker/cpu-budget.ts).
  c.set("bodyBytes", text.length);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new EngineError("invalid_json", `the body is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, "");
  }
}

/** Streams the body and stops at the limit, so a chunked upload with no Content-Length cannot fill memory. */
const readCapped = (request: Request, maxBytes: number): Promise<string> =>
  readCappedText(request.body, maxBytes, {
    tooLarge: () => tooLarge(maxBytes),
    notText: () => new EngineError("invalid_json", "the body is not valid UTF-8", ""),
  });

function tooLarge(maxBytes: number, declared?: number): EngineError {
  const size = declared === undefined ? "over the limit" : `${declared} bytes`;
  return new EngineError("payload_too_large", `the body is ${size}; the limit is ${maxBytes} bytes (1 MB)`, "");
}
