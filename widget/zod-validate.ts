// zod 4's parsing rules for the schema definitions ./zod-mini.js builds, issue for issue: the same codes, paths,
// expected types, bounds, allowed values, origins and messages, in the same order, and the same output (defaults
// filled in, unknown keys dropped). It runs for what the engine's fast path leaves to zod (a value it cannot accept
// at once, or a default that is an object), and comes with the panels chunk (./deferred.js).
// test/build/widget-zod.test.ts compares it with zod itself on every schema of the engine.
import type { SafeResult, Schema } from "./zod-mini.js";

type Key = PropertyKey;
type Node = { _zod: { def: Def } };
type Def = { type?: string; check?: string; checks?: Node[]; error?: (issue: Issue) => string; [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
export type Issue = { code: string; path?: Key[]; message?: string; continue?: boolean; inst?: Node; schema?: Node; input?: unknown; [k: string]: unknown };
type Payload = { value: unknown; issues: Issue[] };
export type Validate = (schema: Schema, data: unknown) => SafeResult;

const isObject = (v: unknown): v is Record<Key, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
function isPlainObject(o: unknown): o is Record<Key, unknown> {
  if (!isObject(o)) return false;
  const ctor = o.constructor;
  if (typeof ctor !== "function") return true;
  const proto = ctor.prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, "isPrototypeOf");
}
/** Whether an issue from index `from` on stops what follows (zod's `aborted`); `explicit`: only those marked so. */
const aborted = (p: Payload, from = 0, explicit = false) => p.issues.slice(from).some((i) => (explicit ? i.continue === false : i.continue !== true));
const prefix = (key: Key, issues: Issue[]) => issues.map((i) => ((i.path ??= []).unshift(key), i));
const fresh = (value: unknown): Payload => ({ value, issues: [] });

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

export const validate: Validate = (schema, data) => {
  const r = run(schema, fresh(data));
  return r.issues.length ? { success: false, error: { issues: r.issues.map(finalize) } } : { success: true, data: r.value };
};

// ---------------------------------------------------------------- what a definition says about absence and values
type Optin = "optional" | "defaulted" | undefined;
function optin(s: Node): Optin {
  const d = s._zod.def;
  if (d.type === "default") return "defaulted";
  if (d.type === "optional") return optin(d.innerType) === "defaulted" ? "defaulted" : "optional";
  if (d.type === "nullable") return optin(d.innerType);
  if (d.type !== "union") return undefined;
  const ins: Optin[] = d.options.map(optin);
  return ins.includes("defaulted") ? "defaulted" : ins.some((o) => o !== undefined) ? "optional" : undefined;
}
function optout(s: Node): "optional" | undefined {
  const d = s._zod.def;
  if (d.type === "optional") return "optional";
  if (d.type === "nullable") return optout(d.innerType);
  return d.type === "union" && d.options.some((o: Node) => optout(o)) ? "optional" : undefined;
}
/** The values an enum or literal allows (what zod's records use as their keys); undefined for other schemas. */
const enumValues = (d: Def): unknown[] => {
  const numeric = Object.values(d.entries).filter((v) => typeof v === "number");
  // As zod: a TypeScript numeric enum's reverse mapping is not a value.
  return Object.entries(d.entries as Record<string, unknown>).filter(([k]) => !numeric.includes(+k)).map(([, v]) => v);
};
const valuesOf = (d: Def): unknown[] | undefined => (d.type === "enum" ? enumValues(d) : d.type === "literal" ? d.values : d.type === "null" ? [null] : undefined);

// ---------------------------------------------------------------- a schema's run: its parse, then its checks
function run(s: Node, p: Payload): Payload {
  const d = s._zod.def;
  const out = parse(s, d, p);
  // A number format (z.int()) is a schema and its own first check.
  const checks = d.check === "number_format" ? [s, ...(d.checks ?? [])] : (d.checks ?? []);
  let stop = aborted(out);
  for (const ch of checks) {
    const c = ch._zod.def.check!;
    // Length checks run on anything with a length unless an issue stopped everything; the others only after success.
    if (c === "min_length" || c === "max_length") {
      if (aborted(out, 0, true) || out.value == null || (out.value as { length?: unknown }).length === undefined) continue;
    } else if (stop) continue;
    const from = out.issues.length;
    runCheck(ch, out);
    if (out.issues.length === from) continue;
    for (const i of out.issues.slice(from)) i.schema ??= s;
    stop ||= aborted(out, from);
  }
  return out;
}

/** zod measures strings in code points: a surrogate pair counts once. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) n--, i++;
  return n;
}

function runCheck(inst: Node, p: Payload): void {
  const d = inst._zod.def;
  const v = p.value as number;
  const at = { input: v, inst };
  switch (d.check) {
    case "greater_than":
      if (!(v >= d.value)) p.issues.push({ origin: "number", code: "too_small", minimum: d.value, ...at, inclusive: true, continue: true });
      return;
    case "less_than":
      if (!(v <= d.value)) p.issues.push({ origin: "number", code: "too_big", maximum: d.value, ...at, inclusive: true, continue: true });
      return;
    case "min_length":
    case "max_length": {
      const x = p.value as string | unknown[];
      const max = d.check === "max_length";
      const limit: number = max ? d.maximum : d.minimum;
      // As zod: count code points only where the UTF-16 units cannot tell.
      const n = typeof x === "string" && (max ? x.length > limit : x.length >= limit && x.length < limit * 2) ? codePoints(x) : x.length;
      const origin = Array.isArray(x) ? "array" : typeof x === "string" ? "string" : "unknown";
      // As zod: a length that does not compare (an object's "length" that is not a number) fails both checks.
      if (max ? !(n <= limit) : !(n >= limit)) p.issues.push({ origin, code: max ? "too_big" : "too_small", [max ? "maximum" : "minimum"]: limit, inclusive: true, input: x, inst, continue: true });
      return;
    }
    case "number_format":
      if (!Number.isInteger(v)) p.issues.push({ expected: "int", format: "safeint", code: "invalid_type", continue: false, ...at });
      else if (!Number.isSafeInteger(v)) {
        const big = v > 0;
        p.issues.push({ ...at, code: big ? "too_big" : "too_small", [big ? "maximum" : "minimum"]: big ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER, note: "Integers must be within the safe integer range.", origin: "int", inclusive: true, continue: true });
      }
      return;
  }
}

const invalidType = (expected: string, p: Payload, inst: Node, received?: string) => {
  p.issues.push({ expected, code: "invalid_type", input: p.value, inst, ...(received ? { received } : {}) });
  return p;
};

function parse(s: Node, d: Def, p: Payload): Payload {
  const v = p.value;
  switch (d.type) {
    case "string":
    case "boolean":
      return typeof v === d.type ? p : invalidType(d.type, p, s);
    case "null":
      return v === null ? p : invalidType("null", p, s);
    case "unknown":
      return p;
    case "number":
      if (typeof v === "number" && Number.isFinite(v)) return p;
      return invalidType("number", p, s, typeof v === "number" ? (Number.isNaN(v) ? "NaN" : String(v)) : undefined);
    case "enum":
    case "literal": {
      const values = valuesOf(d)!;
      if (!values.includes(v)) p.issues.push({ code: "invalid_value", values, input: v, inst: s });
      return p;
    }
    case "optional":
      if (v !== undefined) return run(d.innerType, p);
      // Only a default inside says what absence becomes; if it fails, absence stays undefined.
      if (optin(d.innerType) === "defaulted") {
        const r = run(d.innerType, fresh(undefined));
        p.value = r.issues.length ? undefined : r.value;
      }
      return p;
    case "nullable":
      return v === null ? p : run(d.innerType, p);
    case "default": {
      if (v === undefined) return (p.value = d.defaultValue), p;
      const r = run(d.innerType, p);
      if (r.value === undefined) r.value = d.defaultValue;
      return r;
    }
    case "union":
      return union(s, d, p);
    case "array":
      return array(s, d, p);
    case "object":
      return object(s, d, p);
    case "record":
      return record(s, d, p);
  }
  throw new Error(`zod-mini: no parse for ${d.type}`);
}

function union(s: Node, d: Def, p: Payload): Payload {
  const options: Node[] = d.options;
  if (options.length === 1) return run(options[0]!, p);
  const results: Payload[] = [];
  for (const option of options) {
    const r = run(option, fresh(p.value));
    if (!r.issues.length) return r;
    results.push(r);
  }
  // One option that failed only a bound (not its type) is what the value meant: its issues stand.
  const meant = results.filter((r) => !aborted(r));
  if (meant.length === 1) return (p.value = meant[0]!.value), meant[0]!;
  p.issues.push({ code: "invalid_union", input: p.value, inst: s, errors: results.map((r) => r.issues.map(finalize)) });
  return p;
}

function array(s: Node, d: Def, p: Payload): Payload {
  const input = p.value;
  if (!Array.isArray(input)) return invalidType("array", p, s);
  // As zod: a leading upper bound on the size is checked before any element, and stops the rest.
  for (const ch of d.checks ?? []) {
    const c = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(c.check!)) break;
    if (c.maximum >= 0 && input.length > c.maximum) {
      const from = p.issues.length;
      runCheck(ch, p);
      p.issues[from]!.continue = false;
      p.issues[from]!.schema ??= s;
      return p;
    }
  }
  const out = new Array<unknown>(input.length);
  // A for loop, not forEach: a hole in a sparse array is an undefined element, as zod reads it.
  for (let i = 0; i < input.length; i++) {
    const r = run(d.element, fresh(input[i]));
    p.issues.push(...prefix(i, r.issues));
    out[i] = r.value;
  }
  p.value = out;
  return p;
}

function object(s: Node, d: Def, p: Payload): Payload {
  const input = p.value;
  if (!isObject(input)) return invalidType("object", p, s);
  const out: Record<string, unknown> = (p.value = {});
  for (const [key, field] of Object.entries(d.shape as Record<string, Node>)) {
    if (key === "__proto__") continue;
    const [fin, fout] = [optin(field), optout(field)];
    const r = run(field, fresh(input[key]));
    const present = key in input;
    // An absent optional key adds nothing, not even its problems; a present one is kept as parsed.
    if (!present && fout === "optional" && fin !== undefined && (fin === "optional" || r.issues.length)) continue;
    p.issues.push(...prefix(key, r.issues));
    if (!present && fin === undefined) {
      if (!r.issues.length) p.issues.push({ code: "invalid_type", expected: "nonoptional", input: undefined, path: [key] });
      continue;
    }
    if (r.value !== undefined || present || (fin === "defaulted" && fout !== "optional")) out[key] = r.value;
  }
  return p;
}

const NUMERIC = /^-?\d+(?:\.\d+)?$/;
function record(s: Node, d: Def, p: Payload): Payload {
  const input = p.value;
  if (!isPlainObject(input)) return invalidType("record", p, s);
  const out: Record<Key, unknown> = (p.value = {});
  const keyType: Node = d.keyType;
  const values = valuesOf(keyType._zod.def);
  const unrecognized: Key[] = [];
  const put = (key: Key, outKey: unknown) => {
    if (outKey === "__proto__") return;
    const r = run(d.valueType, fresh(input[key]));
    p.issues.push(...prefix(key, r.issues));
    out[outKey as Key] = r.value;
  };
  const badKey = (key: Key, r: Payload) => p.issues.push({ code: "invalid_key", origin: "record", issues: r.issues.map(finalize), input: key, path: [key], inst: s });
  if (values && !d.partial) {
    // Every key of an enum is required, and no other.
    const own = new Set<Key>();
    for (const key of values) {
      if (!["string", "number", "symbol"].includes(typeof key)) continue;
      own.add(typeof key === "number" ? String(key) : (key as Key));
      if (key === "__proto__") continue;
      const r = run(keyType, fresh(key));
      if (r.issues.length) badKey(key as Key, r);
      else put(key as Key, r.value);
    }
    for (const key in input) if (!own.has(key)) unrecognized.push(key);
  } else {
    for (const key of Reflect.ownKeys(input)) {
      if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(input, key)) continue;
      let r = run(keyType, fresh(key));
      if (typeof key === "string" && NUMERIC.test(key) && r.issues.length) {
        const again = run(keyType, fresh(Number(key)));
        if (!again.issues.length) r = again;
      }
      if (!r.issues.length) put(key, r.value);
      else if (values) unrecognized.push(key);
      else badKey(key, r);
    }
  }
  if (unrecognized.length) p.issues.push({ code: "unrecognized_keys", input, inst: s, keys: unrecognized, continue: true });
  return p;
}
