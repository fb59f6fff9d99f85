// An event simulation of one continuously batching replica, the reference the load model (shared/load.ts) is checked
// against: Poisson arrivals, a FIFO queue of prompts, and steps that decode every running sequence and prefill
// queued prompts in the token budget the decodes leave (vLLM's and TensorRT-LLM's chunked prefill). A step costs
// what the engine's timing says a decode step and a prefill chunk cost, so the simulated replica has the capacity
// the calibrated model gives it; only the queueing is what is being checked.
import { decodeStepTime, prefillTime, sequenceCosts } from "../../shared/latency.js";
import { maxBatchThatFits } from "../../shared/memory.js";
import type { Scenario } from "../../shared/scenario.js";

/** A deterministic pseudo-random stream (mulberry32): the same arrivals for the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Simulated = { ttftMs: number[]; meanConcurrency: number; tpotMs: number };

export function simulate(s: Scenario, requestsPerSec: number, { requests = 600, warmup = 150, seed = 1 } = {}): Simulated {
  const next = random(seed);
  const seq = sequenceCosts(s);
  const slots = Math.min(maxBatchThatFits(s), s.assumptions.maxBatchSize);
  const budget = s.assumptions.prefillChunkTokens;
  const arrivals: number[] = [];
  let t = 0;
  for (let i = 0; i < requests + warmup; i++) arrivals.push((t += (-Math.log(1 - next()) / requestsPerSec) * 1000));
  const queue: { id: number; prompt: number }[] = [];
  const running: { id: number; left: number; first: number }[] = [];
  const ttft: number[] = [];
  let arrived = 0;
  let now = 0;
  let done = 0;
  let concurrencySum = 0;
  let steps = 0;
  let decodeTime = 0;
  let decodeTokens = 0;
  while (done < requests + warmup) {
    while (arrived < arrivals.length && arrivals[arrived]! <= now) queue.push({ id: arrived, prompt: s.inputTokens }), (arrived += 1);
    if (running.length === 0 && queue.length === 0) {
      now = arrivals[arrived]!;
      continue;
    }
    // Prefill what the step's token budget leaves after the decodes, first come first served, within the slots.
    let room = Math.max(0, budget - running.length);
    let prefill = 0;
    const finished: number[] = [];
    for (const q of queue) {
      if (room === 0 || running.length + finished.length >= slots) break;
      const take = Math.min(room, q.prompt);
      q.prompt -= take;
      room -= take;
      prefill += take;
      if (q.prompt === 0) finished.push(q.id);
    }
    const step = (running.length > 0 ? decodeStepTime(s, running.length, seq).ms : 0) + (prefill > 0 ? prefillTime(s, prefill / s.inputTokens, seq).ms : 0);
    now += step;
    if (running.length > 0) {
      decodeTime += step * running.length;
      decodeTokens += running.length;
    }
    concurrencySum += running.length;
    steps += 1;
    for (const r of running) r.left -= 1;
    for (let i = running.length - 1; i >= 0; i--) if (running[i]!.left <= 0) running.splice(i, 1), (done += 1);
    for (const id of finished) {
      queue.shift();
      if (id >= warmup) ttft.push(now - arrivals[id]! + s.assumptions.networkRoundTripMs);
      if (s.outputTokens > 1) running.push({ id, left: s.outputTokens - 1, first: now });
      else done += 1;
    }
  }
  ttft.sort((a, b) => a - b);
  return { ttftMs: ttft, meanConcurrency: concurrencySum / steps, tpotMs: decodeTokens ? decodeTime / decodeTokens : 0 };
}

export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
