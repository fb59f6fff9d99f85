// How the engine words what is wrong with a request: a zod issue as plain English naming the field (zod/mini
// carries no messages of its own), and an unknown field with the field it probably meant. Only a request with a
// problem reaches this module (the widget loads it with its panels).
import type * as z from "zod/mini";
import { EngineError, formatPath } from "./errors.js";
import { NO_EVAL } from "./no-eval.js";
import { Architecture } from "./schema/architecture.js";
import { HardwareSpec } from "./schema/hardware.js";
import { HfConfigModel, HubModel } from "./schema/request.js";
import type { UnknownField } from "./unknown-fields.js";

type Issue = z.core.$ZodIssue;

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

export function issueToError(first: Issue, root: unknown, prefix: string): EngineError {
  let issue = first;
  let base: readonly PropertyKey[] = [];
  if (issue.code === "invalid_union") ({ issue, base } = explainUnion(issue, root));
  const path = [...base, ...issue.path];
  const field = formatPath(path);
  const full = prefix === "" ? field : field === "" ? prefix : field.startsWith("[") ? prefix + field : `${prefix}.${field}`;
  const message = messageOf(issue, valueAt(root, path));
  return new EngineError("invalid_input", full === "" ? message : `${full}: ${message}`, full);
}

/** The known key a misspelt one most likely meant: same letters in another case, a small edit, or a shared stem. */
function nearest(key: string, known: string[]): string | undefined {
  const lower = key.toLowerCase();
  const exact = known.find((k) => k.toLowerCase() === lower);
  if (exact) return exact;
  const close = known.find((k) => distance(k.toLowerCase(), lower) <= 2);
  if (close) return close;
  const stem = lower.replace(/s$/, "");
  return stem.length >= 4 ? known.find((k) => k.toLowerCase().startsWith(stem)) : undefined;
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** An unknown field, with the known one it most likely meant. */
export function describeUnknown(field: UnknownField, prefix = ""): string {
  const at = formatPath(field.path);
  const where = prefix === "" ? at : at.startsWith("[") ? prefix + at : `${prefix}.${at}`;
  const guess = nearest(field.key, field.known);
  return `"${where}" is not a field of this request${guess ? ` (did you mean "${guess}"?)` : ""}`;
}
