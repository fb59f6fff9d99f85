// The Hugging Face Hub as this project reads it over HTTP: the two URLs a model needs, the limits on what is read,
// and what each way of failing means (an error code and a message naming the repository). Pure: whoever fetches (the
// worker, the widget) uses these, so both read the Hub alike and word its failures alike.
import { EngineError, type ErrorCode } from "./errors.js";
import type { HubFiles } from "./hub.js";
import { readCappedText } from "./read-capped.js";

export const DEFAULT_HUB = "https://huggingface.co";

/** Published config.json files are a few KB (the largest known, with per-layer lists, tens of KB): 512 KB is ample. */
export const MAX_CONFIG_BYTES = 512 * 1024;
/** The model API's answer, asked for only its commit and safetensors counts (`expand`), is a few hundred bytes. */
export const MAX_MODEL_INFO_BYTES = 16 * 1024;
/** How long one fetch from the Hub may take (wrangler.toml HUB_TIMEOUT_MS overrides it for the worker). */
export const DEFAULT_HUB_TIMEOUT_MS = 5000;
/**
 * Distinct Hub models one request may name. Each costs up to two fetches and a redirect or two, and a Worker on the
 * Free plan may make 50 subrequests per request.
 */
export const MAX_HUB_MODELS = 8;
/** Redirects followed (the Hub redirects renamed repositories, and some files to its resolve cache). */
export const MAX_HUB_REDIRECTS = 3;

export type HubUrls = { config: string; modelInfo: string };

/**
 * Where config.json and the model API answer live. `id` and `revision` are validated first (HubRepoId, HubRevision),
 * so an id is only ever owner/name; the revision is percent-encoded whole ("refs/pr/1" -> "refs%2Fpr%2F1").
 */
export function hubUrls(hub: string, id: string, revision: string): HubUrls {
  const base = hub.replace(/\/+$/, "");
  const rev = encodeURIComponent(revision);
  const api = revision === "main" ? `${base}/api/models/${id}` : `${base}/api/models/${id}/revision/${rev}`;
  // `expand` keeps the answer small: without it the API lists every file of the repository.
  return { config: `${base}/${id}/resolve/${rev}/config.json`, modelInfo: `${api}?expand[]=safetensors&expand[]=sha` };
}

/** An error about a Hub model; resolveHubModels adds the field's path and how to paste the config instead. */
const failure = (code: ErrorCode, message: string): EngineError => new EngineError(code, message, "");

/**
 * What a Hub answer other than 200 means, from its status and its `X-Error-Code` header (the Hub answers 401, not
 * 404, for a repository that does not exist or is private when the request carries no token, as this one never does).
 */
export function hubStatusError(id: string, revision: string, status: number, errorCode: string | null): EngineError {
  const at = revision === "main" ? "" : ` at revision "${revision}"`;
  switch (errorCode) {
    case "GatedRepo":
      return failure("hub_gated", `${id} is gated on the Hugging Face Hub: its files are shown only to signed-in users who accepted its terms, and this calculator reads the Hub without an account`);
    case "RepoNotFound":
      return failure("hub_not_found", `the Hugging Face Hub has no public model "${id}" (it does not exist, or it is private)`);
    case "RevisionNotFound":
      return failure("hub_not_found", `the Hugging Face Hub has no revision "${revision}" of ${id}`);
    case "EntryNotFound":
      return failure("hub_not_found", `${id} has no config.json${at} (GGUF-only and adapter repositories have none)`);
  }
  // Without X-Error-Code (a proxy, or a browser shown only the headers the Hub exposes) a 401 cannot tell a gated or
  // private repository from a missing one.
  if (status === 401 || status === 403) return failure("hub_gated", `${id}${at} is not public on the Hugging Face Hub (HTTP ${status}): it is gated or private, or no such model exists`);
  if (status === 404) return failure("hub_not_found", `the Hugging Face Hub has no config.json for ${id}${at} (HTTP 404)`);
  if (status === 429) return failure("hub_unavailable", `the Hugging Face Hub is limiting requests (HTTP 429) and did not send ${id}'s config.json; try again in a minute`);
  return failure("hub_unavailable", `the Hugging Face Hub answered HTTP ${status} for ${id}'s config.json`);
}

export const hubTimeoutError = (id: string, timeoutMs: number): EngineError =>
  failure("hub_timeout", `the Hugging Face Hub did not send ${id}'s config.json within ${(timeoutMs / 1000).toFixed(1)} s`);

export const hubTooLargeError = (id: string, maxBytes: number): EngineError =>
  failure("hub_too_large", `${id}'s config.json on the Hugging Face Hub is over ${Math.round(maxBytes / 1024)} KB, far more than any model's configuration`);

export const hubNotJsonError = (id: string): EngineError =>
  failure("hub_invalid_config", `${id}'s config.json on the Hugging Face Hub is not a JSON object`);

export const hubUnreachableError = (id: string, why: string): EngineError =>
  failure("hub_unavailable", `could not read ${id}'s config.json from the Hugging Face Hub: ${why}`);

/** A redirect that left the Hub (or led nowhere): nothing from another host is read. */
export const hubOffHostError = (id: string, host: string | null): EngineError =>
  hubUnreachableError(id, `the Hub redirected to ${host ?? "nowhere"}, which is not the Hub's host`);

/** One model's reading: the model named in errors, the Hub's origin (the only one a redirect may stay on), the deadline. */
export type HubRequest = { id: string; origin: string; signal: AbortSignal; timeoutMs: number };
/** What a GET gave: the status, the headers, and a 200's body as text. */
export type HubGot = { status: number; headers: Headers; text: string | null };
/**
 * A GET of one Hub URL, as the caller can make it (the worker follows redirects by hand, a browser lets fetch follow
 * them and checks where it ended); a 200's body read with readHubBody.
 */
export type HubGet = (url: string, maxBytes: number, request: HubRequest) => Promise<HubGot>;

/** What reading a model gave, and whether the answer lasts (worth keeping: the Hub's answer, not the moment's). */
export type HubModelRead = { files: HubFiles & { configBytes: number }; lasting: boolean } | { error: EngineError; lasting: boolean };

/** Failures that are the repository's answer, not the moment's (timeouts and Hub errors are not). */
const LASTING: ReadonlySet<ErrorCode> = new Set(["hub_gated", "hub_not_found", "hub_invalid_config", "hub_too_large"]);

/** A 200's body as text, refused as soon as it passes `maxBytes` (a declared length over it is refused unread). */
export async function readHubBody(response: Response, maxBytes: number, id: string): Promise<string> {
  const errors = { tooLarge: () => hubTooLargeError(id, maxBytes), notText: () => hubNotJsonError(id) };
  if (Number(response.headers.get("content-length")) > maxBytes) {
    await response.body?.cancel();
    throw errors.tooLarge();
  }
  return readCappedText(response.body, maxBytes, errors);
}

/** The Hub's final answer to a GET, as a HubGet gives it: a 200's body read up to `maxBytes`, any other's dropped unread. */
export async function hubGot(response: Response, maxBytes: number, id: string): Promise<HubGot> {
  if (response.status !== 200) await response.body?.cancel();
  const text = response.status === 200 ? await readHubBody(response, maxBytes, id) : null;
  return { status: response.status, headers: response.headers, text };
}

/**
 * config.json and the model API's answer, fetched together under one timeout. config.json is required; the API's
 * answer only adds the published counts, so when it fails the model is still read (and the answer does not last,
 * so that the counts are tried again).
 */
export async function readHubModel(get: HubGet, hub: string, id: string, revision: string, timeoutMs: number): Promise<HubModelRead> {
  const urls = hubUrls(hub, id, revision);
  const request: HubRequest = { id, origin: new URL(hub).origin, signal: AbortSignal.timeout(timeoutMs), timeoutMs };
  const [config, info] = await Promise.allSettled([guarded(request, () => get(urls.config, MAX_CONFIG_BYTES, request)), guarded(request, () => get(urls.modelInfo, MAX_MODEL_INFO_BYTES, request))]);
  if (config.status === "rejected") return refused(config.reason, id);
  const { status, headers, text } = config.value;
  if (status !== 200) return refused(hubStatusError(id, revision, status, headers.get("x-error-code")), id);
  const parsed = parsedOrNull(text!);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return refused(hubNotJsonError(id), id);
  const modelInfo = info.status === "fulfilled" && info.value.status === 200 ? parsedOrNull(info.value.text!) : null;
  const settled = info.status === "fulfilled" && info.value.status < 500 && info.value.status !== 429;
  return { files: { config: parsed, configBytes: text!.length, modelInfo, commit: headers.get("x-repo-commit") }, lasting: settled };
}

function refused(reason: unknown, id: string): HubModelRead {
  const error = reason instanceof EngineError ? reason : hubUnreachableError(id, String(reason));
  return { error, lasting: LASTING.has(error.code) };
}

function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** A fetch's failures in the Hub's terms: past the deadline is a timeout, anything else the Hub being unreachable. */
async function guarded<T>(request: HubRequest, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof EngineError) throw e;
    if (request.signal.aborted) throw hubTimeoutError(request.id, request.timeoutMs);
    throw hubUnreachableError(request.id, e instanceof Error ? e.message : String(e));
  }
}
