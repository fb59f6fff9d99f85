// Validates untrusted input against the public schemas and turns the first problem into an EngineError (worded by
// ./issues.ts).
import type * as z from "zod/mini";
import { EngineError } from "./errors.js";
import { FAIL, fastParser } from "./fast-parse.js";
import { issueToError } from "./issues.js";
import { NO_EVAL } from "./no-eval.js";
import { EstimateRequest } from "./schema/request.js";

export { NO_EVAL };

/** Parse `input` with `schema`; on failure throw invalid_input naming the field (paths start at `prefix`). */
export function parseWith<T extends z.ZodMiniType>(schema: T, input: unknown, prefix: string, what: string): z.output<T> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new EngineError("invalid_input", `${what} must be a JSON object`, prefix);
  }
  const fast = fastParser(schema)(input);
  if (fast !== FAIL) return fast as z.output<T>;
  const result = schema.safeParse(input, NO_EVAL);
  if (result.success) return result.data as z.output<T>;
  throw issueToError(result.error.issues[0]!, input, prefix);
}

export const parseEstimateRequest = (input: unknown, prefix = ""): EstimateRequest =>
  parseWith(EstimateRequest, input, prefix, "the request");
