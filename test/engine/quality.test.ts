// Quality: one leaderboard's scores, keyed by catalog ids, and the quality floor recommend applies with them.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODELS, QUALITY, qualityOf, recommend } from "../../shared/index.js";


const workload = { inputTokens: 500, outputTokens: 200, requestsPerSecond: 3 };
const constraints = {
  models: ["llama-3.1-8b", "llama-3.1-70b", "qwen2.5-72b", "gpt-4o-mini", "gpt-4.1-mini", "claude-3-haiku", "claude-sonnet-4.5"],
  hardware: ["l4", "l40s", "h100-sxm"],
};

describe("quality index", () => {
  it("names one dated source, and every score belongs to a catalog model", () => {
    expect(QUALITY.source).toContain("LMArena");
    expect(QUALITY.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ids = new Set(MODELS.map((m) => m.id));
    for (const [id, score] of Object.entries(QUALITY.scores)) {
      expect(ids.has(id), id).toBe(true);
      expect(score, id).toBeGreaterThan(900);
      expect(score, id).toBeLessThan(1600);
    }
  });

  it("table: cited leaderboard rows (LMArena text, 2026-01-16)", () => {
    expect(qualityOf("gemini-2.5-pro")).toBe(1451);
    expect(qualityOf("claude-sonnet-4.5")).toBe(1450);
    expect(qualityOf("gpt-4")).toBe(1276); // gpt-4-0613
    expect(qualityOf("llama-2-7b")).toBe(1109); // llama-2-7b-chat
    expect(qualityOf("qwen2.5-7b")).toBeNull(); // not on the leaderboard
    expect(qualityOf("no-such-model")).toBeNull();
  });
});

describe("recommend with a quality floor", () => {
  it("leaves out every model below the floor and those without a score, and counts them", () => {
    const all = recommend({ workload, constraints, limit: 200 });
    const floor = qualityOf("gpt-4o-mini")!;
    const r = recommend({ workload, constraints: { ...constraints, minQuality: floor }, limit: 200 });
    expect(r.qualityFloor).toBe(floor);
    expect(r.options.length).toBeGreaterThan(0);
    for (const o of r.options) {
      expect(o.quality).toBe(qualityOf(o.request.model as string));
      expect(o.quality!).toBeGreaterThanOrEqual(floor);
    }
    // llama-3.1-8b (1212) and claude-3-haiku (1262) are below; they were cheaper options without the floor.
    expect(all.options.some((o) => o.request.model === "llama-3.1-8b")).toBe(true);
    expect(r.options.some((o) => ["llama-3.1-8b", "claude-3-haiku", "llama-3.1-70b"].includes(o.request.model as string))).toBe(false);
    expect(r.rejected.quality).toBeGreaterThan(0);
    expect(r.candidates).toBe(all.candidates);
    expect(r.feasible + Object.values(r.rejected).reduce((a, b) => a + b, 0)).toBe(r.candidates);
    // Without a floor, nothing is turned down for quality and unscored models stay in.
    expect(all.rejected.quality).toBe(0);
    expect(all.qualityFloor).toBeNull();
    const unscored = recommend({ workload, constraints: { models: ["qwen2.5-7b", "llama-3.1-8b"], hardware: ["l4"] } });
    expect(unscored.options.some((o) => o.request.model === "qwen2.5-7b" && o.quality === null)).toBe(true);
    const floored = recommend({ workload, constraints: { models: ["qwen2.5-7b", "llama-3.1-8b"], hardware: ["l4"], minQuality: 1000 } });
    expect(floored.options.every((o) => o.request.model === "llama-3.1-8b")).toBe(true);
  });

  it('"at least as good as" a model sets its score as the floor; with minQuality too, the higher one holds', () => {
    const named = recommend({ workload, constraints: { ...constraints, atLeastAsGoodAs: "gpt-4.1-mini" } });
    expect(named.qualityFloor).toBe(qualityOf("gpt-4.1-mini"));
    expect(JSON.stringify(named)).toBe(JSON.stringify(recommend({ workload, constraints: { ...constraints, minQuality: qualityOf("gpt-4.1-mini")! } })));
    expect(recommend({ workload, constraints: { ...constraints, atLeastAsGoodAs: "gpt-4o-mini", minQuality: 1400 } }).qualityFloor).toBe(1400);
    expect(recommend({ workload, constraints: { ...constraints, atLeastAsGoodAs: "gpt-4.1-mini", minQuality: 1000 } }).qualityFloor).toBe(qualityOf("gpt-4.1-mini"));
  });

  it("names the field: an unknown model, a model without a score, a score out of range", () => {
    expect(() => recommend({ workload, constraints: { atLeastAsGoodAs: "gpt-9" } })).toThrowError(
      expect.objectContaining({ code: "unknown_model", path: "constraints.atLeastAsGoodAs" }),
    );
    expect(() => recommend({ workload, constraints: { atLeastAsGoodAs: "qwen2.5-7b" } })).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: "constraints.atLeastAsGoodAs" }),
    );
    expect(() => recommend({ workload, constraints: { minQuality: -1 } })).toThrowError(
      expect.objectContaining({ code: "invalid_input", path: "constraints.minQuality" }),
    );
  });

  it("raising the floor never makes the best option cheaper", () => {
    const cheapest = (minQuality: number) =>
      recommend({ workload, slo: { ttftMs: 2000, tpotMs: 80 }, constraints: { ...constraints, minQuality }, limit: 1 }).options[0]?.monthlyUSD ?? Number.POSITIVE_INFINITY;
    fc.assert(
      fc.property(fc.integer({ min: 1100, max: 1460 }), fc.integer({ min: 0, max: 200 }), (floor, raise) => {
        expect(cheapest(floor + raise)).toBeGreaterThanOrEqual(cheapest(floor));
      }),
      { numRuns: 25 },
    );
  });
});
