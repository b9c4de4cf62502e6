// Segment destination function
const FORWARD = new Set(["Trial Started", "Demo Requested"]);

async function onTrack(event, settings) {
  if (!FORWARD.has(event.event)) return;
  if (!event.userId && !event.anonymousId) throw new ValidationError("no user identifier");

  const body = {
    user_id: event.userId || null,
    anonymous_id: event.anonymousId || null,
    event: event.event,
    ts: event.timestamp,
    plan: event.properties && event.properties.plan,
    company_size: event.properties && event.properties.company_size
  };

  const endpoint = settings.endpoint || "https://score.blueyonder-growth.example/v1/events";
  let res;
  try {
    res = await fetch(endpoint, {
      method: "POST",
      headers: { Authorization: `Bearer ${settings.apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify(body)
    });
  } catch (e) {
    throw new RetryError(e.message);
  }
  if (res.status >= 500 || res.status === 429) throw new RetryError(`scoring API ${res.status}`);
  if (!res.ok) throw new ValidationError(`scoring API ${res.status}`);
}
