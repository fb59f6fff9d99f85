// The catalogs as the API lists them: each entry as published in shared/catalog, with derived figures added.
import * as z from "zod/mini";
import { analyzeArchitecture, Architecture, HARDWARE, HardwareSpec, MODELS, type HardwareEntry, type ModelEntry } from "../shared/index.js";
import type { CatalogHardware, CatalogModel } from "./schemas.js";

/** A model entry: open models get their architecture with defaults filled and exact parameter counts. */
export function modelEntry(entry: ModelEntry): z.output<typeof CatalogModel> {
  if (entry.kind === "api") return entry;
  const architecture = Architecture.parse(entry.architecture, { jitless: true });
  const { totalParams, activeParams } = analyzeArchitecture(architecture);
  return { ...entry, architecture, totalParams, activeParams };
}

/** A hardware entry with its spec's defaults filled. */
export function hardwareEntry(entry: HardwareEntry): z.output<typeof CatalogHardware> {
  return { ...entry, ...HardwareSpec.parse(entry, { jitless: true }) };
}

export const modelList = () => ({ models: MODELS.map(modelEntry) });
export const hardwareList = () => ({ hardware: HARDWARE.map(hardwareEntry) });
