import importlib.util
import pathlib

spec = importlib.util.spec_from_file_location("sync", pathlib.Path(__file__).parents[1] / "scripts" / "vault_env_sync.py")
sync = importlib.util.module_from_spec(spec)
spec.loader.exec_module(sync)

MAPPING = {
    "service": "parcel-router",
    "mount": "kv",
    "paths": [
        {"path": "{env}/parcel-router/database", "keys": {"DATABASE_URL": "url"}},
        {"path": "{env}/parcel-router/third-party", "keys": {"MAPS_API_KEY": "maps_api_key", "SMS_GATEWAY_TOKEN": "sms_token"}},
    ],
    "static": {"PORT": "8080"},
}

FAKE_VAULT = {
    "dev/parcel-router/database": {"url": "postgres://router:devpass@localhost:5432/router"},
    "dev/parcel-router/third-party": {"maps_api_key": "mk_dev_1c9e4", "sms_token": "it's-quoted"},
}


def fake_fetch(mount, path):
    if path not in FAKE_VAULT:
        raise RuntimeError(f"permission denied for {mount}/{path}")
    return FAKE_VAULT[path]


def test_render_maps_keys_and_static():
    rows, errors = sync.render(MAPPING, "dev", fetch=fake_fetch)
    assert errors == []
    names = {r[0]: r[1] for r in rows}
    assert names["DATABASE_URL"].startswith("postgres://")
    assert names["PORT"] == "8080"


def test_missing_path_is_reported_not_fatal():
    rows, errors = sync.render(MAPPING, "staging", fetch=fake_fetch)
    assert len(errors) == 2 and rows == [("PORT", "8080", "static")]


def test_quote():
    assert sync.quote("simple-value_1") == "simple-value_1"
    assert sync.quote("it's-quoted") == "'it'\"'\"'s-quoted'"
