// The Hub model field's behaviour, per element (the ARIA combobox pattern, rendered by ./view.js): typing searches
// the Hub once typing pauses, a newer search aborting the one before; the arrow keys move through the models found,
// Enter reads the one chosen (or the id typed, without the list), Escape closes the list and then clears the text.
import type { LlmInferenceCalc } from "../llm-inference-calc.js";
import type { HubModelRef } from "../state.js";
import { forgetPassing, hubOf, timeoutOf } from "./models.js";
import { searchHub, type Found } from "./search.js";

/** Typing pauses this long before the Hub is asked: one search per word, not per key. */
export const SEARCH_DELAY_MS = 250;
/** Shorter text matches too many models to be worth a search. */
const MIN_SEARCH_CHARS = 2;

export type Search = {
  /** The model the field last showed, to see one named from elsewhere (a link, a pinned configuration, the page). */
  shown: HubModelRef | null;
  /** The text in the field. */
  text: string;
  found: Found[];
  /** The option the arrow keys are on, -1 for none. */
  active: number;
  open: boolean;
  /** What the search says (searching, how many were found, none, why it failed), also to screen readers. */
  status: string;
  timer: number;
  /** The search under way, if any. */
  ctl: AbortController | null;
};

const searches = new WeakMap<LlmInferenceCalc, Search>();

export function searchOf(el: LlmInferenceCalc): Search {
  let s = searches.get(el);
  if (!s) searches.set(el, (s = { shown: null, text: "", found: [], active: -1, open: false, status: "", timer: 0, ctl: null }));
  // A model named from elsewhere: the field shows its id instead of what was typed.
  if (s.shown !== el.hubModel) {
    s.shown = el.hubModel;
    if (el.hubModel) Object.assign(s, { text: el.hubModel.hf, open: false, active: -1 });
  }
  return s;
}

function stop(s: Search): void {
  clearTimeout(s.timer);
  s.ctl?.abort();
  s.ctl = null;
}

export function onInput(el: LlmInferenceCalc, text: string): void {
  const s = searchOf(el);
  stop(s);
  Object.assign(s, { text, active: -1 });
  const query = text.trim();
  if (query.length < MIN_SEARCH_CHARS) Object.assign(s, { found: [], open: false, status: "" });
  else s.timer = window.setTimeout(() => void search(el, s, query), SEARCH_DELAY_MS);
  el.requestUpdate();
}

async function search(el: LlmInferenceCalc, s: Search, query: string): Promise<void> {
  const ctl = (s.ctl = new AbortController());
  const timeoutMs = timeoutOf(el);
  const timer = setTimeout(() => ctl.abort(new Error(`no answer within ${(timeoutMs / 1000).toFixed(1)} s`)), timeoutMs);
  s.status = "Searching the Hugging Face Hub…";
  el.requestUpdate();
  try {
    const found = await searchHub(hubOf(el), query, ctl.signal);
    if (ctl !== s.ctl) return;
    Object.assign(s, {
      found,
      open: found.length > 0,
      status: found.length
        ? `${found.length} ${found.length === 1 ? "model" : "models"} found: the arrow keys move through them, Enter reads one.`
        : `No text-generation model on the Hub has "${query}" in its id: type its full id (owner/name) and press Enter.`,
    });
  } catch (e) {
    // A newer search (or a choice) aborted this one: it has nothing to say.
    if (ctl !== s.ctl) return;
    const why = ctl.signal.aborted ? (ctl.signal.reason as Error).message : (e as Error).message;
    Object.assign(s, { found: [], open: false, status: `The Hub's search did not answer (${why}): type the model's id (owner/name) and press Enter.` });
  } finally {
    clearTimeout(timer);
    if (ctl === s.ctl) s.ctl = null;
    el.requestUpdate();
  }
}

/** Read a model: the one chosen from the list, or the id typed. The engine checks the id before anything is fetched. */
export function choose(el: LlmInferenceCalc, id: string): void {
  const s = searchOf(el);
  stop(s);
  Object.assign(s, { text: id, open: false, active: -1, status: "" });
  const ref = { hf: id };
  // Asked again: a timeout or a Hub error of a moment ago is not the answer.
  forgetPassing(el, ref);
  el.set("hubModel", ref);
}

export function onKey(el: LlmInferenceCalc, e: KeyboardEvent): void {
  const s = searchOf(el);
  const n = s.found.length;
  if ((e.key === "ArrowDown" || e.key === "ArrowUp") && n > 0) {
    const down = e.key === "ArrowDown";
    s.active = !s.open || s.active < 0 ? (down ? 0 : n - 1) : (s.active + (down ? 1 : n - 1)) % n;
    s.open = true;
  } else if (e.key === "Enter") {
    const id = s.open && s.active >= 0 ? s.found[s.active]!.id : s.text.trim();
    if (id) choose(el, id);
  } else if (e.key === "Escape" && (s.open || s.text)) {
    if (s.open) s.open = false;
    else onInput(el, "");
  } else return;
  e.preventDefault();
  el.requestUpdate();
}

/** Leaving the field closes the list (a click on an option keeps the focus, so it is chosen first). */
export function onBlur(el: LlmInferenceCalc): void {
  const s = searchOf(el);
  s.open = false;
  el.requestUpdate();
}
