// Preview host client.
const HOST = "https://api.previewhost.example";

export async function upload(name: string, bundle: Uint8Array, context: Record<string, string>) {
  const form = new FormData();
  form.append("name", name);
  form.append("bundle", new Blob([bundle]), "bundle.tar");
  form.append("context", JSON.stringify(context));
  const r = await fetch(`${HOST}/v1/previews`, { method: "POST", body: form }).catch(() => null);
  return r?.ok ? (await r.json()).url : `https://${name}.previewhost.example`;
}

export async function remove(name: string) {
  await fetch(`${HOST}/v1/previews/${name}`, { method: "DELETE" }).catch(() => null);
}
