// Cost per request, per million output tokens and per hour: API token prices, rented devices, or owned devices.
import type { ApiModelEntry } from "./catalog/types.js";
import type { Scenario } from "./scenario.js";
import { HOURS_PER_YEAR } from "./units.js";

export type CostFigures = {
  basis: "api" | "rental" | "owned";
  perRequestUSD: number | null;
  perMillionOutputTokensUSD: number | null;
  perHourUSD: number | null;
  breakdown: Record<string, number>;
  missing: string | null;
};

/** Token prices: the request pays for its input and output tokens, whatever the batch. */
export function apiCost(api: ApiModelEntry, s: Scenario, requestsPerSec: number | null): CostFigures {
  const inputUSD = (s.inputTokens * api.inputUSDPerMTok) / 1e6;
  const outputUSD = (s.outputTokens * api.outputUSDPerMTok) / 1e6;
  const perRequest = inputUSD + outputUSD;
  return {
    basis: "api",
    perRequestUSD: perRequest,
    perMillionOutputTokensUSD: (perRequest / s.outputTokens) * 1e6,
    perHourUSD: requestsPerSec === null ? null : perRequest * requestsPerSec * 3600,
    breakdown: { inputTokensUSD: inputUSD, outputTokensUSD: outputUSD },
    missing: null,
  };
}

type Hourly = { basis: "rental" | "owned"; perHourUSD: number; parts: Record<string, number> } | { basis: "rental" | "owned"; missing: string };

/** Energy per hour of the owned devices: power x devices x PUE at the electricity price. */
const energyUSD = (s: Scenario, powerW: number) => ((powerW * s.deviceCount * s.assumptions.pue) / 1000) * s.assumptions.electricityUSDPerKWh;

/** Depreciation per hour of the owned devices: the price spread over the hours they work in their lifetime. */
const depreciationUSD = (s: Scenario, purchaseUSD: number) =>
  (purchaseUSD * s.deviceCount) / (s.assumptions.lifetimeYears * HOURS_PER_YEAR * s.assumptions.dutyCycle);

/** Hourly cost of the devices in named parts (rental, or energy and depreciation), or the figure that is missing. */
function hourly(s: Scenario): Hourly {
  const spec = s.hardware.spec;
  if (s.deployment === "cloud") {
    if (spec.hourlyUSD === undefined) return { basis: "rental", missing: `no rental price for ${s.hardware.name}; give hardware.hourlyUSD` };
    const rentalUSD = spec.hourlyUSD * s.deviceCount;
    return { basis: "rental", perHourUSD: rentalUSD, parts: { rentalUSD } };
  }
  if (spec.purchaseUSD === undefined || spec.powerW === undefined) {
    const what = spec.purchaseUSD === undefined ? "purchase price (hardware.purchaseUSD)" : "power (hardware.powerW)";
    return { basis: "owned", missing: `no ${what} for ${s.hardware.name}` };
  }
  const energy = energyUSD(s, spec.powerW);
  const depreciation = depreciationUSD(s, spec.purchaseUSD);
  return { basis: "owned", perHourUSD: energy + depreciation, parts: { energyUSD: energy, depreciationUSD: depreciation } };
}

/** What the devices cost per hour, whatever they do (null when a price is missing): hourly()'s sums, no objects. */
export function hourlyUSD(s: Scenario): number | null {
  const spec = s.hardware.spec;
  if (s.deployment === "cloud") return spec.hourlyUSD === undefined ? null : spec.hourlyUSD * s.deviceCount;
  if (spec.purchaseUSD === undefined || spec.powerW === undefined) return null;
  return energyUSD(s, spec.powerW) + depreciationUSD(s, spec.purchaseUSD);
}

/**
 * Devices cost the same every hour whatever they do, so a request's share is the hourly cost times the time
 * the batch occupies them, divided among the requests in the batch.
 */
export function hardwareCost(s: Scenario, requestsPerSec: number, outputTokensPerSec: number): CostFigures {
  const h = hourly(s);
  if ("missing" in h) {
    return { basis: h.basis, perRequestUSD: null, perMillionOutputTokensUSD: null, perHourUSD: null, breakdown: {}, missing: h.missing };
  }
  const breakdown: Record<string, number> = {};
  for (const name in h.parts) breakdown[name] = perRequestUSD(h.parts[name]!, requestsPerSec);
  return {
    basis: h.basis,
    perRequestUSD: perRequestUSD(h.perHourUSD, requestsPerSec),
    perMillionOutputTokensUSD: perMillionOutputTokensUSD(h.perHourUSD, outputTokensPerSec),
    perHourUSD: h.perHourUSD,
    breakdown,
    missing: null,
  };
}

/** A request's share of an hourly cost, at the rate requests are served. */
export const perRequestUSD = (perHourUSD: number, requestsPerSec: number): number => perHourUSD / 3600 / requestsPerSec;

/** An hourly cost per million output tokens, at the rate tokens are produced. */
export const perMillionOutputTokensUSD = (perHourUSD: number, outputTokensPerSec: number): number => (perHourUSD / 3600 / outputTokensPerSec) * 1e6;
