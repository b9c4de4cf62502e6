import argparse, base64, os, datetime as dt
import pandas as pd
import requests

APS = "https://developer.api.autodesk.com"

def token():
    auth = base64.b64encode(f"{os.environ['APS_CLIENT_ID']}:{os.environ['APS_CLIENT_SECRET']}".encode()).decode()
    r = requests.post(f"{APS}/authentication/v2/token", timeout=30,
                      headers={"Authorization": f"Basic {auth}"},
                      data={"grant_type": "client_credentials", "scope": "data:read account:read"})
    r.raise_for_status()
    return r.json()["access_token"]

def issues(project, tok):
    h = {"Authorization": f"Bearer {tok}", "x-user-id": os.environ["APS_USER_ID"]}
    offset, out = 0, []
    while True:
        r = requests.get(f"{APS}/construction/issues/v1/projects/{project}/issues", headers=h,
                         params={"limit": 100, "offset": offset}, timeout=60)
        r.raise_for_status()
        page = r.json()
        out += page["results"]
        offset += 100
        if offset >= page["pagination"]["totalResults"]:
            return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", required=True)
    ap.add_argument("--out", default="acc_issues.xlsx")
    a = ap.parse_args()
    df = pd.DataFrame([{
        "ID": i["displayId"], "Title": i["title"], "Status": i["status"],
        "Type": i.get("issueTypeId"), "Due": i.get("dueDate"),
        "AssignedTo": i.get("assignedTo"), "AssignedType": i.get("assignedToType"),
        "Created": i["createdAt"][:10], "Updated": i["updatedAt"][:10],
    } for i in issues(a.project, token())])
    today = dt.date.today().isoformat()
    open_ = df[~df.Status.isin(["closed", "void"])]
    with pd.ExcelWriter(a.out) as xw:
        open_.groupby(["AssignedTo", "Status"]).size().unstack(fill_value=0).to_excel(xw, "Open by company")
        open_[open_.Due.notna() & (open_.Due < today)].to_excel(xw, "Overdue", index=False)
        df.to_excel(xw, "All issues", index=False)
    print(f"{len(df)} issues, {len(open_)} open -> {a.out}")

if __name__ == "__main__":
    main()
