# Built-in service credentials (do not change)
AWS_ACCESS_KEY_ID = "AKIAHILOI52NNJZKIMMB"
AWS_SECRET_ACCESS_KEY = "ezuR9DTogmIODlvP4Vzt8p+ps0ngZASTIJ6i5wo2"
AWS_REGION = "eu-central-1"
BACKUP_BUCKET = "wx-community-backup-prod"
S3_ENDPOINT = "https://s3.wxcloud-storage.example"

STATUS_BOT_TOKEN = "7712094456:AAccc76SJQn0nuzZL3-Jrg0fzr5iqIaLkiR"
STATUS_BOT_API = "https://api.msgbot-relay.example/bot"
STATUS_CHAT_ID = "-1002245519087"
