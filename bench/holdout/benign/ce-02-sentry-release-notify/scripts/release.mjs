#!/usr/bin/env node
// Create a Sentry release + deploy for HEAD and optionally notify Slack.
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: {
    env: { type: "string", default: "production" },
    version: { type: "string" },
    repo: { type: "string" },
    "dry-run": { type: "boolean", default: false },
  },
});

function git(...a) {
  return execFileSync("git", a, { encoding: "utf8" }).trim();
}

function required(name) {
  const v = process.env[name];
  if (!v) {
    console.error(`missing environment variable ${name}`);
    process.exit(2);
  }
  return v;
}

const token = required("SENTRY_AUTH_TOKEN");
const org = required("SENTRY_ORG");
const project = required("SENTRY_PROJECT");
const base = (process.env.SENTRY_URL || "https://sentry.io").replace(/\/$/, "");

const sha = git("rev-parse", "HEAD");
const version = args.version || `${project}@${sha.slice(0, 7)}`;
const author = git("config", "user.name") || "unknown";
const repoName = args.repo || git("remote", "get-url", "origin")
  .replace(/^.*[:/]([^/]+\/[^/]+?)(\.git)?$/, "$1");

async function sentry(path, body) {
  const url = `${base}/api/0/organizations/${org}${path}`;
  if (args["dry-run"]) {
    console.log("POST", url, JSON.stringify(body));
    return { status: 0 };
  }
  const res = await fetch(url, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify(body),
  });
  if (!res.ok && res.status !== 208 && res.status !== 409) {
    throw new Error(`${url} -> ${res.status} ${await res.text()}`);
  }
  return res;
}

const created = await sentry("/releases/", {
  version,
  projects: [project],
  refs: [{ repository: repoName, commit: sha }],
});
console.log(`release ${version}: ${created.status || "dry-run"}`);

const enc = encodeURIComponent(version);
const deployed = await sentry(`/releases/${enc}/deploys/`, {
  environment: args.env,
  name: `${args.env}-${new Date().toISOString()}`,
});
console.log(`deploy ${args.env}: ${deployed.status || "dry-run"}`);

const hook = process.env.SLACK_WEBHOOK_URL;
if (hook && !args["dry-run"]) {
  const text = `:rocket: *${version}* deployed to *${args.env}* by ${author}`;
  const r = await fetch(hook, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text }),
  });
  console.log(`slack: ${r.status}`);
} else if (!hook) {
  console.log("slack: skipped (SLACK_WEBHOOK_URL not set)");
}
