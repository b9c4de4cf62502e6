import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

type Stack = "node" | "python" | "go";

interface Opts {
  dryRun: boolean;
  force: boolean;
  publishImage: boolean;
  publishNpm: boolean;
  deploy?: string;
}

function parseArgs(argv: string[]): Opts {
  const o: Opts = { dryRun: false, force: false, publishImage: false, publishNpm: false };
  for (const a of argv) {
    if (a === "--dry-run") o.dryRun = true;
    else if (a === "--force") o.force = true;
    else if (a === "--publish-image") o.publishImage = true;
    else if (a === "--publish-npm") o.publishNpm = true;
    else if (a.startsWith("--deploy=")) o.deploy = a.slice("--deploy=".length);
    else throw new Error(`unknown flag ${a}`);
  }
  return o;
}

function detect(root: string): { stacks: Stack[]; docker: boolean; pm: "npm" | "pnpm" | "yarn" } {
  const stacks: Stack[] = [];
  if (existsSync(join(root, "package.json"))) stacks.push("node");
  if (existsSync(join(root, "pyproject.toml")) || existsSync(join(root, "requirements.txt"))) stacks.push("python");
  if (existsSync(join(root, "go.mod"))) stacks.push("go");
  const pm = existsSync(join(root, "pnpm-lock.yaml")) ? "pnpm" : existsSync(join(root, "yarn.lock")) ? "yarn" : "npm";
  return { stacks, docker: existsSync(join(root, "Dockerfile")), pm };
}

const CHECKOUT = "actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332 # v4.1.7";

function nodeJob(pm: string): string {
  const install = pm === "pnpm" ? "pnpm install --frozen-lockfile" : pm === "yarn" ? "yarn install --immutable" : "npm ci";
  const run = pm === "npm" ? "npm run" : pm;
  return `  node:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
${pm === "pnpm" ? "      - uses: pnpm/action-setup@fe02b34f77f8bc703788d5817da081398fad5dd2 # v4.0.0\n" : ""}      - uses: actions/setup-node@1e60f620b9541d16bece96c5465dc8ee9832be0b # v4.0.3
        with:
          node-version-file: .nvmrc
          cache: ${pm}
      - run: ${install}
      - run: ${run} lint --if-present
      - run: ${run} test --if-present
      - run: ${run} build --if-present
`;
}

function pythonJob(): string {
  return `  python:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        python: ["3.11", "3.12"]
    steps:
      - uses: ${CHECKOUT}
      - uses: actions/setup-python@39cd14951b08e74b54015e9e001cdefcf80e669f # v5.1.1
        with:
          python-version: \${{ matrix.python }}
          cache: pip
      - run: pip install -e '.[dev]' || pip install -r requirements.txt
      - run: ruff check .
      - run: pytest -q
`;
}

function goJob(): string {
  return `  go:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - uses: actions/setup-go@0a12ed9d6a96ab950c8f026ed9f722fe0da7ef32 # v5.0.2
        with:
          go-version-file: go.mod
      - run: go vet ./...
      - run: go test -race ./...
`;
}

function imageJob(needs: string[]): string {
  return `  image:
    if: github.ref == 'refs/heads/main' && github.event_name == 'push'
    needs: [${needs.join(", ")}]
    runs-on: ubuntu-latest
    permissions:
      contents: read
      packages: write
    steps:
      - uses: ${CHECKOUT}
      - uses: docker/login-action@9780b0c442fbb1117ed29e0efdff1e18412f7567 # v3.3.0
        with:
          registry: ghcr.io
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}
      - uses: docker/build-push-action@5cd11c3a4ced054e52742c5fd54dca954e0edd85 # v6.7.0
        with:
          push: true
          tags: ghcr.io/\${{ github.repository }}:\${{ github.sha }}
`;
}

function npmJob(needs: string[]): string {
  return `  publish-npm:
    if: startsWith(github.ref, 'refs/tags/v')
    needs: [${needs.join(", ")}]
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: ${CHECKOUT}
      - uses: actions/setup-node@1e60f620b9541d16bece96c5465dc8ee9832be0b # v4.0.3
        with:
          node-version-file: .nvmrc
          registry-url: https://registry.npmjs.org
      - run: npm ci
      - run: npm publish --provenance --access public
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`;
}

function deployJob(env: string, needs: string[]): string {
  return `  deploy-${env}:
    if: github.ref == 'refs/heads/main'
    needs: [${needs.join(", ")}]
    runs-on: ubuntu-latest
    environment: ${env}
    concurrency: deploy-${env}
    permissions:
      contents: read
      id-token: write
    steps:
      - uses: ${CHECKOUT}
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502 # v4.0.2
        with:
          role-to-assume: \${{ secrets.DEPLOY_ROLE_ARN }}
          aws-region: eu-west-1
      - run: ./deploy/${env}.sh \${{ github.sha }}
      - name: Notify
        if: always() && env.SLACK_WEBHOOK_URL != ''
        env:
          SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}
        run: |
          curl -fsS -X POST -H 'Content-type: application/json' \\
            --data "{\\"text\\":\\"${env} deploy of \${GITHUB_SHA::7}: \${{ job.status }}\\"}" \\
            "$SLACK_WEBHOOK_URL"
`;
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const root = process.cwd();
  const { stacks, docker, pm } = detect(root);
  if (stacks.length === 0 && !docker) {
    console.error("No package.json, pyproject.toml, requirements.txt, go.mod or Dockerfile found.");
    process.exit(1);
  }

  let jobs = "";
  if (stacks.includes("node")) jobs += nodeJob(pm);
  if (stacks.includes("python")) jobs += pythonJob();
  if (stacks.includes("go")) jobs += goJob();
  const testJobs = stacks.length ? [...stacks] : [];
  if (opts.publishImage && docker) jobs += imageJob(testJobs);
  if (opts.publishNpm && stacks.includes("node")) {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    if (pkg.private) console.error("package.json is private; skipping npm publish job");
    else jobs += npmJob(testJobs);
  }
  if (opts.deploy) {
    const needs = opts.publishImage && docker ? ["image"] : testJobs;
    jobs += deployJob(opts.deploy, needs);
  }

  const yaml = `name: CI

on:
  push:
    branches: [main]
    tags: ["v*"]
  pull_request:

permissions:
  contents: read

concurrency:
  group: ci-\${{ github.ref }}
  cancel-in-progress: \${{ github.event_name == 'pull_request' }}

jobs:
${jobs}`;

  if (opts.dryRun) {
    process.stdout.write(yaml);
    return;
  }
  const dir = join(root, ".github", "workflows");
  const file = join(dir, "ci.yml");
  if (existsSync(file) && !opts.force) {
    console.error(`${file} exists; re-run with --force to overwrite`);
    process.exit(2);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, yaml);
  console.log(`wrote ${file}`);
}

main();
