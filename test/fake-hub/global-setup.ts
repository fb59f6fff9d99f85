// Starts the fake Hugging Face Hub (test/fake-hub/hub.ts) for the worker tests; vitest.config.ts passes its URL to the
// worker as the HUB var, so every Hub fetch the worker makes goes to it and none to the network.
import type { TestProject } from "vitest/node";
import { startFakeHub } from "./hub.js";

declare module "vitest" {
  export interface ProvidedContext {
    fakeHubUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const hub = await startFakeHub();
  project.provide("fakeHubUrl", hub.url);
  return hub.close;
}
