// Where each device's figures come from: the citations, dates and notes of shared/catalog/hardware.ts, by id.
// Kept apart from the numbers so code that computes (the widget bundle) never carries them; the API joins both.
import type { HardwareSources } from "../types.js";


/**
 * The month most rental and purchase prices below are assumed valid (2025-02/03 snapshots). Every price's source
 * carries its own date; the 2025-26 additions have purchase prices dated 2025-01 to 2025-10 and no rental prices.
 */
export const HARDWARE_PRICES_DATE = "2025-03";

// Sources used by several entries (repository, path and commit as the reference files give them).
const EPOCH = "epoch-research/training-cost-trends data/Hardware prices.csv @ f2dc68a9df5f5895244c1fecdbacaf606dfa8c42";
const SKY_AWS = "skypilot-org/skypilot-catalog catalogs/v7/aws/vms.csv @ 001367d22a0033fac286a8c71aeac7109e431bcb";
const SKY_GCP = "skypilot-org/skypilot-catalog catalogs/v7/gcp/vms.csv @ 017e2502fb63c7a28757acd94002b2d6099d3e3d";
const SKY_LAMBDA = "skypilot-org/skypilot-catalog catalogs/v7/lambda/vms.csv @ 11580132cea293395776b033c8533714d42abb4e";
const SKY_RUNPOD = "skypilot-org/skypilot-catalog catalogs/v7/runpod/vms.csv @ 0727c2bd9e77f91cb1377127c5f793a28cf01384";
const CATALOG_DATE = "catalog snapshot, date unknown (~2025)";
const RUNPOD_2025_03 = `${EPOCH}, original https://web.archive.org/web/20250303172225/https://www.runpod.io/pricing`;
const LAMBDA_2025_02 = `${EPOCH}, original https://web.archive.org/web/20250228210058/https://lambdalabs.com/service/gpu-cloud`;
const GCP_TPU_2025_03 = `${EPOCH}, original https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing`;
const GLENN_A100 = "https://glennklockwood.com/garden/processors/A100 (cites nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf and the Ampere whitepaper)";
const GLENN_H100 = "https://glennklockwood.com/garden/processors/h100 (cites the NVIDIA H100 whitepaper/datasheet)";
const HPCTECH_H100 =
  "https://archive-lib.hpctech.co.jp/gpuproduct/nvidia-h100.html (reproduces NVIDIA's H100 SXM/PCIe spec table; '* Shown with sparsity')";
const ADA_WP =
  "NVIDIA Ada GPU Architecture whitepaper v2.1, Appendix A (GeForce RTX 4090), https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf";
const AICONFIGURATOR = "github ai-dynamo/aiconfigurator @ commit 095f58a51c4c (NVIDIA's perf-model system specs, datasheet URL in each header):";
const AICONFIGURATOR_DATE = "2026-07-14 (file commit)";
const VERDA = "https://verda.com/blog/gb300-nvl72-architecture";
const PCIE4_NOTE = "PCIe Gen4 x16 = 64 GB/s bidirectional (32 GB/s each way), the convention used throughout this catalog.";

export const HARDWARE_SOURCES: Readonly<Record<string, HardwareSources>> = {
  "cpu": {
    sources: [
      {
        fields: ["powerW"],
        source: "quattor/template-library-standard hardware/cpu/amd/epyc_9654.pan @ 0c35b0ecf93bb5dfe169d5b911b6eb7aa3fad033 (96 cores, 2400 MHz, TDP 360 W)",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["bandwidthGBps"],
        source: "https://www.tomshardware.fr/epyc-genoa-la-prise-en-charge-de-12-canaux-de-memoire-ddr5-confirmee/ (12 DDR5 channels per socket, 460.8 GB/s)",
        date: "2021-12",
        confidence: "medium",
        note: "DERIVED check: 12 channels x 4800 MT/s x 8 bytes = 460.8 GB/s theoretical per socket.",
      },
      {
        fields: ["memoryGB"],
        source:
          "AMD ROCm blog footnote MI300-078 (testing by AMD 2025-02-14): 2x EPYC 9654, 'Memory: 2.3 TiB (24 DIMMs, 4800 mts, 96 GiB/DIMM)' (read via code index file id 62019549637)",
        date: "2025-02-14",
        confidence: "medium",
        note: "DERIVED per socket: 12 DIMMs x 96 GiB = 1152 GiB = 1236.95 GB (one DIMM per channel); capacity is platform-dependent.",
      },
      {
        fields: ["tflops.fp32"],
        source:
          "inputs: 96 cores and 2.4 GHz base (quattor epyc_9654.pan above) x 32 FP32 FLOPs/cycle/core for Zen 4 FMA (https://stackoverflow.com/questions/76195232, read via mirror example-a.com/answer/76195232)",
        date: "undated",
        confidence: "low",
        note: "DERIVED: 96 x 2.4e9 x 32 = 7.37 TFLOPS at base clock; AMD publishes no peak for this part.",
      },
      {
        fields: ["purchaseUSD"],
        source: "'Datacenter CPU Comparison: ARM vs x86' (generated comparison doc citing AMD.com list pricing; code index file id 45107690870)",
        date: "2025-10-24",
        confidence: "low",
        note: "List price; other numbers in that document are unreliable, so only the price is used.",
      },
    ],
    notes:
      "Typical current server CPU, per socket. No BF16/INT8 peak (AVX-512 BF16/VNNI rates) and no rental price were found in cited sources, so they are left out.",
  },
  "xeon-spr": {
    sources: [
      {
        fields: ["powerW"],
        source:
          "quattor/template-library-standard hardware/cpu/intel/xeon_platinum_8480+.pan @ 8e4b5454e8057d8095389abbb35a349d8e7d545b (56 cores, 2.00 GHz, TDP 350 W)",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["bandwidthGBps"],
        source: "gamersinfotech/videocardz Sapphire Rapids slide: 8 DDR5 channels, DDR5-4800 at 1 DIMM per channel (as given in the reference hardware.json)",
        date: "undated",
        confidence: "medium",
        note: "DERIVED: 8 channels x 4800 MT/s x 8 bytes = 307.2 GB/s theoretical per socket.",
      },
      {
        fields: ["memoryGB"],
        source:
          "Intel/Microsoft blog 'Llama 2 Inference on 4th Gen Intel Xeon Scalable Processor with DeepSpeed', config '2x Intel Xeon Platinum 8480+ ... 1024 GB (16x64GB DDR5 4800)', https://www.intel.com/content/www/us/en/developer/articles/technical/xllama-2-on-xeon-scalable-processor-with-deepspeed.html",
        date: "2023",
        confidence: "medium",
        note: "DERIVED per socket: 8 DIMMs x 64 GiB = 512 GiB = 549.76 GB (one DIMM per channel); capacity is platform-dependent.",
      },
      {
        fields: ["tflops.fp32", "tflops.bf16", "tflops.int8"],
        source:
          "same Intel/DeepSpeed blog: AMX '2048 INT8 operations per cycle', 'BF16 performance is 1024 operations per cycle', 'FP32 performance of 64 operations per cycle' (per core); 56 cores at 2.0 GHz base from the quattor file above",
        date: "2023",
        confidence: "low",
        note: "DERIVED at base clock: 56 x 2.0e9 x 1024 = 114.7 TFLOPS bf16, x 2048 = 229.4 TOPS int8, x 64 = 7.17 TFLOPS fp32; AMX clocks under load may be lower.",
      },
    ],
    notes: "Per socket, AMX matrix units counted. No purchase or rental price was found in the references (left out).",
  },
  "v100-32gb": {
    interconnectName: "NVLink 2",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 32768 MiB for 'Tesla V100-SXM2-32GB' (published nvidia-smi outputs, e.g. search-index file ids 17031178293, 70902377371, 24732360574)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 32768 MiB x 1,048,576 B = 34.36e9 B. Older drivers showed 32510 MiB (34.09e9 B; e.g. file id 2246251488, 'V100'), likely because older drivers left driver-reserved memory out of the total.",
      },
      {
        fields: ["tflops.fp32", "tflops.fp16", "powerW"],
        source: "NVIDIA Volta whitepaper table reproduced at https://maosong.website/p/nvidia-gpu-specs (V100 SXM2: 15.7 FP32, 125 Tensor TFLOPS, 300 W)",
        date: "undated",
        confidence: "medium",
        note: "Volta has no sparsity; 125 is dense FP16 tensor with FP32 accumulate.",
      },
      {
        fields: ["memoryGB", "maxLinkedDevices"],
        source: "rapidsai/deployment docs: AWS p3dn.24xlarge = 8x V100 32 GB",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["bandwidthGBps"],
        source: "io-tech.fi V100 spec (900 GB/s) and hahnyuan/LLM-Viewer hardwares/hardware_params.py @ 0e78452f (nvidia_V100 bandwidth 900e9)",
        date: "undated",
        confidence: "medium",
        note: "Read for the 16 GB part; the 32 GB SXM2 figure was not read directly.",
      },
      {
        fields: ["interconnectGBps", "interconnectName"],
        source: "Leadtek V100 product page: NVLink 300 GB/s (aggregate per GPU)",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["hourlyUSD"],
        source: `${SKY_AWS} (p3dn.24xlarge, 8x V100 32GB, $31.212/h, us-east-1)`,
        date: CATALOG_DATE,
        confidence: "high",
        note: "DERIVED: instance price / 8 GPUs; includes the host CPU and RAM.",
      },
    ],
    notes:
      "Rental is AWS on-demand incl. host; Lambda lists V100 16GB at $0.55/GPU-h and AWS p3.2xlarge (V100 16GB) at $3.06/h. No bf16 or int8 tensor support; no purchase price in the references. The marketed '32 GB' is binary (32 GiB = 34.36e9 B); memoryGB is the nvidia-smi total in 10^9 B.",
  },
  "a100-40gb": {
    interconnectName: "NVLink 3",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 40960 MiB for 'NVIDIA A100-SXM4-40GB' (published nvidia-smi outputs, e.g. search-index file ids 53802098782, 35076760973, 41190723681)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 40960 MiB x 1,048,576 B = 42.95e9 B. Older drivers report 40536 MiB (42.51e9 B, e.g. file ids 19218568118, 7103566686), and CUDA deviceQuery reports 42505273344 B for A100 40GB (file id 36539015630); the ~424 MiB difference is presumably driver-reserved memory, which current drivers include in the total.",
      },
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.fp32", "tflops.bf16", "tflops.fp16", "tflops.int8"],
        source: GLENN_A100,
        date: "undated",
        confidence: "high",
        note: "Dense values; the datasheet's starred figures are with sparsity (2x).",
      },
      {
        fields: ["interconnectGBps", "interconnectName", "powerW", "maxLinkedDevices"],
        source: "AWS p4d.24xlarge gist (shashankprasanna): 8x A100, 'NVLink gen 3 (600 GB/s)', TDP 400 W from nvidia-smi",
        date: "undated",
        confidence: "high",
      },
      {
        fields: ["hourlyUSD"],
        source: LAMBDA_2025_02,
        date: "2025-02-28",
        confidence: "high",
        note: "Lambda 1x A100 40GB on-demand, per GPU.",
      },
      {
        fields: ["purchaseUSD"],
        source: `${EPOCH}, original https://www.nextplatform.com/2022/05/09/how-much-of-a-premium-will-nvidia-charge-for-hopper-gpus/`,
        date: "2022-07-01",
        confidence: "medium",
        note: "Next Platform single-unit list/street estimate; estimate, about +/-30%.",
      },
    ],
    notes:
      "Other on-demand prices: AWS p4d $4.10/GPU-h incl. host (2025-03; ~$2.74 after the mid-2025 cut), GCP a2-highgpu-1g $3.67 incl. host, Azure ND96asr v4 $3.40. No FP8 on Ampere. The marketed '40 GB' is binary (40 GiB = 42.95e9 B); memoryGB is the current-driver nvidia-smi total in 10^9 B, and about 0.45 GB of it is probably driver-reserved (not usable by CUDA).",
  },
  "a100-80gb": {
    interconnectName: "NVLink 3",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 81920 MiB for 'NVIDIA A100-SXM4-80GB' (published nvidia-smi outputs, e.g. search-index file ids 13375385736, 67165003489, 55021192520)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 81920 MiB x 1,048,576 B = 85.9e9 B. This is the full 80 GiB; as with the 40GB part, current drivers likely include driver-reserved memory in it, so a process sees somewhat less.",
      },
      {
        fields: ["memoryGB", "tflops.fp32", "tflops.bf16", "tflops.fp16", "tflops.int8"],
        source: GLENN_A100,
        date: "undated",
        confidence: "high",
        note: "Dense values; the datasheet's starred figures are with sparsity (2x).",
      },
      {
        fields: ["bandwidthGBps", "powerW"],
        source: "https://www.thundercompute.com/blog/nvidia-a100-specs-full-guide (SXM 80GB: 2,039 GB/s, 400 W; PCIe 80GB: 1,935 GB/s, 300 W)",
        date: "undated",
        confidence: "high",
      },
      {
        fields: ["interconnectGBps", "interconnectName", "maxLinkedDevices"],
        source: "AWS p4d gist (shashankprasanna): 'NVLink gen 3 (600 GB/s)'; HGX A100 8x80GB baseboard listing in " + EPOCH,
        date: "undated",
        confidence: "high",
      },
      {
        fields: ["hourlyUSD"],
        source: RUNPOD_2025_03,
        date: "2025-03-03",
        confidence: "high",
        note: "RunPod A100 SXM 80GB on-demand, per GPU.",
      },
      {
        fields: ["purchaseUSD"],
        source: `${EPOCH}, original https://web.archive.org/web/20250304183554/https://signalpulse.com/product/nvidia-a100-80gb-sxm-tensor-core-gpu-accelerator/?gQT=2`,
        date: "2025-03-04",
        confidence: "medium",
        note: "Single-unit reseller listing; estimate, about +/-30%.",
      },
    ],
    notes:
      "Other on-demand prices: Lambda 8x A100 80GB $1.79/GPU-h, AWS p4de $5.12/GPU-h incl. host (2025-03), Azure ND96amsr v4 $4.10, CoreWeave $2.70 (2026). No FP8 on Ampere. The marketed '80 GB' is binary (80 GiB = 85.90e9 B); memoryGB is the current-driver nvidia-smi total in 10^9 B (likely includes driver-reserved memory).",
  },
  "h100-sxm": {
    interconnectName: "NVLink 4",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 81559 MiB for 'NVIDIA H100 80GB HBM3' (published nvidia-smi outputs, e.g. search-index file ids 8134165308, 69725101236, 47481780426)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 81559 MiB x 1,048,576 B = 85.52e9 B. The datasheet's '80GB' is binary (GiB). CUDA deviceQuery on the same part reports 85017755648-85045477376 B (81079-81106 MBytes; file ids 24146908628, 49048227853, 33004796615), so ~0.5 GB of the nvidia-smi total is not visible to CUDA.",
      },
      {
        fields: ["tflops.fp32", "tflops.bf16", "tflops.fp16", "tflops.fp8", "tflops.int8"],
        source: GLENN_H100,
        date: "undated",
        confidence: "high",
        note: "Dense 'Matrix' column (FP8/INT8 dense in the VFMA column); NVIDIA's headline 1,979/3,958 are with sparsity, i.e. dense = sparse/2.",
      },
      {
        fields: ["memoryGB", "bandwidthGBps", "powerW", "interconnectGBps", "interconnectName"],
        source: HPCTECH_H100,
        date: "undated",
        confidence: "high",
        note: "80 GB HBM3, 3,350 GB/s, 700 W, NVLink 900 GB/s, PCIe Gen5 128 GB/s.",
      },
      {
        fields: ["maxLinkedDevices"],
        source: `HGX H100 8-GPU baseboard listing in ${EPOCH}; MLPerf v4.1 Hopper HGX system description '18x 4th Gen NVLink, 900GB/s'`,
        date: "2025-03-03",
        confidence: "high",
      },
      {
        fields: ["hourlyUSD"],
        source: RUNPOD_2025_03,
        date: "2025-03-03",
        confidence: "high",
        note: "RunPod Secure H100 SXM on-demand, per GPU.",
      },
      {
        fields: ["purchaseUSD"],
        source: `${EPOCH}, original https://web.archive.org/web/20250303200431/https://marketplace.uvation.com/nvidia-h100-tensor-core-gpu-80gb-sxm/`,
        date: "2025-03-03",
        confidence: "medium",
        note: "Single-unit reseller listing; estimate, about +/-30%.",
      },
    ],
    notes:
      "Other on-demand prices: Lambda $3.29 (1x) / $2.99 (8x) per GPU-h (2025-02), AWS p5 and Azure ND H100 v5 $12.29/GPU-h incl. host before the mid-2025 cut (AWS ~$6.88 after), CoreWeave $6.16 (2026). The marketed '80GB' is binary (GiB); memoryGB is the nvidia-smi total in 10^9 B, and CUDA sees about 85.02-85.05e9 B of it.",
  },
  "h100-pcie": {
    interconnectName: "PCIe Gen5 x16",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 81559 MiB for 'NVIDIA H100 PCIe' (published nvidia-smi outputs, e.g. search-index file ids 62197363732, 31353373741, 375550049)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 81559 MiB x 1,048,576 B = 85.52e9 B. The datasheet's '80GB' is binary (GiB); same total as H100 SXM.",
      },
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.fp32", "tflops.fp8", "tflops.int8", "interconnectGBps", "interconnectName"],
        source: HPCTECH_H100,
        date: "undated",
        confidence: "high",
        note: "80 GB HBM2e, 2000 GB/s, FP32 51, FP8/INT8 3,026 with sparsity (DERIVED dense = sparse/2 = 1,513), PCIe Gen5 128 GB/s bidirectional, NVLink bridge 600 GB/s.",
      },
      {
        fields: ["tflops.bf16", "tflops.fp16"],
        source:
          "NVIDIA H100 Tensor Core GPU Architecture whitepaper V1.04, Table 3: 'Peak BF16 Tensor TFLOPS with FP32 Accumulate ... 756/1513' for H100 PCIe (transcribed in code index file id 70974299245)",
        date: "undated",
        confidence: "high",
        note: "Dense/sparse pair; FP16 has the same rate (1,513 sparse in the spec table).",
      },
      {
        fields: ["powerW", "bandwidthGBps"],
        source:
          "NVIDIA H100 PCIe Product Brief PB-11133-001_v02, mirror https://manuals.plus/m/56b0c3ef7d0a1c470c0af8f05a0bd1f29a778007472ba941201fbbb185c9bccd ('TDP ... 350 W', 'greater than 2,000 GBps')",
        date: "2022-11-30",
        confidence: "high",
      },
      {
        fields: ["hourlyUSD"],
        source: RUNPOD_2025_03,
        date: "2025-03-03",
        confidence: "high",
        note: "RunPod H100 PCIe on-demand, per GPU.",
      },
      {
        fields: ["purchaseUSD"],
        source: `${EPOCH}, original https://web.archive.org/web/20250303201322/https://marketplace.uvation.com/nvidia-h100-tensor-core-gpu-80gb-pcie-new-1/`,
        date: "2025-03-03",
        confidence: "medium",
        note: "Single-unit reseller listing, new; estimate, about +/-30%.",
      },
    ],
    notes:
      "Pairs of cards can use an NVLink bridge (600 GB/s); the link here is plain PCIe. Lambda lists it at $2.49/GPU-h (2025-02). The marketed '80GB' is binary (GiB); memoryGB is the nvidia-smi total in 10^9 B.",
  },
  "h200": {
    interconnectName: "NVLink 4",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 143771 MiB for 'NVIDIA H200' (published nvidia-smi outputs, e.g. search-index file ids 6737105653, 61400290898, 71515830599)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 143771 MiB x 1,048,576 B = 150.75e9 B. NVIDIA's '141 GB' is close to this GiB figure (143771 MiB = 140.4 GiB), not to 141e9 B.",
      },
      {
        fields: ["memoryGB", "bandwidthGBps"],
        source: "NVIDIA/TensorRT-LLM docs/source/blogs/H200launch.md @ 1555478c ('HBM3e memory with 4.8TB/s', '141 gigabytes')",
        date: "undated",
        confidence: "high",
      },
      {
        fields: ["interconnectGBps", "interconnectName", "maxLinkedDevices"],
        source: "MLPerf inference v4.1 closed/NVIDIA/results/H200-SXM-141GBx8_TRT/README.md (8x H200, '18x 4th Gen NVLink, 900GB/s')",
        date: "2024",
        confidence: "high",
      },
      {
        fields: ["tflops.bf16", "tflops.fp16", "tflops.fp8", "powerW"],
        source: "github alpharomercoma/MI300X-vs-H200 METHODOLOGY.md @ 6077fdc7 (H200 BF16 dense 989.4, FP8 dense 1978.9, 700 W)",
        date: "undated",
        confidence: "high",
      },
      {
        fields: ["tflops.fp32", "tflops.int8"],
        source: `baseten.co/blog/evaluating-nvidia-h200-gpus-for-llm-inference ('same compute as an H100'); H100 SXM values from ${GLENN_H100}`,
        date: "undated",
        confidence: "medium",
        note: "DERIVED: same GH100 compute as H100 SXM.",
      },
      {
        fields: ["hourlyUSD"],
        source: `${SKY_RUNPOD} (1x_H200-SXM_SECURE, $3.99/h)`,
        date: CATALOG_DATE,
        confidence: "high",
        note: "Undated, but this catalog's other RunPod prices match RunPod's 2025-03-03 page exactly.",
      },
      {
        fields: ["purchaseUSD"],
        source: `${EPOCH}, original https://web.archive.org/web/20250310135833/https://anafrashop.com/nvidia-gpu-baseboard-8-h200-935-24287-0040-000-4`,
        date: "2024-03-27",
        confidence: "medium",
        note: "DERIVED by Epoch: 8-GPU HGX baseboard $270,565 / 8 (includes the baseboard); estimate, about +/-30%.",
      },
    ],
    notes:
      "Other on-demand prices: AWS p5en $10.60/GPU-h incl. host, GCP a3-ultra ~$9.31/GPU-h GPU only, CoreWeave $6.31 (2026). Another 2025-01 HGX listing gives $39,083/GPU. memoryGB is the nvidia-smi total in 10^9 B; NVIDIA's '141GB' is approximately GiB (140.4 GiB reported).",
  },
  "gh200": {
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 97871 MiB for 'NVIDIA GH200 480GB' (published nvidia-smi outputs, e.g. search-index file ids 15174324411, 55048705438, 25187769457)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 97871 MiB x 1,048,576 B = 102.63e9 B. nvidia-smi names this 96GB-HBM3 SKU after its 480 GB LPDDR5X; the 97871 MiB total is the GPU's HBM3 only. The datasheet's '96GB' is binary (GiB).",
      },
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.fp32", "tflops.bf16", "tflops.fp16", "tflops.fp8", "tflops.int8", "powerW"],
        source:
          "atineoSE/coding-model-seeks-gpu pipeline/pipeline/sources/gh200_specs.md @ ff052946489e8bb55dce164802bdb7c01251fde6, transcribing the NVIDIA GH200 datasheet https://nvdam.widen.net/s/rrgqqnpbz8/grace-datasheet-gh200-grace-hopper-superchip-3773000",
        date: "undated",
        confidence: "high",
        note: "96GB HBM3 up to 4 TB/s; dense values read from the 'sparse | dense' pairs; power 'Configurable 450 to 1000W' for the whole module.",
      },
      {
        fields: ["memoryGB"],
        source: "NVIDIA TensorRT-LLM perf-overview hardware list: 'GH200 96GB HBM3 (480GB LPDDR5X)'",
        date: "undated",
        confidence: "high",
      },
      {
        fields: ["hourlyUSD"],
        source: `${SKY_LAMBDA} (gpu_1x_gh200, $1.49/h)`,
        date: CATALOG_DATE,
        confidence: "high",
        note: "Same snapshot lists Lambda H100 SXM at $3.29, matching Lambda's 2025-02-28 page.",
      },
    ],
    notes:
      "memoryGB is the GPU's HBM3; Grace adds up to 480 GB LPDDR5X over NVLink-C2C (900 GB/s CPU-GPU), and a 144 GB HBM3e variant has 4.9 TB/s. GPU-to-GPU link bandwidth and a purchase price were not in the sources read (left out); 2026 captures show Lambda at $2.29/h. memoryGB is the nvidia-smi HBM3 total in 10^9 B (nvidia-smi names the part 'NVIDIA GH200 480GB'); the marketed '96GB' is binary (GiB).",
  },
  "b200": {
    interconnectName: "NVLink 5",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 183359 MiB for 'NVIDIA B200' (published nvidia-smi outputs, e.g. search-index file ids 58371658710, 9174932594, 58056079371)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 183359 MiB x 1,048,576 B = 192.27e9 B. 58056079371 also records driver 570.172.08. The datasheet's '180 GB' is approximately GiB (183359 MiB = 179.1 GiB).",
      },
      {
        fields: ["tflops.fp32", "tflops.bf16", "tflops.fp16", "tflops.fp8", "tflops.int8", "tflops.fp4"],
        source: "https://glennklockwood.com/garden/processors/B200 (HGX B200 @ 1000 W table)",
        date: "undated",
        confidence: "medium-high",
        note: "Dense values; NVIDIA's datasheet quotes 4.5/9/18 PF with sparsity for FP16/FP8/FP4 (dense = sparse/2 agrees).",
      },
      {
        fields: ["memoryGB", "bandwidthGBps", "powerW"],
        source:
          "NVIDIA Blackwell datasheet, 'Individual Blackwell GPU Specifications' (HGX B200: 180 GB HBM3e, 7.7 TB/s, TDP configurable up to 1,000 W), mirrored at primeline-solutions.com/media/categories/server/nach-gpu/nvidia-hgx-h200/nvidia-blackwell-b200-datasheet.pdf (transcribed in code index file id 54714922320)",
        date: "undated",
        confidence: "medium-high",
        note: "TensorRT-LLM and MLPerf also list 'B200 180GB'; techpowerup gives 192 GB physical and 8 TB/s.",
      },
      {
        fields: ["interconnectGBps", "interconnectName"],
        source: "techpowerup.com B200 entry (NVLink 1.8 TB/s) and glennklockwood B200 page (NVLink5 2x900 GB/s)",
        date: "undated",
        confidence: "medium-high",
      },
      {
        fields: ["maxLinkedDevices"],
        source: "NVIDIA TensorRT-LLM perf-overview hardware list: 'B200 180GB (DGX B200)' (8-GPU system)",
        date: "undated",
        confidence: "medium",
      },
    ],
    notes:
      "GB200 variant (1200 W) is faster: 2,500 dense FP16, 5,000 FP8. No rental or purchase price was found in the references for 2025 (left out). memoryGB is the nvidia-smi total in 10^9 B; the marketed '180 GB' is approximately GiB (179.1 GiB reported).",
  },
  "l4": {
    interconnectName: "PCIe Gen4 x16",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 23034 MiB for 'NVIDIA L4' (published nvidia-smi outputs, e.g. search-index file ids 49087902293, 66445594161, 6156316717)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 23034 MiB x 1,048,576 B = 24.15e9 B. Less than 24 GiB (24576 MiB); ECC was enabled in these readouts, which likely accounts for the shortfall.",
      },
      {
        fields: ["memoryGB", "bandwidthGBps", "powerW", "tflops.bf16", "tflops.fp16", "tflops.fp8", "tflops.int8"],
        source:
          "https://grokipedia.com/page/NVIDIA_L4_vs_L40S (quoting the NVIDIA datasheet: 72 W, 24 GB GDDR6, 300 GB/s, 242 TFLOPS FP16 and 485 FP8/INT8 with sparsity); store.sourcecode.com comparison ('INT8 Tensor Core 485 TOPS | Sparsity')",
        date: "undated",
        confidence: "medium",
        note: "DERIVED dense = sparse/2: 121 FP16/BF16, 242.5 FP8/INT8.",
      },
      {
        fields: ["tflops.fp32"],
        source: "fpsbench.com L4 entry: FP32 30.29 TFLOPS, 300.1 GB/s, 72 W",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["interconnectGBps", "interconnectName"],
        source: "NVIDIA L4 interface PCIe Gen4 x16 (as given in the reference hardware.json)",
        date: "undated",
        confidence: "medium",
        note: PCIE4_NOTE,
      },
      {
        fields: ["hourlyUSD"],
        source: RUNPOD_2025_03,
        date: "2025-03-03",
        confidence: "high",
        note: "RunPod L4 on-demand.",
      },
      {
        fields: ["purchaseUSD"],
        source: "https://www.runlocalai.co/hardware/nvidia-l4 ('$2,500 retail / $1,800-2,200 used')",
        date: "undated",
        confidence: "low",
        note: "Affiliate hardware site; chipversus.com lists MSRP $2,345. Estimate, about +/-30%.",
      },
    ],
    notes: "Other on-demand prices: AWS g6.xlarge $0.80/h incl. host, GCP L4 $0.56/h GPU only (plus a g2 host). memoryGB is the nvidia-smi total in 10^9 B (below the marketed 24 GiB, likely because ECC is enabled).",
  },
  "l40s": {
    interconnectName: "PCIe Gen4 x16",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 46068 MiB for 'NVIDIA L40S' (published nvidia-smi outputs, e.g. search-index file ids 53425348813, 52764785937, 70310070431)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 46068 MiB x 1,048,576 B = 48.31e9 B. Less than 48 GiB (49152 MiB); ECC was enabled in these readouts, which likely accounts for the shortfall.",
      },
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.fp32", "tflops.bf16", "tflops.fp16", "tflops.fp8", "powerW"],
        source:
          "mullet.se product page reproducing the NVIDIA L40/L40S datasheet table (FP32 91.6, BF16/FP16 362.05|733*, FP8 733|1,466*, 350 W, 864 GB/s); omegaco.ae L40S spec table (48 GB, 864 GB/s, 350 W)",
        date: "undated",
        confidence: "medium-high",
        note: "Dense column used (* = with sparsity).",
      },
      {
        fields: ["tflops.int8"],
        source: "winston-zhang-orz/gpu-specs specs.md @ a32fa524cdbbce4eb522b49196d5f7fb94f808b2 ('INT8 Tensor Core (TOPS)' L40S 733)",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["interconnectGBps", "interconnectName"],
        source: "NVIDIA L40S: PCIe Gen4 x16 (64 GB/s bidirectional), no NVLink (as given in the reference hardware.json)",
        date: "undated",
        confidence: "medium-high",
      },
      {
        fields: ["hourlyUSD"],
        source: RUNPOD_2025_03,
        date: "2025-03-03",
        confidence: "high",
        note: "RunPod L40S on-demand.",
      },
      {
        fields: ["purchaseUSD"],
        source: "https://datastorage.com/gpu/nvidia-l40s/ ('On-premise Module ~$7k-$10k')",
        date: "undated",
        confidence: "low",
        note: "DERIVED midpoint of the $7,000-10,000 range; estimate, about +/-30%.",
      },
    ],
    notes: "Other on-demand prices: AWS g6e.xlarge $1.86/h incl. host (2025-08), CoreWeave $2.25/GPU-h (2026). memoryGB is the nvidia-smi total in 10^9 B (below the marketed 48 GiB, likely because ECC is enabled).",
  },
  "a10g": {
    interconnectName: "PCIe",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 23028 MiB for 'NVIDIA A10G' (published nvidia-smi outputs, e.g. search-index file ids 12429508796, 1221519397, 2692278064)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 23028 MiB x 1,048,576 B = 24.15e9 B. Read on AWS G5 instances; less than 24 GiB (24576 MiB); ECC was enabled in these readouts, which likely accounts for the shortfall.",
      },
      {
        fields: ["memoryGB", "powerW"],
        source: "gist shashankprasanna AWS GPU table: A10G, 24 GB, TDP 300 W (from nvidia-smi); rapidsai/deployment AWS table: G5 A10G 24 GB",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["bandwidthGBps"],
        source: "https://www.baseten.co/blog/nvidia-a10-vs-a10g-for-ml-model-inference/ (A10 and A10G share 24GB GDDR6 at 600 GB/s)",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["tflops.fp16"],
        source:
          "https://www.baseten.co/blog/nvidia-a10-vs-a10g-for-ml-model-inference/ via a third-party summary in the code index (file id 53730038965): A10G FP16 tensor 70 TFLOPS dense",
        date: "undated",
        confidence: "low",
        note: "NVIDIA publishes no A10G figures; do not use the A10's 125.",
      },
      {
        fields: ["hourlyUSD", "interconnectName"],
        source: `${SKY_AWS} (g5.xlarge, 1x A10G, $1.006/h)`,
        date: CATALOG_DATE,
        confidence: "high",
        note: "Includes host CPU and RAM; g5.12xlarge works out to $1.418/GPU-h.",
      },
    ],
    notes:
      "AWS-only part: no purchase price exists. FP32, BF16, INT8 figures and the PCIe generation/bandwidth were not found in any cited source (left out). memoryGB is the nvidia-smi total in 10^9 B on AWS G5 (below the marketed 24 GiB, likely because ECC is enabled).",
  },
  "t4": {
    interconnectName: "PCIe Gen3 x16",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 15360 MiB for 'Tesla T4' (published nvidia-smi outputs, e.g. search-index file ids 60883774571, 26357625281, 1060536837)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 15360 MiB x 1,048,576 B = 16.11e9 B. Less than 16 GiB (16384 MiB); ECC was enabled in these readouts, which likely accounts for the shortfall.",
      },
      {
        fields: ["tflops.fp32", "tflops.fp16", "tflops.int8", "tflops.int4"],
        source: "geektopia.es T4 launch article: 8.1 TFLOPS FP32, 65 TFLOPS mixed precision, 130 TOPS INT8, 260 TOPS INT4",
        date: "2018-09",
        confidence: "medium",
        note: "Turing has no sparsity, so these are dense; 65 is FP16 tensor with FP32 accumulate.",
      },
      {
        fields: ["memoryGB", "powerW"],
        source: "networkoutlet.com T4 spec table: 16 GB GDDR6, 65 TFLOPS FP16, 130 TOPS INT8, 70 W",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["bandwidthGBps"],
        source: "sysrqmts.com T4 entry: 320.0 GB/s, 70 W",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["interconnectGBps", "interconnectName"],
        source: "NVIDIA T4 interface PCIe Gen3 x16 (as given in the reference hardware.json)",
        date: "undated",
        confidence: "medium",
        note: "DERIVED: Gen3 x16 is half of Gen4 x16, i.e. 32 GB/s bidirectional (16 GB/s each way).",
      },
      {
        fields: ["hourlyUSD"],
        source: `${SKY_AWS} (g4dn.xlarge, 1x T4, $0.526/h)`,
        date: CATALOG_DATE,
        confidence: "high",
        note: "Includes host CPU and RAM.",
      },
    ],
    notes: "No bf16 or fp8 on Turing. No purchase price in the references (left out). memoryGB is the nvidia-smi total in 10^9 B (below the marketed 16 GiB, likely because ECC is enabled).",
  },
  "rtx-4090": {
    interconnectName: "PCIe Gen4 x16",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "nvidia-smi total memory 24564 MiB for 'NVIDIA GeForce RTX 4090' (published nvidia-smi outputs, e.g. search-index file ids 48135459847, 57379106766)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 24564 MiB x 1,048,576 B = 25.76e9 B. The marketed '24 GB' is binary (24 GiB = 24576 MiB).",
      },
      {
        fields: ["tflops.fp32", "tflops.bf16", "tflops.fp16", "tflops.fp8", "tflops.int8", "bandwidthGBps"],
        source: `${ADA_WP} (transcribed in code index files 71252828429 and 68320316257)`,
        date: "undated (whitepaper v2.1)",
        confidence: "high",
        note: "Dense/sparse pairs: FP16 and BF16 with FP32 accumulate 165.2/330.4, FP8 with FP32 accumulate 330.3/660.6 (corrected in v2.02), INT8 660.6/1321.2, FP32 82.6, 1008 GB/s.",
      },
      {
        fields: ["memoryGB", "powerW", "bandwidthGBps"],
        source: "thefpsreview.com RTX 4090 family specs: TGP 450 W, 1008 GB/s, 24 GB GDDR6X, 384-bit",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["interconnectGBps", "interconnectName"],
        source: "RTX 4090: PCIe Gen4 x16, no NVLink (as given in the reference hardware.json)",
        date: "undated",
        confidence: "medium",
        note: PCIE4_NOTE,
      },
      {
        fields: ["hourlyUSD"],
        source: RUNPOD_2025_03,
        date: "2025-03-03",
        confidence: "high",
        note: "RunPod RTX 4090 on-demand.",
      },
      {
        fields: ["purchaseUSD"],
        source: "https://www.pcgamer.com/nvidia-geforce-rtx-4090-release-date-price-specs-performance/ (launch MSRP $1,599)",
        date: "2022-09-20",
        confidence: "high",
      },
    ],
    notes:
      "GeForce halves tensor rate with FP32 accumulate; with FP16 accumulate FP16 is 330.3 dense. vast.ai marketplace lists it from $0.35/h (2025-03). memoryGB is the nvidia-smi total in 10^9 B; the marketed '24 GB' is binary (GiB).",
  },
  "mi300x": {
    interconnectName: "AMD Infinity Fabric (xGMI)",
    sources: [
      {
        fields: ["memoryGB"],
        source:
          "rocm-smi 'VRAM Total Memory (B): 205822885888' / amdgpu mem_info_vram_total 205822885888 for 'AMD Instinct MI300X VF' and MI300X (gfx942) cloud instances (search-index file ids 54709957566, 68445414372, 61672340728)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 205822885888 B = 205.82e9 B = 191.69 GiB; AMD's '192GB' is binary (GiB). Two of the three readouts name the virtual function (cloud) part, MI300X VF.",
      },
      {
        fields: ["tflops.bf16", "tflops.fp16", "tflops.fp8", "bandwidthGBps", "powerW"],
        source: "github alpharomercoma/MI300X-vs-H200 METHODOLOGY.md @ 6077fdc7 (BF16 dense 1307.4, FP8 dense 2614.9 TFLOP/s, 5.3 TB/s, TBP 750 W)",
        date: "undated",
        confidence: "high",
      },
      {
        fields: ["memoryGB", "maxLinkedDevices", "interconnectName"],
        source:
          "mlcommons/inference_results_v4.1 closed/AMD/systems/8xMI300X_2xEPYC-9374F.json ('AMD Instinct MI300X-NPS1-SPX-192GB-750W', 192 GB HBM3, interconnect XGMI, 8 GPUs)",
        date: "2024",
        confidence: "high",
      },
      {
        fields: ["interconnectGBps"],
        source: "https://gpu.blog/gpus/instinct-mi300x-mi300x (Infinity Fabric xGMI Gen 3, 896 GB/s, fully connected 8-GPU mesh)",
        date: "undated",
        confidence: "low",
        note: "Third-party spec page; AMD's own per-link figure was not read.",
      },
      {
        fields: ["hourlyUSD"],
        source: "https://huggingface.co/datasets/tokenwatt/gpu-cloud-prices (DigitalOcean gpu-mi300x1-192gb, $2.59/h list price, marked unavailable)",
        date: "2026-10-07",
        confidence: "medium",
        note: "Later than the catalog price date; no 2025 MI300X on-demand price was found.",
      },
      {
        fields: ["purchaseUSD"],
        source: `${EPOCH}, original https://web.archive.org/web/20250210202751/https://www.interpromicro.com/product/39955-amd-instinct-mi300x-192gb-8-oam-ubb`,
        date: "2025-02-10",
        confidence: "medium",
        note: "DERIVED by Epoch: 8x OAM UBB price / 8 (includes the baseboard); estimate, about +/-30%.",
      },
    ],
    notes: "FP32 and INT8 peaks were not in the sources read (left out). HuggingFace's hardware page lists a $15,000 MSRP estimate. AMD's '192GB' is binary (GiB); memoryGB is the rocm-smi total in 10^9 B (205822885888 B).",
  },
  "tpu-v4": {
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.bf16", "tflops.int8", "powerW"],
        source: "https://cloud.google.com/tpu/docs/v4 (Key specifications table)",
        date: "undated",
        confidence: "high",
        note: "memoryGB DERIVED: 32 GiB = 34.36 GB. Power: measured min/mean/max 90/170/192 W; the max is used.",
      },
      {
        fields: ["hourlyUSD"],
        source: GCP_TPU_2025_03,
        date: "2025-03-03",
        confidence: "high",
        note: "GCP on-demand per chip-hour, us-central2-b (unchanged since 2022-05).",
      },
    ],
    notes: "Two TensorCores per chip. Per-chip ICI bandwidth is not stated on the page read (left out); not sold, so no purchase price.",
  },
  "tpu-v5e": {
    interconnectName: "ICI (2D torus)",
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.bf16", "tflops.int8", "maxLinkedDevices"],
        source: "https://cloud.google.com/tpu/docs/v5e (Key chip specifications; 256-chip pod)",
        date: "undated",
        confidence: "high",
        note: "A newer revision lists HBM bandwidth as '800 GiBps' (same quantity in other units).",
      },
      {
        fields: ["interconnectGBps", "interconnectName"],
        source: "https://docs.cloud.google.com/tpu/docs/v5e (ICI 400 GBps bidirectional, 4 ports; older page: 1600 Gbps per chip)",
        date: "undated",
        confidence: "high",
      },
      {
        fields: ["hourlyUSD"],
        source: GCP_TPU_2025_03,
        date: "2025-03-03",
        confidence: "high",
        note: "GCP on-demand per chip-hour, us-central1 (Belgium $1.32, europe-west4 $1.56).",
      },
    ],
    notes: "Google does not publish per-chip power for v5e (left out); not sold, so no purchase price. Memory: datasheet figure; likely binary units (GiB), driver-reported total not found.",
  },
  "tpu-v5p": {
    interconnectName: "ICI (3D torus)",
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.bf16", "maxLinkedDevices"],
        source: "https://cloud.google.com/tpu/docs/v5p (key specifications; read via pt-br/es/it renderings of the same table; 8,960-chip pod)",
        date: "undated",
        confidence: "high",
      },
      {
        fields: ["interconnectGBps", "interconnectName"],
        source: "https://cloud.google.com/tpu/docs/v5p ('ICI 4800 Gbps per chip', 3D torus)",
        date: "undated",
        confidence: "medium",
        note: "DERIVED: 4800 Gbps / 8 = 600 GB/s; the page does not say whether this counts both directions.",
      },
      {
        fields: ["hourlyUSD"],
        source: `${SKY_GCP} (tpu-v5p-12288 = 6144 chips, $25,804.80/h, us-central1)`,
        date: CATALOG_DATE,
        confidence: "medium",
        note: "DERIVED: $25,804.80 / 6144 chips = $4.20 per chip-hour.",
      },
    ],
    notes: "INT8 peak and per-chip power were not on the pages read (left out); not sold, so no purchase price. Memory: datasheet figure; likely binary units (GiB), driver-reported total not found.",
  },
  "apple-m2-ultra": {
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps"],
        source: "https://www.apple.com/newsroom/2023/06/apple-introduces-m2-ultra/ (up to 192GB unified memory, 800GB/s)",
        date: "2023-06-05",
        confidence: "high",
      },
      {
        fields: ["tflops.fp32"],
        source: "Apple Mac Pro page, Polish localisation (apple.com/pl/mac-pro, read via a proxy copy): 76-core GPU 'osiąga do 27,2 teraflopa'",
        date: "2023-06",
        confidence: "medium",
        note: "GPU FP32 for the 76-core configuration; Apple publishes no FP16 or matrix figure.",
      },
      {
        fields: ["purchaseUSD"],
        source: "https://www.imore.com/mac/m2-mac-studio-2023 (Mac Studio with M2 Ultra from $3,999: 24-core CPU, 60-core GPU, 64GB, 1TB)",
        date: "2023-06-05",
        confidence: "high",
        note: "Price of the whole computer in its base configuration.",
      },
    ],
    notes:
      "memoryGB is the 192 GB maximum while the $3,999 price is the base 64 GB / 60-core-GPU Mac Studio (76 cores and 192 GB are paid upgrades). No published power, fp16 figure or rental price (left out). The '192GB' unified memory is binary (192 GiB = 206.16e9 B); left as marketed, and macOS keeps part of it from the GPU.",
  },
  "apple-m3-max": {
    sources: [
      {
        fields: ["memoryGB"],
        source: "https://applemagazine.com/apples-m3-max-surpasses-m2-ultra-in-new-performance-benchmarks/61719/m3-max-specs (max 128GB unified memory, LPDDR5-6400, 16-core CPU / 40-core GPU)",
        date: "2023-11",
        confidence: "medium",
        note: "128GB only with the 16-core CPU / 40-core GPU bin.",
      },
      {
        fields: ["bandwidthGBps"],
        source: "https://macmegasite.com/2024/10/30/m4-max-chip-has-16-core-cpu-40-core-gpu-and-35-increase-in-memory-bandwidth ('M3 Max ... 40-core GPU and 400 GB/s')",
        date: "2024-10-30",
        confidence: "medium",
        note: "Apple's marketed figure; applemagazine gives 409.6 GB/s theoretical. The 30-core-GPU bin is slower (not read).",
      },
      {
        fields: ["tflops.fp32"],
        source: "https://hmc-tech.com/gpu/apple-32-core-m4-max-vs-apple-40-core-m3-max (40-core M3 Max: FP32 14.32 TFLOPS at 1398 MHz)",
        date: "undated",
        confidence: "low",
        note: "Apple publishes no figure; radargit.com gives 16.4 TFLOPS assuming 1.6 GHz.",
      },
      {
        fields: ["purchaseUSD"],
        source: "https://daringfireball.net/2023/11/the_2023_m3_macbook_pros ('M3 Max MacBook Pro, 14-inch: $3,200')",
        date: "2023-11",
        confidence: "medium",
        note: "Whole-laptop base price as rounded by the source.",
      },
    ],
    notes:
      "The $3,200 price is the base 14-inch MacBook Pro M3 Max (lower bin, less memory); a 128 GB / 8 TB 16-inch configuration was $7,199 (Ars Technica). No published power or rental price (left out). The '128GB' unified memory is binary (128 GiB = 137.44e9 B); left as marketed, and macOS keeps part of it from the GPU.",
  },
  "jetson-agx-orin": {
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps", "powerW"],
        source:
          "NVIDIA Jetson AGX Orin Series Modules Data Sheet DS-10662-001 v1.8, as quoted in public GitHub files (code index ids 62562234033, 68815958733, 57434251563): 64 GB 256-bit LPDDR5, 204.8 GB/s, 15-60 W",
        date: "undated",
        confidence: "medium",
        note: "Bandwidth = 256 bits x 3200 MHz x 2 / 8; powerW is the top of the 15-60 W range.",
      },
      {
        fields: ["tflops.fp32", "tflops.int8"],
        source:
          "nvidia-jetson-agx-orin-technical-brief.pdf as summarised at http://mzph.cn/web/30785.shtml (GPU: 2048 CUDA cores, 5.3 FP32 TFLOPS; 64 Tensor Cores, 170 sparse INT8 TOPS; DLA up to 105 sparse INT8 TOPS)",
        date: "undated",
        confidence: "medium",
        note: "DERIVED dense int8 = 170/2 = 85 TOPS for the GPU only; the 275 TOPS headline adds the DLAs and is sparse.",
      },
      {
        fields: ["purchaseUSD"],
        source: "https://www.hackster.io/news/nvidia-launches-275-tops-jetson-agx-orin-developer-s-kit-at-1-999-bbb5ff80e050 (cited headline, found in an unattributed GitHub file, code index id 70762696257)",
        date: "2022-03",
        confidence: "low",
        note: "Developer kit launch price; a 2026 report says NVIDIA raised Jetson prices by up to 101%.",
      },
    ],
    notes: "Edge module with unified LPDDR5 memory. FP16/BF16 tensor peaks were not found in a cited source (left out); no rental price. Memory: datasheet figure; likely binary units (GiB), driver-reported total not found; this unified LPDDR5 is shared with the OS and CPU, so less is available to a model.",
  },

  // ---------------------------------------------------------------- 2025-26 accelerators
  "b300": {
    interconnectName: "NVLink 5",
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.bf16", "tflops.fp16", "tflops.fp8", "tflops.int8", "tflops.fp4", "powerW", "interconnectGBps"],
        source: `${AICONFIGURATOR} aic-core/src/aiconfigurator_core/systems/b300_sxm.yaml (per-GPU mem_bw 7.75 TB/s = 62 TB/s per 8 GPUs; capacity 275040 MiB as nvidia-smi reports it; FP4 '18 PFLOPS sparse | 14 PFLOPS dense'; 1100 W; NVLink 1800 GB/s)`,
        date: AICONFIGURATOR_DATE,
        confidence: "medium-high",
        note: "memoryGB DERIVED: 275040 MiB x 1,048,576 B = 288.40e9 B. INT8 is cut on Blackwell Ultra: 153.5 TOPS dense.",
      },
      {
        fields: ["bandwidthGBps", "tflops.fp4", "tflops.int8", "powerW"],
        source: `${VERDA} (per-GPU dense table GB300/GB200/B300/B200: B300 FP4 14 PF, 7.7 TB/s, INT8 150 TOPS, 1100 W, 270 GB)`,
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["tflops.fp4", "powerW", "bandwidthGBps"],
        source: "https://glennklockwood.com/garden/processors/B300 (288 GB HBM3e, 8 TB/s max, 2x900 GB/s NVLink 5, 1400 W max; HGX B300 dense FP16/BF16 2250, FP8 4500, FP4 13125)",
        date: "undated",
        confidence: "medium",
        note: "Disagrees on FP4 (13,125), power (1,400 W, likely the GB300 figure) and bandwidth (8 TB/s): the two sources that agree are used.",
      },
      {
        fields: ["maxLinkedDevices"],
        source: "HGX B300: an 8-GPU baseboard (aiconfigurator system name b300_sxm; 62 TB/s per 8 GPUs)",
        date: AICONFIGURATOR_DATE,
        confidence: "medium",
      },
    ],
    notes:
      "Sources disagree: FP4 dense 14 PF (aiconfigurator, Verda) against 13.125 PF (glennklockwood); TDP 1,100 W against 1,400 W; bandwidth 7.75 / 7.7 / 8 TB/s; memory 288 GB nominal against 270 GB (Verda). The figures two sources agree on are used. No rental or purchase price in the sources read (left out). memoryGB is the nvidia-smi total in 10^9 B.",
  },
  "gb200": {
    interconnectName: "NVLink 5 (NVLink Switch, 72-GPU domain)",
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.bf16", "tflops.fp16", "tflops.fp8", "tflops.int8", "tflops.fp4", "powerW", "interconnectGBps"],
        source: `${AICONFIGURATOR} aic-core/src/aiconfigurator_core/systems/gb200.yaml (per-GPU dense BF16 2.5, FP8 5, FP4 10 PF; 189471 MiB reported; 1200 W; NVLink 1800 GB/s)`,
        date: AICONFIGURATOR_DATE,
        confidence: "medium-high",
        note: "memoryGB DERIVED: 189471 MiB x 1,048,576 B = 198.67e9 B (= 185.0 GiB).",
      },
      {
        fields: ["tflops.fp16", "tflops.fp8", "interconnectGBps"],
        source: "github alibaba/InferSim hardware/gpu.py @ commit f2293dab6d23 (gb200: fp16 2500, fp8 5000 TFLOPS, nvlink 1800 GB/s bidirectional, mem 192 GB)",
        date: "2025-12-25 (file commit)",
        confidence: "medium",
        note: "Its mem_bw 13,400 GB/s looks like the rack's 13.4 TB memory figure, not a bandwidth; not used.",
      },
      {
        fields: ["memoryGB", "maxLinkedDevices"],
        source:
          "https://raw.githubusercontent.com/mlcommons/inference_results_v6.1/main/closed/Crusoe/systems/GB200-NVL72_GB200-186GB_aarch64x16_Dynamo.json (accelerator_memory_capacity 186 GB HBM3e; GB200 NVL72)",
        date: "MLPerf Inference v6.1",
        confidence: "high",
        note: "186 'GB' matches the nvidia-smi total in GiB (185.0).",
      },
      {
        fields: ["bandwidthGBps", "interconnectGBps"],
        source: "https://aiwiki.ai/wiki/nvidia_gb200_nvl72 (NVL72: ~13.4 TB GPU memory, 576 TB/s, 130 TB/s NVLink, 1.8 TB/s per GPU; 1.4 EF FP4 / 720 PF FP8 with sparsity)",
        date: "2026-06-21 (page update)",
        confidence: "medium",
        note: "Rack totals / 72 give 186 GB and about 8 TB/s per GPU; sparse rack figures / 2 / 72 give the dense 10 PF FP4 and 5 PF FP8.",
      },
      {
        fields: ["tflops.bf16", "tflops.fp8", "tflops.fp4"],
        source: `${VERDA} (GB200 dense 2.25 / 4.5 / 9 PF BF16 / FP8 / FP4; 129 GB)`,
        date: "undated",
        confidence: "low",
        note: "Disagrees (and its 129 GB looks like a typo); the figures three other sources agree on are used.",
      },
    ],
    notes:
      "Per GPU of a GB200 superchip (one Grace CPU, two Blackwell GPUs) in an NVL72 rack. Sources disagree on dense compute (2.5 / 5 / 10 PF against Verda's 2.25 / 4.5 / 9) and memory (186 GB MLPerf, 192 GB InferSim, 189,471 MiB reported); the nvidia-smi total is used, in 10^9 B. No rental or purchase price in the sources read (left out).",
  },
  "gb300": {
    interconnectName: "NVLink 5 (NVLink Switch, 72-GPU domain)",
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.bf16", "tflops.fp16", "tflops.fp8", "tflops.int8", "tflops.fp4", "interconnectGBps"],
        source: `${AICONFIGURATOR} aic-core/src/aiconfigurator_core/systems/gb300.yaml (per-GPU dense BF16 2.5, FP8 5, FP4 15 PF, INT8 165 TOPS; 284208 MiB reported; 8 TB/s; NVLink 1800 GB/s)`,
        date: AICONFIGURATOR_DATE,
        confidence: "medium-high",
        note: "memoryGB DERIVED: 284208 MiB x 1,048,576 B = 298.01e9 B.",
      },
      {
        fields: ["tflops.fp4", "tflops.fp8", "tflops.bf16", "bandwidthGBps", "maxLinkedDevices"],
        source: `${VERDA} (GB300 NVL72 rack, dense: 1080 PF FP4, 360 PF FP8, 180 PF BF16, 576 TB/s, 130 TB/s NVLink; 279 GB per GPU)`,
        date: "undated",
        confidence: "medium",
        note: "Rack / 72 agrees: 15 PF FP4, 5 PF FP8, 2.5 PF BF16, 8 TB/s.",
      },
      {
        fields: ["powerW"],
        source: "https://awesomeagents.ai/hardware/nvidia-gb300-nvl72 (288 GB HBM3e per GPU, 12-Hi; 1400 W TDP per GPU)",
        date: "undated",
        confidence: "medium",
      },
    ],
    notes: "Memory: 288 GB nominal against 279 GB (Verda); the nvidia-smi total is used, in 10^9 B. No rental or purchase price in the sources read (left out).",
  },
  "h20": {
    interconnectName: "NVLink 4",
    sources: [
      {
        fields: ["memoryGB", "powerW"],
        source: "nvidia-smi for 'NVIDIA H20': 97871 MiB total, 500 W power cap (published nvidia-smi outputs, e.g. search-index file ids 10232534572, 69782509629, 53244009727)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 97871 MiB x 1,048,576 B = 102.63e9 B (the marketed '96GB' is binary). powerW is the board power limit nvidia-smi shows.",
      },
      {
        fields: ["tflops.bf16", "tflops.fp16", "tflops.fp8", "interconnectGBps", "bandwidthGBps"],
        source: "github alibaba/InferSim hardware/gpu.py @ commit f2293dab6d23 (h20: fp16 148, fp8 296 TFLOPS, mem 96, mem_bw 4096 x 0.8 derated, nvlink 900 x 0.8 / 2)",
        date: "2025-12-25 (file commit)",
        confidence: "medium",
        note: "A simulator's constants, the only source for the compute figures.",
      },
      {
        fields: ["bandwidthGBps"],
        source: "an accelerator comparison table in the code index (file id 58309203657): NVIDIA H20, 148 TFLOPS, 4000 GB/s",
        date: "undated",
        confidence: "low",
        note: "4,000 GB/s (4.0 TB/s) is used; InferSim's 4,096 is the same figure in binary-style units.",
      },
      {
        fields: ["maxLinkedDevices"],
        source: "HGX (8-GPU) board, as for the other Hopper SXM parts",
        date: "undated",
        confidence: "medium",
      },
    ],
    notes: "A cut-down Hopper for the Chinese market: H100-class memory system, about 15% of its compute. Compute figures come from one simulator file. No price in the sources read (left out).",
  },
  "rtx-5090": {
    interconnectName: "PCIe Gen5 x16",
    sources: [
      {
        fields: ["memoryGB", "powerW"],
        source: "nvidia-smi for 'NVIDIA GeForce RTX 5090': 32607 MiB total, 575 W power cap (published nvidia-smi outputs, e.g. search-index file ids 55550718246, 34759949062, 55339247228)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 32607 MiB x 1,048,576 B = 34.19e9 B; the marketed '32 GB' is binary.",
      },
      {
        fields: ["tflops.fp32", "tflops.fp16", "tflops.fp8", "tflops.fp4", "bandwidthGBps", "powerW"],
        source: "https://pocketmags.com/linux-format-magazine/may-2025/articles/nvidia-geforce-rtx-5090 (spec box: 170 SMs, 32 GB 28 Gb/s 512-bit, 104 FP32 / 838 FP16 / 3,352 FP8/4 TFLOPS, 1,792 GB/s, 575 W)",
        date: "2025-05",
        confidence: "medium",
      },
      {
        fields: ["tflops.fp16", "tflops.fp8", "tflops.fp4"],
        source: "https://www.spheron.network/blog/nvidia-rtx-5090-specs/ (FP16 tensor 838.4, FP8 ~1,676.8, FP4 3,352 TOPS, all with sparsity; 1,792 GB/s; 575 W)",
        date: "2026-05-20",
        confidence: "medium",
        note: "DERIVED dense = sparse / 2: 419 FP16, 838 FP8, 1,676 FP4. These assume FP16 accumulate; GeForce runs FP16 with FP32 accumulate at half that rate (not sourced here), which the rtx-4090 entry uses, so FP16 compute is optimistic against it.",
      },
      {
        fields: ["interconnectGBps", "interconnectName"],
        source: "https://dream-dictionary.org/nvidia-geforce-rtx-5090-release-date-price-and-specs (copy of a PCGamesN spec table: interface 16x PCIe 5.0)",
        date: "2025-01",
        confidence: "medium",
        note: "DERIVED: PCIe Gen5 x16 = 128 GB/s bidirectional (64 GB/s each way), as for h100-pcie. No NVLink.",
      },
      {
        fields: ["purchaseUSD"],
        source: "https://dotesports.com/hardware/news/nvidia-geforce-rtx-blackwell-5090-revealed-release-date-cost-and-specs ('costs a whopping $1,999'); grokipedia GeForce_RTX_5090 (MSRP $1,999 for the Founders Edition, on sale 2025-01-30)",
        date: "2025-01-06",
        confidence: "high",
        note: "Launch MSRP; street prices ran higher.",
      },
    ],
    notes: "All dense tensor figures are derived (sparse / 2). No rental price in the sources read (left out). memoryGB is the nvidia-smi total in 10^9 B.",
  },
  "rtx-pro-6000": {
    interconnectName: "PCIe Gen5 x16",
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.bf16", "tflops.fp16", "tflops.fp8", "tflops.int8", "tflops.fp4", "powerW", "interconnectGBps"],
        source: `${AICONFIGURATOR} aic-core/src/aiconfigurator_core/systems/rtx_pro_6000_server.yaml (Server Edition: 97887 MiB reported, 600 W limit, dense tensor figures 'scaled conservatively to the observed 2430 MHz max SM clock', PCIe Gen5 64 GB/s per direction)`,
        date: "2026-08-03 (file commit)",
        confidence: "medium",
        note: "memoryGB DERIVED: 97887 MiB x 1,048,576 B = 102.64e9 B. The tensor figures are the model's estimates, not NVIDIA datasheet values. interconnectGBps = 2 x 64 GB/s.",
      },
      {
        fields: ["tflops.fp32"],
        source: "https://www.topcpu.net/es/news/nvidia-launches-96gb-rtx-5090-model-with-a-whopping-price-tag-of-10000 (188 SMs, 24,064 CUDA cores, up to 125 TFLOPS FP32, 4,000 AI TOPS FP4, 96 GB GDDR7 512-bit 28 Gbps)",
        date: "undated",
        confidence: "low",
      },
      {
        fields: ["bandwidthGBps", "powerW"],
        source: "https://gpu.name/posts/nvidia-unveils-rtx-pro-6000-blackwell-gpu-with-24-064-cores-and-96gb-memory (96 GB GDDR7, 1,792 GB/s, 600 W)",
        date: "undated",
        confidence: "medium",
      },
    ],
    notes: "Workstation and Server Editions draw 600 W; the Max-Q Workstation Edition 300 W (fixstars, 2025-09-04). One page claims 384-bit / ~1.5 TB/s, against 512-bit / 1,792 GB/s in three others. No price in the sources read (left out).",
  },
  "dgx-spark": {
    sources: [
      {
        fields: ["memoryGB", "tflops.fp4"],
        source: "https://dgx-spark.warehack.ing/hardware/ (GB10, 6,144 CUDA cores, up to 1 PFLOP FP4 with sparsity, 128 GB LPDDR5X, dual ConnectX-7 200GbE)",
        date: "undated",
        confidence: "medium",
        note: "DERIVED dense FP4 = 1 PF sparse / 2 = 500 TFLOPS.",
      },
      {
        fields: ["tflops.fp32", "powerW", "bandwidthGBps"],
        source: "https://meterpreter.org/a-supercomputer-on-your-desk-nvidia-unveils-the-dgx-spark-ai-superchip (Hot Chips: 1 PFLOP FP4 sparse, ~31 TFLOPS FP32, 140 W TDP, LPDDR5x 9400 MT/s, 273-301 GB/s, NVLink-C2C 600 GB/s)",
        date: "2025-08",
        confidence: "medium",
        note: "powerW is the GB10 chip's TDP; the box's power supply is 240 W, and a launch report says it draws 170 W.",
      },
      {
        fields: ["bandwidthGBps"],
        source: "https://blog.kubesimplify.com/blog/day-3-the-dgx-spark-unpacked-gb10-unified-memory-sm-121-and-the-one-reason-this-hardware-exists (273 GB/s decode envelope)",
        date: "undated",
        confidence: "medium",
        note: "273 GB/s used rather than the 'up to 301'.",
      },
      {
        fields: ["purchaseUSD"],
        source: "https://www.benzinga.com/markets/tech/25/10/48267874/nine-years-after-delivering-1st-dgx-nvidias-jensen-huang-hand-delivers-new-dgx-spark-to-elon-musk ('The DGX Spark, priced at $3,999'; launched 2025-10-15)",
        date: "2025-10-17",
        confidence: "high",
        note: "Announced at $3,000 (CES 2025); $3,999 at launch; partner GB10 systems $3,000-4,000.",
      },
    ],
    notes:
      "A desktop box with one GB10 superchip: Grace CPU and Blackwell GPU sharing 128 GB of LPDDR5X, so classed as an edge device (single-stream runtime by default). NVIDIA publishes FP4 (sparse) and FP32 only: FP16/BF16/FP8 tensor rates are left out, so FP16 compute is timed at the FP32 rate and FP4 at its own. Two Sparks link over ConnectX-7 (2 x 200 GbE); that link's usable bandwidth was not sourced (left out). Memory is the marketed 128 GB, shared with the CPU and OS.",
  },
  "mi325x": {
    sources: [
      {
        fields: ["memoryGB"],
        source: "https://rocm.docs.amd.com/en/7.13.0-preview/reference/gpu-specs.html (ROCm spec table: MI325X, CDNA3 gfx942, 256 GiB VRAM, 304 CUs)",
        date: "undated",
        confidence: "high",
        note: "DERIVED: 256 GiB = 274.88e9 B (AMD's '256GB' is binary, as MI300X's '192GB').",
      },
      {
        fields: ["bandwidthGBps", "tflops.fp16"],
        source: "https://docs.vultr.com/inference-cookbook/rocm/getting-started/hardware-requirements.md (MI325X: 256 GB HBM3E, 6.0 TB/s, FP16 1,307 TFLOPS)",
        date: "2026-03-11",
        confidence: "medium-high",
      },
      {
        fields: ["tflops.bf16", "tflops.fp8", "bandwidthGBps"],
        source: "https://rooflinenotes.dev/accelerators/ (MI325X 256 GB HBM3E, 6 TB/s, BF16 1.3 PFLOPS, FP8 dense 2.61 PFLOPS; launched 2024-10-10)",
        date: "undated",
        confidence: "medium",
      },
    ],
    notes: "CDNA3 (no FP4). Power and the Infinity Fabric link bandwidth were not read from a trustworthy source (one table lists 750 W, which looks wrong), so they are left out; multi-GPU estimates fall back to PCIe Gen4 timing with a warning. No price in the sources read.",
  },
  "mi355x": {
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.bf16", "tflops.fp16"],
        source: "https://rooflinenotes.dev/accelerators/ (MI355X 288 GB HBM3E, 8 TB/s, BF16/FP16 2.5 PFLOPS; launched 2025-06-12)",
        date: "undated",
        confidence: "medium",
      },
      {
        fields: ["memoryGB", "bandwidthGBps", "powerW", "tflops.fp4"],
        source: "https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts (288 GB HBM3E, up to 8 TB/s, up to 1,400 W, 'maximum' FP4/FP6 20.1 PFLOPS)",
        date: "2025-06",
        confidence: "medium-high",
        note: "DERIVED dense FP4 = 20.1 PF (with sparsity) / 2 = 10,050 TFLOPS.",
      },
      {
        fields: ["tflops.int8", "powerW"],
        source: "https://www.svethardware.cz/amd-uvadi-akceleratory-instinct-mi350x-a-mi355x-s-288gb-pameti-hbm3e/61870 (MI355X 2400 MHz, 1400 W TBP; INT8 5 POPS, 10.1 with sparsity; 256 CUs)",
        date: "2025-06",
        confidence: "medium",
      },
      {
        fields: ["tflops.fp8"],
        source: "https://www.world-today-news.com/?p=7253162 (ISSCC 2026 summary: FP8 'five petaflops')",
        date: "2026-02",
        confidence: "medium",
      },
    ],
    notes:
      "Third-party notes giving 2.3 / 4.6 / 9.2 PF (FP16 / FP8 / FP4) match the MI350X, not the MI355X. Memory is the marketed 288 GB (likely binary, as MI300X's; a driver-reported total was not found). Per-GPU Infinity Fabric bandwidth was not sourced (left out). No price in the sources read.",
  },
  "tpu-v6e": {
    interconnectName: "ICI (2D torus, 4 ports per chip)",
    sources: [
      {
        fields: ["bandwidthGBps", "tflops.bf16", "tflops.int8", "interconnectGBps", "maxLinkedDevices"],
        source: "https://docs.cloud.google.com/tpu/docs/v6e.md.txt (official: 918 TFLOPs bf16, 1836 TOPs int8, 32 GB HBM, 1638 GBps HBM bandwidth, 800 GBps bidirectional ICI, 4 ICI ports, 256 chips per pod)",
        date: "undated",
        confidence: "high",
      },
      {
        fields: ["memoryGB", "tflops.fp8"],
        source: "https://docs.cloud.google.com/tpu/docs/tpu7x (comparison table: v6e BF16 918, FP8 918 TFLOPs, 32 GiB HBM)",
        date: "undated",
        confidence: "high",
        note: "memoryGB DERIVED: 32 GiB = 34.36e9 B (as tpu-v4). FP8 peak equals BF16 on v6e.",
      },
    ],
    notes: "Per chip. Google publishes no per-chip power (left out). The Cloud TPU pricing page was not read, so no rental price; not sold.",
  },
  "tpu7x": {
    interconnectName: "ICI (3D torus, optical circuit switches)",
    sources: [
      {
        fields: ["memoryGB", "tflops.bf16", "tflops.fp8", "maxLinkedDevices"],
        source: "https://docs.cloud.google.com/tpu/docs/tpu7x (official table: peak BF16 2307 TFLOPs, FP8 4614 TFLOPs, HBM 192 GiB, 9216 chips per pod)",
        date: "undated",
        confidence: "high",
        note: "memoryGB DERIVED: 192 GiB = 206.16e9 B. The table's HBM bandwidth row was cut off in the stored copy.",
      },
      {
        fields: ["bandwidthGBps"],
        source:
          "https://pakinomist.com/ironwood-tpu-details-show-googles-most-powerful-supercomputer-to-date-with-1-77pb-shared-memory-across-9216-chips-that-set-a-new-world-record (Hot Chips 2025 coverage, TechRadar reprint: 4,614 TFLOPS FP8, 192 GB HBM3E, 7.3 TB/s)",
        date: "2025-08",
        confidence: "medium",
      },
      {
        fields: ["bandwidthGBps", "interconnectGBps"],
        source: "https://tadviser.com/index.php/Product:Ironwood_(AI_processor) (April 2025 announcement: 192 GB HBM at 7.2 TB/s; ICI 1.2 TB/s bidirectional)",
        date: "2025-04",
        confidence: "medium",
        note: "Bandwidth disagrees: 7.2 TB/s at launch against 7.3 TB/s at Hot Chips; the later, more detailed figure is used.",
      },
    ],
    notes: "Per chip (two TensorCores and four SparseCores). Google publishes no per-chip power (left out). No rental price read; not sold.",
  },
  "gaudi3": {
    interconnectName: "24 x 200 GbE RoCE (on-die NICs)",
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.bf16", "tflops.fp8", "powerW", "interconnectGBps"],
        source:
          "Intel Hot Chips 2024 deck 'Intel Gaudi 3 AI Accelerator: Architected for Gen AI Training and Inference' (R. Kaplan), reprinted at https://www.sgpjbg.com/baogao/465025.html (BF16 and FP8 matrix 1835 TFLOPs, 128 GB HBM, 3.67 TB/s, TDP 900 W air / 1200 W liquid, 1200 GB/s bidirectional networking)",
        date: "2024-08",
        confidence: "high",
      },
      {
        fields: ["tflops.bf16", "bandwidthGBps", "powerW"],
        source: "https://www.yobitel.com/knowledge-base/intel-gaudi-3 (1,835 TFLOPS BF16/FP8, 128 GB HBM2e, 3.7 TB/s, 900 W, 24x200GbE)",
        date: "undated",
        confidence: "medium",
      },
    ],
    notes:
      "Not a GPU: classed as an 'accelerator' (the kind only picks the default serving runtime, here the optimized one). Air-cooled OAM at 900 W; the liquid-cooled part goes to 1,200 W. One article quotes 1,856 TFLOPS and ~600 W, against Intel's deck. Memory is the marketed 128 GB (driver-reported total not found). No price in the sources read.",
  },
  "trainium2": {
    interconnectName: "NeuronLink-v3",
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.fp32", "tflops.bf16", "tflops.fp16", "tflops.fp8", "interconnectGBps"],
        source: "github aws-neuron/aws-neuron-sdk about-neuron/arch/neuron-hardware/trainium2.rst @ commit 7c165a3e0113 (official: 1,299 FP8 TFLOPS, 667 BF16/FP16/TF32, 2,563 with sparsity, 181 FP32; 96 GiB at 2.9 TB/s; NeuronLink-v3 1.28 TB/s per chip)",
        date: "undated",
        confidence: "high",
        note: "memoryGB DERIVED: 96 GiB = 103.08e9 B. Whether 1.28 TB/s counts both directions is not stated; taken as this catalog's both-directions figure.",
      },
      {
        fields: ["bandwidthGBps"],
        source: "https://awsdocs-neuron.readthedocs-hosted.com/en/v2.29.0/_sources/nki/guides/architecture/trainium2_arch.rst (NKI guide: 96 GiB, 3 TB/s)",
        date: "2025-12-01",
        confidence: "medium",
        note: "Disagrees slightly (3 TB/s); the architecture page's 2.9 TB/s is used.",
      },
    ],
    notes: "Not a GPU: classed as an 'accelerator'. Per chip (8 NeuronCore-v3). Power and rental price not in the sources read (left out); not sold.",
  },
  "inferentia2": {
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps", "tflops.fp32", "tflops.bf16", "tflops.fp16", "tflops.fp8", "tflops.int8"],
        source: "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/inferentia2.html (official: 380 INT8 TOPS, 190 FP16/BF16/cFP8/TF32 TFLOPS, 47.5 FP32; 32 GiB HBM at 820 GiB/s)",
        date: "undated",
        confidence: "high",
        note: "memoryGB DERIVED: 32 GiB = 34.36e9 B. FP8 is AWS's configurable cFP8, at the BF16 rate.",
      },
      {
        fields: ["bandwidthGBps"],
        source: "https://awsdocs-neuron.readthedocs-hosted.com/en/v2.28.0/_sources/nki/guides/architecture/trainium_inferentia2_arch.rst (2 HBM stacks, 32 GiB, 820 GB/s; 2 NeuronLink-v2)",
        date: "2025-12-01",
        confidence: "high",
        note: "AWS writes the bandwidth as both GiB/s and GB/s; 820 GB/s is used.",
      },
    ],
    notes: "Not a GPU: classed as an 'accelerator'. Per chip (2 NeuronCore-v2; up to 12 chips in an Inf2 instance). NeuronLink-v2 bandwidth, power and rental price were not in the sources read (left out).",
  },
  "apple-m3-ultra": {
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps"],
        source: "https://techpowerup.com/news-tags/Mac%20Studio (M3 Ultra: up to 512 GB unified memory at 819 GB/s; 32 CPU / 80 GPU cores)",
        date: "2025-03",
        confidence: "high",
        note: "Ars Technica's table gives 819.2 GB/s.",
      },
      {
        fields: ["tflops.fp32"],
        source: "https://hmc-tech.com/gpu/apple-32-core-m4-max-vs-apple-40-core-m3-max (40-core M3 Max: FP32 14.32 TFLOPS, 5120 ALUs at 1398 MHz)",
        date: "undated",
        confidence: "low",
        note: "DERIVED: the M3 Ultra is two M3 Max dies, so 80 cores x 128 ALUs x 2 FLOPs x 1.398 GHz = 28.64 TFLOPS. Apple publishes no figure.",
      },
      {
        fields: ["purchaseUSD"],
        source: "https://iphonewalle.netlify.app/2025/03/07/m3-ultra-chip-gpu-benchmark (MacRumors copy: Mac Studio pricing 'starts at $1,999 for M4 Max configurations, and at $3,999 for M3 Ultra configurations')",
        date: "2025-03-07",
        confidence: "high",
        note: "The base M3 Ultra Mac Studio (28-core CPU, 60-core GPU, 96 GB).",
      },
    ],
    notes:
      "memoryGB is the 512 GB maximum while the $3,999 price is the base 96 GB / 60-core-GPU Mac Studio (80 cores and 512 GB are paid upgrades), as for apple-m2-ultra. No published power, FP16 figure or rental price (left out). Memory as marketed (binary, likely); macOS keeps part of it from the GPU.",
  },
  "apple-m4-max": {
    sources: [
      {
        fields: ["memoryGB", "bandwidthGBps"],
        source: "http://www.notebookcheck.net/Apple-M4-Max-official-with-incremental-upgrades-over-the-M3-Max.911098.0.html (M4 Max 14C/32G and 16C/40G bins; up to 128 GB; 546 GB/s)",
        date: "2024-10-30",
        confidence: "high",
        note: "546 GB/s is the 16-core CPU / 40-core GPU bin; the 14C/32G bin has 410 GB/s (Macworld).",
      },
      {
        fields: ["tflops.fp32"],
        source: "https://hmc-tech.com/gpu/apple-32-core-m4-max-vs-apple-40-core-m3-max (32-core M4 Max: FP32 13.74 TFLOPS, 4096 ALUs at 1678 MHz)",
        date: "undated",
        confidence: "low",
        note: "DERIVED for the 40-core GPU: 40 x 128 ALUs x 2 FLOPs x 1.678 GHz = 17.18 TFLOPS. Apple publishes no figure.",
      },
      {
        fields: ["purchaseUSD"],
        source: "https://iphonewalle.netlify.app/2025/03/07/m3-ultra-chip-gpu-benchmark (MacRumors copy: Mac Studio 'starts at $1,999 for M4 Max configurations')",
        date: "2025-03-07",
        confidence: "medium",
        note: "The base M4 Max Mac Studio (14-core CPU, 32-core GPU, 36 GB), a lower bin than this entry.",
      },
    ],
    notes:
      "The $1,999 price is the base 14C/32G / 36 GB Mac Studio; the 16C/40G bin with 128 GB costs more (not read). No published power or rental price (left out). Memory as marketed; macOS keeps part of it from the GPU.",
  },
};
