// Fields a request has that its schema does not: zod drops them silently, so a misspelt "batchsize" would quietly
// answer for batch 1. Each entry point reports them as warnings, or refuses them when the request says "strict".
import type * as z from "zod/mini";
import { EngineError, formatPath } from "./errors.js";
import { FAIL, fastParser } from "./fast-parse.js";
import { describeUnknown } from "./issues.js";

type Def = {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  element?: z.ZodMiniType;
};
const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A key the schema has no place for, where it is, and the keys that object does have. */
export type UnknownField = { path: (string | number)[]; key: string; known: string[] };

/** Pushes every unknown key under a value onto `out`; `at` is the path to the value (restored on return). */
type Finder = (input: unknown, at: (string | number)[], out: UnknownField[]) => void;

const none: Finder = () => {};
const finders = new WeakMap<z.ZodMiniType, Finder>();

/** The schema's finder, made once (a request is checked on every call, so no walk of zod's definitions per call). */
function finderOf(schema: z.ZodMiniType): Finder {
  let find = finders.get(schema);
  if (!find) {
    // Set before compiling, so a schema that contains itself finds its own (late-bound) finder.
    finders.set(schema, (i, at, out) => find!(i, at, out));
    find = compile(defOf(schema));
    finders.set(schema, find);
  }
  return find;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function compile(def: Def): Finder {
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
      return finderOf(def.innerType!);
    case "union": {
      // The option the value parsed as (the first that accepts it, as zod picks); only objects and arrays can hold one.
      const options = def.options!.map((o) => ({ parses: fastParser(o), find: finderOf(o) }));
      return (input, at, out) => {
        if (typeof input === "object" && input !== null) options.find((o) => o.parses(input) !== FAIL)?.find(input, at, out);
      };
    }
    case "array": {
      const element = finderOf(def.element!);
      return (input, at, out) => {
        if (!Array.isArray(input)) return;
        for (let i = 0; i < input.length; i++) {
          at.push(i);
          element(input[i], at, out);
          at.pop();
        }
      };
    }
    case "object": {
      const shape = def.shape!;
      const known = Object.keys(shape);
      const fields = new Map(known.map((k) => [k, finderOf(shape[k]!)]));
      return (input, at, out) => {
        if (!isRecord(input)) return;
        for (const key in input) {
          if (!Object.hasOwn(input, key)) continue;
          const field = fields.get(key);
          at.push(key);
          if (field) field(input[key], at, out);
          else out.push({ path: [...at], key, known });
          at.pop();
        }
      };
    }
    default:
      return none;
  }
}

/** Every key of `input` the schema has no place for, with its path (records and unknown values are open). */
export function unknownFields(schema: z.ZodMiniType, input: unknown, path: (string | number)[] = []): UnknownField[] {
  const out: UnknownField[] = [];
  finderOf(schema)(input, [...path], out);
  return out;
}

/**
 * Check a parsed request for unknown fields: with `strict`, the first is an invalid_input error naming it;
 * otherwise each becomes a warning ("... ignored").
 */
export function ignoredFields(schema: z.ZodMiniType, input: unknown, strict: boolean | undefined, prefix = ""): string[] {
  const unknown = unknownFields(schema, input);
  if (unknown.length === 0) return [];
  if (strict) {
    const first = unknown[0]!;
    const at = formatPath(first.path);
    throw new EngineError("invalid_input", `${describeUnknown(first, prefix)}; with "strict": true unknown fields are refused`, prefix === "" ? at : `${prefix}.${at}`);
  }
  return unknown.map((u) => `${describeUnknown(u, prefix)}: ignored`);
}
