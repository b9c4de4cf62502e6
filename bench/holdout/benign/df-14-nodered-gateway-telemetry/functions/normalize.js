// Node-RED Function node "normalize" - 2 outputs: [normalized[], unmatched]
// Input: msg.topic like sensors/<source>/<device>[/...], msg.payload object or string
// Output 1: one message per metric, topic telemetry/<site>/<device>/<metric>

const site = env.get("SITE_ID") || "unknown-site";
const parts = (msg.topic || "").split("/");
const source = parts[1];
const device = (parts[2] || "unknown").replace(/[^A-Za-z0-9_-]/g, "_");
let p = msg.payload;

if (typeof p === "string") {
    try { p = JSON.parse(p); } catch (e) { p = { value: Number(p) }; }
}
if (p === null || typeof p !== "object") {
    return [null, msg];
}

const now = Date.now();
const out = [];
function push(metric, value, unit) {
    if (typeof value !== "number" || !isFinite(value)) return;
    out.push({
        topic: `telemetry/${site}/${device}/${metric}`,
        payload: { site, device, metric, value, unit, ts: now, source }
    });
}

switch (source) {
    case "zigbee2mqtt":            // {"temperature":21.4,"humidity":48,"battery":92,"linkquality":120}
        push("temperature", p.temperature, "degC");
        push("humidity", p.humidity, "%");
        push("battery", p.battery, "%");
        push("link_quality", p.linkquality, "lqi");
        break;
    case "shelly":                 // sensors/shelly/<id>/power with {"apower":35.2,"voltage":231.1}
        push("power", p.apower, "W");
        push("voltage", p.voltage, "V");
        push("energy_total", p.aenergy && p.aenergy.total, "Wh");
        break;
    case "chirpstack": {           // ChirpStack v4 uplink event with decoded "object"
        const obj = p.object || {};
        Object.keys(obj).forEach(k => push(k, obj[k], ""));
        if (p.rxInfo && p.rxInfo[0]) {
            push("rssi", p.rxInfo[0].rssi, "dBm");
            push("snr", p.rxInfo[0].snr, "dB");
        }
        break;
    }
    case "esp32":                  // {"t":22.1,"co2":612}
        push("temperature", p.t, "degC");
        push("co2", p.co2, "ppm");
        break;
    default:
        return [null, msg];
}

if (out.length === 0) {
    return [null, msg];
}
node.status({ fill: "green", shape: "dot", text: `${device}: ${out.length} metrics` });
return [out, null];
