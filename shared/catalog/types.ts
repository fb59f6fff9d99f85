// Shapes of catalog entries. The numbers the engine computes with (models.ts, hardware.ts) are kept apart from
// where they come from (sources/: citations, dates, display facts), joined by id; the API serves them joined.
import type { ArchitectureInput } from "../schema/architecture.js";
import type { HardwareSpecInput } from "../schema/hardware.js";
import type { Precision, Source } from "../schema/common.js";

export type OpenModelEntry = {
  kind: "open";
  id: string;
  name: string;
  architecture: ArchitectureInput;
};

export type ApiModelEntry = {
  kind: "api";
  id: string;
  name: string;
  provider: string;
  inputUSDPerMTok: number;
  outputUSDPerMTok: number;
  contextWindowTokens: number;
  maxOutputTokens?: number;
  /** Published serving speed (median output tokens/s and time to first token), where a source exists. */
  speed?: { outputTokensPerSec: number; ttftMs?: number };
};

export type ModelEntry = OpenModelEntry | ApiModelEntry;

/** Where a model's figures come from, and facts shown beside it (sources/models.ts). */
export type ModelSources = {
  /** Open models: the family, the Hugging Face repository the architecture was read from, the published format. */
  family?: string;
  hfId?: string;
  releasedPrecision?: Precision;
  /** Officially stated size, as words from the source (for display only). */
  statedParams?: string;
  /** API models: the date the prices are assumed valid. */
  priceDate?: string;
  sources: Source[];
  notes?: string;
};

/** `accelerator`: a data-center AI chip that is neither a GPU nor a TPU (Gaudi, Trainium, Inferentia). */
export type HardwareKind = "datacenter-gpu" | "workstation-gpu" | "cpu" | "tpu" | "accelerator" | "apple" | "edge";

export type HardwareEntry = HardwareSpecInput & {
  id: string;
  name: string;
  kind: HardwareKind;
  /** The largest number of devices commonly linked at interconnectGBps (e.g. 8 on an HGX board). */
  maxLinkedDevices?: number;
};

/** Where a device's figures come from (sources/hardware.ts). */
export type HardwareSources = {
  /** The multi-device link whose bandwidth is interconnectGBps. */
  interconnectName?: string;
  sources: Source[];
  notes?: string;
};
