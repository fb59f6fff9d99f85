// The widget's main bundle (its entry and the chunks it imports statically: all a page loads before the first result)
// stays within its budget, 32 KB gzipped; `npm run bench` prints the same figures with every chunk's.
import { describe, expect, it } from "vitest";
// @ts-expect-error a bench script without declarations
import { MAIN_BUDGET_BYTES, widgetSizes } from "../bench/widget-size.mjs";

type Sizes = { main: { gz: number; files: { file: string }[] }; lazy: { file: string; loadedBy: string[] }[] };

describe("widget bundle", () => {
  it("loads at most 32 KB gzipped before the first result; the rest on demand", async () => {
    const { main, lazy } = (await widgetSizes()) as Sizes;
    expect(main.gz).toBeLessThanOrEqual(MAIN_BUDGET_BYTES);
    expect(main.files.map((f) => f.file)).toContain("dist/widget/llm-inference-calc.js");
    // The panels, the planning views and the Hugging Face Hub field with its reading are chunks loaded on demand, not
    // part of the main bundle.
    for (const name of ["panels", "llm-inference-calc-planning", "hub"]) {
      expect(lazy.some((f) => f.file.startsWith(`dist/widget/chunks/${name}-`) && f.loadedBy.length > 0), name).toBe(true);
    }
  }, 60_000);
});
