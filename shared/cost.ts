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

/** Hourly cost of the devices in named parts (rental, or energy and depreciation), or the figure that is missing. */
function hourlyParts(s: Scenario): { basis: "rental" | "owned"; parts: [string, number][] } | { missing: string; basis: "rental" | "owned" } {
  const spec = s.hardware.spec;
  const n = s.deviceCount;
  const a = s.assumptions;
  if (s.deployment === "cloud") {
    if (spec.hourlyUSD === undefined) return { basis: "rental", missing: `no rental price for ${s.hardware.name}; give hardware.hourlyUSD` };
    return { basis: "rental", parts: [["rentalUSD", spec.hourlyUSD * n]] };
  }
  if (spec.purchaseUSD === undefined || spec.powerW === undefined) {
    const what = spec.purchaseUSD === undefined ? "purchase price (hardware.purchaseUSD)" : "power (hardware.powerW)";
    return { basis: "owned", missing: `no ${what} for ${s.hardware.name}` };
  }
  const energyUSD = ((spec.powerW * n * a.pue) / 1000) * a.electricityUSDPerKWh;
  const depreciationUSD = (spec.purchaseUSD * n) / (a.lifetimeYears * HOURS_PER_YEAR * a.dutyCycle);
  return { basis: "owned", parts: [["energyUSD", energyUSD], ["depreciationUSD", depreciationUSD]] };
}

/**
 * Devices cost the same every hour whatever they do, so a request's share is the hourly cost times the time
 * the batch occupies them, divided among the requests in the batch.
 */
export function hardwareCost(s: Scenario, requestsPerSec: number, outputTokensPerSec: number): CostFigures {
  const hourly = hourlyParts(s);
  if ("missing" in hourly) {
    return { basis: hourly.basis, perRequestUSD: null, perMillionOutputTokensUSD: null, perHourUSD: null, breakdown: {}, missing: hourly.missing };
  }
  let perHour = 0;
  const breakdown: Record<string, number> = {};
  for (const [name, usdPerHour] of hourly.parts) {
    perHour += usdPerHour;
    breakdown[name] = usdPerHour / 3600 / requestsPerSec;
  }
  return {
    basis: hourly.basis,
    perRequestUSD: perHour / 3600 / requestsPerSec,
    perMillionOutputTokensUSD: (perHour / 3600 / outputTokensPerSec) * 1e6,
    perHourUSD: perHour,
    breakdown,
    missing: null,
  };
}
