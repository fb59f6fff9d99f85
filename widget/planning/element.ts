// <llm-inference-calc-planning>: the planning views of <llm-inference-calc> (Find a setup, Scenarios, Break-even).
// It lives in its own module, loaded the first time a person opens one; it reads the calculator it sits in and
// loads the setups a person picks into it.
import { LitElement, html, nothing, type PropertyValues } from "lit";
import type { LlmInferenceCalc } from "../llm-inference-calc.js";
import type { Plan } from "../state.js";
import { rules } from "../styles.js";
import { panelRules } from "../styles-panels.js";
import { served, type Served } from "./api.js";
import { breakEven, recommend, referenceScenarios, type BreakEvenRequestInput, type BreakEvenResult, type EstimateRequestInput, type RecommendResult, type ScenarioResult } from "./engine.js";
import { planStyles } from "./styles.js";
import { breakEvenRequest, renderBreakEven } from "./view-breakeven.js";
import { defaultForm, findRequest, renderFind, type FindForm } from "./view-find.js";
import { renderScenarios } from "./view-scenarios.js";

export const PLANNER_TAG = "llm-inference-calc-planning";

/** A planning answer as it arrives: which path served it, or why there is none (`path` names the offending field). */
export type Outcome<T> = { status: "idle" | "running" | "done" | "error"; served: Served<T> | null; error: string; path: string };
const IDLE = { status: "idle", served: null, error: "", path: "" } as const;

/** The fields that say whether a request is the one in the calculator (with their defaults). */
const SAME: [keyof EstimateRequestInput, unknown][] = [
  ["model", null],
  ["hardware", null],
  ["deviceCount", 1],
  ["precision", "fp16"],
  ["batchSize", 1],
  ["deployment", "cloud"],
  ["inputTokens", null],
  ["outputTokens", null],
];

/**
 * The planning views of `<llm-inference-calc>`, which renders this element inside its own shadow root and sets
 * `calc` (itself), `request` (its current request) and `view`. Not meant to be used on its own.
 */
export class LlmInferenceCalcPlanning extends LitElement {
  static override styles = [rules, panelRules, planStyles];
  static override properties = {
    view: {},
    calc: { attribute: false },
    request: { attribute: false },
    _form: { state: true },
    _found: { state: true },
    _scenarios: { state: true },
    _be: { state: true },
    _said: { state: true },
    _width: { state: true },
  };

  /** "find", "scenarios" or "breakeven". */
  declare view: Plan;
  /** The calculator this view belongs to. */
  declare calc: LlmInferenceCalc | null;
  /** The calculator's current request (a new object whenever its inputs change). */
  declare request: EstimateRequestInput | null;
  /** @internal */ declare _form: FindForm | null;
  /** @internal */ declare _found: Outcome<RecommendResult>;
  /** @internal */ declare _scenarios: Outcome<{ scenarios: ScenarioResult[] }>;
  /** @internal The break-even answer, and the request it answers (JSON). */ declare _be: Outcome<BreakEvenResult> & { key: string };
  /** @internal */ declare _said: string;
  /** @internal The element's width in CSS pixels, so the chart draws at 1:1 and its text stays legible. */ declare _width: number;

  // Redrawn only for a change of 24 px or more (a scroll bar coming and going is not one), in the next frame, so a
  // redraw that changes the height never re-enters this callback.
  #resize = new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (Math.abs(width - this._width) >= 24) requestAnimationFrame(() => (this._width = width));
  });
  #beTimer = 0;
  #beAbort: AbortController | null = null;

  constructor() {
    super();
    Object.assign(this, { view: "", calc: null, request: null, _form: null, _found: IDLE, _scenarios: IDLE, _be: { ...IDLE, key: "" }, _said: "", _width: 0 });
  }

  get #apiBase(): string {
    return this.calc?.apiBase ?? "";
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    clearTimeout(this.#beTimer);
    this.#beAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.view === "find" && !this._form) {
      // The first time: the calculator's token counts, and an answer straight away.
      this._form = defaultForm(this.request);
      void this.find();
    }
    if (this.view === "scenarios" && this._scenarios.status === "idle") void this.loadScenarios();
    if (this.view === "breakeven" && (changed.has("view") || changed.has("request"))) this.#scheduleBreakEven(changed.has("view") ? 0 : 250);
  }

  setForm(patch: Partial<FindForm>): void {
    this._form = { ...this._form!, ...patch };
  }

  /** The search's error message for a form field, when the error names it. */
  findErrorFor(path: string): string {
    const o = this._found;
    return o.status === "error" && o.path === path ? o.error : "";
  }

  /** Search with the form's workload, targets and constraints: the API when the calculator has one, else here. */
  async find(): Promise<RecommendResult | null> {
    const body = findRequest(this._form!);
    this._found = { ...this._found, status: "running", error: "", path: "" };
    try {
      const s = await served({ apiBase: this.#apiBase, path: "/v1/recommend", body, check: (r: RecommendResult) => Array.isArray(r.options), local: () => recommend(body) });
      this._found = { status: "done", served: s, error: "", path: "" };
      const n = s.value.options.length;
      this.#say(n ? `${n} setups found, cheapest first; ${s.note}.` : `No setup meets every requirement; ${s.note}.`);
      return s.value;
    } catch (e) {
      const { message, path = "" } = e as { message: string; path?: string };
      this._found = { status: "error", served: null, error: message, path };
      this.#say(`No search: ${message}`);
      return null;
    }
  }

  async loadScenarios(): Promise<void> {
    this._scenarios = { ...this._scenarios, status: "running" };
    try {
      const s = await served({
        apiBase: this.#apiBase,
        path: "/v1/scenarios",
        check: (r: { scenarios: ScenarioResult[] }) => Array.isArray(r.scenarios),
        local: () => ({ scenarios: referenceScenarios() }),
      });
      this._scenarios = { status: "done", served: s, error: "", path: "" };
      this.#say(`${s.value.scenarios.length} reference scenarios; ${s.note}.`);
    } catch (e) {
      this._scenarios = { status: "error", served: null, error: (e as Error).message, path: "" };
    }
  }

  /** Recompute the break-even when the calculator's setup changes (after a pause in typing). */
  #scheduleBreakEven(delayMs: number): void {
    const body = breakEvenRequest(this.request);
    const key = JSON.stringify(body);
    if (key === this._be.key) return;
    clearTimeout(this.#beTimer);
    this.#beAbort?.abort();
    if (!body) return void (this._be = { ...IDLE, key });
    this._be = { ...this._be, status: "running", key };
    this.#beTimer = window.setTimeout(() => void this.#breakEven(body), delayMs);
  }

  async #breakEven(body: BreakEvenRequestInput): Promise<void> {
    const ctl = (this.#beAbort = new AbortController());
    try {
      const s = await served({ apiBase: this.#apiBase, path: "/v1/breakeven", body, check: (r: BreakEvenResult) => Array.isArray(r.api), local: () => breakEven(body), signal: ctl.signal });
      this._be = { ...this._be, status: "done", served: s, error: "" };
    } catch (e) {
      if (!ctl.signal.aborted) this._be = { ...this._be, status: "error", served: null, error: (e as Error).message };
    }
  }

  /** Put a request into the calculator, and say so. */
  load(request: EstimateRequestInput, label: string): void {
    this.calc?.load(request);
    this.#say(`Loaded into the calculator: ${label}.`);
  }

  /** Whether the calculator holds this request now (its setup, tokens and traffic split). */
  #inCalculator(request: EstimateRequestInput): boolean {
    const now = this.request as Record<string, unknown> | null;
    if (!now) return false;
    const r = request as Record<string, unknown>;
    const share = (x: Record<string, unknown>) => (x.hybrid as { share?: number } | undefined)?.share ?? null;
    return SAME.every(([k, d]) => JSON.stringify(now[k] ?? d) === JSON.stringify(r[k] ?? d)) && share(now) === share(r);
  }

  /** A Load button; once the calculator holds the request, it says so. */
  loadButton(request: EstimateRequestInput, name: string, label: string) {
    const here = this.#inCalculator(request);
    return html`<button part="button" type="button" @click=${() => this.load(request, label)}>
      ${here ? html`<span aria-hidden="true">✓</span> In the calculator` : "Load"}<span class="sr-only"> ${name}${here ? "" : " into the calculator"}</span>
    </button>`;
  }

  #say(text: string): void {
    this._said = text;
  }

  protected override render() {
    const v = this.view;
    return html`${v === "find" ? renderFind(this) : v === "scenarios" ? renderScenarios(this) : v === "breakeven" ? renderBreakEven(this) : nothing}
      <p part="status" class="status muted" role="status">${this._said}</p>`;
  }
}
