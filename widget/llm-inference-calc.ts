// The <llm-inference-calc> element: inputs, a locally computed estimate, comparison, sweeps and a shareable state.
import { LitElement, html, nothing, type PropertyValues } from "lit";
import {
  EngineError,
  estimate,
  HARDWARE,
  MODELS,
  type Assumptions,
  type Deployment,
  type EstimateRequestInput,
  type EstimateResult,
  type HardwareSpecInput,
  type Precision,
  type WeightFormat,
} from "./engine.js";
import { NotLoadedYet } from "./deferred.js";
import { emit } from "./events.js";
import { ms, num, usd } from "./format.js";
import { isApi } from "./controls.js";
import { hashKey, hashWith, type Alternative, type Batch, type CustomModel, type HubModelRef, type Load, type PathDeployment, type Plan, type Shared, type SweepSettings } from "./state.js";
import type { SweepOutcome } from "./sweep-client.js";
import { styles } from "./styles.js";
import type { Pinned } from "./view-compare.js";
import { renderInputs } from "./view-inputs.js";
import { renderResults } from "./view-results.js";

export const TAG = "llm-inference-calc";

/**
 * The panels after the results, the rarer inputs and the engine's deferred parts (./deferred.js), which it installs:
 * a chunk loaded once per page, when the first element connects. A failed download is tried again next time.
 */
type Panels = typeof import("./panels.js");
let panels: Promise<Panels> | undefined;
const loadPanels = () =>
  (panels ??= import("./panels.js").then(
    (p) => (p.install(), p),
    (e: unknown) => {
      panels = undefined;
      throw e;
    },
  ));

/** Inputs whose change means a new estimate. */
const INPUTS = "model hardware deviceCount precision kvPrecision inputTokens outputTokens batchSize deployment customModel hubModel hub customHardware _share _alt _primary _assume _load _paste".split(" ");
/** Names of internal inputs in llm-calc-change events. */
const FIELD_NAMES: Record<string, string> = { _share: "hybrid.share", _alt: "hybrid.alternative", _primary: "hybrid.primaryDeployment", _assume: "assumptions", _load: "load" };

export type SweepState = SweepSettings & {
  status: "idle" | "running" | "done" | "error";
  done: number;
  total: number;
  outcome: SweepOutcome | null;
  message: string;
};

/**
 * An LLM inference calculator: will a model fit on the hardware, how fast will it answer, what will a request cost.
 * Computes every estimate in the page with the engine; large sweeps can go to the API (`api-base`).
 *
 * @tagname llm-inference-calc
 * @summary Memory, latency, throughput and cost of running an LLM on given hardware, computed in the page.
 *
 * @attr {string} [model=llama-3.1-8b] - Catalog model id, `custom` to use `customModel`, or `hf` to use `hubModel`.
 * @attr {string} [hardware=h100-sxm] - Catalog hardware id, or `custom` to use `customHardware`.
 * @attr {number} [device-count=1] - Devices, tensor-parallel.
 * @attr {"fp32" | "bf16" | "fp16" | "fp8" | "int8" | "int4" | "fp4" | "awq" | "gptq" | "gguf-q4_k_m" | "gguf-q8_0" | "nvfp4"} [precision=fp16] - Format of the weights: a number format or a named quantization format.
 * @attr {string} [kv-precision] - Number format of the KV cache (none: as the weights).
 * @attr {number} [input-tokens=1000] - Prompt length.
 * @attr {number} [output-tokens=500] - Generated length.
 * @attr {number | "max"} [batch-size=1] - Concurrent sequences, or `max` (the most throughput that fits).
 * @attr {"local" | "cloud" | "edge" | "hybrid"} [deployment=cloud] - How the devices are paid for.
 * @attr {string} [api-base] - Origin of the API (e.g. `https://calc.example.com`, or `/`); none: every sweep and plan is computed in the page.
 * @attr {number} [sweep-threshold=64] - Sweeps with more points than this go to `POST {api-base}/v1/sweep`.
 * @attr {boolean} sync-url - Keep the state in the page's URL hash (parameter `llm-calc`, or `llm-calc-<id>`).
 * @attr {"find" | "scenarios" | "breakeven"} [plan] - Open a planning view.
 * @attr {string} [hub=https://huggingface.co] - The Hugging Face Hub this browser searches and reads Hub models from
 *   (`/api/models`, `/{id}/resolve/{revision}/config.json`); it must allow CORS, as huggingface.co does.
 *
 * @fires {CustomEvent<LlmCalcChangeDetail>} llm-calc-change - The user changed an input. Detail: `{ field, request }`.
 * @fires {CustomEvent<LlmCalcResultDetail>} llm-calc-result - A new estimate. Detail: `{ request, result }`.
 *
 * @csspart base - The grid holding all panels.
 * @csspart inputs - The input panel.
 * @csspart field - A label with its control.
 * @csspart label - A control's label.
 * @csspart input - A number, text or range input.
 * @csspart select - A drop-down list.
 * @csspart textarea - The config.json paste area.
 * @csspart listbox - The Hugging Face Hub model field's list of search results.
 * @csspart option - One model in that list.
 * @csspart published - What the Hugging Face Hub publishes about a model read from it (its parameter count), beside
 *   the engine's count.
 * @csspart button - Every button.
 * @csspart assumptions - The assumptions disclosure.
 * @csspart results - The results panel.
 * @csspart verdict - The compatibility verdict, reasons and fixes (focused after a fix is applied).
 * @csspart fix-button - A button that applies a suggested fix (every change it lists, in one step).
 * @csspart memory - The memory section.
 * @csspart memory-bar - The stacked bar of weights, KV cache, activations and overhead against capacity (marked, with
 *   its size, when the need is larger).
 * @csspart latency - The latency figures.
 * @csspart throughput - The throughput figures.
 * @csspart cost - The cost figures.
 * @csspart load - Serving a request rate: its inputs, replicas and time to first token with queueing.
 * @csspart compare - The comparison panel.
 * @csspart compare-table - The side-by-side table.
 * @csspart best - A best-in-column cell of the comparison.
 * @csspart sweep - The sweep panel.
 * @csspart progress - The local sweep's progress bar.
 * @csspart plan - The planning panel: Find a setup, Scenarios, Break-even.
 * @csspart planning - The planning view (<llm-inference-calc-planning>, loaded on demand): an element with its own
 *   shadow root, themed by the same custom properties.
 * @csspart chart - One chart (a figure with an SVG).
 * @csspart notes - What a shared link had that could not be used.
 * @csspart live - The polite live region that announces results.
 *
 * @cssproperty [--llm-calc-font=system-ui, sans-serif] - Font family.
 * @cssproperty [--llm-calc-font-size=14px] - Base font size.
 * @cssproperty [--llm-calc-radius=8px] - Corner radius.
 * @cssproperty [--llm-calc-gap=12px] - Spacing between panels.
 * @cssproperty [--llm-calc-bg=#ffffff] - Background.
 * @cssproperty [--llm-calc-surface=#f5f7fa] - Panel background.
 * @cssproperty [--llm-calc-fg=#1b1f24] - Text.
 * @cssproperty [--llm-calc-muted=#555e69] - Secondary text.
 * @cssproperty [--llm-calc-border=#c9d1d9] - Borders and grid lines.
 * @cssproperty [--llm-calc-accent=#0b5cad] - Buttons, chart lines.
 * @cssproperty [--llm-calc-accent-fg=#ffffff] - Text on accent.
 * @cssproperty [--llm-calc-focus=#0b5cad] - Focus ring.
 * @cssproperty [--llm-calc-ok=#1a7f37] - Compatible, best in column.
 * @cssproperty [--llm-calc-warn=#9a6700] - Marginal.
 * @cssproperty [--llm-calc-bad=#c9252d] - Incompatible, memory limit.
 * @cssproperty [--llm-calc-weights=#2f6fdf] - Weights segment of the memory bar.
 * @cssproperty [--llm-calc-kv=#e07b24] - KV cache segment.
 * @cssproperty [--llm-calc-activations=#8a63d2] - Activations segment.
 * @cssproperty [--llm-calc-overhead=#8c959f] - Runtime overhead segment.
 * @cssproperty [--llm-calc-series-1=#e69f00] - First API model's line in the break-even chart.
 * @cssproperty [--llm-calc-series-2=#3a9ad9] - Second API model's line.
 * @cssproperty [--llm-calc-series-3=#009e73] - Third API model's line.
 * @cssproperty [--llm-calc-series-4=#cc79a7] - Fourth API model's line.
 * @cssproperty [--llm-calc-series-5=#d55e00] - Fifth API model's line.
 * @cssproperty [--llm-calc-series-6=#8a63d2] - Sixth API model's line.
 * @cssproperty [--llm-calc-series-7=#9a8a00] - Seventh API model's line.
 * @cssproperty [--llm-calc-series-8=#1b9aaa] - Eighth API model's line (the ninth reuses the first).
 */
export class LlmInferenceCalc extends LitElement {
  static override styles = styles;
  static override properties = {
    model: {},
    hardware: {},
    deviceCount: { type: Number, attribute: "device-count" },
    precision: {},
    kvPrecision: { attribute: "kv-precision" },
    inputTokens: { type: Number, attribute: "input-tokens" },
    outputTokens: { type: Number, attribute: "output-tokens" },
    batchSize: { attribute: "batch-size", converter: (v: string | null) => (v === "max" ? v : Number(v ?? 1)) },
    deployment: {},
    apiBase: { attribute: "api-base" },
    sweepThreshold: { type: Number, attribute: "sweep-threshold" },
    syncUrl: { type: Boolean, attribute: "sync-url" },
    plan: {},
    customModel: { attribute: false },
    hubModel: { attribute: false },
    hub: {},
    customHardware: { attribute: false },
    _share: { state: true },
    _alt: { state: true },
    _primary: { state: true },
    _assume: { state: true },
    _load: { state: true },
    _notes: { state: true },
    _pinned: { state: true },
    _sweep: { state: true },
    _paste: { state: true },
    _said: { state: true },
    _link: { state: true },
    _planner: { state: true },
    _panels: { state: true },
  };

  /** Catalog model id, "custom" to use `customModel`, or "hf" to use `hubModel`. */
  declare model: string;
  /** Catalog hardware id, or "custom" to use `customHardware`. */
  declare hardware: string;
  declare deviceCount: number;
  /** Format of the weights: a number format or a named one (AWQ, GGUF, ...); sets the KV cache's unless kvPrecision does. */
  declare precision: WeightFormat;
  /** Number format of the KV cache; "" = as the weights. */
  declare kvPrecision: Precision | "";
  declare inputTokens: number;
  declare outputTokens: number;
  declare batchSize: Batch;
  declare deployment: Deployment;
  /** Where the API lives (e.g. "https://calc.example.com"); "" = compute every sweep locally. */
  declare apiBase: string;
  /** Sweeps with more points than this go to the API. */
  declare sweepThreshold: number;
  /** Keep the state in the page's URL hash. */
  declare syncUrl: boolean;
  /** The open planning view: "find", "scenarios", "breakeven", or "" for none. */
  declare plan: Plan;
  /** A pasted config.json (`{ hfConfig }`) or an architecture object; setting it selects it (model = "custom"). */
  declare customModel: CustomModel | null;
  /** A custom device spec; setting it selects it (hardware = "custom"). */
  declare customHardware: HardwareSpecInput | null;
  /**
   * A model on the Hugging Face Hub, `{ hf: "owner/name", revision?: "main" }`; setting it selects it (model = "hf").
   * This browser reads its config.json and published parameter count from `hub` before estimating (a chunk loaded then).
   */
  declare hubModel: HubModelRef | null;
  /** The Hugging Face Hub to search and read models from; unset or "": https://huggingface.co. */
  declare hub: string;
  /** How long one reading of a Hub model (or one search) may take, in ms; unset: 5000. */
  declare hubTimeoutMs: number;

  /** @internal */ declare _share: number;
  /** @internal */ declare _alt: Alternative;
  /** @internal How a hybrid's first path is paid for. */ declare _primary: PathDeployment;
  /** @internal */ declare _assume: Assumptions;
  /** @internal The request rate to serve, if any. */ declare _load: Load | undefined;
  /** @internal What a link had that could not be used. */ declare _notes: string[] | undefined;
  /** @internal */ declare _pinned: EstimateRequestInput[];
  /** @internal */ declare _sweep: SweepState;
  /** @internal The config.json text as typed (null: show customModel), and why it cannot be read. */ declare _paste: { text: string | null; error: string };
  /** @internal */ declare _said: string;
  /** @internal The link, shown where it could not be copied. */ declare _link: string | undefined;
  /** @internal "" until the planning chunk has loaded, then "ok", or why it could not load. */ declare _planner: string;
  /** @internal The panels chunk once loaded, or why it could not load. */ declare _panels: Panels | string;

  #result: EstimateResult | null = null;
  #error: Error | null = null;
  #request: EstimateRequestInput | null = null;
  #fresh = false;
  #dirty = false;
  #sayTimer = 0;
  /** The panels chunk, while an estimate waits for a part of the engine it brings. */
  #waiting: Promise<unknown> | undefined;
  /** Compute again (the part an estimate waited for is in). */
  #again = false;
  #pinnedResults: Pinned[] = [];

  constructor() {
    super();
    // The default second path of a hybrid: a provider's API with published speed, so every blended figure is known.
    const api = MODELS.find((m) => m.kind === "api" && m.speed?.ttftMs);
    Object.assign(this, {
      model: "llama-3.1-8b",
      hardware: "h100-sxm",
      deviceCount: 1,
      precision: "fp16",
      kvPrecision: "",
      inputTokens: 1000,
      outputTokens: 500,
      batchSize: 1,
      deployment: "cloud",
      apiBase: "",
      sweepThreshold: 64,
      syncUrl: false,
      plan: "",
      customModel: null,
      hubModel: null,
      customHardware: null,
      _share: 0.2,
      _alt: { model: api?.id ?? "gpt-4", hardware: "h100-sxm", deviceCount: 1, deployment: "cloud" },
      _primary: "cloud",
      _assume: {},
      _pinned: [],
      _sweep: { field: "batchSize", points: 32, status: "idle", done: 0, total: 0, outcome: null, message: "" },
      _paste: { text: null, error: "" },
      _said: "",
      _planner: "",
      _panels: "",
    });
  }

  /** The latest estimate (null while the inputs cannot be estimated). */
  get result(): EstimateResult | null {
    return this.#result;
  }
  /** Why there is no estimate: an EngineError with `code` and `path`, or null. */
  get error(): Error | null {
    return this.#error;
  }
  /** The last finished sweep: its result and which path served it. */
  get sweepOutcome(): SweepOutcome | null {
    return this._sweep.outcome;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener("hashchange", this.#onHash);
    loadPanels().then(
      (p) => {
        p.adoptPanelStyles(this.renderRoot as ShadowRoot);
        this._panels = p;
      },
      (e: Error) => (this._panels = `The comparison and sweep panels could not be loaded: ${e.message}`),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener("hashchange", this.#onHash);
    if (typeof this._panels === "object") this._panels.stopSweep(this);
  }

  #onHash = () => {
    if (this.syncUrl) this.#applyHash();
  };

  /** The request the inputs describe, in the engine's public shape. */
  request(): EstimateRequestInput {
    const alt = this._alt;
    const req: EstimateRequestInput = {
      model: (this.model === "custom" ? this.customModel : this.model === "hf" ? this.hubModel : this.model) as EstimateRequestInput["model"],
      hardware: (this.hardware === "custom" ? this.customHardware : this.hardware) as EstimateRequestInput["hardware"],
      deviceCount: this.deviceCount,
      precision: this.kvPrecision && this.kvPrecision !== this.precision ? { weights: this.precision, kvCache: this.kvPrecision } : this.precision,
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
      // The provider batches an API's requests itself: one stream.
      batchSize: isApi(this.model) ? 1 : this.batchSize,
      deployment: this.deployment,
    };
    if (Object.keys(this._assume).length) req.assumptions = this._assume;
    if (this._load) req.load = this._load;
    if (this.deployment === "hybrid") {
      req.hybrid = { share: this._share, alternative: isApi(alt.model) ? { ...alt, precision: undefined, batchSize: 1 } : alt, primaryDeployment: this._primary };
    }
    return req;
  }

  /** Change an input as the user does: recompute, and tell the page with llm-calc-change. */
  set(field: string, value: unknown): void {
    this.apply({ [field]: value });
  }

  /** Change several inputs at once as the user does (a fix); llm-calc-change names them all, joined by commas. */
  apply(changes: Record<string, unknown>): void {
    // A custom device starts from the one selected: only what its form shows (see specOf).
    if (changes.hardware === "custom" && !this.customHardware) this.customHardware = specOf(this.hardware);
    // A hybrid's first path keeps how the configuration was paid for.
    if (changes.deployment === "hybrid" && this.deployment !== "hybrid") this._primary = this.deployment;
    Object.assign(this, changes);
    this.#changed(Object.keys(changes).map((k) => FIELD_NAMES[k] ?? k).join());
  }

  #changed(field: string): void {
    this.#dirty = true;
    emit(this, "llm-calc-change", { field, request: this.request() });
  }

  /** Put a request (a pinned one, or one from a link) into the inputs. */
  load(r: EstimateRequestInput, user = true): void {
    const p = r.precision ?? "fp16";
    const custom = (v: unknown) => typeof v === "object" && v !== null;
    const h = r.hybrid;
    const hub = custom(r.model) && "hf" in r.model;
    Object.assign(this, {
      model: hub ? "hf" : custom(r.model) ? "custom" : r.model,
      hardware: custom(r.hardware) ? "custom" : r.hardware,
      deviceCount: r.deviceCount ?? 1,
      precision: typeof p === "object" ? p.weights : p,
      kvPrecision: typeof p === "object" ? (p.kvCache ?? "") : "",
      inputTokens: r.inputTokens,
      outputTokens: r.outputTokens,
      batchSize: r.batchSize ?? 1,
      deployment: r.deployment ?? "cloud",
      _assume: r.assumptions ?? {},
      _load: r.load,
      _notes: undefined,
    });
    if (hub) this.hubModel = r.model as HubModelRef;
    else if (custom(r.model)) Object.assign(this, { customModel: r.model, _paste: { text: null, error: "" } });
    if (custom(r.hardware)) this.customHardware = r.hardware as HardwareSpecInput;
    if (h) {
      // What the alternative leaves out, the engine takes from the first path (its deployment: cloud for an API
      // model, else local): the inputs show the same.
      const a = h.alternative;
      const [model, hardware] = [a.model ?? r.model, a.hardware ?? r.hardware];
      const path = (m: unknown) => (isApi(m as string) ? "cloud" : "local");
      Object.assign(this, {
        _share: h.share,
        _alt: {
          model: custom(model) ? this._alt.model : model,
          hardware: custom(hardware) ? this._alt.hardware : hardware,
          deviceCount: a.deviceCount ?? r.deviceCount ?? 1,
          deployment: a.deployment ?? path(model),
          precision: a.precision,
          batchSize: a.batchSize,
        },
        _primary: h.primaryDeployment ?? path(r.model),
      });
    }
    if (user) this.#changed("*");
  }

  /** Add the current configuration to the comparison. */
  pin(): void {
    this._pinned = [...this._pinned, this.request()];
    this.#dirty = true;
    this.#say(`Pinned: ${this._pinned.length} in the comparison.`);
  }

  unpin(index: number): void {
    this._pinned = this._pinned.filter((_, i) => i !== index);
    this.#dirty = true;
  }

  /** Run the sweep chosen in the sweep panel (./sweep-runner.js); resolves with null if a newer input aborted it. */
  async runSweep(): Promise<SweepOutcome | null> {
    try {
      return await (await loadPanels()).runSweep(this, (text) => this.#say(text));
    } catch (e) {
      this._sweep = { ...this._sweep, status: "error", message: (e as Error).message };
      return null;
    }
  }

  /** Sweep settings from the panel (or a link); a sweep already shown re-runs with them. */
  setSweep(patch: Partial<SweepState>): void {
    this._sweep = { ...this._sweep, ...patch };
    this.#dirty = true;
    if (this._sweep.status !== "idle") void this.runSweep();
  }

  /** Open a planning view ("find", "scenarios" or "breakeven"), or close it (""). */
  openPlan(view: Plan): void {
    this.plan = view;
    this.#dirty = true;
  }

  /** A link that opens this page with the current state. */
  link(): string {
    const s = this._sweep;
    const state: Shared = { request: this.request(), pinned: this._pinned };
    if (s.status !== "idle") state.sweep = { field: s.field, points: s.points };
    if (this.plan) state.plan = this.plan;
    return location.href.split("#")[0] + hashWith(hashKey(this.id), state, location.hash);
  }

  /** Copy link() to the clipboard, or show it below the buttons where copying is not allowed (./link.js). */
  async copyLink(): Promise<void> {
    await (await loadPanels()).copyLink(this, (text) => this.#say(text));
  }

  /** A link's state is checked against the engine (./link.js, with the panels chunk) before the inputs show it. */
  #applyHash(): void {
    void loadPanels().then((p) => p.applyLink(this, hashKey(this.id), location.hash), () => {});
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("syncUrl") && this.syncUrl) this.#applyHash();
    // Setting a custom model, a Hub model or a custom device selects it.
    if (changed.has("customModel") && this.customModel) this.model = "custom";
    if (changed.has("hubModel") && this.hubModel) this.model = "hf";
    if (changed.has("customHardware") && this.customHardware) this.hardware = "custom";
    const again = this.#again;
    this.#again = false;
    if (changed.has("_pinned") || again) this.#pinnedResults = this._pinned.map((p) => this.#pinnedResult(p));
    // The planning views are a chunk of their own, which the panels chunk fetches the first time one opens.
    if (changed.has("plan") && this.plan && this._planner !== "ok") loadPanels().then((p) => p.loadPlanner(this), () => {});
    if (again) this.#compute();
    if (INPUTS.some((k) => changed.has(k))) {
      if (!again) this.#compute();
      // A new input aborts the running sweep at once, and a fresh one starts when typing pauses.
      if (this._sweep.status !== "idle") loadPanels().then((p) => p.sweepAgain(this), () => {});
    }
  }

  /**
   * An estimate needed a part of the engine the panels chunk brings (./deferred.js), or a Hub model being read: compute
   * again once it is in. Null while it loads (the results say so); the chunk's error if it could not load.
   */
  #wait(e: NotLoadedYet): Error | null {
    if (typeof this._panels === "string" && this._panels) return new Error(this._panels);
    this.#waiting ??= (e.until ?? loadPanels())
      .catch(() => {})
      .then(() => {
        this.#waiting = undefined;
        this.#again = true;
        this.requestUpdate();
      });
    return null;
  }

  /**
   * The engine's estimate of a request. A model the person supplies (pasted, or on the Hub) is checked or read first,
   * with the panels chunk (./own-model.js): `own` for the inputs' request, whose pasted text must read.
   */
  #estimate(request: EstimateRequestInput, own?: boolean): EstimateResult {
    const p = this._panels;
    return estimate(typeof p === "object" ? p.ownModel(this, request, own) : request);
  }

  #compute(): void {
    const request = (this.#request = this.request());
    try {
      this.#result = this.#estimate(request, true);
      this.#error = null;
      this.#fresh = true;
    } catch (e) {
      this.#result = null;
      this.#error = e instanceof NotLoadedYet ? this.#wait(e) : (e as Error);
    }
  }

  protected override updated(): void {
    if (this.syncUrl && this.#dirty) history.replaceState(history.state, "", this.link().replace(/^[^#]*/, ""));
    this.#dirty = false;
    const r = this.#result;
    if (this.#fresh && r) {
      this.#fresh = false;
      emit(this, "llm-calc-result", { request: this.#request!, result: r });
      const { latency: l, compatibility: c } = r;
      this.#say(
        `${c.verdict}: ${r.model.name} on ${r.hardware.name}. ` +
          // A setup that does not run has no figures to announce: why, and how many fixes there are.
          (c.verdict === "incompatible"
            ? `${c.reasons.join("; ")}. ${c.fixes.length} suggested fixes.`
            : `First token ${ms(l.ttftMs)}, ${ms(l.tpotMs)} per output token, ${num(r.throughput.outputTokensPerSec)} tokens per second, ${usd(r.cost.perRequestUSD)} per request.`),
        700,
      );
    } else if (!r && this.#error) this.#say(`No estimate: ${this.#error.message}`, 700);
  }

  #pinnedResult(request: EstimateRequestInput): Pinned {
    try {
      return { request, result: this.#estimate(request), error: "" };
    } catch (e) {
      return { request, result: null, error: e instanceof NotLoadedYet ? (this.#wait(e)?.message ?? "loading…") : (e as Error).message };
    }
  }

  /** Resolves once the element shows what its inputs give, with any part of the engine they wait for. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#waiting) {
      await this.#waiting;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** Announce through the polite live region, once typing pauses. */
  #say(text: string, delayMs = 0): void {
    clearTimeout(this.#sayTimer);
    this.#sayTimer = window.setTimeout(() => (this._said = text), delayMs);
  }

  /** The engine's error message for an input, when the error's path starts with it. */
  errorFor(path: string): string {
    const e = this.#error;
    return e instanceof EngineError && (e.path + ".").startsWith(path + ".") ? e.message : "";
  }

  protected override render() {
    const more = typeof this._panels === "string" ? undefined : this._panels;
    return html`<div part="base" class="base">
      ${renderInputs(this, this.#result)}
      <section part="results" class="panel" aria-labelledby="results-h">
        <h2 id="results-h">Results</h2>
        ${more?.renderNotes(this)}
        ${this.#result || this.#error
          ? renderResults(this, this.#result, this.#error)
          : html`<p class="muted">Loading what these inputs need…</p>`}
        <div class="actions">
          <button part="button" class="primary" ?disabled=${!this.#result} @click=${this.pin}>Pin for comparison</button>
          <button part="button" @click=${this.copyLink}>Copy link</button>
        </div>
        ${more?.renderLinkField(this)}
      </section>
      ${more
        ? more.renderPanels(this, this.#pinnedResults, this.#request)
        : this._panels
          ? html`<p class="error wide">${this._panels}</p>`
          : nothing}
      <div part="live" class="sr-only" role="status" aria-live="polite">${this._said}</div>
    </div>`;
  }
}

/**
 * A new custom device: the selected one's memory, bandwidth and fp16 and fp8 TFLOPS, the figures its form shows and
 * says it started from. Nothing else is carried over (name, prices, power, links, other formats' TFLOPS): a custom
 * device is costed and linked only from what the person enters.
 */
function specOf(id: string): HardwareSpecInput {
  const { memoryGB, bandwidthGBps, tflops: t } = HARDWARE.find((x) => x.id === id) ?? HARDWARE[0]!;
  const fp16 = t.fp16 ?? t.bf16;
  return { name: "Custom device", memoryGB, bandwidthGBps, tflops: { fp16, bf16: fp16, fp8: t.fp8, int8: t.fp8 } };
}
