// Validation for the worker's own schemas, with the engine's error contract (invalid_input and the field's path).
import type * as z from "zod/mini";
import { EngineError } from "../shared/index.js";

/** Parse `input`; on failure throw invalid_input naming the first offending field, as the engine does. */
export function parseOrThrow<T extends z.ZodMiniType>(schema: T, input: unknown, what: string): z.output<T> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new EngineError("invalid_input", `${what} must be a JSON object`, "");
  }
  const result = schema.safeParse(input, { jitless: true });
  if (result.success) return result.data as z.output<T>;
  const issue = result.error.issues[0]!;
  const path = new EngineError("invalid_input", "", issue.path).path;
  const missing = issue.code === "invalid_type" && valueAt(input, issue.path) === undefined;
  const message = missing ? "required" : issue.message;
  throw new EngineError("invalid_input", path === "" ? message : `${path}: ${message}`, path);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}
