import importlib.util
import pathlib

import pytest

HERE = pathlib.Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("bump_version", HERE.parent / "scripts" / "bump_version.py")
bump = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bump)


@pytest.mark.parametrize(
    "current,part,expected",
    [
        ("1.2.3", "patch", "1.2.4"),
        ("1.2.3", "minor", "1.3.0"),
        ("1.2.3", "major", "2.0.0"),
        ("1.2.3rc1", "patch", "1.2.3"),
        ("0.9.0", "1.0.0rc1", "1.0.0rc1"),
    ],
)
def test_next_version(current, part, expected):
    assert bump.next_version(current, part) == expected


def test_roundtrip(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\nversion = "0.1.0"\n')
    pkg = tmp_path / "src" / "demo"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text('__version__ = "0.1.0"\n')
    (tmp_path / "CHANGELOG.md").write_text("# Changelog\n\n## Unreleased\n\n- thing\n")

    assert bump.main(["minor", "--root", str(tmp_path)]) == 0
    assert 'version = "0.2.0"' in (tmp_path / "pyproject.toml").read_text()
    assert '__version__ = "0.2.0"' in (pkg / "__init__.py").read_text()
    assert "## 0.2.0 - " in (tmp_path / "CHANGELOG.md").read_text()


def test_dry_run_does_not_write(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "demo"\nversion = "0.1.0"\n')
    bump.main(["patch", "--dry-run", "--root", str(tmp_path)])
    assert 'version = "0.1.0"' in (tmp_path / "pyproject.toml").read_text()
