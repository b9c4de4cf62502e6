import importlib.util
import pathlib

spec = importlib.util.spec_from_file_location(
    "commit_guard", pathlib.Path(__file__).parents[1] / "hooks" / "commit_guard.py"
)
cg = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cg)


def test_ok():
    assert cg.validate("feat(api): add cursor pagination") == []


def test_missing_type():
    assert cg.validate("Fix bug")


def test_period():
    assert "subject must not end with a period" in cg.validate("fix: handle null user.")


def test_breaking_footer():
    assert cg.validate("feat!: drop node 16")
    assert cg.validate("feat!: drop node 16\n\nBREAKING CHANGE: node 16 unsupported") == []
