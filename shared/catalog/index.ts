// Catalog look-ups by id; the data itself lives in models.ts, hardware.ts and runtimes.ts, its sources in sources/
// (not re-exported here: code that computes never loads the citations).
import { HARDWARE } from "./hardware.js";
import { MODELS } from "./models.js";
import type { HardwareEntry, ModelEntry } from "./types.js";

let modelsById: Map<string, ModelEntry> | undefined;
let hardwareById: Map<string, HardwareEntry> | undefined;

export function findModel(id: string): ModelEntry | undefined {
  modelsById ??= new Map(MODELS.map((m) => [m.id, m]));
  return modelsById.get(id);
}

export function findHardware(id: string): HardwareEntry | undefined {
  hardwareById ??= new Map(HARDWARE.map((h) => [h.id, h]));
  return hardwareById.get(id);
}

export { HARDWARE, MODELS };
export { RUNTIME_PROFILES, NETWORK_ROUND_TRIP_MS, COST_DEFAULTS } from "./runtimes.js";
export type { HardwareEntry, HardwareSources, ModelEntry, ModelSources, OpenModelEntry, ApiModelEntry } from "./types.js";
