// Sweeps in the compact form: the request the API gets (the fields the panel shows), the local fallback (the same
// columns and charts), a refusal over the API's CPU budget, the 3 s timeout, progress, abort and the downloads.
import { expect, html } from "@open-wc/testing";
import { sweep, type SweepRequestInput } from "../../shared/index.js";
import type { LlmInferenceCalc } from "../../widget/llm-inference-calc.js";
import type { LlmInferenceCalcPlanning } from "../../widget/planning/element.js";
import { API_TIMEOUT_MS, forgetApiFailures } from "../../widget/api-client.js";
import { runSweep } from "../../widget/sweep-client.js";
import { SWEEP_FIELDS } from "../../widget/view-sweep.js";
import { $, click, render, text, type, until } from "./helpers.js";

const realFetch = window.fetch;
let calls: { url: string; body: SweepRequestInput }[] = [];
const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status, headers: { "content-type": "application/json" } });
const record = (url: RequestInfo | URL, init?: RequestInit) => {
  const body = JSON.parse(String(init!.body)) as SweepRequestInput;
  calls.push({ url: String(url), body });
  return body;
};

/** Stand-ins for the API: the engine's own answer, an error, a refusal over its CPU budget, a network failure, silence. */
const api = {
  engine: async (url: RequestInfo | URL, init?: RequestInit) => json(sweep(record(url, init))),
  error: async (url: RequestInfo | URL, init?: RequestInit) => {
    record(url, init);
    return json({ error: { code: "internal_error", message: "internal error", path: "" } }, 500);
  },
  overBudget: async (url: RequestInfo | URL, init?: RequestInit) => {
    record(url, init);
    return json({ error: { code: "over_cpu_budget", message: "the sweep needs about 40 ms of CPU, over the 10 ms per request this deployment allows", path: "vary" } }, 413);
  },
  down: async (url: RequestInfo | URL, init?: RequestInit) => {
    record(url, init);
    throw new TypeError("Failed to fetch");
  },
  silent: (_: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_, reject) => init!.signal!.addEventListener("abort", () => reject(init!.signal!.reason))),
};

/** What the charts draw: each one's line and its accessible summary. */
const charts = (el: LlmInferenceCalc) =>
  [...el.shadowRoot!.querySelectorAll("figure svg")].map((svg) => [svg.getAttribute("aria-label"), svg.querySelector("path.line")!.getAttribute("d")]);

describe("sweeps", () => {
  beforeEach(() => {
    calls = [];
    forgetApiFailures();
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it("asks the API for exactly the columns it shows, and falls back to the same columns and charts computed locally", async () => {
    const el = await render(html`<llm-inference-calc api-base="https://api.example/" sweep-threshold="10"></llm-inference-calc>`);
    await type(el, "#sweep-n", "32");

    window.fetch = api.engine as typeof fetch;
    const viaApi = (await el.runSweep())!;
    expect(viaApi.via).to.equal("api");
    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.equal("https://api.example/v1/sweep");
    // The compact form: the base, one varied field, and the result paths of the charts, the memory limit and the CSV.
    const sent = calls[0]!.body;
    expect(Object.keys(sent).sort()).to.deep.equal(["base", "fields", "vary"]);
    expect(sent.base).to.deep.equal(el.request());
    expect(Object.keys(sent.vary)).to.deep.equal(["batchSize"]);
    expect(sent.fields).to.deep.equal(SWEEP_FIELDS);
    expect(sent.fields).to.include.members(["latency.ttftMs", "latency.tpotMs", "throughput.outputTokensPerSec", "throughput.batchSize", "throughput.maxBatchSize"]);
    expect(Object.keys(viaApi.result.columns)).to.deep.equal(SWEEP_FIELDS);
    expect(viaApi.result.count).to.equal(sent.vary.batchSize!.length);
    await el.updateComplete;
    expect(text(el, "#sweep-status")).to.contain("computed by the API");
    const apiCharts = charts(el);
    expect(apiCharts).to.have.length(3);

    window.fetch = api.down as typeof fetch;
    const fallback = (await el.runSweep())!;
    expect(fallback.via).to.equal("local");
    expect(fallback.note).to.contain("The API failed (Failed to fetch)");
    await el.updateComplete;
    expect(text(el, "#sweep-status")).to.contain("computed in this browser");
    expect(JSON.stringify(fallback.result)).to.equal(JSON.stringify(viaApi.result));
    expect(charts(el)).to.deep.equal(apiCharts);

    // A 5xx is a failure too (remembered; the next test of it starts afresh).
    forgetApiFailures();
    window.fetch = api.error as typeof fetch;
    const afterError = (await el.runSweep())!;
    expect(afterError.via).to.equal("local");
    expect(afterError.note).to.contain("internal error");
    expect(JSON.stringify(afterError.result)).to.equal(JSON.stringify(viaApi.result));
  });

  it("computes in the browser when the API refuses a sweep over its CPU budget, saying why", async () => {
    window.fetch = api.overBudget as typeof fetch;
    const el = await render(html`<llm-inference-calc api-base="https://api.example" sweep-threshold="10"></llm-inference-calc>`);
    const out = (await el.runSweep())!;
    expect(calls).to.have.length(1);
    expect(out.via).to.equal("local");
    expect(out.note).to.contain("The API failed (the sweep needs about 40 ms of CPU, over the 10 ms per request this deployment allows)");
    expect(JSON.stringify(out.result)).to.equal(JSON.stringify(sweep(calls[0]!.body)));
    await el.updateComplete;
    expect(text(el, "#sweep-status")).to.contain("computed in this browser");
    // A refusal is an answer, not an outage: the next sweep asks again.
    await el.runSweep();
    expect(calls).to.have.length(2);
  });

  it("computes small sweeps, and every sweep without api-base, in the browser", async () => {
    window.fetch = api.engine as typeof fetch;
    const el = await render(html`<llm-inference-calc api-base="https://api.example" sweep-threshold="64"></llm-inference-calc>`);
    expect((await el.runSweep())!.via).to.equal("local");
    const none = await render(html`<llm-inference-calc sweep-threshold="1"></llm-inference-calc>`);
    expect((await none.runSweep())!.via).to.equal("local");
    expect(calls).to.have.length(0);
  });

  it("gives up on an API that does not answer in time", async () => {
    window.fetch = api.silent as typeof fetch;
    const request = { base: { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 100, outputTokens: 100 }, vary: { batchSize: [1, 2, 4] }, fields: SWEEP_FIELDS };
    const out = await runSweep(request, { apiBase: "https://api.example", threshold: 1, timeoutMs: 50 });
    expect(out.via).to.equal("local");
    expect(out.note).to.contain("no answer within 0.05 s");
    expect(JSON.stringify(out.result)).to.equal(JSON.stringify(sweep(request)));
  });

  it("remembers an API that failed, so later sweeps and planning views compute here at once instead of waiting again", async () => {
    window.fetch = api.silent as typeof fetch;
    const el = await render(html`<llm-inference-calc api-base="https://api.example" sweep-threshold="10"></llm-inference-calc>`);
    let start = performance.now();
    const first = (await el.runSweep())!;
    const waited = performance.now() - start;
    expect(first.via).to.equal("local");
    expect(first.note).to.contain("no answer within 3 s");
    expect(waited).to.be.at.least(2900);

    // The second sweep does not ask: no call, no wait, and it says why.
    const asked = calls.length;
    window.fetch = api.down as typeof fetch;
    start = performance.now();
    const second = (await el.runSweep())!;
    expect(performance.now() - start).to.be.below(1000);
    expect(calls).to.have.length(asked);
    expect(second.via).to.equal("local");
    expect(second.note).to.match(/The API failed \(no answer within 3 s; not asked again for \d+ s\)/);
    expect(JSON.stringify(second.result)).to.equal(JSON.stringify(first.result));

    // A planning view of the same calculator goes straight to the engine here too.
    start = performance.now();
    el.openPlan("find");
    await until(() => el.shadowRoot!.querySelector<LlmInferenceCalcPlanning>("llm-inference-calc-planning")?._found.status === "done", 5000);
    // (Loading the planning chunk and searching here take well under the API's 3 s timeout.)
    expect(performance.now() - start).to.be.below(API_TIMEOUT_MS - 500);
    const planner = el.shadowRoot!.querySelector<LlmInferenceCalcPlanning>("llm-inference-calc-planning")!;
    expect(planner._found.served!.via).to.equal("local");
    expect(planner._found.served!.note).to.contain("not asked again");
    expect(calls).to.have.length(asked);
  });

  it("merges the columns of its slices into the engine's answer for the whole grid, with two varied fields", async () => {
    const request = {
      base: { model: "llama-3.1-70b", hardware: "h100-sxm", deviceCount: 2, inputTokens: 1000, outputTokens: 200 },
      vary: { batchSize: [1, 3, 9, 27, 81, 243, 729], precision: ["fp16", "fp8", "int4"] },
      fields: ["latency.ttftMs", "compatibility.verdict", "throughput.maxBatchSize", "cost.perHourUSD"] as typeof SWEEP_FIELDS,
    };
    const out = await runSweep(request, { threshold: 1000, chunkPoints: 4 });
    expect(JSON.stringify(out.result)).to.equal(JSON.stringify(sweep(request)));
  });

  it("marks the memory limit on the batch-size charts", async () => {
    const el = await render(html`<llm-inference-calc model="llama-3.1-70b" device-count="2" precision="fp8"></llm-inference-calc>`);
    await el.runSweep();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll("line.limit").length).to.equal(3);
    expect($(el, "figure svg").getAttribute("aria-label")).to.contain("does not fit in memory");
  });

  it("downloads the columns as CSV and the compact answer as JSON", async () => {
    const el = await render(html`<llm-inference-calc model="llama-3.1-70b" device-count="2" precision="fp8"></llm-inference-calc>`);
    const outcome = (await el.runSweep())!;
    await el.updateComplete;
    const saved: Blob[] = [];
    const realCreate = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (saved.push(blob as Blob), "blob:test");
    try {
      await click(el, "[part=sweep] button", "Download CSV");
      await click(el, "[part=sweep] button", "Download JSON");
    } finally {
      URL.createObjectURL = realCreate;
    }
    const lines = (await saved[0]!.text()).trim().split("\r\n");
    expect(lines[0]).to.equal("batchSize,verdict,memory per device GB,First token,Per output token,End to end,Tokens/s,USD per request,USD per M output tokens,USD per hour");
    expect(lines).to.have.length(outcome.result.count + 1);
    const r = outcome.result;
    const last = lines[lines.length - 1]!.split(",");
    expect(last[0]).to.equal(String(r.axes[0]!.values.at(-1)));
    expect(last[1]).to.equal(r.columns["compatibility.verdict"]!.at(-1));
    expect(Number(last[3])).to.equal(r.columns["latency.ttftMs"]!.at(-1));
    expect(JSON.parse(await saved[1]!.text())).to.deep.equal({ served: "local", ...JSON.parse(JSON.stringify(r)) });
  });

  it("reports progress while computing locally, and a new input aborts the running sweep", async () => {
    const el = await render(html`<llm-inference-calc></llm-inference-calc>`);
    await type(el, "#sweep-x", "inputTokens");
    await type(el, "#sweep-n", "512");
    const first = el.runSweep();
    await until(() => el._sweep.done > 0);
    await el.updateComplete;
    const progress = $<HTMLProgressElement>(el, "[part=progress]");
    expect(progress.max).to.be.greaterThan(progress.value);
    expect(text(el, "#sweep-status")).to.contain("Computing in this browser");

    await type(el, "#output-tokens", "64");
    expect(await first).to.equal(null);
    // The sweep re-runs for the new input.
    await until(() => el._sweep.status === "done", 10000);
    const r = el.sweepOutcome!.result;
    expect(el.request().outputTokens).to.equal(64);
    expect(JSON.stringify(r)).to.equal(JSON.stringify(sweep({ base: el.request(), vary: { inputTokens: r.axes[0]!.values }, fields: SWEEP_FIELDS })));
  });

  it("stops between chunks when aborted", async () => {
    const ctl = new AbortController();
    let seen = 0;
    const request = {
      base: { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 100, outputTokens: 100 },
      vary: { batchSize: Array.from({ length: 400 }, (_, i) => i + 1) },
      fields: SWEEP_FIELDS,
    };
    const run = runSweep(request, {
      threshold: 1000,
      signal: ctl.signal,
      onProgress: (done) => {
        seen = done;
        ctl.abort();
      },
    });
    let error: unknown;
    await run.catch((e) => (error = e));
    expect(error).to.have.property("name", "AbortError");
    expect(seen).to.be.lessThan(400);
  });
});
