// Inputs whose meaning the engine sharpened: named weight formats.
import { expect, html } from "@open-wc/testing";
import { NAMED_FORMATS, PRECISIONS } from "../../shared/index.js";
import type { LlmInferenceCalc } from "../../widget/llm-inference-calc.js";
import { render, text, type } from "./helpers.js";

const options = (el: LlmInferenceCalc, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>(`${selector} option`)].map((o) => [o.value, o.textContent!.trim()]);

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
