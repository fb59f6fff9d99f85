// Setups that do not fit and custom devices: no figures for what cannot run, the capacity marked on the memory bar,
// fixes that apply every change they list (and leave focus somewhere sensible), marked rows in Compare, and a custom
// device that carries only what its form shows.
import { expect, html } from "@open-wc/testing";
import { estimate } from "../../shared/index.js";
import type { LlmCalcChangeDetail } from "../../widget/events.js";
import { $, click, render, text, type } from "./helpers.js";

const TOO_BIG = html`<llm-inference-calc model="llama-3.1-70b" hardware="rtx-4090" precision="fp16"></llm-inference-calc>`;

/** The element that has focus, looking through shadow roots. */
function focused(): Element | null {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}

describe("a setup that does not fit", () => {
  it("shows why and the fixes instead of latency, throughput, cost and the ±x% band", async () => {
    const el = await render(TOO_BIG);
    const r = el.result!;
    expect(r.compatibility.verdict).to.equal("incompatible");
    expect(text(el, "[part=verdict] .badge")).to.equal("✕ Incompatible");
    expect(text(el, "[part=verdict]")).to.contain("needs 143.3 GB per device but NVIDIA GeForce RTX 4090 24GB has 25.8 GB");
    // No confident figures: none of the sections, no band, no accuracy claim.
    for (const part of ["latency", "throughput", "cost"]) expect(el.shadowRoot!.querySelector(`[part=${part}]`), part).to.equal(null);
    const results = text(el, "[part=results]");
    expect(results).to.not.contain("likely");
    expect(results).to.not.contain("±");
    expect(results).to.not.contain("tok/s");
    expect(results).to.contain("there is no latency, throughput or cost to show");
    // The fixes are in the verdict, first among them a primary button; each engine fix is offered.
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>("[part=verdict] [part~=fix-button]")];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(r.compatibility.fixes.map((f) => `Apply: ${f.label}`));
    expect(buttons[0]!.classList.contains("primary")).to.equal(true);
    expect(text(el, "[part=verdict]")).to.contain("Fixes that make it run");
    // The two-change fix and the other-device fix the engine finds are among them.
    expect(r.compatibility.fixes.some((f) => Object.keys(f.changes).length === 2 && "precision" in f.changes)).to.equal(true);
    expect(r.compatibility.fixes.some((f) => "hardware" in f.changes)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("marks the device's capacity on the memory bar, which is scaled to the need", async () => {
    const el = await render(TOO_BIG);
    const m = el.result!.memory;
    const bar = $(el, "[part=memory-bar]");
    const capacity = bar.querySelector("line.capacity")!;
    expect(capacity, "capacity line").to.exist;
    const x = Number(capacity.getAttribute("x1"));
    expect(x).to.be.closeTo((m.capacityPerDeviceGB / m.perDeviceGB) * 100, 1e-9);
    // What does not fit is faded and hatched from the capacity to the end of the bar.
    const over = bar.querySelector("rect.over")!;
    expect(Number(over.getAttribute("x"))).to.equal(x);
    expect(Number(over.getAttribute("x")) + Number(over.getAttribute("width"))).to.be.closeTo(100, 1e-9);
    // Visible on screen (a line a few pixels wide inside the bar), and said in words.
    const box = capacity.getBoundingClientRect();
    const barBox = bar.getBoundingClientRect();
    expect(box.left).to.be.closeTo(barBox.left + (barBox.width * x) / 100, 3);
    expect(text(el, "[part=memory]")).to.contain("Needs 143 GB per device: 5.56 × the 25.8 GB of one NVIDIA GeForce RTX 4090 24GB.");
    expect(text(el, "[part=memory]")).to.contain("The red line marks that capacity; the hatched part of the bar does not fit.");
    expect(bar.querySelector("path.hatch")).to.exist;
    // A setup that fits draws no capacity line: the bar's end is the capacity.
    await type(el, "#model", "llama-3.1-8b");
    expect(el.shadowRoot!.querySelector("line.capacity")).to.equal(null);
    expect(el.shadowRoot!.querySelector("line.cap")).to.exist;
  });

  it("applies every change of a fix in one click, says so once, and leaves focus on the new verdict", async () => {
    const el = await render(TOO_BIG);
    const changes: LlmCalcChangeDetail[] = [];
    el.addEventListener("llm-calc-change", (e) => changes.push(e.detail));
    const pair = el.result!.compatibility.fixes.find((f) => Object.keys(f.changes).length === 2 && "precision" in f.changes)!;
    await click(el, "[part~=fix-button]", pair.label);
    expect(el.precision).to.equal(pair.changes.precision);
    expect(el.deviceCount).to.equal(pair.changes.deviceCount);
    expect(el.result!.compatibility.verdict).to.not.equal("incompatible");
    expect(el.result).to.deep.equal(estimate(el.request()));
    expect(changes).to.have.length(1);
    expect(changes[0]!.field).to.equal("precision,deviceCount");
    // The button is gone with the problem; focus is on the verdict, not lost to <body>.
    await el.updateComplete;
    expect(focused()).to.equal($(el, "[part=verdict]"));
    expect(document.activeElement).to.equal(el);

    // Another catalog device: hardware and its count at once.
    el.load({ model: "llama-3.1-70b", hardware: "rtx-4090", inputTokens: 1000, outputTokens: 500 });
    await el.updateComplete;
    const other = el.result!.compatibility.fixes.find((f) => "hardware" in f.changes)!;
    await click(el, "[part~=fix-button]", other.label);
    expect(el.hardware).to.equal(other.changes.hardware);
    expect(el.deviceCount).to.equal(other.changes.deviceCount);
    expect(el.result!.compatibility.verdict).to.not.equal("incompatible");
    expect(focused()).to.equal($(el, "[part=verdict]"));
  });

  it("marks a pinned configuration that cannot run in Compare, with no figures and no best", async () => {
    const el = await render(html`<llm-inference-calc model="llama-3.1-8b" hardware="rtx-4090"></llm-inference-calc>`);
    await click(el, "button", "Pin for comparison");
    // 70B on the same card: it would have a "better" nothing, but it cannot run.
    await type(el, "#model", "llama-3.1-70b");
    await click(el, "button", "Pin for comparison");
    const rows = [...el.shadowRoot!.querySelectorAll("[part=compare-table] tbody tr")];
    expect(rows).to.have.length(2);
    expect(rows[1]!.classList.contains("blocked")).to.equal(true);
    expect(rows[0]!.classList.contains("blocked")).to.equal(false);
    const verdict = rows[1]!.querySelector("td[data-label=Verdict]")!;
    expect(verdict.textContent!.trim()).to.equal("✕ does not run");
    expect(getComputedStyle(verdict).color).to.equal(getComputedStyle($(el, ".v-incompatible .badge span")).color);
    // No figures and no star in the blocked row; every star in the other.
    const figures = [...rows[1]!.querySelectorAll("td:not([data-label=Verdict])")].map((td) => td.textContent!.trim());
    expect(figures.every((f) => f === "—")).to.equal(true);
    expect(rows[1]!.querySelectorAll("[part=best]")).to.have.length(0);
    expect(rows[0]!.querySelectorAll("[part=best]").length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});

describe("a custom device", () => {
  it("keeps none of the previously selected device's hidden specs: a 24 GB card is not costed or linked like an H100", async () => {
    const el = await render(html`<llm-inference-calc hardware="h100-sxm" device-count="2" deployment="local"></llm-inference-calc>`);
    expect(el.result!.cost.perHourUSD).to.be.greaterThan(0);
    await type(el, "#hardware", "custom");
    const spec = el.customHardware!;
    // Only what the form shows, started from the H100's memory, bandwidth and TFLOPS (said in the form).
    expect(spec).to.deep.equal({ name: "Custom device", memoryGB: 85.52, bandwidthGBps: 3350, tflops: { fp16: 989.4, bf16: 989.4, fp8: 1978.9, int8: 1978.9 } });
    for (const hidden of ["purchaseUSD", "hourlyUSD", "interconnectGBps", "powerW"]) expect(spec, hidden).to.not.have.property(hidden);
    expect(spec.tflops).to.not.have.property("fp32");
    expect(text(el, "#hw-note")).to.contain("nothing else is carried over");
    // Every figure the spec carries has a field showing it; the rest are empty ("unknown").
    const shown = (id: string) => $<HTMLInputElement>(el, `#hw-${id}`).value;
    expect(shown("name")).to.equal("Custom device");
    expect(shown("memoryGB")).to.equal("85.52");
    expect(shown("fp16")).to.equal("989.4");
    for (const id of ["purchaseUSD", "hourlyUSD", "interconnectGBps", "powerW", "fp4"]) expect(shown(id), id).to.equal("");

    await type(el, "#hw-memoryGB", "24");
    const r = el.result!;
    expect(r.hardware.name).to.equal("Custom device");
    expect(r.hardware.spec).to.not.have.property("purchaseUSD");
    // Not costed like an H100: no price, so no cost, and the results say so.
    expect(r.cost.perHourUSD).to.equal(null);
    expect(text(el, "[part=cost]")).to.contain("no price is known for this device");
    // Not linked like an H100 (900 GB/s NVLink): two devices talk over PCIe, and the results say so.
    expect(r.warnings.join(" ")).to.contain("no interconnect bandwidth given");

    // What the person enters is what it carries.
    await type(el, "#hw-purchaseUSD", "1600");
    await type(el, "#hw-powerW", "350");
    await type(el, "#hw-interconnectGBps", "64");
    await type(el, "#hw-name", "My 24 GB card");
    expect(el.customHardware).to.deep.include({ purchaseUSD: 1600, powerW: 350, interconnectGBps: 64, name: "My 24 GB card" });
    expect(el.result!.cost.perHourUSD).to.be.greaterThan(0);
    expect(el.result!.hardware.name).to.equal("My 24 GB card");
    await expect(el).to.be.accessible();
  });
});
