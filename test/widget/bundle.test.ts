// The built bundle (dist/widget/llm-inference-calc.js, made by widget/build.mjs) in its own page: its trimmed
// catalog and schemas must give exactly the engine's results, and its errors the engine's codes and paths.
import { expect, fixture, html } from "@open-wc/testing";
import { estimate, EngineError, type EstimateRequestInput } from "../../shared/index.js";
import type { LlmInferenceCalc } from "../../widget/llm-inference-calc.js";

const BUNDLE = "/dist/widget/llm-inference-calc.js";

function engine(request: EstimateRequestInput) {
  try {
    return { result: estimate(request) };
  } catch (e) {
    return { error: { code: (e as EngineError).code, path: (e as EngineError).path } };
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
      // Errors: the same code and path.
      { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: -5, outputTokens: 100 },
      { model: "nope", hardware: "h100-sxm", inputTokens: 5, outputTokens: 100 },
      { model: { hfConfig: { hidden_size: 4096 } }, hardware: "h100-sxm", inputTokens: 5, outputTokens: 100 },
      { model: "llama-3.1-8b", hardware: { memoryGB: -1, bandwidthGBps: 10, tflops: {} }, inputTokens: 5, outputTokens: 100 },
    ];
    for (const request of requests) {
      el.load(request, false);
      await el.updateComplete;
      const got = el.result ? { result: el.result } : { error: { code: (el.error as EngineError).code, path: (el.error as EngineError).path } };
      expect(JSON.parse(JSON.stringify(got)), JSON.stringify(request)).to.deep.equal(JSON.parse(JSON.stringify(engine(request))));
    }
  });
});
