// Parameter counts and KV-cache sizes against cited facts (test/fixtures/reference-models.json).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeArchitecture, architectureFromHfConfig, Architecture, estimate, MODELS } from "../../shared/index.js";

type Reference = { id: string; hfConfig: string; computedParams: number; computedActiveParams?: number; source: string };
const fixtures = new URL("../fixtures/", import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, fixtures), "utf8"));
const references: Reference[] = readJson("reference-models.json").models;

const shapeOf = (hfConfig: unknown) => analyzeArchitecture(Architecture.parse(architectureFromHfConfig(hfConfig)));

describe("parameter counts from published config.json", () => {
  it.each(references.map((r) => [r.id, r] as const))("%s is within 0.5%% of its computed count", (_id, ref) => {
    const shape = shapeOf(readJson(ref.hfConfig));
    expect(Math.abs(shape.totalParams / ref.computedParams - 1)).toBeLessThan(0.005);
    if (ref.computedActiveParams !== undefined) {
      expect(Math.abs(shape.activeParams / ref.computedActiveParams - 1)).toBeLessThan(0.005);
    }
  });

  it("Llama-2-7B is exactly 6,738,415,616", () => {
    expect(shapeOf(readJson("hf-configs/llama-2-7b.json")).totalParams).toBe(6_738_415_616);
  });

  it("covers the 16 open catalog models that predate 2025 (published-params.json covers the newer ones)", () => {
    const newer: string[] = readJson("published-params.json").models.map((m: { id: string }) => m.id);
    const open = MODELS.filter((m) => m.kind === "open" && !newer.includes(m.id)).map((m) => m.id).sort();
    expect(open).toHaveLength(16);
    expect(references.map((r) => r.id).sort()).toEqual(open);
  });

  it.each(references.map((r) => [r.id] as const))("catalog %s matches its config.json", (id) => {
    const entry = MODELS.find((m) => m.id === id)!;
    if (entry.kind !== "open") throw new Error("not open");
    const fromCatalog = analyzeArchitecture(Architecture.parse(entry.architecture));
    const fromConfig = shapeOf(readJson(`hf-configs/${id}.json`));
    expect(fromCatalog.totalParams).toBe(fromConfig.totalParams);
    expect(fromCatalog.activeParams).toBe(fromConfig.activeParams);
    expect(fromCatalog.kvElementsPerTokenPerLayer).toBe(fromConfig.kvElementsPerTokenPerLayer);
  });
});

describe("KV cache per token", () => {
  const kvPerToken = (model: string, precision = "fp16") =>
    estimate({ model, hardware: "h100-sxm", precision, inputTokens: 1, outputTokens: 1 }).memory.kvCacheBytesPerToken;

  it("Llama-2-7B fp16 is 524,288 bytes (2 x 32 layers x 32 heads x 128 x 2 bytes)", () => {
    expect(kvPerToken("llama-2-7b")).toBe(524_288);
  });
  it("Llama-3.1-8B fp16 is 131,072 bytes (8 KV heads)", () => {
    expect(kvPerToken("llama-3.1-8b")).toBe(131_072);
  });
  it("DeepSeek-V3 MLA caches 576 elements per layer (512 latent + 64 rope)", () => {
    const shape = shapeOf(readJson("hf-configs/deepseek-v3.json"));
    expect(shape.kvElementsPerTokenPerLayer).toBe(576);
    expect(kvPerToken("deepseek-v3", "fp8")).toBe(576 * 61);
  });
  it("sliding-window layers stop growing at the window", () => {
    const at = (inputTokens: number) =>
      estimate({ model: "mistral-7b", hardware: "h100-sxm", inputTokens, outputTokens: 1 }).memory.kvCacheGB;
    expect(at(8191)).toBeCloseTo(at(4095) + 0, 6);
    expect(at(2000)).toBeLessThan(at(4000));
  });
});

describe("config.json errors", () => {
  const base = () => readJson("hf-configs/llama-3.1-8b.json");
  it("names a missing required field", () => {
    const config = base();
    delete config.hidden_size;
    expect(() => estimate({ model: { hfConfig: config }, hardware: "h100-sxm", inputTokens: 1, outputTokens: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_hf_config", path: "model.hfConfig.hidden_size" }),
    );
  });
  it("names a field of the wrong type", () => {
    const config = { ...base(), num_hidden_layers: "32" };
    expect(() => estimate({ model: { hfConfig: config }, hardware: "h100-sxm", inputTokens: 1, outputTokens: 1 })).toThrowError(
      expect.objectContaining({ code: "invalid_hf_config", path: "model.hfConfig.num_hidden_layers" }),
    );
  });
  it("ignores unknown keys", () => {
    const config = { ...base(), some_future_key: { nested: [1, 2] } };
    const r = estimate({ model: { hfConfig: config }, hardware: "h100-sxm", inputTokens: 1, outputTokens: 1 });
    expect(r.model.totalParams).toBe(8_030_261_248);
  });
  it("a MoE config without experts per token is an error naming the key", () => {
    const config = readJson("hf-configs/mixtral-8x7b.json");
    delete config.num_experts_per_tok;
    expect(() => architectureFromHfConfig(config)).toThrowError(
      expect.objectContaining({ code: "invalid_hf_config", path: "model.hfConfig.num_experts_per_tok" }),
    );
  });
});
