// Models by Hugging Face Hub id in the widget, read from this browser against the fake Hub (test/fake-hub, on another
// origin, with the Hub's CORS headers): the search as you type (debounced, an earlier search aborted, the ARIA
// combobox from the keyboard), an id entered without the list, what the Hub publishes beside the engine's count, every
// way the Hub fails with pasting config.json instead, the timeout, shared links that keep `{ hf }` and read it again,
// and pins, comparisons and sweeps of a Hub model. No test uses the network.
import { expect, html } from "@open-wc/testing";
import { estimate, sweep, type SweepRequestInput } from "../../shared/index.js";
import type { LlmInferenceCalc } from "../../widget/llm-inference-calc.js";
import { forgetApiFailures } from "../../widget/api-client.js";
import { FAKE_REPOS } from "../fake-hub/repos.js";
import { $, click, fakeHubUrl, press, render, text, type, until } from "./helpers.js";

/** Requests the fake Hub has answered, by path (and `aborted:<path>` for searches the client gave up). */
async function hits(): Promise<Record<string, number>> {
  return (await (await fetch(`${await fakeHubUrl()}/__fake/hits`)).json()) as Record<string, number>;
}
const configPath = (id: string) => `/${id}/resolve/main/config.json`;
const configOf = async (id: string) => (await fetch(`${await fakeHubUrl()}${configPath(id)}`)).json() as Promise<Record<string, unknown>>;

const options = (el: LlmInferenceCalc) => [...el.shadowRoot!.querySelectorAll("[role=option] span")].map((o) => o.textContent!);

/** The calculator reading the fake Hub, with the Hub model field open. */
async function hubCalc(): Promise<LlmInferenceCalc> {
  const hub = await fakeHubUrl();
  const el = await render(html`<llm-inference-calc hub=${hub} api-base="https://api.example/" sweep-threshold="10"></llm-inference-calc>`);
  el.hubTimeoutMs = 2000;
  await type(el, "#model", "hf");
  await until(() => el.shadowRoot!.querySelector("#hub-id") !== null);
  await el.updateComplete;
  return el;
}

/** Type an id and press Enter; resolves once the model is read (or could not be). */
async function enter(el: LlmInferenceCalc, id: string): Promise<void> {
  await type(el, "#hub-id", id);
  await press(el, "#hub-id", "Enter");
}

describe("a Hugging Face Hub model", () => {
  it("passes an axe-core check with the field, its list of models found, and an error", async () => {
    const el = await hubCalc();
    await expect(el).to.be.accessible();
    await type(el, "#hub-id", "qwen");
    await until(() => options(el).length > 0);
    await press(el, "#hub-id", "ArrowDown");
    await expect(el).to.be.accessible();
    await enter(el, "meta-llama/Llama-3.1-8B");
    expect(el.error).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it("searches as you type once typing pauses, and reads the model picked: its result beside the Hub's published count", async () => {
    const el = await hubCalc();
    expect($<HTMLSelectElement>(el, "#model").value).to.equal("hf");
    expect(text(el, "[part=results]")).to.contain("Search the Hugging Face Hub for a model");
    const before = (await hits())["/api/models"] ?? 0;
    for (const typed of ["q", "qw", "qwe", "qwen", "qwen3"]) await type(el, "#hub-id", typed);
    await until(() => options(el).length > 0);
    // One search for the word typed, not one per key; only text-generation models with it in their id.
    expect(((await hits())["/api/models"] ?? 0) - before).to.equal(1);
    expect(options(el).every((id) => /qwen3/i.test(id))).to.equal(true);
    expect(options(el)).to.include("Qwen/Qwen3-30B-A3B");
    const input = $<HTMLInputElement>(el, "#hub-id");
    expect(input.getAttribute("aria-expanded")).to.equal("true");
    expect(text(el, "#hub-state")).to.match(/^\d models found/);

    // The arrow keys move through the list (aria-activedescendant follows), wrapping; Escape closes it.
    await press(el, "#hub-id", "ArrowDown");
    await press(el, "#hub-id", "ArrowDown");
    expect(input.getAttribute("aria-activedescendant")).to.equal("hub-opt-1");
    expect($(el, "#hub-opt-1").getAttribute("aria-selected")).to.equal("true");
    await press(el, "#hub-id", "ArrowUp");
    await press(el, "#hub-id", "ArrowUp");
    expect(input.getAttribute("aria-activedescendant")).to.equal(`hub-opt-${options(el).length - 1}`);
    await press(el, "#hub-id", "Escape");
    expect(input.getAttribute("aria-expanded")).to.equal("false");
    expect(input.hasAttribute("aria-activedescendant")).to.equal(false);
    expect(input.value).to.equal("qwen3");

    // Down again, to the model wanted, and Enter reads it.
    const index = options(el).indexOf("Qwen/Qwen3-30B-A3B");
    for (let i = 0; i <= index; i++) await press(el, "#hub-id", "ArrowDown");
    await press(el, "#hub-id", "Enter");
    expect(el.hubModel).to.deep.equal({ hf: "Qwen/Qwen3-30B-A3B" });
    expect(input.value).to.equal("Qwen/Qwen3-30B-A3B");
    expect(el.error).to.equal(null);
    const r = el.result!;
    expect(r.model.id).to.equal("Qwen/Qwen3-30B-A3B");
    // The engine's count from config.json, as pasting it gives, and beside it the Hub's published one.
    const pasted = estimate({ ...el.request(), model: { hfConfig: await configOf("Qwen/Qwen3-30B-A3B") } });
    expect(r.model.totalParams).to.equal(pasted.model.totalParams);
    expect(r.memory).to.deep.equal(pasted.memory);
    expect(r.model.hub).to.include({ id: "Qwen/Qwen3-30B-A3B", publishedTotalParams: 30_532_122_624, checkpointDtype: "BF16" });
    expect(text(el, "[part=published]")).to.equal("Published on the Hugging Face Hub: 30.5 B parameters in its safetensors files (mostly BF16); 30.5 B counted from config.json, the same count.");
    expect(text(el, "[part=verdict]")).to.contain("Qwen/Qwen3-30B-A3B");
    const from = (await fakeHubUrl()).replace("http://", "");
    expect(text(el, ".hub-read")).to.equal(`Read by this browser from ${from}, commit ${r.model.hub!.sha!.slice(0, 7)}: 48 layers, hidden size 2048.`);
  });

  it("picks a model from the list with the pointer, and shows the engine's warnings for the Hub's checkpoint", async () => {
    const el = await hubCalc();
    await type(el, "#precision", "int4");
    await type(el, "#hub-id", "qwen3.5-27");
    await until(() => options(el).includes("Qwen/Qwen3.5-27B"));
    const option = [...el.shadowRoot!.querySelectorAll<HTMLElement>("[role=option]")].find((o) => o.textContent!.includes("Qwen/Qwen3.5-27B"))!;
    option.click();
    await el.updateComplete;
    expect(el.result!.model.id).to.equal("Qwen/Qwen3.5-27B");
    expect(el.result!.warnings.join("\n")).to.contain("Qwen/Qwen3.5-27B is published in BF16 (16-bit weights); this estimate is for int4 weights");
    expect(text(el, "[part=results]")).to.contain("Qwen/Qwen3.5-27B is published in BF16");
    expect(text(el, "[part=published]")).to.match(/^Published on the Hugging Face Hub: 27\.8 B parameters in its safetensors files \(mostly BF16\); [\d.]+ B counted from config\.json, [\d.]+% below it\.$/);
  });

  it("aborts an earlier search when a newer one starts", async () => {
    const el = await hubCalc();
    const before = await hits();
    await type(el, "#hub-id", "slowsearch");
    // The slow search reaches the Hub, then a newer one replaces it.
    await waitForHits((h) => (h["/api/models"] ?? 0) > (before["/api/models"] ?? 0));
    await type(el, "#hub-id", "phi-4");
    await until(() => options(el).includes("microsoft/phi-4"));
    await waitForHits((h) => (h["aborted:/api/models"] ?? 0) > (before["aborted:/api/models"] ?? 0));
    expect(options(el)).to.deep.equal(["microsoft/phi-4"]);
  });

  it("reads an id typed in full and entered, without searching or opening the list", async () => {
    const el = await hubCalc();
    const before = await hits();
    await enter(el, "microsoft/phi-4");
    expect(el.result!.model.id).to.equal("microsoft/phi-4");
    expect($(el, "#hub-id").getAttribute("aria-expanded")).to.equal("false");
    // Enter came before typing paused: no search was made.
    await new Promise((r) => setTimeout(r, 400));
    expect((await hits())["/api/models"] ?? 0).to.equal(before["/api/models"] ?? 0);
  });

  const failures: [string, string, string, string][] = [
    ["gated", "meta-llama/Llama-3.1-8B", "hub_gated", "meta-llama/Llama-3.1-8B is gated on the Hugging Face Hub"],
    ["gated, X-Error-Code not exposed to the page", FAKE_REPOS.hiddenCode, "hub_gated", "is not public on the Hugging Face Hub (HTTP 401): it is gated or private, or no such model exists"],
    ["not found (401 RepoNotFound)", "nobody/no-such-model", "hub_not_found", 'the Hugging Face Hub has no public model "nobody/no-such-model"'],
    ["not found (404: no config.json)", FAKE_REPOS.noConfig, "hub_not_found", "fake-hub/gguf-only has no config.json"],
    ["oversized, streamed", FAKE_REPOS.huge, "hub_too_large", "config.json on the Hugging Face Hub is over 512 KB"],
    ["oversized, declared", FAKE_REPOS.hugeDeclared, "hub_too_large", "config.json on the Hugging Face Hub is over 512 KB"],
    ["not JSON", FAKE_REPOS.notJson, "hub_invalid_config", "fake-hub/not-json's config.json on the Hugging Face Hub is not a JSON object"],
    ["redirected off the Hub", FAKE_REPOS.mirrored, "hub_unavailable", ", which is not the Hub's host"],
  ];
  for (const [name, id, code, message] of failures) {
    it(`says why it cannot read a model (${name}) and offers pasting its config.json`, async () => {
      const el = await hubCalc();
      await enter(el, id);
      const e = el.error as Error & { code: string; path: string };
      expect([e.code, e.path]).to.deep.equal([code, "model.hf"]);
      expect(e.message).to.contain(message).and.to.contain('paste its config.json as "model.hfConfig" instead');
      expect(text(el, "#hub-err")).to.equal(e.message);
      expect($(el, "#hub-id").getAttribute("aria-invalid")).to.equal("true");
      expect(text(el, "[part=results]")).to.contain(`No estimate: ${e.message}`);
      expect(el.result).to.equal(null);
    });
  }

  it("opens the config.json area when the person pastes instead, and links to the file on the Hub", async () => {
    const el = await hubCalc();
    await enter(el, "meta-llama/Llama-3.1-8B");
    const file = el.shadowRoot!.querySelector<HTMLAnchorElement>(".hub-failure a")!;
    expect(file.href).to.equal(`${await fakeHubUrl()}/meta-llama/Llama-3.1-8B/blob/main/config.json`);
    await click(el, "button", "Paste config.json instead");
    expect(el.model).to.equal("custom");
    expect(el.shadowRoot!.activeElement?.id).to.equal("config");
    // Back to the Hub entry: the model is still the one named, and its answer (lasting) is not asked for again.
    const before = await hits();
    await type(el, "#model", "hf");
    await until(() => el.shadowRoot!.querySelector("#hub-err") !== null);
    expect(el.hubModel).to.deep.equal({ hf: "meta-llama/Llama-3.1-8B" });
    expect((await hits())[configPath("meta-llama/Llama-3.1-8B")]).to.equal(before[configPath("meta-llama/Llama-3.1-8B")]);
  });

  it("says it is reading, gives up at its timeout, and reads again when asked", async () => {
    const el = await hubCalc();
    el.hubTimeoutMs = 400;
    await type(el, "#hub-id", FAKE_REPOS.slow);
    $(el, "#hub-id").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, composed: true, cancelable: true }));
    await until(() => el.shadowRoot!.querySelector("#hub-state")?.textContent === "Reading config.json from the Hugging Face Hub…");
    expect(text(el, "[part=results]")).to.contain("Loading what these inputs need…");
    await el.updateComplete;
    const e = el.error as Error & { code: string };
    expect(e.code).to.equal("hub_timeout");
    expect(e.message).to.contain("the Hugging Face Hub did not send fake-hub/slow-model's config.json within 0.4 s");
    // A timeout is the moment's answer: asked again, the Hub is asked again.
    const before = (await hits())[configPath(FAKE_REPOS.slow)] ?? 0;
    await click(el, "button", "Try again");
    await el.updateComplete;
    expect((el.error as Error & { code: string }).code).to.equal("hub_timeout");
    expect((await hits())[configPath(FAKE_REPOS.slow)]).to.equal(before + 1);
  });

  it("keeps { hf } in a shared link (not the config), and reads the model again when the link is opened", async () => {
    const hub = await fakeHubUrl();
    const before = await hits();
    const id = "Qwen/Qwen3-235B-A22B";
    const request = { model: { hf: id }, hardware: "h200", deviceCount: 8, precision: "fp8", inputTokens: 500, outputTokens: 200 };
    history.replaceState(null, "", `#${new URLSearchParams({ "llm-calc": JSON.stringify({ request, pinned: [{ ...request, deviceCount: 4 }] }) })}`);
    try {
      const el = await render(html`<llm-inference-calc sync-url hub=${hub}></llm-inference-calc>`);
      await until(() => el.result?.model.id === id);
      expect(el._notes).to.deep.equal([]);
      expect([el.model, $<HTMLSelectElement>(el, "#model").value, $<HTMLInputElement>(el, "#hub-id").value]).to.deep.equal(["hf", "hf", id]);
      expect((await hits())[configPath(id)]).to.equal((before[configPath(id)] ?? 0) + 1);
      // The pin is the same model: read once for both.
      await until(() => text(el, "[part=compare-table]").includes(id));
      expect((await hits())[configPath(id)]).to.equal((before[configPath(id)] ?? 0) + 1);
      const shared = JSON.parse(new URLSearchParams(el.link().split("#")[1]).get("llm-calc")!) as { request: { model: unknown }; pinned: { model: unknown }[] };
      expect(shared.request.model).to.deep.equal({ hf: id });
      expect(shared.pinned[0]!.model).to.deep.equal({ hf: id });
      expect(el.link()).to.not.contain("hidden_size");
    } finally {
      history.replaceState(null, "", location.pathname + location.search);
    }
  });

  it("does not use a link's malformed Hub id: the calculator keeps its own model, and says so", async () => {
    history.replaceState(null, "", `#${new URLSearchParams({ "llm-calc": JSON.stringify({ request: { model: { hf: "../../etc/passwd" }, hardware: "l4", inputTokens: 100, outputTokens: 100 } }) })}`);
    try {
      const el = await render(html`<llm-inference-calc sync-url hub=${await fakeHubUrl()}></llm-inference-calc>`);
      await until(() => el.result?.hardware.id === "l4");
      expect(el.model).to.equal("llama-3.1-8b");
      expect(text(el, "[part=notes]")).to.contain('The link\'s "model.hf" was not used: model.hf: must be a Hugging Face Hub model id');
    } finally {
      history.replaceState(null, "", location.pathname + location.search);
    }
  });

  it("pins and compares a Hub model, and a sweep sends the API the config.json read here", async () => {
    forgetApiFailures();
    const el = await hubCalc();
    await enter(el, "Qwen/Qwen3-8B");
    await click(el, "button", "Pin for comparison");
    await type(el, "#input-tokens", "4000");
    await click(el, "button", "Pin for comparison");
    await until(() => el.shadowRoot!.querySelectorAll("[part=compare-table] tbody tr").length === 2);
    expect(text(el, "[part=compare-table]").match(/Qwen\/Qwen3-8B/g)).to.have.length(2);
    expect(text(el, "[part=compare-table]")).to.not.contain("Invalid");
    // Another model, then a pinned one loaded back: the field shows the model loaded.
    await enter(el, "microsoft/phi-4");
    await click(el, "button", "Load");
    expect([el.hubModel, $<HTMLInputElement>(el, "#hub-id").value, el.result!.model.id]).to.deep.equal([{ hf: "Qwen/Qwen3-8B" }, "Qwen/Qwen3-8B", "Qwen/Qwen3-8B"]);

    const realFetch = window.fetch;
    const sent: SweepRequestInput[] = [];
    window.fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
      if (!String(url).startsWith("https://api.example/")) return realFetch(url, init);
      const body = JSON.parse(String(init!.body)) as SweepRequestInput;
      sent.push(body);
      return new Response(JSON.stringify(sweep(body)), { headers: { "content-type": "application/json" } });
    }) as typeof fetch;
    try {
      await type(el, "#sweep-n", "32");
      const out = (await el.runSweep())!;
      expect(out.via).to.equal("api");
      const model = sent[0]!.base.model as { hfConfig: Record<string, unknown>; hub: { id: string } };
      expect(model.hub.id).to.equal("Qwen/Qwen3-8B");
      expect(model.hfConfig).to.deep.equal(await configOf("Qwen/Qwen3-8B"));
      expect(el.shadowRoot!.querySelectorAll("figure svg").length).to.equal(3);
    } finally {
      window.fetch = realFetch;
    }
  });
});

/** Wait until the fake Hub's counts pass a check. */
async function waitForHits(check: (h: Record<string, number>) => boolean, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!check(await hits())) {
    if (performance.now() - start > timeoutMs) throw new Error("timed out waiting for the fake Hub");
    await new Promise((r) => setTimeout(r, 50));
  }
}
