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

/** Hourly cost of the devices in named parts (rental, or energy and depreciation), or the figure that is missing. */
function hourly(s: Scenario): Hourly {
  const spec = s.hardware.spec;
  const n = s.deviceCount;
  const a = s.assumptions;
  if (s.deployment === "cloud") {
    if (spec.hourlyUSD === undefined) return { basis: "rental", missing: `no rental price for ${s.hardware.name}; give hardware.hourlyUSD` };
    const rentalUSD = spec.hourlyUSD * n;
    return { basis: "rental", perHourUSD: rentalUSD, parts: { rentalUSD } };
  }
  if (spec.purchaseUSD === undefined || spec.powerW === undefined) {
    const what = spec.purchaseUSD === undefined ? "purchase price (hardware.purchaseUSD)" : "power (hardware.powerW)";
    return { basis: "owned", missing: `no ${what} for ${s.hardware.name}` };
  }
  const energyUSD = ((spec.powerW * n * a.pue) / 1000) * a.electricityUSDPerKWh;
  const depreciationUSD = (spec.purchaseUSD * n) / (a.lifetimeYears * HOURS_PER_YEAR * a.dutyCycle);
  return { basis: "owned", perHourUSD: energyUSD + depreciationUSD, parts: { energyUSD, depreciationUSD } };
}

/** What the devices cost per hour, whatever they do (null when a price is missing). */
export function hourlyUSD(s: Scenario): number | null {
  const h = hourly(s);
  return "missing" in h ? null : h.perHourUSD;
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
  for (const name in h.parts) breakdown[name] = h.parts[name]! / 3600 / requestsPerSec;
  return {
    basis: h.basis,
    perRequestUSD: h.perHourUSD / 3600 / requestsPerSec,
    perMillionOutputTokensUSD: (h.perHourUSD / 3600 / outputTokensPerSec) * 1e6,
    perHourUSD: h.perHourUSD,
    breakdown,
    missing: null,
  };
}
