// Shared links, with the panels chunk (which brings the engine's validator): a link's state (the URL hash) is checked
// before the inputs show it: the engine names the fields it does not know (ignored) and refuses values it cannot use
// (the calculator keeps its own for that field), and what the inputs do not offer is dropped, each with a note. So
// every control shows the state the estimate uses. A Hub model keeps its reference (`{ hf }`), read once the link is
// applied. And copying the element's own link.
import { html, nothing } from "lit";
import { EngineError } from "../shared/errors.js";
import { MODELS } from "../shared/catalog/index.js";
import { estimate } from "../shared/estimate.js";
import { EstimateRequest } from "../shared/schema/request.js";
import { ignoredFields } from "../shared/unknown-fields.js";
import type { EstimateRequestInput } from "./engine.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import { isHubModel } from "./own-model.js";
import type { Shared } from "./state.js";
import { PLAN_LABELS } from "./view-plan.js";
import { POINTS } from "./view-sweep.js";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Fields a request may have that the inputs offer no control for: the estimate runs without them. */
const NOT_OFFERED = ["strict", "precision.activations", "hybrid.alternative.inputTokens", "hybrid.alternative.outputTokens", "hybrid.alternative.assumptions"];

/** Remove the field at a dotted path, if it is there; true when it was. */
function drop(o: Obj, path: string): boolean {
  const keys = path.split(".");
  const last = keys.pop()!;
  let at: unknown = o;
  for (const k of keys) at = isObj(at) ? at[k] : undefined;
  if (!isObj(at) || !(last in at)) return false;
  delete at[last];
  return true;
}

/**
 * What the engine can check of a request now: a well-formed Hub reference (the engine's only complaint about it is
 * that it is not read yet) gives way to a catalog model, so that the other fields are checked; it is read later.
 */
function checkable(request: Obj): EstimateRequestInput {
  if (!isHubModel(request.model)) return request as EstimateRequestInput;
  try {
    estimate(request as EstimateRequestInput);
  } catch (e) {
    if (e instanceof EngineError && e.code === "hub_unresolved") return { ...request, model: MODELS.find((m) => m.kind === "open")!.id } as EstimateRequestInput;
  }
  return request as EstimateRequestInput;
}

/**
 * The request to load for a link's, and what was not used of it: unknown fields (as the engine words them), values
 * the engine refuses (replaced by the calculator's own, `base`), and fields the inputs do not offer. Null when even
 * that does not give a request the engine takes.
 */
export function checkLinked(linked: EstimateRequestInput, base: EstimateRequestInput): { request: EstimateRequestInput; notes: string[] } | null {
  const notes = ignoredFields(EstimateRequest, linked, false).map((w) => `The link's request: ${w}.`);
  const request: Obj = structuredClone(linked) as Obj;
  for (const path of NOT_OFFERED) if (drop(request, path)) notes.push(`The link's request: "${path}" is not one of the calculator's inputs: not used.`);
  const alt = isObj(request.hybrid) && isObj(request.hybrid.alternative) ? request.hybrid.alternative : null;
  if (alt && isObj(alt.precision)) {
    alt.precision = alt.precision.weights;
    notes.push(`The link's request: "hybrid.alternative.precision" other than the weights' format is not one of the calculator's inputs: not used.`);
  }
  if (alt && alt.batchSize === "max") {
    delete alt.batchSize;
    notes.push(`The link's request: "hybrid.alternative.batchSize" "max" is not one of the calculator's inputs: the first configuration's batch is used.`);
  }
  const baseAlt = base.hybrid!.alternative;
  for (const key of ["model", "hardware"] as const) {
    if (alt && isObj(alt[key])) {
      alt[key] = baseAlt[key];
      notes.push(`The link's request: the second configuration takes catalog models and devices only, so "hybrid.alternative.${key}" was not used.`);
    }
  }
  const replaced = new Set<string>();
  for (;;) {
    try {
      estimate(checkable(request));
      return { request: request as EstimateRequestInput, notes };
    } catch (e) {
      // The first field of the offending path: the calculator's own value replaces the link's (once).
      const key = e instanceof EngineError ? e.path.split(/[.[]/)[0]! : "";
      if (!key || replaced.has(key)) return null;
      replaced.add(key);
      notes.push(`The link's "${e instanceof EngineError ? e.path : key}" was not used: ${(e as Error).message}.`);
      const own = (base as Obj)[key];
      if (own === undefined) delete request[key];
      else request[key] = own;
    }
  }
}

/** The state under `key` in a URL hash, or null. A link is untrusted: anything but an object with a request object is ignored. */
export function readHash(key: string, hash: string): Shared | null {
  try {
    const s = JSON.parse(new URLSearchParams(hash.replace(/^#/, "")).get(key) ?? "null") as Shared | null;
    return typeof s?.request === "object" && s.request ? s : null;
  } catch {
    return null;
  }
}

/** What a link had that was not used, above the results. */
export function renderNotes(el: LlmInferenceCalc) {
  return el._notes?.length ? html`<ul class="notes" part="notes">${el._notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing;
}

/** Copy the element's link to the clipboard, or show it where copying is not allowed. */
export async function copyLink(el: LlmInferenceCalc, say: (text: string) => void): Promise<void> {
  const url = el.link();
  try {
    await navigator.clipboard.writeText(url);
    el._link = undefined;
    say("Link copied to the clipboard.");
  } catch {
    el._link = url;
    say("Copying is not allowed here: the link is shown below the buttons.");
  }
}

export const renderLinkField = (el: LlmInferenceCalc) =>
  el._link ? html`<p class="field"><label for="link">Link to this configuration</label><input id="link" part="input" readonly .value=${el._link} /></p>` : nothing;

/** Put a link's state into the element: its request (checked), pins, sweep settings and planning view. */
export function applyLink(el: LlmInferenceCalc, key: string, hash: string): void {
  const s = readHash(key, hash);
  if (!s) return;
  // The calculator's own state, its hybrid included, for any field the link's cannot give.
  const base = { ...el.request(), hybrid: { share: el._share, alternative: el._alt, primaryDeployment: el._primary } };
  const checked = checkLinked(s.request, base);
  if (!checked) return void (el._notes = ["The link's request could not be used: the calculator keeps its own inputs."]);
  el.load(checked.request, false);
  if (Array.isArray(s.pinned)) {
    const pinned = s.pinned.filter(isObj).slice(0, 20) as EstimateRequestInput[];
    el._pinned = pinned;
    pinned.forEach((p, i) => checked.notes.push(...ignoredFields(EstimateRequest, p, false, `pinned[${i}]`).map((w) => `The link's pins: ${w}.`)));
  }
  el._notes = checked.notes;
  const f = s.sweep?.field;
  if (f === "batchSize" || f === "inputTokens") {
    // The points the panel offers, the nearest to the link's.
    const asked = Number(s.sweep!.points) || 32;
    const points = POINTS.reduce((a, b) => (Math.abs(b - asked) < Math.abs(a - asked) ? b : a));
    el.setSweep({ field: f, points, status: "done" });
  }
  if (Object.hasOwn(PLAN_LABELS, s.plan ?? "")) el.plan = s.plan!;
}
