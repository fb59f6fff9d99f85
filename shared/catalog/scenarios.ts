// The three reference scenarios: requirements, the options compared, and the premises that decide among them.
import type { EstimateRequestInput } from "../schema/request.js";
import type { Slo } from "../schema/plan.js";

export type ScenarioOption = {
  label: string;
  request: EstimateRequestInput;
  /** Whether the option meets the scenario's quality premise (a stated requirement, not something we measure). */
  meetsQuality: boolean;
};

export type ReferenceScenario = {
  id: string;
  name: string;
  summary: string;
  workload: { inputTokens: number; outputTokens: number; requestsPerSecond: number };
  slo: Slo;
  /** The requirements in words, including the volume and quality premises the numbers rest on. */
  requirements: string[];
  /** The option the scenario is framed around, and what it is said to cost per request. */
  reference: { label: string; perRequestUSD: number };
  options: ScenarioOption[];
};

export const REFERENCE_SCENARIOS: readonly ReferenceScenario[] = [
  {
    id: "chatbot",
    name: "Chatbot / customer service",
    summary: "Short interactive turns where the first token must come quickly.",
    workload: { inputTokens: 150, outputTokens: 150, requestsPerSecond: 0.2 },
    slo: { ttftMs: 1000 },
    requirements: [
      "about 150 input and 150 output tokens per turn",
      "interactive: time to first token under 1 s",
      "volume premise: 0.2 turns per second on average (about 526,000 a month)",
      "quality premise: GPT-3.5-class answers are good enough",
    ],
    reference: { label: "GPT-3.5 Turbo (API)", perRequestUSD: 0.0003 },
    options: [
      { label: "GPT-3.5 Turbo (API)", meetsQuality: true, request: { model: "gpt-3.5-turbo", hardware: "h100-sxm", inputTokens: 150, outputTokens: 150, deployment: "cloud" } },
      { label: "Claude 3 Haiku (API)", meetsQuality: true, request: { model: "claude-3-haiku", hardware: "h100-sxm", inputTokens: 150, outputTokens: 150, deployment: "cloud" } },
      { label: "Llama 3.1 8B on a rented L4 (FP8)", meetsQuality: true, request: { model: "llama-3.1-8b", hardware: "l4", precision: "fp8", inputTokens: 150, outputTokens: 150, deployment: "cloud" } },
      { label: "Llama 3.1 8B on a rented H100 (FP8)", meetsQuality: true, request: { model: "llama-3.1-8b", hardware: "h100-sxm", precision: "fp8", inputTokens: 150, outputTokens: 150, deployment: "cloud" } },
    ],
  },
  {
    id: "content-generation",
    name: "Content generation",
    summary: "Long outputs in bulk; seconds of latency are fine; a share of hard requests needs the strongest model.",
    workload: { inputTokens: 500, outputTokens: 500, requestsPerSecond: 2 },
    slo: {},
    requirements: [
      "about 500 input and 500 output tokens per request",
      "latency-tolerant: a few seconds per request is fine (no latency target)",
      "volume premise: 2 requests per second in bulk (about 5.3 million a month)",
      "quality premise: the hardest 20% of requests need GPT-4; Llama 2 13B is good enough for the rest",
    ],
    reference: { label: "Hybrid: 20% GPT-4, 80% Llama 2 13B self-hosted", perRequestUSD: 0.045 },
    options: [
      {
        label: "Hybrid: 20% GPT-4, 80% Llama 2 13B self-hosted",
        meetsQuality: true,
        request: {
          model: "llama-2-13b",
          hardware: "a100-80gb",
          inputTokens: 500,
          outputTokens: 500,
          deployment: "hybrid",
          hybrid: { share: 0.2, alternative: { model: "gpt-4", deployment: "cloud" }, primaryDeployment: "cloud" },
        },
      },
      { label: "GPT-4 for everything (API)", meetsQuality: true, request: { model: "gpt-4", hardware: "h100-sxm", inputTokens: 500, outputTokens: 500, deployment: "cloud" } },
      { label: "Llama 2 13B for everything (rented A100)", meetsQuality: false, request: { model: "llama-2-13b", hardware: "a100-80gb", inputTokens: 500, outputTokens: 500, deployment: "cloud" } },
      { label: "GPT-3.5 Turbo for everything (API)", meetsQuality: false, request: { model: "gpt-3.5-turbo", hardware: "h100-sxm", inputTokens: 500, outputTokens: 500, deployment: "cloud" } },
    ],
  },
  {
    id: "research-assistant",
    name: "Research assistant",
    summary: "Long documents in, careful answers out; quality first.",
    workload: { inputTokens: 25_000, outputTokens: 2_500, requestsPerSecond: 0.05 },
    slo: {},
    requirements: [
      "about 25,000 input and 2,500 output tokens per request: needs a long context window",
      "volume premise: 0.05 requests per second (about 131,000 a month)",
      "quality premise: frontier-class models only (Claude 3 Sonnet, GPT-4, Llama 3.1 405B)",
    ],
    reference: { label: "Claude 3 Sonnet (API)", perRequestUSD: 0.1125 },
    options: [
      { label: "Claude 3 Sonnet (API)", meetsQuality: true, request: { model: "claude-3-sonnet", hardware: "h100-sxm", inputTokens: 25_000, outputTokens: 2_500, deployment: "cloud" } },
      { label: "GPT-4 8k (API)", meetsQuality: true, request: { model: "gpt-4", hardware: "h100-sxm", inputTokens: 25_000, outputTokens: 2_500, deployment: "cloud" } },
      { label: "Llama 3.1 405B on 8 rented H100 (FP8)", meetsQuality: true, request: { model: "llama-3.1-405b", hardware: "h100-sxm", deviceCount: 8, precision: "fp8", inputTokens: 25_000, outputTokens: 2_500, deployment: "cloud" } },
      { label: "Llama 3.1 70B on 4 rented H100 (FP8)", meetsQuality: false, request: { model: "llama-3.1-70b", hardware: "h100-sxm", deviceCount: 4, precision: "fp8", inputTokens: 25_000, outputTokens: 2_500, deployment: "cloud" } },
    ],
  },
];
