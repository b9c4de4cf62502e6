import { $ } from "bun";
const a = Bun.argv;
const get = (k: string) => a[a.indexOf(`--${k}`) + 1];
const model = get("model"), mode = get("mode"), out = get("out");
await $`mkdir -p ${out}`;
const py = mode === "fp16"
  ? `from onnxconverter_common import float16; import onnx; m=onnx.load('${model}/model.onnx'); onnx.save(float16.convert_float_to_float16(m), '${out}/model.onnx')`
  : `from onnxruntime.quantization import quantize_dynamic, QuantType; quantize_dynamic('${model}/model.pre.onnx', '${out}/model.onnx', weight_type=QuantType.QInt8)`;
await $`python3 -c ${py}`;
console.log(`quantized (${mode}) -> ${out}/model.onnx`);
