// <llm-inference-calc> in a real browser: accessibility, rendering, inputs, custom configs, comparison, URL state, events.
import { expect, html } from "@open-wc/testing";
import { estimate } from "../../shared/index.js";
import type { LlmCalcChangeDetail, LlmCalcResultDetail } from "../../widget/events.js";
import { $, click, render, text, type, until } from "./helpers.js";

describe("<llm-inference-calc>", () => {
  it("passes an axe-core accessibility check, default and with every panel open", async () => {
    const el = await render();
    await expect(el).to.be.accessible();

    await type(el, "#deployment", "hybrid");
    await type(el, "#hardware", "custom");
    $<HTMLDetailsElement>(el, "details").open = true;
    await click(el, "button", "Pin for comparison");
    await type(el, "#input-tokens", "4000");
    await click(el, "button", "Pin for comparison");
    await el.runSweep();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll("figure svg").length).to.equal(3);
    await expect(el).to.be.accessible();

    await type(el, "#model", "custom");
    await type(el, "#config", "{ not json");
    await expect(el).to.be.accessible();
  });

  it("renders a complete estimate with no attributes", async () => {
    const el = await render();
    const expected = estimate({ model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 1000, outputTokens: 500 });
    expect(el.result).to.deep.equal(expected);
    expect(text(el, "[part=verdict] .badge")).to.equal("✓ Compatible");
    expect(text(el, "[part=verdict]")).to.contain("Llama 3.1 8B");
    expect(el.shadowRoot!.querySelectorAll("[part=memory-bar] rect").length).to.equal(4);
    expect(text(el, "[part=latency]")).to.match(/First token\s*\d+(\.\d+)? ms/);
    expect(text(el, "[part=cost]")).to.contain("$");
    // Every control has a label.
    for (const control of el.shadowRoot!.querySelectorAll("input, select, textarea")) {
      const id = control.id;
      const labelled = (id && el.shadowRoot!.querySelector(`label[for="${id}"]`)) || control.closest("label");
      expect(labelled, `control #${id}`).to.exist;
    }
  });

  it("draws the memory bar per device, with the KV-cache reservation limit dashed", async () => {
    const el = await render(html`<llm-inference-calc model="llama-3.1-70b" device-count="2" precision="fp8" batch-size="max"></llm-inference-calc>`);
    const m = el.result!.memory;
    const scale = Math.max(m.capacityPerDeviceGB, m.perDeviceGB);
    // The four segments are one device's: together they are perDeviceGB.
    const widths = [...el.shadowRoot!.querySelectorAll("[part=memory-bar] rect")].map((r) => Number(r.getAttribute("width")));
    expect((widths.reduce((a, b) => a + b, 0) * scale) / 100).to.be.closeTo(m.perDeviceGB, 1e-9);
    // Like TensorRT-LLM, the engine reserves 90% of what the weights, runtime and prefill workspace leave free.
    const fixed = m.weightsPerDeviceGB + (m.activationsGB + m.overheadGB) / 2;
    const limit = fixed + el.result!.assumptions.usableMemoryFraction * (m.capacityPerDeviceGB - fixed);
    expect(Number($(el, "line.cap").getAttribute("x1"))).to.be.closeTo((limit / scale) * 100, 1e-9);
    // The largest batch that fits (maxBatchSize) ends within it.
    expect(el.result!.throughput.batchSize).to.be.at.most(el.result!.throughput.maxBatchSize!);
    expect(m.perDeviceGB).to.be.at.most(limit);
    expect(text(el, "[part=memory]")).to.contain("the dashed line is the KV-cache reservation limit: 90% of what the weights, runtime and prefill workspace leave free");
  });

  it("takes every input from attributes and recomputes when one changes", async () => {
    const el = await render(html`<llm-inference-calc
      model="llama-3.1-70b"
      hardware="h100-sxm"
      device-count="1"
      precision="fp16"
      input-tokens="2000"
      output-tokens="300"
      batch-size="8"
      deployment="local"
    ></llm-inference-calc>`);
    expect(el.result!.compatibility.verdict).to.equal("incompatible");
    expect(el.result!.inputs).to.deep.include({ inputTokens: 2000, outputTokens: 300, batchSize: 8, deployment: "local" });
    expect(text(el, "[part=verdict]")).to.contain("Incompatible");

    // One-click fix from the engine's suggestions.
    await click(el, "[part~=fix-button]", "devices");
    expect(el.deviceCount).to.be.greaterThan(1);
    expect(el.result!.compatibility.verdict).to.not.equal("incompatible");

    el.setAttribute("batch-size", "max");
    el.setAttribute("kv-precision", "fp8");
    await el.updateComplete;
    const expected = estimate({ ...el.request() });
    expect(el.result!.throughput.batchSize).to.equal(expected.throughput.batchSize);
    expect(el.result!.inputs.precision.kvCache).to.equal("fp8");
    expect($<HTMLInputElement>(el, "#batch").disabled).to.equal(true);

    el.setAttribute("model", "no-such-model");
    await el.updateComplete;
    expect(el.result).to.equal(null);
    expect(el.error).to.have.property("code", "unknown_model");
    expect(text(el, "[part=results]")).to.contain("No estimate");
  });

  it("reads a pasted Hugging Face config.json and explains one it cannot read", async () => {
    const config = await (await fetch("/test/fixtures/hf-configs/llama-2-7b.json")).json();
    const el = await render();
    await type(el, "#model", "custom");
    expect(text(el, "[part=results]")).to.contain("Paste a Hugging Face config.json");

    await type(el, "#config", "{ \"hidden_size\": ");
    expect(text(el, "#config-err")).to.match(/^This is not valid JSON/);
    expect($(el, "#config").getAttribute("aria-invalid")).to.equal("true");

    const { hidden_size: _, ...missing } = config;
    await type(el, "#config", JSON.stringify(missing));
    expect(el.error).to.have.property("code", "invalid_hf_config");
    expect(text(el, "#config-err")).to.contain('"hidden_size"');

    await type(el, "#config", JSON.stringify(config, null, 2));
    expect(el.error).to.equal(null);
    expect(el.result!.model.totalParams).to.equal(6_738_415_616);
    expect(el.customModel).to.deep.equal({ hfConfig: config });
    expect($(el, "#config").getAttribute("aria-invalid")).to.equal("false");

    // A page can set the same thing as a property.
    const other = await render();
    other.customModel = { hfConfig: config };
    await other.updateComplete;
    expect(other.model).to.equal("custom");
    expect(other.result!.model.totalParams).to.equal(6_738_415_616);
  });

  it("takes a custom device, and shows both paths of a hybrid deployment", async () => {
    const el = await render();
    el.customHardware = { name: "Lab card", memoryGB: 48, bandwidthGBps: 900, tflops: { fp16: 180 } };
    await el.updateComplete;
    expect(el.hardware).to.equal("custom");
    expect(el.result!.hardware.name).to.equal("Lab card");
    await type(el, "#hw-memoryGB", "8");
    expect(el.result!.compatibility.verdict).to.equal("incompatible");

    await type(el, "#hardware", "h100-sxm");
    await type(el, "#deployment", "hybrid");
    await type(el, "#share", "40");
    expect(el.result!.paths!.map((p) => p.share)).to.deep.equal([0.6, 0.4]);
    expect(text(el, "[part=results]")).to.contain("Traffic split");
  });

  it("compares pinned configurations and marks the best of each column", async () => {
    const el = await render();
    await click(el, "button", "Pin for comparison");
    await type(el, "#precision", "fp8");
    await click(el, "button", "Pin for comparison");
    const rows = el.shadowRoot!.querySelectorAll("[part=compare-table] tbody tr");
    expect(rows.length).to.equal(2);
    // fp8 is faster per token and cheaper on the same device.
    expect(rows[1]!.querySelectorAll("[part=best]").length).to.be.greaterThan(rows[0]!.querySelectorAll("[part=best]").length);
    await click(el, "[part=compare-table] button", "Load");
    expect(el.precision).to.equal("fp16");
    await click(el, "[part=compare-table] button", "Remove");
    expect(el.shadowRoot!.querySelectorAll("[part=compare-table] tbody tr").length).to.equal(1);
  });

  it("keeps its state in the URL hash and restores it from a link", async () => {
    history.replaceState(null, "", "#other=1");
    try {
      const el = await render(html`<llm-inference-calc sync-url></llm-inference-calc>`);
      await type(el, "#model", "mistral-7b");
      await type(el, "#input-tokens", "3000");
      await type(el, "#kv", "int8");
      await click(el, "button", "Pin for comparison");
      expect(location.hash).to.contain("other=1").and.to.contain("llm-calc=");
      const link = el.link();
      el.remove();

      const restored = await render(html`<llm-inference-calc sync-url model="gpt-4"></llm-inference-calc>`);
      expect(restored.model).to.equal("mistral-7b");
      expect(restored.inputTokens).to.equal(3000);
      expect(restored.kvPrecision).to.equal("int8");
      expect(restored.shadowRoot!.querySelectorAll("[part=compare-table] tbody tr").length).to.equal(1);
      expect(restored.link()).to.equal(link);

      // Following a link on the same page (hashchange) applies it too.
      const next = new URL(link);
      next.hash = next.hash.replace("mistral-7b", "phi-3-mini");
      location.hash = next.hash;
      await until(() => restored.model === "phi-3-mini");

      // Garbage in the hash is ignored, not thrown.
      history.replaceState(null, "", "#llm-calc=%7Bnot%20json");
      const fresh = await render(html`<llm-inference-calc sync-url></llm-inference-calc>`);
      expect(fresh.model).to.equal("llama-3.1-8b");
    } finally {
      history.replaceState(null, "", location.pathname + location.search);
    }
  });

  it("fires llm-calc-change for user input and llm-calc-result for each new result, bubbling out of the shadow root", async () => {
    const el = await render();
    const changes: CustomEvent<LlmCalcChangeDetail>[] = [];
    const results: CustomEvent<LlmCalcResultDetail>[] = [];
    document.addEventListener("llm-calc-change", (e) => changes.push(e));
    document.addEventListener("llm-calc-result", (e) => results.push(e));
    try {
      await type(el, "#output-tokens", "800");
      expect(changes).to.have.length(1);
      expect(changes[0]!.detail.field).to.equal("outputTokens");
      expect(changes[0]!.detail.request.outputTokens).to.equal(800);
      expect(changes[0]!.bubbles && changes[0]!.composed).to.equal(true);
      expect(results).to.have.length(1);
      expect(results[0]!.detail.result.inputs.outputTokens).to.equal(800);
      expect(results[0]!.detail.request).to.deep.equal(el.request());

      // A page setting a property is not user input: a result, but no change event.
      el.inputTokens = 100;
      await el.updateComplete;
      expect(changes).to.have.length(1);
      expect(results).to.have.length(2);
    } finally {
      document.removeEventListener("llm-calc-change", changes.push as never);
    }
  });

  it("announces results politely and registers only once", async () => {
    const el = await render();
    const live = $(el, "[part=live]");
    expect(live.getAttribute("aria-live")).to.equal("polite");
    await until(() => live.textContent!.includes("compatible: Llama 3.1 8B"));
    const first = customElements.get("llm-inference-calc");
    await import("../../widget/index.js?copy=2" as string);
    expect(customElements.get("llm-inference-calc")).to.equal(first);
  });
});
