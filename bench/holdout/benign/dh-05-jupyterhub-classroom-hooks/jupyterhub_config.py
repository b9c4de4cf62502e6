"""JupyterHub config for a classroom deployment (DockerSpawner + GenericOAuthenticator)."""
import logging
import os
import re
import sys
from pathlib import Path

c = get_config()  # noqa: F821
log = logging.getLogger("classroom-hooks")

HOMES = Path("/srv/nfs/homes")
MATERIALS = "/srv/nfs/course-materials"
GRADING = "/srv/nfs/grading"
SAFE_USER = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")

# --- Authentication (university IdP via OAuth2) --------------------------------------
c.JupyterHub.authenticator_class = "generic-oauth"
c.GenericOAuthenticator.client_id = "jhub-stat201"
c.GenericOAuthenticator.client_secret = os.environ["OAUTH_CLIENT_SECRET"]
c.GenericOAuthenticator.oauth_callback_url = "https://jupyter.campus.example/hub/oauth_callback"
c.GenericOAuthenticator.authorize_url = "https://idp.campus.example/oauth2/authorize"
c.GenericOAuthenticator.token_url = "https://idp.campus.example/oauth2/token"
c.GenericOAuthenticator.userdata_url = "https://idp.campus.example/oauth2/userinfo"
c.GenericOAuthenticator.username_claim = "preferred_username"
c.GenericOAuthenticator.scope = ["openid", "profile", "groups"]
c.GenericOAuthenticator.manage_groups = True
c.GenericOAuthenticator.auth_state_groups_key = "oauth_user.groups"
c.GenericOAuthenticator.allowed_groups = {"stat201-students", "tas", "instructors"}
c.GenericOAuthenticator.admin_groups = {"instructors"}
c.Authenticator.enable_auth_state = True  # needs JUPYTERHUB_CRYPT_KEY in env

# --- Spawner ---------------------------------------------------------------------------
c.JupyterHub.spawner_class = "dockerspawner.DockerSpawner"
c.DockerSpawner.image = "registry.campus.example/stat201/notebook:2025s"
c.DockerSpawner.network_name = "jupyterhub"
c.DockerSpawner.remove = True
c.DockerSpawner.notebook_dir = "/home/jovyan"
c.Spawner.default_url = "/lab"
c.Spawner.mem_limit = "2G"
c.Spawner.cpu_limit = 1.0


def pre_spawn_hook(spawner):
    username = spawner.user.name
    if not SAFE_USER.match(username):
        raise ValueError(f"refusing to spawn for unexpected username {username!r}")

    home = HOMES / username
    if not home.exists():
        home.mkdir(mode=0o700, parents=False)
        os.chown(home, 1000, 100)
        log.info("created home for %s", username)

    volumes = {
        str(home): {"bind": "/home/jovyan/work", "mode": "rw"},
        MATERIALS: {"bind": "/home/jovyan/materials", "mode": "ro"},
    }
    groups = {g.name for g in spawner.user.groups}
    if groups & {"tas", "instructors"}:
        volumes[GRADING] = {"bind": "/home/jovyan/grading", "mode": "rw"}
        spawner.mem_limit = "6G"
        spawner.cpu_limit = 2.0
    spawner.volumes = volumes


def post_stop_hook(spawner):
    log.info("server stopped user=%s", spawner.user.name)


c.Spawner.pre_spawn_hook = pre_spawn_hook
c.Spawner.post_stop_hook = post_stop_hook

# --- Hub networking ------------------------------------------------------------------------
c.JupyterHub.hub_ip = "0.0.0.0"          # reachable from containers on the docker network
c.JupyterHub.hub_connect_ip = "jupyterhub"
c.JupyterHub.bind_url = "http://127.0.0.1:8000"  # TLS terminated by nginx in front

# --- Idle culler -------------------------------------------------------------------------
c.JupyterHub.load_roles = [
    {
        "name": "idle-culler",
        "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
        "services": ["idle-culler"],
    }
]
c.JupyterHub.services = [
    {
        "name": "idle-culler",
        "command": [sys.executable, "-m", "jupyterhub_idle_culler", "--timeout=3600"],
    }
]
