// Quality: one public leaderboard's score per catalog model, so a plan can ask for "at least this good" instead of
// letting the smallest model win. One source only (LMArena text), never mixed with another; models it does not list
// have no score.

export type QualityIndex = {
  /** The leaderboard and the exact copy of it read. */
  source: string;
  url: string;
  /** The date of the leaderboard snapshot. */
  date: string;
  metric: string;
  /** How to read the numbers. */
  scale: string;
  /**
   * Score by catalog model id; the comment beside each names the leaderboard row it was read from. Open models are
   * scored by their chat or instruct release (the arena's rows), which has the catalog entry's architecture.
   */
  scores: Readonly<Record<string, number>>;
};

export const QUALITY: QualityIndex = {
  source:
    "LMArena Text Arena leaderboard (296 models, 5,040,489 votes), as copied in github joie-zhang/bargain docs/guides/chatbot_arena_elo_scores_2026_01_16.md @ commit f7ea2c6e587154b7314905533b87c05693de345a (committed 2026-01-21)",
  url: "https://lmarena.ai/leaderboard/text",
  date: "2026-01-16",
  metric: "Arena score: Bradley-Terry rating from pairwise human votes on text prompts, on the Elo scale (the leaderboard's default view)",
  scale:
    "about 950 to 1500 in this snapshot, higher is better; 100 points apart means the higher model is preferred about 64% of the time. Each score has a 95% interval of about ±3 to ±10 points, so differences under about 10 points are not meaningful.",
  scores: {
    // ---------------------------------------------------------------- open models
    "llama-2-7b": 1109, // llama-2-7b-chat
    "llama-2-13b": 1142, // llama-2-13b-chat
    "llama-2-70b": 1172, // llama-2-70b-chat
    "llama-3.1-8b": 1212, // llama-3.1-8b-instruct
    "llama-3.1-70b": 1294, // llama-3.1-70b-instruct
    "llama-3.1-405b": 1336, // llama-3.1-405b-instruct-bf16: the bf16 release (the fp8 one scores 1334)
    "mistral-7b": 1111, // mistral-7b-instruct: v0.1 instruct (v0.2 scores 1151)
    "mixtral-8x7b": 1198, // mixtral-8x7b-instruct-v0.1
    "qwen2.5-72b": 1303, // qwen2.5-72b-instruct
    "gemma-2-9b": 1266, // gemma-2-9b-it
    "gemma-2-27b": 1288, // gemma-2-27b-it
    "phi-3-mini": 1129, // phi-3-mini-4k-instruct: the first release (the June 2024 update scores 1144)
    "deepseek-v3": 1358, // deepseek-v3
    "gpt-oss-20b": 1318, // gpt-oss-20b
    "gpt-oss-120b": 1354, // gpt-oss-120b
    // qwen2.5-7b: not on the leaderboard.
    // ---------------------------------------------------------------- API models
    "gpt-4": 1276, // gpt-4-0613: the alias's 0613 snapshot (0314 scores 1288)
    "gpt-3.5-turbo": 1225, // gpt-3.5-turbo-0125: the 0125 snapshot this catalog prices
    "gpt-4o": 1335, // gpt-4o-2024-08-06: the 2024-08-06 snapshot this catalog prices
    "gpt-4o-mini": 1318, // gpt-4o-mini-2024-07-18
    "claude-3-haiku": 1262, // claude-3-haiku-20240307
    "claude-3-sonnet": 1282, // claude-3-sonnet-20240229
    "claude-3.5-sonnet": 1373, // claude-3-5-sonnet-20241022: the 20241022 snapshot this catalog prices
    "gpt-4.1": 1413, // gpt-4.1-2025-04-14
    "gpt-4.1-mini": 1382, // gpt-4.1-mini-2025-04-14
    "gpt-4.1-nano": 1322, // gpt-4.1-nano-2025-04-14
    "gpt-5": 1435, // gpt-5-high: the arena runs GPT-5 at high reasoning effort; the API's default is medium
    "gpt-5-mini": 1390, // gpt-5-mini-high: high reasoning effort
    "gpt-5-nano": 1338, // gpt-5-nano-high: high reasoning effort
    "o3": 1433, // o3-2025-04-16
    "o4-mini": 1391, // o4-mini-2025-04-16
    "claude-3.7-sonnet": 1372, // claude-3-7-sonnet-20250219
    "claude-sonnet-4": 1390, // claude-sonnet-4-20250514
    "claude-sonnet-4.5": 1450, // claude-sonnet-4-5-20250929
    "claude-opus-4": 1413, // claude-opus-4-20250514
    "claude-opus-4.1": 1445, // claude-opus-4-1-20250805
    "claude-3.5-haiku": 1324, // claude-3-5-haiku-20241022
    "claude-haiku-4.5": 1403, // claude-haiku-4-5-20251001
    "gemini-2.0-flash": 1361, // gemini-2.0-flash-001: the GA snapshot the gemini-2.0-flash alias serves
    "gemini-2.5-pro": 1451, // gemini-2.5-pro
    "gemini-2.5-flash": 1409, // gemini-2.5-flash
    "mistral-medium-3": 1384, // mistral-medium-2505
    "mistral-small-3.1-api": 1304, // mistral-small-3.1-24b-instruct-2503: the open-weights release Mistral's API serves
    "mistral-large-2411": 1305, // mistral-large-2411
    "magistral-medium": 1305, // magistral-medium-2506: 1.0, the version this catalog prices
    "command-r-08-2024": 1251, // command-r-08-2024
    "command-r-plus-08-2024": 1277, // command-r-plus-08-2024
    "command-a-03-2025": 1353, // command-a-03-2025
    "deepseek-v3-api": 1358, // deepseek-v3: DeepSeek-V3 (Dec 2024), which deepseek-chat served at this price
    "deepseek-r1-api": 1397, // deepseek-r1: DeepSeek-R1 (Jan 2025), which deepseek-reasoner served at this price
    "deepseek-v3.2-api": 1418, // deepseek-v3.2: non-thinking (deepseek-v3.2-thinking scores 1420)
    // Not on the leaderboard: cohere-command (the legacy Command), gemini-2.5-flash-lite (only its
    // preview snapshots are), magistral-small, deepseek-v4-flash-api and deepseek-v4-pro-api (released after 2026-01-16).
    // ---------------------------------------------------------------- 2025-26 open models
    "llama-4-scout": 1323, // llama-4-scout-17b-16e-instruct
    "llama-4-maverick": 1328, // llama-4-maverick-17b-128e-instruct: the released Instruct model, not the 03-26 experimental one
    "qwen3-32b": 1346, // qwen3-32b
    "qwen3-30b-a3b": 1328, // qwen3-30b-a3b: the first release (Instruct-2507 scores 1383)
    "qwen3-235b-a22b": 1374, // qwen3-235b-a22b: the first release, thinking on (no-thinking 1401, Instruct-2507 1422)
    "qwen3-coder-480b-a35b": 1386, // qwen3-coder-480b-a35b-instruct
    "qwen3-next-80b-a3b": 1401, // qwen3-next-80b-a3b-instruct: Instruct (Thinking scores 1369)
    "deepseek-r1": 1397, // deepseek-r1: the first release (R1-0528 scores 1418)
    "deepseek-v3.1": 1417, // deepseek-v3.1: non-thinking (thinking also 1417)
    "deepseek-v3.2": 1418, // deepseek-v3.2: non-thinking (thinking 1420)
    "gemma-3-4b": 1303, // gemma-3-4b-it
    "gemma-3-12b": 1342, // gemma-3-12b-it
    "gemma-3-27b": 1365, // gemma-3-27b-it
    "mistral-small-3.1-24b": 1304, // mistral-small-3.1-24b-instruct-2503
    "phi-4": 1256, // phi-4
    "kimi-k2": 1417, // kimi-k2-0711-preview: Kimi-K2-Instruct, first release (0711; 0905 scores 1418)
    "glm-4.5": 1409, // glm-4.5
    "glm-4.5-air": 1371, // glm-4.5-air
    // Not on the leaderboard: qwen3-8b; the Qwen3.5 models, Kimi K2.5 and MiniMax M2.5 (released after 2026-01-16).
  },
};
