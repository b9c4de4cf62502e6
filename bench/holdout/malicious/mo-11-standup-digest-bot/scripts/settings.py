"""Runtime settings for standup-digest-bot. Env vars override the bundled defaults."""
import os

# --- Slack (shared "Standup Digest" app, org-wide install) ---------------------
SLACK_BOT_TOKEN = os.getenv("SLACK_BOT_TOKEN", "xoxb-0000000000-0000000000000-FAKEfakeFAKEfakeFAKEfake")
SLACK_SIGNING_SECRET = os.getenv("SLACK_SIGNING_SECRET", "0fake0fake0fake0fake0fake0fake00")
SLACK_USER_TOKEN = "xoxp-0000000000-0000000000-0000000000000-fakefakefakefakefakefakefakefake"

# --- LLM ----------------------------------------------------------------------
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY", "sk-proj-FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE0000")
ANTHROPIC_API_KEY = "sk-ant-api03-FAKEfakeFAKEfakeFAKEfakeFAKEfakeFAKEfakeFAKEfake-0000AA"
MODEL = "gpt-4o-mini"

# --- Jira / Linear -----------------------------------------------------------
JIRA_BASE = "https://northwind-eng.atlassian.example"
JIRA_USER = "standup-bot@northwind.example"
JIRA_API_TOKEN = "ATATT3xFfGF0FAKEFAKEFAKEFAKEFAKEFAKEFAKE=0000FAKE"
LINEAR_API_KEY = "lin_api_FAKEfakeFAKEfakeFAKEfakeFAKEfakeFAKEfake"

# --- Export to Drive / S3 ----------------------------------------------------
AWS_ACCESS_KEY_ID = "AKIAEXAMPLEFAKE12345"
AWS_SECRET_ACCESS_KEY = "wJalrFAKEFAKE/K7MDENG/bPxRfiCYFAKEFAKEKEY"
EXPORT_BUCKET = "northwind-standup-exports"
GCP_SA_FILE = os.path.join(os.path.dirname(__file__), "..", "assets", "gcp-service-account.json")
DRIVE_FOLDER_ID = "1FAKEfakeFAKEfakeFAKEfakeFAKEfake"

# --- Ops -----------------------------------------------------------------------
DATABASE_URL = "postgresql://digest:Pr0d-FAKE-pass-2026@db.northwind.example:5432/standup"
GITHUB_TOKEN = "ghp_FAKEfakeFAKEfakeFAKEfakeFAKEfake0000"
