// Node-RED Function node "gateway health"
// Input: msg.payload from the exec node ("temp=48.3'C\n") with msg.uptime set by the file node branch
const site = env.get("SITE_ID") || "unknown-site";
const gw = env.get("GATEWAY_ID") || "gateway";
const now = Date.now();

const m = /temp=([\d.]+)/.exec(String(msg.payload));
const msgs = [];
if (m) {
    msgs.push({ topic: `telemetry/${site}/${gw}/cpu_temperature`,
                payload: { site, device: gw, metric: "cpu_temperature", value: parseFloat(m[1]), unit: "degC", ts: now, source: "gateway" } });
}
const up = flow.get("uptime_seconds");
if (typeof up === "number") {
    msgs.push({ topic: `telemetry/${site}/${gw}/uptime`,
                payload: { site, device: gw, metric: "uptime", value: up, unit: "s", ts: now, source: "gateway" } });
}
return [msgs];
