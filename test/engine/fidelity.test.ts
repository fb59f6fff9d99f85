// Accuracy on published measurements is a tested property: the calibration set's acceptance figures, the
// eager set's, and the README's accuracy table, which must match what the code produces.
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, markdownTable } from "../fidelity/evaluate.js";

describe("calibration set (test/fidelity/measured.json)", () => {
  const e = evaluate("measured");

  it("covers every record", () => {
    expect(e.scored.length).toBe(150);
    expect(e.skipped).toEqual([]);
  });
  it("median absolute error is at most 15%", () => expect(e.overall.mdape).toBeLessThanOrEqual(0.15));
  it("at least 75% of points are within 25%", () => expect(e.overall.within25).toBeGreaterThanOrEqual(0.75));
  it.each(e.groups)("group %s has a median error of at most 35%", (_g, s) => expect(s.mdape).toBeLessThanOrEqual(0.35));
  it("is not biased by more than 10% either way", () => {
    expect(e.overall.bias).toBeGreaterThan(0.9);
    expect(e.overall.bias).toBeLessThan(1.1);
  });
});

describe("eager set (test/fidelity/eager-measured.json)", () => {
  it("plain transformers generate() is predicted within 15% median error", () => {
    expect(evaluate("eager").overall.mdape).toBeLessThanOrEqual(0.15);
  });
});

describe("README accuracy table", () => {
  const readmePath = new URL("../../README.md", import.meta.url);
  const START = "<!-- accuracy-table:start -->";
  const END = "<!-- accuracy-table:end -->";
  it("matches what the calibration produces", () => {
    const readme = readFileSync(readmePath, "utf8");
    const table = `${START}\n${markdownTable(evaluate("measured"))}\n${END}`;
    const current = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
    if (process.env.UPDATE_README) writeFileSync(readmePath, readme.replace(current, () => table));
    else expect(current).toBe(table);
  });
});

describe("the fit", () => {
  it("reproduces shared/catalog/calibration.ts exactly (constants come from the script, not from hand edits)", async () => {
    const { runFit, CALIBRATION_FILE } = await import("../fidelity/fit.js");
    expect(runFit().file).toBe(readFileSync(CALIBRATION_FILE, "utf8"));
  }, 120_000);
});

describe("README held-out table", () => {
  it("matches a fresh cross-validation (fit without one group, score it)", async () => {
    const { crossValidate, crossValidationTable } = await import("../fidelity/crossval.js");
    const readmePath = new URL("../../README.md", import.meta.url);
    const START = "<!-- crossval-table:start -->";
    const END = "<!-- crossval-table:end -->";
    const readme = readFileSync(readmePath, "utf8");
    const table = `${START}\n${crossValidationTable(crossValidate())}\n${END}`;
    const current = readme.slice(readme.indexOf(START), readme.indexOf(END) + END.length);
    if (process.env.UPDATE_README) writeFileSync(readmePath, readme.replace(current, () => table));
    else expect(current).toBe(table);
  }, 240_000);
});
