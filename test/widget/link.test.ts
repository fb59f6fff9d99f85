// A shared link (the URL hash) is untrusted: what it has that the engine does not know is named, values the engine
// refuses are not used, and every control shows the state the estimate actually uses.
import { expect, html } from "@open-wc/testing";
import { estimate, type EstimateRequestInput } from "../../shared/index.js";
import type { LlmInferenceCalc } from "../../widget/llm-inference-calc.js";
import { $, render, text } from "./helpers.js";

/** Open a page whose hash holds `state`, and the element that reads it. */
async function fromLink(state: unknown): Promise<LlmInferenceCalc> {
  history.replaceState(null, "", `#${new URLSearchParams({ "llm-calc": JSON.stringify(state) })}`);
  return render(html`<llm-inference-calc sync-url></llm-inference-calc>`);
}

/** Each control and the state it stands for: what it shows must be that state. */
function expectControlsShowState(el: LlmInferenceCalc) {
  const value = (id: string) => $<HTMLInputElement | HTMLSelectElement>(el, `#${id}`).value;
  const shown = {
    model: value("model"),
    hardware: value("hardware"),
    deviceCount: value("devices"),
    precision: value("precision"),
    kvPrecision: value("kv"),
    inputTokens: value("input-tokens"),
    outputTokens: value("output-tokens"),
    batchSize: value("batch"),
    deployment: value("deployment"),
    sweepPoints: value("sweep-n"),
    sweepField: value("sweep-x"),
  };
  const state = {
    model: el.model,
    hardware: el.hardware,
    deviceCount: String(el.deviceCount),
    precision: el.precision,
    kvPrecision: el.kvPrecision,
    inputTokens: String(el.inputTokens),
    outputTokens: String(el.outputTokens),
    batchSize: String(el.batchSize),
    deployment: el.deployment,
    sweepPoints: String(el._sweep.points),
    sweepField: el._sweep.field,
  };
  expect(shown).to.deep.equal(state);
  // And that state is what the estimate used.
  expect(el.error).to.equal(null);
  expect(el.result).to.deep.equal(estimate(el.request()));
}

describe("a shared link", () => {
  afterEach(() => history.replaceState(null, "", location.pathname + location.search));

  it("shows the engine's warnings for fields it does not know", async () => {
    const el = await fromLink({
      request: { model: "llama-3.1-8b", hardware: "h100-sxm", inputTokens: 1000, outputTokens: 500, batchsize: 64, devices: 4 },
      pinned: [{ model: "llama-3.1-8b", hardware: "l4", inputTokens: 100, outputTokens: 100, precison: "fp8" }],
    });
    const notes = text(el, "[part=notes]");
    expect(notes).to.contain('"batchsize" is not a field of this request (did you mean "batchSize"?): ignored');
    expect(notes).to.contain('"devices" is not a field of this request');
    expect(notes).to.contain('"pinned[0].precison" is not a field of this request (did you mean "precision"?)');
    // The known fields are used.
    expect(el.batchSize).to.equal(1);
    expect(el._pinned).to.have.length(1);
    expectControlsShowState(el);
    await expect(el).to.be.accessible();
  });

  it("leaves the controls showing the state actually used when its values are malformed", async () => {
    const el = await fromLink({
      request: { model: "no-such-model", hardware: "h100-sxm", deviceCount: "four", precision: "fp7", inputTokens: -5, outputTokens: 300, batchSize: 8, deployment: "moon" },
      sweep: { field: "batchSize", points: 100 },
      plan: "nowhere",
    });
    // What the link got right is used; each refused field keeps the calculator's own value, with a note.
    expect([el.model, el.deviceCount, el.precision, el.inputTokens, el.outputTokens, el.batchSize, el.deployment]).to.deep.equal([
      "llama-3.1-8b",
      1,
      "fp16",
      1000,
      300,
      8,
      "cloud",
    ]);
    const notes = text(el, "[part=notes]");
    for (const field of ["model", "deviceCount", "precision", "inputTokens", "deployment"]) expect(notes).to.contain(`The link's "${field}" was not used`);
    // 100 points is not offered: the nearest that is.
    expect(el._sweep.points).to.equal(128);
    expect(el.plan).to.equal("");
    expectControlsShowState(el);
  });

  it("fills a hybrid's second configuration as the engine does for what the link leaves out", async () => {
    const request: EstimateRequestInput = {
      model: "llama-3.1-8b",
      hardware: "h100-sxm",
      deviceCount: 2,
      inputTokens: 800,
      outputTokens: 200,
      deployment: "hybrid",
      hybrid: { share: 0.3, alternative: { hardware: "l4" } },
    };
    const el = await fromLink({ request });
    // The engine's reading: the second path is the same model on the first path's device count, self-hosted.
    expect(el._alt).to.deep.include({ model: "llama-3.1-8b", hardware: "l4", deviceCount: 2, deployment: "local" });
    expect(el._primary).to.equal("local");
    expect([$<HTMLSelectElement>(el, "#alt-model").value, $<HTMLInputElement>(el, "#alt-devices").value, $<HTMLSelectElement>(el, "#alt-deploy").value, $<HTMLSelectElement>(el, "#primary").value]).to.deep.equal([
      "llama-3.1-8b",
      "2",
      "local",
      "local",
    ]);
    expect(el.result).to.deep.equal(estimate(request));
    expectControlsShowState(el);
  });
});
