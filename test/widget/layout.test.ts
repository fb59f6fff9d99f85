// The element inside a page: at any width its panels stay inside it, so the host page never scrolls sideways.
import { expect, html } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import { click, render, type } from "./helpers.js";

const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe("layout", () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it("does not make the host page scroll sideways at 620–1060 px with pinned rows", async () => {
    const el = await render(html`<llm-inference-calc model="llama-3.1-70b" device-count="2" precision="fp8" batch-size="16"></llm-inference-calc>`);
    await click(el, "button", "Pin for comparison");
    await type(el, "#hardware", "a100-80gb");
    await click(el, "button", "Pin for comparison");
    await type(el, "#model", "gpt-4o");
    await click(el, "button", "Pin for comparison");
    // Every column has a best, each with its hidden "(best)" label.
    expect(el.shadowRoot!.querySelectorAll("[part=best] .sr-only").length).to.be.greaterThan(3);
    const page = document.scrollingElement!;
    for (let width = 620; width <= 1060; width += 40) {
      await setViewport({ width, height: 900 });
      await frame();
      expect(page.scrollWidth, `${width} px`).to.be.at.most(page.clientWidth);
    }
  });
});
