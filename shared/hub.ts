// Models by Hugging Face Hub id, `{ "hf": "owner/name" }`: finding them in a request body, and replacing each with the
// config.json the Hub publishes (`{ "hfConfig", "hub" }`). The engine itself stays synchronous and does no I/O: the
// caller (the worker, the widget) passes the fetcher that reads the Hub (shared/hub-http.ts has its URLs and errors).
import { EngineError, formatPath, isEngineError } from "./errors.js";
import { MAX_HUB_MODELS, hubNotJsonError, hubUnreachableError } from "./hub-http.js";
import { hubRefProblem } from "./hub-id.js";
import { NO_EVAL, parseWith } from "./parse.js";
import { fromHfConfig } from "./scenario.js";
import { HubModel, HubSafetensors, type HubSource } from "./schema/request.js";

type Path = (string | number)[];
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A `{ "hf": ... }` object in a request body, where it is (e.g. ["scenarios", 2, "model"]). */
export type HubRef = { path: Path; value: Json };

/**
 * What the fetcher read for one model: config.json parsed, the model API's answer parsed (null when it gave none),
 * and the commit config.json was served from (the Hub's X-Repo-Commit header), when known.
 */
export type HubFiles = { config: unknown; modelInfo: unknown; commit?: string | null };

/**
 * Reads one model from the Hub. It throws an EngineError with a hub_* code (shared/hub-http.ts words them) when
 * config.json cannot be had; anything else it throws is reported as hub_unavailable.
 */
export type HubFetcher = (id: string, revision: string) => Promise<HubFiles>;

export type ResolveOptions = { maxModels?: number };

/**
 * Every `{ "hf": ... }` where a request takes a model: an estimate's model and its hybrid alternative's, each compare
 * scenario's, a sweep's base and each `vary.model` value. Only those places: nothing inside a pasted config is looked at.
 */
export function findHubRefs(body: unknown): HubRef[] {
  const refs: HubRef[] = [];
  const model = (value: unknown, path: Path) => {
    if (isObject(value) && "hf" in value) refs.push({ path, value });
  };
  const request = (r: unknown, path: Path) => {
    if (!isObject(r)) return;
    model(r.model, [...path, "model"]);
    const alternative = isObject(r.hybrid) ? r.hybrid.alternative : undefined;
    if (isObject(alternative)) model(alternative.model, [...path, "hybrid", "alternative", "model"]);
  };
  if (!isObject(body)) return refs;
  request(body, []);
  if (Array.isArray(body.scenarios)) body.scenarios.forEach((s, i) => request(s, ["scenarios", i]));
  request(body.base, ["base"]);
  const varied = isObject(body.vary) ? body.vary.model : undefined;
  if (Array.isArray(varied)) varied.forEach((m, i) => model(m, ["vary", "model", i]));
  return refs;
}

type Wanted = { id: string; revision: string; path: Path };

/**
 * The body with each `{ "hf" }` model replaced by `{ "hfConfig", "hub" }`: config.json as the Hub serves it, and
 * where it came from with what the Hub publishes beside it (the safetensors parameter counts). Every reference is
 * validated before anything is fetched; each distinct model is fetched once; the first failure, in the body's order,
 * is thrown naming its field. The body itself is not changed.
 */
export async function resolveHubModels<T>(body: T, fetcher: HubFetcher, { maxModels = MAX_HUB_MODELS }: ResolveOptions = {}): Promise<T> {
  const refs = findHubRefs(body).map(checkedRef);
  if (refs.length === 0) return body;
  const models = distinctModels(refs, maxModels);
  const settled = await Promise.allSettled(models.map((m) => fetcher(m.id, m.revision)));
  const resolved = new Map(
    models.map((m, i) => {
      const outcome = settled[i]!;
      if (outcome.status === "rejected") throw located(outcome.reason, m);
      return [keyOf(m), resolvedModel(m, outcome.value)] as const;
    }),
  );
  return refs.reduce<unknown>((out, r) => withValueAt(out, r.path, resolved.get(keyOf(r))), body) as T;
}

const keyOf = (m: Wanted): string => `${m.id}@${m.revision}`;

/** A reference validated (schema, then the Hub's own rules for ids and revisions), or invalid_input at its field. */
function checkedRef(r: HubRef): Wanted {
  const at = formatPath(r.path);
  const ref = parseWith(HubModel, r.value, at, "a Hub model");
  const problem = hubRefProblem(ref.hf, ref.revision, at);
  if (problem) throw problem;
  return { id: ref.hf, revision: ref.revision, path: r.path };
}

/** Each model once, at its first place in the body; more than `maxModels` of them is refused before any fetch. */
function distinctModels(refs: Wanted[], maxModels: number): Wanted[] {
  const models = new Map<string, Wanted>();
  for (const r of refs) {
    if (models.has(keyOf(r))) continue;
    if (models.size === maxModels) {
      const at = [...r.path, "hf"];
      throw new EngineError("hub_too_many_models", `${formatPath(at)}: a request may name at most ${maxModels} different Hugging Face models (each is read from the Hub)`, at);
    }
    models.set(keyOf(r), r);
  }
  return [...models.values()];
}

/** The config's own field beside `hf`, where a person pastes config.json instead. */
const pasteHint = (m: Wanted): string => `; paste its config.json as "${formatPath([...m.path, "hfConfig"])}" instead`;

/** A fetcher's failure, at the reference's `hf` field and saying what to do instead. */
function located(reason: unknown, m: Wanted): EngineError {
  const at = [...m.path, "hf"];
  if (isEngineError(reason)) return new EngineError(reason.code, reason.message + pasteHint(m), at);
  const why = reason instanceof Error ? reason.message : String(reason);
  const e = hubUnreachableError(m.id, why);
  return new EngineError(e.code, e.message + pasteHint(m), at);
}

/** config.json checked as the engine will read it, so a problem names the Hub field and not a path the body lacks. */
function resolvedModel(m: Wanted, files: HubFiles): Json {
  if (!isObject(files.config)) throw located(hubNotJsonError(m.id), m);
  const pasted = formatPath([...m.path, "hfConfig"]);
  try {
    fromHfConfig(files.config, pasted);
  } catch (e) {
    if (!isEngineError(e)) throw e;
    // The key of config.json at fault, which the error's path names below the pasted config's.
    const key = e.path.startsWith(`${pasted}.`) ? ` at "${e.path.slice(pasted.length + 1)}"` : "";
    const why = `${m.id}'s config.json on the Hugging Face Hub cannot be read${key}: ${e.message}`;
    throw new EngineError("hub_invalid_config", `${why}; paste a corrected config.json as "${pasted}"`, [...m.path, "hf"]);
  }
  return { hfConfig: files.config, hub: hubSource(m, files) };
}

/** A git commit id, as the Hub gives it (X-Repo-Commit, the API's sha); anything else is not kept. */
const COMMIT = /^[0-9a-f]{40}$/;

/** What the Hub published, kept only where it has the expected shape (never guessed). */
function hubSource(m: Wanted, files: HubFiles): HubSource {
  const info = isObject(files.modelInfo) ? files.modelInfo : {};
  const sha = [files.commit, info.sha].find((s): s is string => typeof s === "string" && COMMIT.test(s));
  const safetensors = HubSafetensors.safeParse(info.safetensors, NO_EVAL);
  return { id: m.id, revision: m.revision, ...(sha ? { sha } : {}), ...(safetensors.success ? { safetensors: safetensors.data } : {}) };
}

/** `root` with the value at `path` replaced: the objects and arrays along the path are copied, nothing is changed. */
function withValueAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as Json) }) as Record<string | number, unknown>;
  copy[key!] = withValueAt(copy[key!], rest, value);
  return copy;
}
