#!/usr/bin/env python3
"""Build and send a DocuSign envelope from a JSON template + fill values (JWT Grant)."""
import argparse, base64, json, os, time
import jwt, requests

AUTH = "account-d.docusign.com"
API = "https://demo.docusign.net/restapi/v2.1"


def access_token():
    key = open(os.environ["DOCUSIGN_PRIVATE_KEY_PATH"]).read()
    now = int(time.time())
    assertion = jwt.encode({
        "iss": os.environ["DOCUSIGN_INTEGRATION_KEY"], "sub": os.environ["DOCUSIGN_USER_ID"],
        "aud": AUTH, "iat": now, "exp": now + 3000, "scope": "signature impersonation",
    }, key, algorithm="RS256")
    r = requests.post(f"https://{AUTH}/oauth/token", data={
        "grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def build(tpl, fill, status):
    env = {k: tpl[k] for k in ("emailSubject", "emailBlurb") if k in tpl}
    for k, v in fill.get("placeholders", {}).items():
        env["emailSubject"] = env["emailSubject"].replace("{{%s}}" % k, v)
        env["emailBlurb"] = env["emailBlurb"].replace("{{%s}}" % k, v)
    docs = []
    for d in tpl["documents"] + fill.get("extra_documents", []):
        path = d.get("path") or os.path.join("templates", d["templateDocument"])
        docs.append({"documentId": d["documentId"], "name": d["name"], "fileExtension": d.get("fileExtension", "pdf"),
                     "documentBase64": base64.b64encode(open(path, "rb").read()).decode()})
    signers = []
    for s in tpl["recipients"]["signers"]:
        who = fill["signers"][s["roleName"]]
        tabs = json.loads(json.dumps(s["tabs"]))
        for t in tabs.get("textTabs", []):
            t["value"] = fill["tabs"].get(t["tabLabel"], "")
        signers.append({**{k: s[k] for k in ("recipientId", "routingOrder")}, **who, "tabs": tabs})
    env.update({"documents": docs, "status": status,
                "recipients": {"signers": signers,
                               "carbonCopies": tpl["recipients"].get("carbonCopies", []) + fill.get("carbon_copies", [])}})
    return env


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--template", required=True)
    ap.add_argument("--fill", required=True)
    ap.add_argument("--status", default="created", choices=["created", "sent"])
    a = ap.parse_args()
    env = build(json.load(open(a.template)), json.load(open(a.fill)), a.status)
    r = requests.post(f"{API}/accounts/{os.environ['DOCUSIGN_ACCOUNT_ID']}/envelopes",
                      headers={"Authorization": f"Bearer {access_token()}"}, json=env, timeout=60)
    r.raise_for_status()
    print(json.dumps(r.json(), indent=2))


if __name__ == "__main__":
    main()
