// The built widget (dist/widget: the entry and its chunks, made by widget/build.mjs) in its own page: its zod/mini,
// its deferred config.json reader and its stripped schemas must give exactly the engine's results, and its errors the
// engine's codes and paths. The element loads its chunks from beside itself, the hub chunk only for a Hub model.
import { expect, fixture, html } from "@open-wc/testing";
import { breakEven, estimate, EngineError, recommend, referenceScenarios, type EstimateRequestInput } from "../../shared/index.js";
import type { LlmInferenceCalc } from "../../widget/llm-inference-calc.js";
import type { LlmInferenceCalcPlanning } from "../../widget/planning/element.js";
import { findRequest } from "../../widget/planning/view-find.js";

const BUNDLE = "/dist/widget/llm-inference-calc.js";

function engine(request: EstimateRequestInput) {
  try {
    return { result: estimate(request) };
  } catch (e) {
    return { error: { code: (e as EngineError).code, path: (e as EngineError).path, message: (e as EngineError).message } };
  }
}

describe("the built bundle", () => {
  it("registers the element and computes exactly what the engine computes", async () => {
    await import(BUNDLE as string);
    const el = await fixture<LlmInferenceCalc>(html`<llm-inference-calc></llm-inference-calc>`);
    // The class came from the bundle, not from the sources.
    expect(el.constructor).to.equal(customElements.get("llm-inference-calc"));
    expect(el.shadowRoot!.querySelector("[part=verdict]")).to.exist;

    const config = await (await fetch("/test/fixtures/hf-configs/mixtral-8x7b.json")).json();
    const requests: EstimateRequestInput[] = [
      { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 1000, outputTokens: 500 },
      { model: "llama-3.1-70b", hardware: "a100-80gb", deviceCount: 4, precision: { weights: "fp8", kvCache: "int8" }, inputTokens: 4000, outputTokens: 300, batchSize: "max", deployment: "local" },
      { model: "deepseek-v3", hardware: "h200", deviceCount: 8, precision: "fp8", inputTokens: 2000, outputTokens: 800, batchSize: 32, assumptions: { runtime: "eager", bandwidthEfficiency: 0.6 } },
      { model: "gpt-4o", hardware: "h100-sxm", inputTokens: 1200, outputTokens: 300 },
      { model: "mistral-7b", hardware: "jetson-agx-orin", precision: "int4", inputTokens: 500, outputTokens: 200, deployment: "edge" },
      { model: { hfConfig: config }, hardware: "mi300x", inputTokens: 1000, outputTokens: 1000, batchSize: 8 },
      { model: "llama-3.1-8b", hardware: "l4", inputTokens: 1000, outputTokens: 500, deployment: "hybrid", hybrid: { share: 0.3, alternative: { model: "gpt-3.5-turbo" } } },
      // Errors: the same code, path and message.
      { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: -5, outputTokens: 100 },
      { model: "nope", hardware: "h100-sxm", inputTokens: 5, outputTokens: 100 },
      { model: { hfConfig: { hidden_size: 4096 } }, hardware: "h100-sxm", inputTokens: 5, outputTokens: 100 },
      { model: "llama-3.1-8b", hardware: { memoryGB: -1, bandwidthGBps: 10, tflops: {} }, inputTokens: 5, outputTokens: 100 },
    ];
    for (const request of requests) {
      el.load(request, false);
      await el.updateComplete;
      const e = el.error as EngineError;
      const got = el.result ? { result: el.result } : { error: { code: e.code, path: e.path, message: e.message } };
      expect(JSON.parse(JSON.stringify(got)), JSON.stringify(request)).to.deep.equal(JSON.parse(JSON.stringify(engine(request))));
    }
  });

  it("loads the built planning chunk from beside itself, which computes exactly what the engine computes", async () => {
    await import(BUNDLE as string);
    const el = await fixture<LlmInferenceCalc>(html`<llm-inference-calc model="mistral-7b" hardware="l40s" precision="fp8"></llm-inference-calc>`);
    const planner = async (view: "find" | "scenarios" | "breakeven", done: (p: LlmInferenceCalcPlanning) => boolean) => {
      el.openPlan(view);
      const start = performance.now();
      for (;;) {
        const p = el.shadowRoot!.querySelector<LlmInferenceCalcPlanning>("llm-inference-calc-planning");
        if (p && p.view === view && done(p)) return p;
        if (performance.now() - start > 15000) throw new Error(`${view} never finished`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const find = await planner("find", (p) => p._found.status === "done");
    // The chunk came from dist/widget/chunks, beside the bundle, and registered its element there.
    expect(performance.getEntriesByType("resource").some((e) => /\/dist\/widget\/chunks\/llm-inference-calc-planning-\w+\.js$/.test(e.name))).to.equal(true);
    const same = (a: unknown, b: unknown) => expect(JSON.parse(JSON.stringify(a))).to.deep.equal(JSON.parse(JSON.stringify(b)));
    same(find._found.served!.value, recommend(findRequest(find._form!)));
    const scenarios = await planner("scenarios", (p) => p._scenarios.status === "done");
    same(scenarios._scenarios.served!.value.scenarios, referenceScenarios());
    const be = await planner("breakeven", (p) => p._be.status === "done");
    same(be._be.served!.value, breakEven({ workload: { inputTokens: 1000, outputTokens: 500 }, selfHosted: { model: "mistral-7b", hardware: "l40s", precision: "fp8" } }));
  });

  it("loads the hub chunk only for a Hub model, and estimates the model it reads exactly as the engine does", async () => {
    await import(BUNDLE as string);
    const { url: hub } = (await (await fetch("/__fake-hub.json")).json()) as { url: string };
    const el = await fixture<LlmInferenceCalc>(html`<llm-inference-calc hub=${hub}></llm-inference-calc>`);
    const hubChunks = () => performance.getEntriesByType("resource").filter((e) => /\/dist\/widget\/chunks\/hub-\w+\.js$/.test(e.name));
    for (const view of ["find", "scenarios", "breakeven"] as const) el.openPlan(view);
    el.pin();
    await el.updateComplete;
    expect(hubChunks()).to.have.length(0);

    el.hubModel = { hf: "Qwen/Qwen3-8B" };
    await el.updateComplete;
    expect(hubChunks()).to.have.length(1);
    expect(el.model).to.equal("hf");
    // What the engine gives for the config.json and the model API's answer the Hub serves.
    const config = await (await fetch(`${hub}/Qwen/Qwen3-8B/resolve/main/config.json`)).json();
    const info = (await (await fetch(`${hub}/api/models/Qwen/Qwen3-8B?expand[]=safetensors&expand[]=sha`)).json()) as { sha: string; safetensors: { parameters: Record<string, number>; total: number } };
    const expected = engine({ ...el.request(), model: { hfConfig: config, hub: { id: "Qwen/Qwen3-8B", revision: "main", sha: info.sha, safetensors: info.safetensors } } });
    expect(JSON.parse(JSON.stringify({ result: el.result }))).to.deep.equal(JSON.parse(JSON.stringify(expected)));
    expect(el.result!.model.hub!.publishedTotalParams).to.equal(info.safetensors.total);
  });
});
