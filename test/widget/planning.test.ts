// The planning views (llm-inference-calc-planning.js, loaded on demand): find a setup, the reference scenarios and the
// break-even chart, each one click from the calculator; the API path and the local fallback.
import { expect, html } from "@open-wc/testing";
import { breakEven, qualityOf, recommend, referenceScenarios } from "../../shared/index.js";
import type { LlmInferenceCalc } from "../../widget/llm-inference-calc.js";
import type { LlmInferenceCalcPlanning } from "../../widget/planning/element.js";
import { findRequest } from "../../widget/planning/view-find.js";
import { forgetApiFailures } from "../../widget/api-client.js";
import { render, until } from "./helpers.js";

const realFetch = window.fetch;
let calls: { url: string; method: string; body: unknown }[] = [];
const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status, headers: { "content-type": "application/json" } });

/** A stand-in API that answers with the engine's own results. */
const engineApi = async (url: RequestInfo | URL, init?: RequestInit) => {
  const body = init?.body ? JSON.parse(String(init.body)) : undefined;
  calls.push({ url: String(url), method: init?.method ?? "GET", body });
  const path = new URL(String(url)).pathname;
  if (path === "/v1/recommend") return json(recommend(body));
  if (path === "/v1/breakeven") return json(breakEven(body));
  if (path === "/v1/scenarios") return json({ scenarios: referenceScenarios() });
  return json({ error: { code: "not_found", message: "no route", path: "" } }, 404);
};
const downApi = async (url: RequestInfo | URL, init?: RequestInit) => {
  calls.push({ url: String(url), method: init?.method ?? "GET", body: init?.body ? JSON.parse(String(init.body)) : undefined });
  throw new TypeError("Failed to fetch");
};

/** Open a planning view and wait until its chunk has loaded and `ready` holds. */
async function open(el: LlmInferenceCalc, view: "find" | "scenarios" | "breakeven", ready: (p: LlmInferenceCalcPlanning) => boolean) {
  const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>("[part=plan] button")].find((b) => b.textContent!.trim() === { find: "Find a setup", scenarios: "Scenarios", breakeven: "Break-even" }[view])!;
  button.click();
  await el.updateComplete;
  expect(button.getAttribute("aria-pressed")).to.equal("true");
  let planner: LlmInferenceCalcPlanning | null = null;
  await until(() => {
    planner = el.shadowRoot!.querySelector("llm-inference-calc-planning");
    return planner !== null && planner.view === view && ready(planner);
  }, 15000);
  await planner!.updateComplete;
  return planner!;
}

const rows = (p: LlmInferenceCalcPlanning, selector = "table tbody tr") => [...p.shadowRoot!.querySelectorAll<HTMLTableRowElement>(selector)];
const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, " ").trim();

describe("planning views", () => {
  beforeEach(() => {
    calls = [];
    forgetApiFailures();
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it("pass an axe-core accessibility check with each view open", async () => {
    const el = await render();
    const find = await open(el, "find", (p) => p._found.status === "done");
    find.shadowRoot!.querySelector("details")!.open = true;
    await expect(el).to.be.accessible();
    await open(el, "scenarios", (p) => p._scenarios.status === "done");
    await expect(el).to.be.accessible();
    await open(el, "breakeven", (p) => p._be.status === "done");
    await expect(el).to.be.accessible();
  });

  it("find a setup: ranked options with the rejected counts; one click loads an option into the calculator", async () => {
    const el = await render(html`<llm-inference-calc input-tokens="800" output-tokens="200"></llm-inference-calc>`);
    const p = await open(el, "find", (x) => x._found.status === "done");
    // The form starts from the calculator's tokens; the search ran at once, in this browser (no api-base).
    expect(p._form).to.include({ inputTokens: 800, outputTokens: 200 });
    const expected = recommend(findRequest(p._form!));
    expect(p._found.served!.via).to.equal("local");
    expect(JSON.stringify(p._found.served!.value)).to.equal(JSON.stringify(expected));
    const shown = rows(p);
    expect(shown.length).to.equal(expected.options.length).and.to.be.greaterThan(2);
    // Cheapest first, each row numbered, the reasons counted.
    expect(text(shown[0]!.querySelector("th"))).to.match(/^1\. /);
    const summary = text(p.shadowRoot!.querySelector("[aria-busy]"));
    expect(summary).to.contain(`${expected.candidates.toLocaleString("en-US")} setups searched`);
    expect(summary).to.contain(`${expected.rejected.memory.toLocaleString("en-US")} do not fit in memory`);
    expect(summary).to.contain("Computed in this browser");

    const option = expected.options[1]!;
    shown[1]!.querySelector("button")!.click();
    await el.updateComplete;
    expect(el.model).to.equal(option.request.model);
    expect(el.hardware).to.equal(option.request.hardware);
    expect(el.deviceCount).to.equal(option.request.deviceCount);
    expect(el.precision).to.equal(option.request.precision);
    expect(el.batchSize).to.equal(option.request.batchSize);
    expect(el.deployment).to.equal(option.request.deployment);
    // The calculator now shows what the planner estimated for that option.
    expect(el.result!.latency.tpotMs).to.equal(option.result.latency.tpotMs);
    await p.updateComplete;
    expect(text(rows(p)[1]!.querySelector("button"))).to.contain("In the calculator");
    expect(text(p.shadowRoot!.querySelector("[role=status]"))).to.contain("Loaded into the calculator");

    // Tighter constraints: a search no setup can meet says so.
    p.setForm({ ttftMs: 0.01 });
    await p.find();
    await p.updateComplete;
    expect(rows(p)).to.have.length(0);
    expect(text(p.shadowRoot!.querySelector("section"))).to.contain("No setup meets every requirement");
    // A bad value is reported under its field.
    p.setForm({ requestsPerSecond: 0 });
    await p.find();
    await p.updateComplete;
    expect(text(p.shadowRoot!.querySelector("#f-rps-err"))).to.contain("workload.requestsPerSecond");
  });

  it("find a setup: a quality floor, as a model to match or a minimum score; each option shows its score", async () => {
    const el = await render(html`<llm-inference-calc input-tokens="800" output-tokens="200"></llm-inference-calc>`);
    const p = await open(el, "find", (x) => x._found.status === "done");
    // Without a floor the cheapest setups are small models; every row shows a score or "not rated".
    const quality = (row: HTMLTableRowElement) => text(row.querySelector("td[data-label=Quality]"));
    for (const row of rows(p)) expect(quality(row)).to.match(/^(\d{1,3}(,\d{3})*|not rated)$/);
    // The picker is labelled and lists the scored models, best first.
    const picker = p.shadowRoot!.querySelector<HTMLSelectElement>("#f-as-good")!;
    expect(text(p.shadowRoot!.querySelector("label[for=f-as-good]"))).to.equal("At least as good as");
    expect(text(p.shadowRoot!.querySelector("label[for=f-min-quality]"))).to.equal("Minimum quality score");
    expect(picker.options[0]!.value).to.equal("");
    picker.value = "gpt-4.1-mini";
    picker.dispatchEvent(new Event("change"));
    expect(p._form!.atLeastAsGoodAs).to.equal("gpt-4.1-mini");
    await p.find();
    await p.updateComplete;
    const expected = recommend(findRequest(p._form!));
    expect(JSON.stringify(p._found.served!.value)).to.equal(JSON.stringify(expected));
    const floor = qualityOf("gpt-4.1-mini")!;
    expect(expected.qualityFloor).to.equal(floor);
    const shown = rows(p);
    expect(shown.length).to.equal(expected.options.length).and.to.be.greaterThan(0);
    shown.forEach((row, i) => {
      expect(quality(row)).to.equal(expected.options[i]!.quality!.toLocaleString("en-US"));
      expect(expected.options[i]!.quality!).to.be.at.least(floor);
    });
    const summary = text(p.shadowRoot!.querySelector("[aria-busy]"));
    expect(summary).to.contain(`Quality floor: ${floor.toLocaleString("en-US")}`);
    expect(summary).to.contain(`${expected.rejected.quality.toLocaleString("en-US")} are below the quality floor or have no score`);
    // A minimum score above every model: nothing qualifies, and the page says what to relax.
    p.setForm({ atLeastAsGoodAs: "", minQuality: 2000 });
    await p.find();
    await p.updateComplete;
    expect(rows(p)).to.have.length(0);
    expect(text(p.shadowRoot!.querySelector("section"))).to.contain("lower the quality floor");
    // A model without a score cannot set a floor: the error is shown under the picker.
    p.setForm({ minQuality: undefined, atLeastAsGoodAs: "qwen2.5-7b" });
    await p.find();
    await p.updateComplete;
    expect(text(p.shadowRoot!.querySelector("#f-as-good-err"))).to.contain("no quality score");
    expect(picker.getAttribute("aria-invalid")).to.equal("true");
  });

  it("scenarios: the three reference scenarios with their recommendations; an option loads into the calculator", async () => {
    const el = await render();
    const p = await open(el, "scenarios", (x) => x._scenarios.status === "done");
    const expected = referenceScenarios();
    const articles = [...p.shadowRoot!.querySelectorAll("article")];
    expect(articles).to.have.length(3);
    articles.forEach((article, i) => {
      const s = expected[i]!;
      expect(text(article.querySelector("h4"))).to.equal(s.name);
      expect(article.querySelectorAll("tbody tr")).to.have.length(s.options.length);
      expect(text(article.querySelector(".rec"))).to.contain(`Recommendation: ${s.recommendation!.label}`);
      expect(article.querySelectorAll(".rec li")).to.have.length(s.recommendation!.reasons.length);
      expect(text(article.querySelector("tr.chosen th"))).to.contain("recommended");
    });
    expect(text(articles[0]!.querySelector(".rec"))).to.contain("GPT-3.5 Turbo (API)");

    // The hybrid of the content-generation scenario: loaded, the calculator computes what the scenario did.
    const hybrid = expected[1]!.options[0]!;
    articles[1]!.querySelector<HTMLButtonElement>("tbody tr button")!.click();
    await el.updateComplete;
    expect(el.deployment).to.equal("hybrid");
    expect(el.request().hybrid).to.deep.include({ share: 0.2, primaryDeployment: "cloud" });
    expect(el.result!.cost.perRequestUSD).to.equal(hybrid.result.cost.perRequestUSD);
  });

  it("break-even: a chart with the crossings marked and its data table, following the calculator", async () => {
    const el = await render(html`<llm-inference-calc model="llama-3.1-8b" hardware="l4" precision="fp8" input-tokens="150" output-tokens="150"></llm-inference-calc>`);
    const p = await open(el, "breakeven", (x) => x._be.status === "done");
    const expected = breakEven({ workload: { inputTokens: 150, outputTokens: 150 }, selfHosted: { model: "llama-3.1-8b", hardware: "l4", precision: "fp8" } });
    expect(JSON.stringify(p._be.served!.value)).to.equal(JSON.stringify(expected));
    const svg = p.shadowRoot!.querySelector("figure svg")!;
    expect(svg.getAttribute("role")).to.equal("img");
    expect(svg.getAttribute("aria-label")).to.contain("table below");
    expect(svg.querySelectorAll("path.api")).to.have.length(expected.api.length);
    expect(svg.querySelectorAll("path.rent")).to.have.length(1);
    expect(svg.querySelectorAll("path.own")).to.have.length(1);
    const crossings = expected.api.flatMap((a) => [a.rentBreakEvenOutputTokensPerMonth, a.ownBreakEvenOutputTokensPerMonth]).filter((v) => v !== null);
    expect(crossings.length).to.be.greaterThan(0);
    expect(svg.querySelectorAll("circle.cross")).to.have.length(crossings.length);
    // The data table: one row per API model, the volumes as the engine gives them.
    const table = rows(p);
    expect(table).to.have.length(expected.api.length);
    const gpt4o = table.find((r) => text(r.querySelector("th")) === "GPT-4o")!;
    expect(text(gpt4o)).to.contain("25.1M tokens");

    // A new setup in the calculator redraws the chart; an API-only model has no break-even.
    el.model = "llama-3.1-70b";
    el.deviceCount = 2;
    await el.updateComplete;
    await until(() => p._be.status === "done" && p._be.served!.value.selfHosted.label.startsWith("Llama 3.1 70B"), 5000);
    el.model = "gpt-4o";
    await el.updateComplete;
    await p.updateComplete;
    expect(p.shadowRoot!.querySelector("figure")).to.equal(null);
    expect(text(p.shadowRoot!.querySelector("section"))).to.contain("pick an open-weights model");
  });

  it("recommend goes to the API when api-base is set, and falls back to the same answer here when it fails", async () => {
    window.fetch = engineApi as typeof fetch;
    const el = await render(html`<llm-inference-calc api-base="https://api.example/"></llm-inference-calc>`);
    const p = await open(el, "find", (x) => x._found.status === "done");
    expect(calls).to.have.length(1);
    expect(calls[0]).to.deep.include({ url: "https://api.example/v1/recommend", method: "POST" });
    expect(calls[0]!.body).to.deep.equal(JSON.parse(JSON.stringify(findRequest(p._form!))));
    expect(p._found.served!.via).to.equal("api");
    expect(text(p.shadowRoot!.querySelector("[aria-busy]"))).to.contain("Computed by the API");
    const viaApi = JSON.stringify(p._found.served!.value);

    window.fetch = downApi as typeof fetch;
    await p.find();
    await p.updateComplete;
    expect(p._found.served!.via).to.equal("local");
    expect(p._found.served!.note).to.equal("the API failed (Failed to fetch), so computed in this browser");
    expect(text(p.shadowRoot!.querySelector("[aria-busy]"))).to.contain("The API failed (Failed to fetch), so computed in this browser");
    expect(JSON.stringify(p._found.served!.value)).to.equal(viaApi);
    // The failure is remembered: the next search does not ask.
    const asked = calls.length;
    await p.find();
    expect(calls).to.have.length(asked);
    expect(p._found.served!.note).to.match(/^the API failed \(Failed to fetch; not asked again for \d+ s\), so computed in this browser$/);

    // An error answer falls back too; the scenarios and the break-even use the API the same way.
    forgetApiFailures();
    window.fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(url), method: init?.method ?? "GET", body: undefined });
      return json({ error: { code: "internal_error", message: "internal error", path: "" } }, 500);
    }) as typeof fetch;
    await p.find();
    expect(p._found.served!.note).to.contain("the API failed (internal error)");
    forgetApiFailures();
    window.fetch = engineApi as typeof fetch;
    calls = [];
    const s = await open(el, "scenarios", (x) => x._scenarios.status === "done");
    expect(calls[0]).to.deep.include({ url: "https://api.example/v1/scenarios", method: "GET" });
    expect(s._scenarios.served!.via).to.equal("api");
    const b = await open(el, "breakeven", (x) => x._be.status === "done");
    expect(calls.at(-1)).to.deep.include({ url: "https://api.example/v1/breakeven", method: "POST" });
    expect(b._be.served!.via).to.equal("api");
  });

  it("a link restores the open planning view; closing the view hides it", async () => {
    history.replaceState(null, "", location.pathname);
    try {
      const el = await render(html`<llm-inference-calc sync-url></llm-inference-calc>`);
      await open(el, "scenarios", (x) => x._scenarios.status === "done");
      expect(location.hash).to.contain("scenarios");
      const restored = await render(html`<llm-inference-calc sync-url></llm-inference-calc>`);
      expect(restored.plan).to.equal("scenarios");
      el.openPlan("");
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector("llm-inference-calc-planning")).to.equal(null);
    } finally {
      history.replaceState(null, "", location.pathname + location.search);
    }
  });

  it("the plan attribute opens a view at once", async () => {
    const el = await render(html`<llm-inference-calc plan="breakeven"></llm-inference-calc>`);
    await until(() => !!el.shadowRoot!.querySelector("llm-inference-calc-planning")?.shadowRoot?.querySelector("figure svg"), 10000);
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>("[part=plan] button[aria-pressed=true]")!.textContent).to.equal("Break-even");
  });
});
