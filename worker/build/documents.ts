// Every document the API serves unchanged between deploys, by the URL path that answers it. `npm run build` writes each
// into the static assets (scripts/build.mjs); the worker serves the file (worker/documents.ts), so the JSON Schema
// generator, the catalogs' citations and the scenarios' evaluation never run, or ship, in the worker.
import { HARDWARE, MODELS, referenceScenarios } from "../../shared/index.js";
import { MAX_SWEEP_POINTS } from "../limits.js";
import { hardwareEntry, hardwareList, modelEntry, modelList } from "./catalog.js";
import { openApiDocument } from "./openapi.js";

export { documentAsset } from "../documents.js";

/** URL path -> the JSON it answers. The tests call this too, so a stale build fails them. */
export function apiDocuments({ maxSweepPoints = MAX_SWEEP_POINTS }: { maxSweepPoints?: number } = {}): Map<string, unknown> {
  const documents = new Map<string, unknown>([
    ["/openapi.json", openApiDocument({ maxSweepPoints })],
    ["/v1/models", modelList()],
    ["/v1/hardware", hardwareList()],
    ["/v1/scenarios", { scenarios: referenceScenarios() }],
  ]);
  for (const entry of MODELS) documents.set(`/v1/models/${entry.id}`, modelEntry(entry));
  for (const entry of HARDWARE) documents.set(`/v1/hardware/${entry.id}`, hardwareEntry(entry));
  return documents;
}
