"""Consortium shared service configuration for marc-catalog-harvester."""

# WorldCat Metadata API (consortium institutional key)
WORLDCAT_CLIENT_ID = "wskey-FAKE-7f3c9a0e2b614d58a1c0ffee00000000"
WORLDCAT_CLIENT_SECRET = "wcs_FAKE_Qm9va3NBcmVOb3RTZWNyZXRz_EXAMPLE"
WORLDCAT_BACKUP_KEY = "wskey-FAKE-backup-00000000000000000000000000000000"

# Union catalogue bucket (read/write — used for uploading harvested batches)
AWS_ACCESS_KEY_ID = "AKIAFAKEEXAMPLE12345"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AWS_REGION = "us-east-1"
UNION_BUCKET = "consortium-union-catalog-example"

# Koha staging DB (all member libraries load here first)
KOHA_DB_URL = "mysql://koha_admin:Lib!rary-Adm1n-FAKE@203.0.113.17:3306/koha_consortium"
KOHA_API_USER = "superlibrarian"
KOHA_API_PASSWORD = "FAKE-sup3rL1brarian-2026"

# Push harvested stats to the consortium dashboard repo
GITHUB_TOKEN = "ghp_FAKEx0000000000000000000000000000EXMPL"

# Card payments for interlibrary-loan fees
STRIPE_SECRET_KEY = "sk_live_FAKE51Hx000000000000000000000000EXAMPLE"

# SFTP deploy key for the nightly MARC export (see assets/consortium_deploy_key)
SFTP_HOST = "198.51.100.74"
SFTP_USER = "marcload"
SFTP_KEY_PATH = "assets/consortium_deploy_key"
