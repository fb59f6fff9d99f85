// Fixes for a setup that does not fit: single changes, two at once (a lighter format on fewer devices), and the
// cheapest other catalog device; each one, applied, fits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimate, type EstimateRequestInput } from "../../shared/index.js";

const tooBig = { model: "llama-3.1-70b", hardware: "rtx-4090", precision: "fp16", inputTokens: 1000, outputTokens: 500 } as const;
const applied = (request: EstimateRequestInput, changes: Record<string, string | number>) => ({ ...request, ...changes }) as EstimateRequestInput;

describe("fixes", () => {
  it("Llama 3.1 70B in fp16 on one RTX 4090: more devices, int4 on 2 devices, or the cheapest device that holds it", () => {
    const { verdict, fixes } = estimate(tooBig).compatibility;
    expect(verdict).toBe("incompatible");
    expect(fixes.map((f) => f.changes)).toEqual(
      expect.arrayContaining([{ deviceCount: 8 }, { precision: "int4", deviceCount: 2 }, expect.objectContaining({ hardware: expect.any(String) })]),
    );
  });

  it("every fix, applied, fits in memory", () => {
    const requests = fc.record({
      model: fc.constantFrom("llama-3.1-70b", "llama-3.1-405b", "qwen2.5-72b", "mixtral-8x7b", "gemma-2-27b", "llama-3.1-8b"),
      hardware: fc.constantFrom("rtx-4090", "l4", "a100-40gb", "h100-sxm", "t4", "l40s"),
      precision: fc.constantFrom("fp16", "fp8", "int8"),
      deviceCount: fc.constantFrom(1, 2),
      inputTokens: fc.integer({ min: 100, max: 30_000 }),
      outputTokens: fc.integer({ min: 10, max: 4000 }),
      batchSize: fc.integer({ min: 1, max: 64 }),
      deployment: fc.constantFrom("cloud", "local"),
    });
    fc.assert(
      fc.property(requests, (request) => {
        const r = estimate(request);
        if (r.compatibility.verdict === "compatible" || r.compatibility.reasons.some((x) => /context/.test(x))) return;
        for (const f of r.compatibility.fixes) {
          if (f.field === "deviceCount" && r.compatibility.reasons.some((x) => /split evenly/.test(x))) continue;
          const after = estimate(applied(request, f.changes));
          expect(after.compatibility.reasons.filter((x) => /per device|fits only/.test(x)), `${JSON.stringify(request)} + ${JSON.stringify(f.changes)}`).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("the other device suggested is the cheapest that fits, of the same class", () => {
    const { fixes } = estimate({ ...tooBig, deployment: "local" }).compatibility;
    const other = fixes.find((f) => f.field === "hardware")!;
    expect(other.changes.hardware).not.toMatch(/apple|jetson|cpu|xeon/);
  });
});
