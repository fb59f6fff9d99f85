// Hub models read from this browser and resolved as the worker resolves them (shared/hub.ts over shared/hub-http.ts,
// with the browser's GET): each read once per page. What lasts (a model, or a definite no: gated, not found, unusable)
// is kept for the page's life; an answer of the moment (a timeout, the Hub down, the published counts missing) is kept
// until the person asks for that model again.
import { DEFAULT_HUB, DEFAULT_HUB_TIMEOUT_MS, readHubModel } from "../../shared/hub-http.js";
import { resolveHubModels, type HubFetcher } from "../../shared/hub.js";
import { NotLoadedYet } from "../deferred.js";
import type { EstimateRequestInput } from "../engine.js";
import type { LlmInferenceCalc } from "../llm-inference-calc.js";
import type { HubModelRef } from "../state.js";
import { browserGet } from "./get.js";

type Outcome = { model: EstimateRequestInput["model"] } | { error: unknown };
type Entry = { reading: Promise<void>; lasting: boolean; outcome?: Outcome };

/** Per Hub, model and revision. */
const entries = new Map<string, Entry>();

/** The element's Hub, without a trailing slash. */
export const hubOf = (el: LlmInferenceCalc): string => (el.hub || DEFAULT_HUB).replace(/\/+$/, "");
/** How long one reading (or search) may take. */
export const timeoutOf = (el: LlmInferenceCalc): number => el.hubTimeoutMs || DEFAULT_HUB_TIMEOUT_MS;

const keyOf = (el: LlmInferenceCalc, ref: HubModelRef): string => JSON.stringify([hubOf(el), ref.hf, ref.revision ?? "main"]);

/** Read one model, as `{ hfConfig, hub }`, or the error the worker would answer; whether the answer lasts. */
function read(hub: string, ref: HubModelRef, timeoutMs: number): Entry {
  const entry: Entry = { lasting: true, reading: Promise.resolve() };
  const fetcher: HubFetcher = async (id, revision) => {
    const got = await readHubModel(browserGet, hub, id, revision, timeoutMs);
    entry.lasting = got.lasting;
    if ("error" in got) throw got.error;
    return got.files;
  };
  entry.reading = resolveHubModels({ model: ref }, fetcher).then(
    (body) => void (entry.outcome = { model: body.model }),
    (error: unknown) => void (entry.outcome = { error }),
  );
  return entry;
}

function entryFor(el: LlmInferenceCalc, ref: HubModelRef): Entry {
  const key = keyOf(el, ref);
  let entry = entries.get(key);
  if (!entry) entries.set(key, (entry = read(hubOf(el), ref, timeoutOf(el))));
  return entry;
}

/** The request with its Hub model read: NotLoadedYet while it is read, the Hub's error (an EngineError) once it failed. */
export function withHubModel(el: LlmInferenceCalc, request: EstimateRequestInput): EstimateRequestInput {
  const entry = entryFor(el, request.model as HubModelRef);
  const outcome = entry.outcome;
  if (!outcome) throw new NotLoadedYet("config.json", wake(el, entry.reading));
  if ("error" in outcome) throw outcome.error;
  return { ...request, model: outcome.model };
}

/** Whether the model is being read now. */
export const isReading = (el: LlmInferenceCalc, ref: HubModelRef): boolean => {
  const entry = entries.get(keyOf(el, ref));
  return entry !== undefined && !entry.outcome;
};

/** Whether the model's answer (its error, or its counts missing) was the moment's: asking again may give another. */
export const isPassing = (el: LlmInferenceCalc, ref: HubModelRef): boolean => entries.get(keyOf(el, ref))?.lasting === false;

/** The person asks for the model again: an answer of the moment is forgotten, so it is read again; a lasting one stays. */
export function forgetPassing(el: LlmInferenceCalc, ref: HubModelRef): void {
  const key = keyOf(el, ref);
  const entry = entries.get(key);
  if (entry?.outcome && !entry.lasting) entries.delete(key);
}

const wakes = new WeakMap<LlmInferenceCalc, { promise: Promise<void>; resolve: () => void }>();

/**
 * What an element waits on: settled by the first of the readings it waits for to end, so a model picked while another
 * is still being read (or timing out) is shown as soon as it is in. The element then estimates again.
 */
function wake(el: LlmInferenceCalc, reading: Promise<void>): Promise<void> {
  let waiting = wakes.get(el);
  if (!waiting) {
    let resolve = () => {};
    const promise = new Promise<void>((r) => (resolve = r));
    wakes.set(el, (waiting = { promise, resolve }));
  }
  void reading.then(() => {
    wakes.get(el)?.resolve();
    wakes.delete(el);
  });
  return waiting.promise;
}
