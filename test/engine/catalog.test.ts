// Every catalog entry's numbers have their sources beside them (shared/catalog/sources/), joined by id.
import { describe, expect, it } from "vitest";
import { HARDWARE, HARDWARE_SOURCES, MODEL_SOURCES, MODELS } from "../../shared/index.js";

describe("catalog sources", () => {
  it.each([
    ["models", MODELS, MODEL_SOURCES],
    ["hardware", HARDWARE, HARDWARE_SOURCES],
  ] as const)("each of the %s has sources with dates, and no source names a missing entry", (_, entries, sources) => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.keys(sources).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const cited = sources[id]!;
      expect(cited.sources.length, id).toBeGreaterThan(0);
      for (const s of cited.sources) {
        expect(s.source.length, id).toBeGreaterThan(0);
        expect(s.date.length, id).toBeGreaterThan(0);
      }
    }
  });

  it("every API price carries its date", () => {
    for (const m of MODELS) if (m.kind === "api") expect(MODEL_SOURCES[m.id]!.priceDate, m.id).toMatch(/^\d{4}-\d{2}/);
  });
});
