// Inputs whose meaning the engine sharpened: named weight formats, a hybrid's two configurations, API models as one
// stream, and a request rate to serve (load).
import { expect, html } from "@open-wc/testing";
import { estimate, NAMED_FORMATS, PRECISIONS } from "../../shared/index.js";
import type { LlmInferenceCalc } from "../../widget/llm-inference-calc.js";
import { ms, num, pct } from "../../widget/format.js";
import { $, click, render, text, type } from "./helpers.js";

const options = (el: LlmInferenceCalc, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>(`${selector} option`)].map((o) => [o.value, o.textContent!.trim()]);
/** A section's figures: each dt's text to its dd's. */
const figures = (el: LlmInferenceCalc, selector: string) =>
  Object.fromEntries([...el.shadowRoot!.querySelectorAll(`${selector} dt`)].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]));

/** The "likely a–b" range shown beside a figure. */
const likely = (el: LlmInferenceCalc, label: string) => {
  const dt = [...el.shadowRoot!.querySelectorAll("[part=latency] dt, [part=throughput] dt")].find((d) => d.textContent === label)!;
  return dt.nextElementSibling!.querySelector("small")?.textContent ?? null;
};

describe("weight formats", () => {
  it("offers the named formats with readable labels, and int4 or AWQ decode 8B on an RTX 4090 much faster than fp16", async () => {
    const el = await render(html`<llm-inference-calc model="llama-3.1-8b" hardware="rtx-4090"></llm-inference-calc>`);
    const offered = options(el, "#precision");
    expect(offered.map(([v]) => v)).to.deep.equal([...PRECISIONS, ...NAMED_FORMATS]);
    const label = Object.fromEntries(offered);
    expect(label).to.deep.include({ awq: "AWQ · 4.16 bits", gptq: "GPTQ · 4.13 bits", "gguf-q4_k_m": "GGUF Q4_K_M · 4.83 bits", "gguf-q8_0": "GGUF Q8_0 · 8.5 bits", fp8: "FP8 · 8 bits", nvfp4: "NVFP4 · 4.5 bits", fp16: "FP16 · 16 bits" });
    // The KV cache takes number formats only.
    expect(options(el, "#kv").map(([v]) => v)).to.deep.equal(["", ...PRECISIONS]);

    const fp16 = el.result!.throughput.outputTokensPerSec!;
    await type(el, "#precision", "int4");
    const int4 = el.result!.throughput.outputTokensPerSec!;
    await type(el, "#precision", "awq");
    const awq = el.result!.throughput.outputTokensPerSec!;
    expect(el.result!.inputs.precision.weights).to.equal("awq");
    // Weight-only 4-bit decode streams about a quarter of the bytes: bound by bandwidth, it is far faster.
    expect(int4 / fp16).to.be.at.least(2.5);
    expect(awq / fp16).to.be.at.least(2.5);
    expect(text(el, "[part=throughput]")).to.contain(`${Math.round(awq)} tok/s`);
    expect(text(el, "[part=verdict]")).to.contain("AWQ/FP16 KV");
    await expect(el).to.be.accessible();
  });
});

describe("a hybrid deployment", () => {
  it("shows the blended likely range, keeps the first path's deployment, and gives the second path precision and batch", async () => {
    const el = await render(html`<llm-inference-calc model="llama-3.1-8b" hardware="l40s" deployment="cloud"></llm-inference-calc>`);
    await type(el, "#deployment", "hybrid");
    // Chosen after "cloud": the first path stays rented, as the control says.
    expect(el.request().hybrid!.primaryDeployment).to.equal("cloud");
    expect($<HTMLSelectElement>(el, "#primary").value).to.equal("cloud");
    const r = el.result!;
    expect(r.paths![0]!.result.inputs.deployment).to.equal("cloud");
    expect(r.paths![0]!.result.cost.basis).to.equal("rental");
    // The likely range is the engine's blend of both paths, not the first path's.
    const blended = r.errorBand!.ttftMs!;
    const first = r.paths![0]!.result.errorBand!.ttftMs!;
    expect(blended.low).to.not.equal(first.low);
    const shown = likely(el, "First token")!;
    expect(shown).to.equal(`likely ${ms(blended.low).replace(" ms", "")}–${ms(blended.high)}`);
    expect(text(el, "[part=results]")).to.contain(`±${Math.round(r.errorBand!.typicalError * 100)}%`);

    // Owned hardware for the first path, by its control.
    await type(el, "#primary", "local");
    expect(el.result!.paths![0]!.result.inputs.deployment).to.equal("local");
    // Hybrid chosen after "local" keeps "local" too.
    await type(el, "#deployment", "edge");
    await type(el, "#deployment", "hybrid");
    expect(el.request().hybrid!.primaryDeployment).to.equal("edge");

    // The second path: an API has no precision or batch; a self-hosted model has both.
    expect($<HTMLSelectElement>(el, "#alt-precision").disabled).to.equal(true);
    expect($<HTMLInputElement>(el, "#alt-batch").disabled).to.equal(true);
    await type(el, "#alt-model", "llama-3.1-70b");
    await type(el, "#alt-devices", "2");
    await type(el, "#alt-precision", "awq");
    await type(el, "#alt-batch", "8");
    const second = el.result!.paths![1]!.result;
    expect(second.inputs.precision.weights).to.equal("awq");
    expect(second.inputs.batchSize).to.equal(8);
    expect(el.result).to.deep.equal(estimate(el.request()));
    // Emptied, the batch is the first path's again.
    await type(el, "#alt-batch", "");
    expect(el.request().hybrid!.alternative.batchSize).to.equal(undefined);
    expect(el.result!.paths![1]!.result.inputs.batchSize).to.equal(1);
    await expect(el).to.be.accessible();
  });
});

describe("an API model", () => {
  it("is one stream: a batch-16 setup before it is not sent, shown or compared as its throughput", async () => {
    const el = await render(html`<llm-inference-calc model="llama-3.1-8b" hardware="h100-sxm" batch-size="16"></llm-inference-calc>`);
    await click(el, "button", "Pin for comparison");
    await type(el, "#model", "gpt-4o");
    // The request says one stream, and the results have no warning about a hidden batch.
    expect(el.request().batchSize).to.equal(1);
    expect(el.result!.throughput.outputTokensPerSec).to.equal(81);
    expect(el.result!.warnings.join(" ")).to.not.contain("batchSize");
    const batch = $<HTMLInputElement>(el, "#batch");
    expect([batch.value, batch.disabled]).to.deep.equal(["1", true]);
    expect(text(el, "[part=inputs]")).to.contain("Served through the provider's API");
    await click(el, "button", "Pin for comparison");

    const rows = [...el.shadowRoot!.querySelectorAll("[part=compare-table] tbody tr")];
    expect(rows[1]!.querySelector("th")!.textContent).to.contain("one stream").and.not.contain("batch 16");
    const tokensPerSec = (row: Element) => row.querySelector("td[data-label='Tokens/s']")!;
    expect(tokensPerSec(rows[1]!).textContent!.trim()).to.equal("81");
    // The best tokens/s is the batch-16 self-hosted setup, not the API.
    expect(tokensPerSec(rows[0]!).getAttribute("part")).to.equal("best");
    expect(tokensPerSec(rows[1]!).getAttribute("part")).to.equal(null);
    expect(el._pinned[1]!.batchSize).to.equal(1);

    // A hybrid's API path is one stream too, whatever the first path's batch.
    await type(el, "#model", "llama-3.1-8b");
    await type(el, "#deployment", "hybrid");
    await type(el, "#alt-model", "gpt-4o");
    expect(el.request().hybrid!.alternative).to.deep.include({ batchSize: 1, precision: undefined });
    expect(el.result!.warnings.join(" ")).to.not.contain("batchSize");
  });
});

describe("load", () => {
  it("sends a request rate and shows replicas, utilization and time to first token with queueing beside the single request's", async () => {
    const el = await render();
    expect(text(el, "[part=load]")).to.contain("Give a request rate");
    expect($<HTMLInputElement>(el, "#replicas").disabled).to.equal(true);

    await type(el, "#rps", "5");
    expect(el.request().load).to.deep.equal({ requestsPerSecond: 5 });
    const r = el.result!;
    expect(r).to.deep.equal(estimate(el.request()));
    const l = r.load!;
    expect(l.overloaded).to.equal(false);
    const shown = figures(el, "[part=load]");
    expect(shown["Replicas used"]).to.equal(`${l.replicas}${num(l.perReplicaRequestsPerSec)} req/s each`);
    expect(shown["Utilization"]).to.equal(pct(l.utilization));
    // Beside the single request's figure, which queueing only adds to.
    expect(shown["First token, median"]).to.equal(`${ms(l.ttftP50Ms)}alone ${ms(r.latency.ttftMs)}`);
    expect(shown["First token, p95"]).to.equal(ms(l.ttftP95Ms));
    expect(shown["Per output token"]).to.equal(`${ms(l.tpotMs)}alone ${ms(r.latency.tpotMs)}`);
    expect(l.ttftP95Ms!).to.be.greaterThan(r.latency.ttftMs!);
    // The load section sits in the same row of figures as latency, throughput and cost.
    expect($(el, "[part=load]").parentElement).to.equal($(el, "[part=latency]").parentElement);

    // Fixed replicas, past capacity: overloaded, with no percentiles.
    await type(el, "#rps", "500");
    await type(el, "#replicas", "1");
    expect(el.request().load).to.deep.equal({ requestsPerSecond: 500, replicas: 1 });
    expect(el.result!.load!.overloaded).to.equal(true);
    expect(text(el, "[part=load]")).to.contain("Overloaded");
    expect(text(el, "[part=load]")).to.not.contain("p95");

    // Emptied: no load.
    await type(el, "#rps", "");
    expect(el.request()).to.not.have.property("load");
    expect(el.result!).to.not.have.property("load");
    await expect(el).to.be.accessible();
  });

  it("shows each path's share of the load in a hybrid, and names why an API's is not modelled", async () => {
    const el = await render(html`<llm-inference-calc deployment="hybrid"></llm-inference-calc>`);
    await type(el, "#rps", "10");
    const load = text(el, "[part=load]");
    expect(load).to.contain("First configuration, 80% of requests");
    expect(load).to.contain("Second configuration, 20% of requests");
    expect(el.result!.paths![0]!.result.load!.requestsPerSecond).to.equal(8);
    // The second path is an API: the provider scales itself.
    expect(load).to.contain("Not modelled");
    expect(el.result!.warnings.join(" ")).to.contain("the load is not modelled for an API");
  });
});
