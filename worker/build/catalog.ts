// The catalogs as the API lists them: each entry's numbers joined with its sources (shared/catalog/sources/),
// with derived figures added. Built at build time (worker/build/documents.ts), so the citations never ship in the worker.
import * as z from "zod/mini";
import {
  analyzeArchitecture,
  Architecture,
  HARDWARE,
  HARDWARE_SOURCES,
  HardwareSpec,
  MODEL_SOURCES,
  MODELS,
  qualityOf,
  type HardwareEntry,
  type ModelEntry,
} from "../../shared/index.js";
import type { CatalogHardware, CatalogModel } from "../schemas.js";

/** A model entry with its quality score; open models get their architecture with defaults filled and exact parameter counts. */
export function modelEntry(entry: ModelEntry): z.output<typeof CatalogModel> {
  const cited = MODEL_SOURCES[entry.id]!;
  const quality = qualityOf(entry.id);
  if (entry.kind === "api") return { ...entry, ...cited, quality } as z.output<typeof CatalogModel>;
  const architecture = Architecture.parse(entry.architecture, { jitless: true });
  const { totalParams, activeParams } = analyzeArchitecture(architecture);
  return { ...entry, ...cited, architecture, totalParams, activeParams, quality } as z.output<typeof CatalogModel>;
}

/** A hardware entry with its spec's defaults filled. */
export function hardwareEntry(entry: HardwareEntry): z.output<typeof CatalogHardware> {
  return { ...entry, ...HARDWARE_SOURCES[entry.id]!, ...HardwareSpec.parse(entry, { jitless: true }) };
}

export const modelList = () => ({ models: MODELS.map(modelEntry) });
export const hardwareList = () => ({ hardware: HARDWARE.map(hardwareEntry) });
