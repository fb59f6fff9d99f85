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

/** Every key of `input` the schema has no place for, with its path (records and unknown values are open). */
export function unknownFields(schema: z.ZodMiniType, input: unknown, path: (string | number)[] = []): UnknownField[] {
  const out: UnknownField[] = [];
  collect(schema, input, [...path], out);
  return out;
}

/** Pushes the unknown keys under `input` onto `out`; `at` is its path (restored on return). No allocation when none. */
function collect(schema: z.ZodMiniType, input: unknown, at: (string | number)[], out: UnknownField[]): void {
  // Only objects and arrays hold keys.
  if (typeof input !== "object" || input === null) return;
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
      return collect(def.innerType!, input, at, out);
    case "union": {
      // The option the value parsed as (the first that accepts it, as zod picks).
      const option = def.options!.find((o) => fastParser(o)(input) !== FAIL);
      if (option) collect(option, input, at, out);
      return;
    }
    case "array":
      // (An object where an array belongs has no length: nothing to look at.)
      for (let i = 0; i < (input as unknown[]).length; i++) {
        at.push(i);
        collect(def.element!, (input as unknown[])[i], at, out);
        at.pop();
      }
      return;
    case "object":
      if (!Array.isArray(input)) {
        const shape = def.shape!;
        for (const key in input) {
          if (!Object.hasOwn(input, key)) continue;
          at.push(key);
          if (Object.hasOwn(shape, key)) collect(shape[key]!, (input as Record<string, unknown>)[key], at, out);
          else out.push({ path: [...at], key, known: Object.keys(shape) });
          at.pop();
        }
      }
  }
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
