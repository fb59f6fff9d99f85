// The widget's zod/mini: widget/build.mjs aliases "zod/mini" to this module in the widget's bundles only. It builds
// exactly the definitions zod/mini builds for the schemas the engine declares (`_zod.def`: types, checks, defaults),
// and parses with them as zod does: a value the engine's compiled fast path (shared/fast-parse.ts) accepts is zod's
// own output, and anything else goes to ./zod-validate.js, zod's rules for this subset issue for issue, which comes
// with the panels chunk (./deferred.js). test/build/widget-zod.test.ts proves both against zod on every schema, and
// the widget build's results and errors against the engine's. A zod function the schemas start using and this lacks
// fails the build. Why: zod's generic runtime is 26 KB of the widget's first download; this is 2.
import type * as z from "zod/mini";
import { FAIL, fastParser } from "../shared/fast-parse.js";
import { deferred } from "./deferred.js";
import type { Issue } from "./zod-validate.js";

type Def = { type?: string; check?: string; checks?: Check[]; [k: string]: unknown };
type Check = { _zod: { def: Def } };
export type SafeResult = { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };
export type Schema = Check & {
  check(...checks: Check[]): Schema;
  parse(data: unknown, options?: unknown): unknown;
  safeParse(data: unknown, options?: unknown): SafeResult;
};
type Params = string | { error?: string };

const validate = deferred("validate");

/** A schema as zod/mini makes one: its definition, `.check()` for a copy with more checks, and the two parses. */
function schema(def: Def): Schema {
  const s: Schema = {
    _zod: { def },
    check: (...more) => schema({ ...def, checks: [...(def.checks ?? []), ...more] }),
    parse(data) {
      const r = s.safeParse(data);
      if (!r.success) throw Object.assign(new Error("Invalid input"), { issues: r.error.issues });
      return r.data;
    },
    safeParse(data) {
      const fast = fastParser(s as unknown as z.ZodMiniType)(data);
      return fast === FAIL ? validate(s, data) : { success: true, data: fast };
    },
  };
  return s;
}
/** zod's `error` parameter: a message for the schema's own issues. */
const params = (p?: Params) => (p === undefined ? {} : { error: () => (typeof p === "string" ? p : p.error) });
const check = (def: Def): Check => ({ _zod: { def } });

export const gte = (value: number) => check({ check: "greater_than", value, inclusive: true });
export const lte = (value: number) => check({ check: "less_than", value, inclusive: true });
export const minLength = (minimum: number) => check({ check: "min_length", minimum });
export const maxLength = (maximum: number) => check({ check: "max_length", maximum });
/** Documentation only (OpenAPI); zod keeps it in a registry the widget never reads. */
export const describe = (_description: string) => check({ check: "describe" });

export const string = (p?: Params) => schema({ type: "string", ...params(p) });
export const number = (p?: Params) => schema({ type: "number", checks: [], ...params(p) });
export const int = (p?: Params) => schema({ type: "number", check: "number_format", abort: false, format: "safeint", ...params(p) });
export const boolean = (p?: Params) => schema({ type: "boolean", ...params(p) });
export const unknown = () => schema({ type: "unknown" });
const _null = (p?: Params) => schema({ type: "null", ...params(p) });
const _enum = (values: readonly string[] | Record<string, string | number>, p?: Params) =>
  schema({ type: "enum", entries: Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values, ...params(p) });
export const literal = (value: unknown, p?: Params) => schema({ type: "literal", values: Array.isArray(value) ? value : [value], ...params(p) });
export { _enum as enum, _null as null };

export const optional = (innerType: Schema) => schema({ type: "optional", innerType });
export const nullable = (innerType: Schema) => schema({ type: "nullable", innerType });
/** As zod/mini: each use gets its own shallow copy of an object or array default. */
export const _default = (innerType: Schema, value: unknown) =>
  schema({
    type: "default",
    innerType,
    get defaultValue() {
      return Array.isArray(value) ? [...value] : typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype ? { ...value } : value;
    },
  });
export const array = (element: Schema, p?: Params) => schema({ type: "array", element, ...params(p) });
export const object = (shape: Record<string, Schema>, p?: Params) => schema({ type: "object", shape, ...params(p) });
export const union = (options: Schema[], p?: Params) => schema({ type: "union", options, ...params(p) });
export const record = (keyType: Schema, valueType: Schema, p?: Params) => schema({ type: "record", keyType, valueType, ...params(p) });
export const partialRecord = (keyType: Schema, valueType: Schema, p?: Params) => schema({ type: "record", keyType, valueType, ...params(p), partial: true });

/** zod's global settings: nothing here ever generates code, so there is nothing to set. */
export const config = (_settings?: unknown): Record<string, never> => ({});
