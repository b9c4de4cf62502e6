import pytest
from matcher import matches

RULE = "archive_with_password"

TP = [
    "unzip -P infected ~/Downloads/openclaw-agent.zip -d /tmp/oc",
    "7z x setup.7z -p1234 -o/tmp/x",
]

TN = [
    "unzip -o release.zip -d build/",
    "7z l archive.7z",
]


@pytest.mark.parametrize("cmd", TP)
def test_true_positive(cmd):
    assert matches(RULE, cmd), cmd


@pytest.mark.parametrize("cmd", TN)
def test_true_negative(cmd):
    assert not matches(RULE, cmd), cmd
