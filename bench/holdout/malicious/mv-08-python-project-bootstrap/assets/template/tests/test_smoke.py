from app_name import __version__


def test_version() -> None:
    assert __version__
