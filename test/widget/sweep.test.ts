// Sweeps: the API path, the local fallback (identical results), the 3 s timeout, progress and abort.
import { expect, html } from "@open-wc/testing";
import { sweep, type SweepRequestInput } from "../../shared/index.js";
import { runSweep } from "../../widget/sweep-client.js";
import { $, render, text, type, until } from "./helpers.js";

const realFetch = window.fetch;
let calls: { url: string; body: SweepRequestInput }[] = [];

/** Stand-ins for the API: the engine's own answer, an error, a network failure, silence. */
const api = {
  engine: async (url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init!.body)) as SweepRequestInput;
    calls.push({ url: String(url), body });
    return new Response(JSON.stringify(sweep(body)), { status: 200, headers: { "content-type": "application/json" } });
  },
  error: async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), body: JSON.parse(String(init!.body)) });
    return new Response(JSON.stringify({ error: { code: "internal_error", message: "internal error", path: "" } }), { status: 500 });
  },
  down: async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), body: JSON.parse(String(init!.body)) });
    throw new TypeError("Failed to fetch");
  },
  silent: (_: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((_, reject) => init!.signal!.addEventListener("abort", () => reject(init!.signal!.reason))),
};

describe("sweeps", () => {
  beforeEach(() => {
    calls = [];
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it("sends large sweeps to the API and falls back to identical local results when it is down", async () => {
    const el = await render(html`<llm-inference-calc api-base="https://api.example/" sweep-threshold="10"></llm-inference-calc>`);
    await type(el, "#sweep-n", "32");

    window.fetch = api.engine as typeof fetch;
    const viaApi = (await el.runSweep())!;
    expect(viaApi.via).to.equal("api");
    expect(calls).to.have.length(1);
    expect(calls[0]!.url).to.equal("https://api.example/v1/sweep");
    expect(calls[0]!.body.base).to.deep.equal(el.request());
    await el.updateComplete;
    expect(text(el, "#sweep-status")).to.contain("computed by the API");

    window.fetch = api.down as typeof fetch;
    const fallback = (await el.runSweep())!;
    expect(fallback.via).to.equal("local");
    expect(fallback.note).to.contain("The API failed (Failed to fetch)");
    await el.updateComplete;
    expect(text(el, "#sweep-status")).to.contain("computed in this browser");
    expect(JSON.stringify(fallback.result)).to.equal(JSON.stringify(viaApi.result));

    window.fetch = api.error as typeof fetch;
    const afterError = (await el.runSweep())!;
    expect(afterError.via).to.equal("local");
    expect(afterError.note).to.contain("internal error");
    expect(JSON.stringify(afterError.result)).to.equal(JSON.stringify(viaApi.result));

    // Both charts' axes and the memory limit come from the same points.
    expect(el.shadowRoot!.querySelectorAll("figure").length).to.equal(3);
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
    const request = { base: { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 100, outputTokens: 100 }, vary: { batchSize: [1, 2, 4] } };
    const out = await runSweep(request, { apiBase: "https://api.example", threshold: 1, timeoutMs: 50 });
    expect(out.via).to.equal("local");
    expect(out.note).to.contain("no answer within 0.05 s");
    expect(JSON.stringify(out.result)).to.equal(JSON.stringify(sweep(request)));
  });

  it("marks the memory limit on the batch-size charts", async () => {
    const el = await render(html`<llm-inference-calc model="llama-3.1-70b" device-count="2" precision="fp8"></llm-inference-calc>`);
    await el.runSweep();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll("line.limit").length).to.equal(3);
    expect($(el, "figure svg").getAttribute("aria-label")).to.contain("does not fit in memory");
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
    expect(el.sweepOutcome!.result.points.every((p) => p.result.inputs.outputTokens === 64)).to.equal(true);
  });

  it("stops between chunks when aborted", async () => {
    const ctl = new AbortController();
    let seen = 0;
    const request = {
      base: { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 100, outputTokens: 100 },
      vary: { batchSize: Array.from({ length: 400 }, (_, i) => i + 1) },
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
