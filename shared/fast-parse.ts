// A fast path for zod/mini parsing: each schema is compiled once into plain closures (no eval) that return the
// parsed value exactly as zod would, or FAIL for anything they are not sure of. On FAIL the caller runs zod itself,
// which then has the last word and words the error. So the schemas stay the single source of truth, and a valid
// request costs a few hundred nanoseconds instead of zod's generic machinery (several microseconds).
import type * as z from "zod/mini";

export const FAIL: unique symbol = Symbol("fail");
type Parser = (input: unknown) => unknown;

type Def = {
  type: string;
  checks?: { _zod: { def: { check: string; value?: unknown; inclusive?: boolean; minimum?: number; maximum?: number } } }[];
  format?: string;
  shape?: Record<string, z.ZodMiniType>;
  catchall?: unknown;
  innerType?: z.ZodMiniType;
  defaultValue?: unknown;
  options?: z.ZodMiniType[];
  entries?: Record<string, unknown>;
  values?: unknown[];
  element?: z.ZodMiniType;
  keyType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  partial?: boolean;
};

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const compiled = new WeakMap<z.ZodMiniType, Parser>();

/** The compiled parser of `schema` (built once per schema). */
export function fastParser(schema: z.ZodMiniType): Parser {
  let parser = compiled.get(schema);
  if (!parser) {
    parser = compile(schema) ?? (() => FAIL);
    compiled.set(schema, parser);
  }
  return parser;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** Number and length bounds: the checks zod runs, as one predicate; null when a check is not understood. */
function bounds(def: Def, measure: (v: never) => number): ((v: never) => boolean) | null {
  let min = -Infinity;
  let max = Infinity;
  let minIncl = true;
  let maxIncl = true;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === "describe") continue;
    else if (c.check === "greater_than") [min, minIncl] = [c.value as number, c.inclusive === true];
    else if (c.check === "less_than") [max, maxIncl] = [c.value as number, c.inclusive === true];
    else if (c.check === "min_length") min = c.minimum!;
    else if (c.check === "max_length") max = c.maximum!;
    else return null;
  }
  return (v) => {
    const x = measure(v);
    return (minIncl ? x >= min : x > min) && (maxIncl ? x <= max : x < max);
  };
}

/** A parser for what it fully understands; null otherwise (the caller then lets zod parse that part). */
function compile(schema: z.ZodMiniType): Parser | null {
  const def = defOf(schema);
  switch (def.type) {
    case "string": {
      const ok = bounds(def, (v: string) => v.length);
      return ok && ((v) => (typeof v === "string" && ok(v as never) ? v : FAIL));
    }
    case "number": {
      if (def.format !== undefined && def.format !== "safeint") return null;
      const ok = bounds(def, (v: number) => v);
      const integer = def.format === "safeint";
      return ok && ((v) => (typeof v === "number" && (integer ? Number.isSafeInteger(v) : Number.isFinite(v)) && ok(v as never) ? v : FAIL));
    }
    case "boolean":
      return (v) => (typeof v === "boolean" ? v : FAIL);
    case "unknown":
      return (v) => v;
    case "enum": {
      const allowed = new Set(Object.values(def.entries!));
      return (v) => (allowed.has(v) ? v : FAIL);
    }
    case "literal": {
      const allowed = new Set(def.values);
      return (v) => (allowed.has(v) ? v : FAIL);
    }
    case "optional": {
      const inner = fastParser(def.innerType!);
      // zod lets an inner default (or optional) decide what undefined becomes.
      const innerType = defOf(def.innerType!).type;
      if (innerType === "default" || innerType === "optional") return inner;
      return (v) => (v === undefined ? undefined : inner(v));
    }
    case "nullable": {
      const inner = fastParser(def.innerType!);
      return (v) => (v === null ? null : inner(v));
    }
    case "default": {
      if (typeof def.defaultValue === "object" && def.defaultValue !== null) return null;
      const inner = fastParser(def.innerType!);
      const fallback = def.defaultValue;
      return (v) => (v === undefined ? fallback : inner(v));
    }
    case "union": {
      const options = def.options!.map(fastParser);
      return (v) => {
        for (const option of options) {
          const out = option(v);
          if (out !== FAIL) return out;
        }
        return FAIL;
      };
    }
    case "array": {
      const ok = bounds(def, (v: unknown[]) => v.length);
      const element = fastParser(def.element!);
      return ok && ((v) => {
        if (!Array.isArray(v) || !ok(v as never)) return FAIL;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) if ((out[i] = element(v[i])) === FAIL) return FAIL;
        return out;
      });
    }
    case "record":
      return compileRecord(def);
    case "object":
      return compileObject(def);
    default:
      return null;
  }
}

function compileRecord(def: Def): Parser | null {
  const keyDef = defOf(def.keyType!);
  const keyOk = keyDef.type === "string" && (keyDef.checks ?? []).length === 0 ? () => true : keyDef.type === "enum" && def.partial ? fastParser(def.keyType!) : null;
  if (!keyOk) return null;
  const value = fastParser(def.valueType!);
  return (v) => {
    if (!isPlainObject(v)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(v)) {
      if (key === "__proto__" || keyOk(key) === FAIL) return FAIL;
      if ((out[key] = value(v[key])) === FAIL) return FAIL;
    }
    return out;
  };
}

function compileObject(def: Def): Parser | null {
  if (def.catchall !== undefined) return null;
  const fields = Object.entries(def.shape!).map(([key, schema]) => ({ key, parse: fastParser(schema) }));
  return (v) => {
    if (!isPlainObject(v)) return FAIL;
    const out: Record<string, unknown> = {};
    for (const { key, parse } of fields) {
      const parsed = parse(v[key]);
      if (parsed === FAIL) return FAIL;
      // As zod: a key that parses to undefined is kept only if the input has it.
      if (parsed !== undefined || key in v) out[key] = parsed;
    }
    return out;
  };
}
