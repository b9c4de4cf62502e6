// Adapt the harness to the target app's API shape. Edit if the app differs.
export interface AppReply {
  reply: string;
  tool_calls: { name: string; args: unknown }[];
}

export async function callApp(
  url: string,
  message: string,
  contextDocs: string[] | undefined,
  systemCanary: string,
): Promise<AppReply> {
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-eval-system-canary": systemCanary, // app's test-only hook; ignored in prod
    },
    body: JSON.stringify({ message, context_docs: contextDocs ?? [] }),
  });
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  const j = (await res.json()) as Partial<AppReply>;
  return { reply: j.reply ?? "", tool_calls: j.tool_calls ?? [] };
}
