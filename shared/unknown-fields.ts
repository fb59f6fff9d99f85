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
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "default":
    case "nullable":
      return unknownFields(def.innerType!, input, path);
    case "union": {
      // The option the value parsed as (the first that accepts it, as zod picks).
      const option = def.options!.find((o) => fastParser(o)(input) !== FAIL);
      return option ? unknownFields(option, input, path) : [];
    }
    case "array":
      return Array.isArray(input) ? input.flatMap((v, i) => unknownFields(def.element!, v, [...path, i])) : [];
    case "object": {
      if (typeof input !== "object" || input === null || Array.isArray(input)) return [];
      const shape = def.shape!;
      const known = Object.keys(shape);
      return Object.entries(input).flatMap(([key, value]) =>
        Object.hasOwn(shape, key) ? unknownFields(shape[key]!, value, [...path, key]) : [{ path: [...path, key], key, known }],
      );
    }
    default:
      return [];
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
