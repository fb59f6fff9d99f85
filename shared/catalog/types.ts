// Shapes of catalog entries: data with a source and a date on every figure.
import type { ArchitectureInput } from "../schema/architecture.js";
import type { HardwareSpecInput } from "../schema/hardware.js";
import type { Precision, Source } from "../schema/common.js";

export type OpenModelEntry = {
  kind: "open";
  id: string;
  name: string;
  family: string;
  /** Hugging Face repository the architecture was read from. */
  hfId: string;
  architecture: ArchitectureInput;
  /** The format the official checkpoint is published in. */
  releasedPrecision: Precision;
  /** Officially stated size, as words from the source (for display only). */
  statedParams?: string;
  sources: Source[];
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
  /** Date the prices are assumed valid. */
  priceDate: string;
  sources: Source[];
};

export type ModelEntry = OpenModelEntry | ApiModelEntry;

export type HardwareKind = "datacenter-gpu" | "workstation-gpu" | "cpu" | "tpu" | "apple" | "edge";

export type HardwareEntry = HardwareSpecInput & {
  id: string;
  name: string;
  kind: HardwareKind;
  /** Bandwidth of a typical multi-device link for this part is in interconnectGBps; this names it. */
  interconnectName?: string;
  /** The largest number of devices commonly linked at interconnectGBps (e.g. 8 on an HGX board). */
  maxLinkedDevices?: number;
  sources: Source[];
  notes?: string;
};
