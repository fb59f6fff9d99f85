// The widget's zod/mini: widget/build.mjs aliases "zod/mini" to this module in the browser bundles only. It is exactly
// the part of zod/mini the engine's schemas use, built on the same definitions (`_zod.def`, which shared/fast-parse.ts
// compiles, so a valid request costs the same) and parsing as zod 4 does, issue for issue (code, path, expected,
// minimum, maximum, values, origin, message), which shared/parse.ts words. test/library/zod-mini.test.ts proves it
// against zod on every schema and the widget build against the engine; a zod function the schemas start using and
// this lacks fails the build. Why: zod's generic runtime is most of 26 KB of the widget's first download; this is 3.
// Like zod/mini it never evaluates code, so `config({ jitless })` has nothing to switch off.

type Key = PropertyKey;
type Issue = { code: string; path?: Key[]; message?: string; continue?: boolean; inst?: Node; schema?: Node; input?: unknown; [k: string]: unknown };
type Payload = { value: unknown; issues: Issue[] };
type Def = { type?: string; check?: string; checks?: Node[]; error?: (issue: Issue) => string; [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
type Node = {
  _zod: { def: Def; run(p: Payload): Payload; check?(p: Payload): void; optin?: "optional" | "defaulted"; optout?: "optional"; values?: Set<unknown> };
};
type Params = string | { error?: string } | undefined;

const isObject = (v: unknown): v is Record<Key, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
function isPlainObject(o: unknown): o is Record<Key, unknown> {
  if (!isObject(o)) return false;
  const ctor = o.constructor;
  if (typeof ctor !== "function") return true;
  const proto = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, "isPrototypeOf");
}
/** Issues from the index on that stop what follows (zod's `aborted`); `explicit`: only those marked to. */
const aborted = (p: Payload, from = 0, explicit = false) => p.issues.slice(from).some((i) => (explicit ? i.continue === false : i.continue !== true));
const prefix = (key: Key, issues: Issue[]) => issues.map((i) => ((i.path ??= []).unshift(key), i));
const params = (p: Params): { error?: () => string } => (p === undefined ? {} : { error: () => (typeof p === "string" ? p : p.error!) });

/** An issue as zod reports it: without its internals, with a path and a message (zod/mini carries no locale). */
function finalize(issue: Issue): Issue {
  const own = issue.schema !== issue.inst ? issue.schema?._zod.def.error : undefined;
  const message = issue.message || (issue.inst?._zod.def.error?.(issue) ?? own?.(issue) ?? "Invalid input");
  const out: Issue = { code: issue.code };
  for (const k of Object.keys(issue)) if (!["inst", "schema", "continue", "input", "__proto__"].includes(k)) out[k] = issue[k];
  out.path ??= [];
  out.message = message;
  return out;
}

// ---------------------------------------------------------------- checks
const check = (def: Def, test: (p: Payload, self: Node) => void): Node => {
  const node: Node = { _zod: { def, run: (p) => p, check: (p) => test(p, node) } };
  return node;
};
const hasLength = (p: Payload) => p.value != null && (p.value as { length?: number }).length !== undefined;
const origin = (v: unknown) => (Array.isArray(v) ? "array" : typeof v === "string" ? "string" : "unknown");
/** zod measures strings in code points: a surrogate pair counts once. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) n--, i++;
  return n;
}
const bound = (name: string, code: string, key: "minimum" | "maximum", ok: (a: number, b: number) => boolean) => (value: number) =>
  check({ check: name, value, inclusive: true }, (p, inst) => {
    const v = p.value as number;
    // Checks run only on what parsed as a number.
    if (!ok(v, value)) p.issues.push({ origin: "number", code, [key]: value, input: v, inclusive: true, inst, continue: true });
  });
export const gte = bound("greater_than", "too_small", "minimum", (a, b) => a >= b);
export const lte = bound("less_than", "too_big", "maximum", (a, b) => a <= b);
const length = (name: string, code: string, key: "minimum" | "maximum", ok: (n: number, limit: number) => boolean) => (limit: number) =>
  check(
    { check: name, [key]: limit, when: hasLength },
    (p, inst) => {
      const v = p.value as string | unknown[];
      const units = v.length;
      // As zod: count code points only where units alone cannot tell.
      const n = typeof v === "string" && (key === "maximum" ? units > limit : units >= limit && units < limit * 2) ? codePoints(v) : units;
      if (!ok(n, limit)) p.issues.push({ origin: origin(v), code, [key]: limit, inclusive: true, input: v, inst, continue: true });
    },
  );
export const minLength = length("min_length", "too_small", "minimum", (n, l) => n >= l);
export const maxLength = length("max_length", "too_big", "maximum", (n, l) => n <= l);
/** Documentation only (OpenAPI); zod records it in a registry the widget never reads. */
export const describe = (_description: string): Node => check({ check: "describe" }, () => {});

// ---------------------------------------------------------------- schemas
type Parse = (p: Payload, self: Schema) => Payload;
type Schema = Node & { check(...checks: Node[]): Schema; parse(data: unknown, o?: unknown): unknown; safeParse(data: unknown, o?: unknown): SafeResult };
type SafeResult = { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };

/** A schema: its definition, its parse, then its checks (zod's order and skipping rules). */
function schema(def: Def, parse: Parse, extra: Partial<Node["_zod"]> = {}, selfCheck?: (p: Payload, self: Schema) => void): Schema {
  const s = {
    _zod: { def, ...extra },
    check: (...more: Node[]) => schema({ ...def, checks: [...(def.checks ?? []), ...more] }, parse, extra, selfCheck),
    parse(data: unknown) {
      const r = s._zod.run({ value: data, issues: [] });
      if (r.issues.length) throw Object.assign(new Error("Invalid input"), { issues: r.issues.map(finalize) });
      return r.value;
    },
    safeParse(data: unknown): SafeResult {
      const r = s._zod.run({ value: data, issues: [] });
      return r.issues.length ? { success: false, error: { issues: r.issues.map(finalize) } } : { success: true, data: r.value };
    },
  } as Schema;
  // A number format (z.int()) is a schema and its own first check.
  const checks: Node[] = [...(selfCheck ? [{ _zod: { def, run: (p: Payload) => p, check: (p: Payload) => selfCheck(p, s) } }] : []), ...(def.checks ?? [])];
  s._zod.run = (payload) => {
    const p = parse(payload, s);
    let stop = aborted(p);
    for (const ch of checks) {
      const when = ch._zod.def.when as ((p: Payload) => boolean) | undefined;
      if (when) {
        if (aborted(p, 0, true) || !when(p)) continue;
      } else if (stop) continue;
      const from = p.issues.length;
      ch._zod.check!(p);
      if (p.issues.length === from) continue;
      for (const i of p.issues.slice(from)) i.schema ??= s;
      stop ||= aborted(p, from);
    }
    return p;
  };
  return s;
}

const typed = (type: string, ok: (v: unknown) => boolean, received?: (v: unknown) => string | undefined) => (p: Payload, inst: Schema) => {
  if (!ok(p.value)) {
    const got = received?.(p.value);
    p.issues.push({ expected: type, code: "invalid_type", input: p.value, inst, ...(got ? { received: got } : {}) });
  }
  return p;
};
const finite = (v: unknown) => typeof v === "number" && Number.isFinite(v);
const numberReceived = (v: unknown) => (typeof v === "number" ? (Number.isNaN(v) ? "NaN" : Number.isFinite(v) ? undefined : String(v)) : undefined);

export const string = (p?: Params) => schema({ type: "string", ...params(p) }, typed("string", (v) => typeof v === "string"));
export const boolean = (p?: Params) => schema({ type: "boolean", ...params(p) }, typed("boolean", (v) => typeof v === "boolean"));
export const unknown = () => schema({ type: "unknown" }, (p) => p);
const _null = (p?: Params) => schema({ type: "null", ...params(p) }, typed("null", (v) => v === null), { values: new Set([null]) });
export const number = (p?: Params) => schema({ type: "number", checks: [], ...params(p) }, typed("number", finite, numberReceived));
export const int = (p?: Params) =>
  schema({ type: "number", check: "number_format", abort: false, format: "safeint", ...params(p) }, typed("number", finite, numberReceived), {}, (p, inst) => {
    const v = p.value as number;
    const at = { input: v, inst };
    if (!Number.isInteger(v)) p.issues.push({ expected: "int", format: "safeint", code: "invalid_type", continue: false, ...at });
    else if (!Number.isSafeInteger(v)) {
      const big = v > 0;
      p.issues.push({ ...at, code: big ? "too_big" : "too_small", [big ? "maximum" : "minimum"]: big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER, note: "Integers must be within the safe integer range.", origin: "int", inclusive: true, continue: true });
    }
  });

const _enum = (values: readonly (string | number)[] | Record<string, string | number>, p?: Params) => {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  // As zod: a TypeScript numeric enum's reverse mapping is not a value.
  const numeric = Object.values(entries).filter((v) => typeof v === "number");
  const list = Object.entries(entries).filter(([k]) => !numeric.includes(+k)).map(([, v]) => v);
  const set = new Set<unknown>(list);
  return schema({ type: "enum", entries, ...params(p) }, (pl, inst) => (set.has(pl.value) || pl.issues.push({ code: "invalid_value", values: list, input: pl.value, inst }), pl), { values: set });
};
export const literal = (value: unknown, p?: Params) => {
  const values = Array.isArray(value) ? value : [value];
  const set = new Set(values);
  return schema({ type: "literal", values, ...params(p) }, (pl, inst) => (set.has(pl.value) || pl.issues.push({ code: "invalid_value", values, input: pl.value, inst }), pl), { values: set });
};
export { _enum as enum, _null as null };

export const optional = (inner: Schema) =>
  schema(
    { type: "optional", innerType: inner },
    (p) => {
      if (p.value !== undefined) return inner._zod.run(p);
      // Only a default inside says what absence becomes; its failure yields undefined.
      if (inner._zod.optin === "defaulted") {
        const r = inner._zod.run({ value: undefined, issues: [] });
        p.value = r.issues.length ? undefined : r.value;
      }
      return p;
    },
    { optin: inner._zod.optin === "defaulted" ? "defaulted" : "optional", optout: "optional" },
  );
export const nullable = (inner: Schema) =>
  schema({ type: "nullable", innerType: inner }, (p) => (p.value === null ? p : inner._zod.run(p)), { optin: inner._zod.optin, optout: inner._zod.optout });
/** As zod/mini: a fresh shallow copy of an object default each time, so a result never shares it. */
export const _default = (inner: Schema, value: unknown) => {
  const def: Def = {
    type: "default",
    innerType: inner,
    get defaultValue() {
      return isPlainObject(value) ? { ...value } : Array.isArray(value) ? [...value] : value;
    },
  };
  return schema(
    def,
    (p) => {
      if (p.value === undefined) return (p.value = def.defaultValue), p;
      const r = inner._zod.run(p);
      if (r.value === undefined) r.value = def.defaultValue;
      return r;
    },
    { optin: "defaulted" },
  );
};

export function array(element: Schema, p?: Params) {
  return schema({ type: "array", element, ...params(p) }, function parse(pl, inst) {
    const input = pl.value;
    if (!Array.isArray(input)) return typed("array", () => false)(pl, inst);
    // As zod: a leading upper bound on the size is checked before any element, and stops the rest.
    for (const ch of inst._zod.def.checks ?? []) {
      const d = ch._zod.def;
      if (!/_(length|size)$|_equals$/.test(d.check!)) break;
      if (d.maximum >= 0 && input.length > d.maximum) {
        const from = pl.issues.length;
        ch._zod.check!(pl);
        pl.issues[from]!.continue = false;
        pl.issues[from]!.schema ??= inst;
        return pl;
      }
    }
    const out = new Array<unknown>(input.length);
    input.forEach((item, i) => {
      const r = element._zod.run({ value: item, issues: [] });
      pl.issues.push(...prefix(i, r.issues));
      out[i] = r.value;
    });
    pl.value = out;
    return pl;
  });
}

export function object(shape: Record<string, Schema>, p?: Params) {
  return schema({ type: "object", shape, ...params(p) }, (pl, inst) => {
    const input = pl.value;
    if (!isObject(input)) return typed("object", () => false)(pl, inst);
    const out: Record<string, unknown> = (pl.value = {});
    for (const key of Object.keys(shape)) {
      if (key === "__proto__") continue;
      const { optin, optout, run } = shape[key]!._zod;
      const r = run({ value: input[key], issues: [] });
      const present = key in input;
      // An absent optional key adds nothing (not even a problem of its own); a present one is kept as parsed.
      if (!present && optout === "optional" && optin !== undefined && (optin === "optional" || r.issues.length)) continue;
      pl.issues.push(...prefix(key, r.issues));
      if (!present && optin === undefined) {
        if (!r.issues.length) pl.issues.push({ code: "invalid_type", expected: "nonoptional", input: undefined, path: [key] });
        continue;
      }
      if (r.value !== undefined || present || (optin === "defaulted" && optout !== "optional")) out[key] = r.value;
    }
    return pl;
  });
}

export function union(options: Schema[], p?: Params) {
  return schema({ type: "union", options, ...params(p) }, (pl, inst) => {
    if (options.length === 1) return options[0]!._zod.run(pl);
    const results: Payload[] = [];
    for (const option of options) {
      const r = option._zod.run({ value: pl.value, issues: [] });
      if (!r.issues.length) return r;
      results.push(r);
    }
    // One option that failed only a bound (not its type) is what the value meant: its issues stand.
    const meant = results.filter((r) => !aborted(r));
    if (meant.length === 1) return (pl.value = meant[0]!.value), meant[0]!;
    pl.issues.push({ code: "invalid_union", input: pl.value, inst, errors: results.map((r) => r.issues.map(finalize)) });
    return pl;
  }, {
    optin: options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : options.some((o) => o._zod.optin !== undefined) ? "optional" : undefined,
    optout: options.some((o) => o._zod.optout === "optional") ? "optional" : undefined,
  });
}

const NUMERIC = /^-?\d+(?:\.\d+)?$/;
function recordOf(keyType: Schema, valueType: Schema, p: Params, partial: boolean) {
  return schema({ type: "record", keyType, valueType, ...params(p), ...(partial ? { partial } : {}) }, (pl, inst) => {
    const input = pl.value;
    if (!isPlainObject(input)) return typed("record", () => false)(pl, inst);
    const out: Record<Key, unknown> = (pl.value = {});
    const values = keyType._zod.values;
    const unrecognized: Key[] = [];
    const put = (key: Key, outKey: unknown) => {
      if (outKey === "__proto__") return;
      const r = valueType._zod.run({ value: input[key], issues: [] });
      pl.issues.push(...prefix(key, r.issues));
      out[outKey as Key] = r.value;
    };
    const badKey = (key: Key, r: Payload) => pl.issues.push({ code: "invalid_key", origin: "record", issues: r.issues.map(finalize), input: key, path: [key], inst });
    if (values && !partial) {
      // Every key of an enum is required, and no other.
      const own = new Set<Key>();
      for (const key of values) {
        if (!["string", "number", "symbol"].includes(typeof key)) continue;
        own.add(typeof key === "number" ? String(key) : (key as Key));
        if (key === "__proto__") continue;
        const r = keyType._zod.run({ value: key, issues: [] });
        if (r.issues.length) badKey(key as Key, r);
        else put(key as Key, r.value);
      }
      for (const key in input) if (!own.has(key)) unrecognized.push(key);
    } else {
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
        let r = keyType._zod.run({ value: key, issues: [] });
        if (typeof key === "string" && NUMERIC.test(key) && r.issues.length) {
          const again = keyType._zod.run({ value: Number(key), issues: [] });
          if (!again.issues.length) r = again;
        }
        if (!r.issues.length) put(key, r.value);
        else if (values) unrecognized.push(key);
        else badKey(key, r);
      }
    }
    if (unrecognized.length) pl.issues.push({ code: "unrecognized_keys", input, inst, keys: unrecognized, continue: true });
    return pl;
  });
}
export const record = (keyType: Schema, valueType: Schema, p?: Params) => recordOf(keyType, valueType, p, false);
export const partialRecord = (keyType: Schema, valueType: Schema, p?: Params) => recordOf(keyType, valueType, p, true);

/** zod's global settings: this one never generates code, so there is nothing to set. */
export const config = (_settings?: unknown): Record<string, never> => ({});
