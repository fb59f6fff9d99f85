// Validates untrusted input against the public schemas and turns the first problem into an EngineError.
import type * as z from "zod/mini";
import { EngineError, formatPath } from "./errors.js";
import { FAIL, fastParser } from "./fast-parse.js";
import { Architecture } from "./schema/architecture.js";
import { HardwareSpec } from "./schema/hardware.js";
import { EstimateRequest, HfConfigModel, HubModel } from "./schema/request.js";

type Issue = z.core.$ZodIssue;

/** Options for every zod parse in the engine: skip zod's eval-based fast path (no `new Function`; CSP-safe). */
export const NO_EVAL = { jitless: true } as const;

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

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key as string];
  }
  return v;
}

/** For model and hardware, an object is a custom spec: report the custom schema's problem, not the union's. */
function explainUnion(issue: Issue, root: unknown): { issue: Issue; base: readonly PropertyKey[] } {
  const last = issue.path[issue.path.length - 1];
  const value = valueAt(root, issue.path);
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    let schema: z.ZodMiniType | undefined;
    if (last === "model") schema = "hf" in value ? HubModel : "hfConfig" in value ? HfConfigModel : Architecture;
    if (last === "hardware") schema = HardwareSpec;
    if (schema) {
      const inner = schema.safeParse(value, NO_EVAL);
      if (!inner.success) return { issue: inner.error.issues[0]!, base: issue.path };
    }
  }
  return { issue, base: [] };
}

const shown = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (typeof value === "number") return String(value);
  return `a ${typeof value}`;
};

const EXPECTED: Readonly<Record<string, string>> = { int: "an integer", record: "an object" };

/** Plain English for an issue (zod/mini carries no messages of its own, and the engine adds no locale). */
export function messageOf(issue: Issue, value: unknown): string {
  const items = (issue as { origin?: string }).origin === "array" ? " items" : "";
  switch (issue.code) {
    case "invalid_type":
      return value === undefined ? "required" : `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${shown(value)}`;
    case "too_big":
      if (Number(issue.maximum) >= Number.MAX_SAFE_INTEGER) return `is too large, got ${shown(value)}`;
      return `must be at most ${String(issue.maximum)}${items}, got ${Array.isArray(value) ? value.length : shown(value)}`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}${items}, got ${Array.isArray(value) ? value.length : shown(value)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${shown(value)}`;
    case "invalid_union":
      return value === undefined ? "required" : issue.message === "Invalid input" ? `${shown(value)} is not an accepted form` : issue.message;
    case "invalid_key":
      return "has an invalid key";
    default:
      return issue.message;
  }
}

function issueToError(first: Issue, root: unknown, prefix: string): EngineError {
  let issue = first;
  let base: readonly PropertyKey[] = [];
  if (issue.code === "invalid_union") ({ issue, base } = explainUnion(issue, root));
  const path = [...base, ...issue.path];
  const field = formatPath(path);
  const full = prefix === "" ? field : field === "" ? prefix : field.startsWith("[") ? prefix + field : `${prefix}.${field}`;
  const message = messageOf(issue, valueAt(root, path));
  return new EngineError("invalid_input", full === "" ? message : `${full}: ${message}`, full);
}
