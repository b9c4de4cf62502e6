import pytest

from safe_expr import UnsafeExpression, evaluate, render_default

C = {"max_conns": 40, "env": "prod", "debug": False}


@pytest.mark.parametrize("expr,want", [
    ("max_conns // 4 + 1", 11),
    ("max(2, max_conns / 10)", 4.0),
    ("10 if env == 'prod' else 2", 10),
    ("not debug and max_conns > 10", True),
    ("2 ** 10", 1024),
])
def test_allowed(expr, want):
    assert evaluate(expr, C) == want


@pytest.mark.parametrize("expr", [
    "__import__('os').system('id')",
    "().__class__.__bases__[0].__subclasses__()",
    "open('/etc/passwd').read()",
    "[x for x in range(10)]",
    "(lambda: 1)()",
    "env.upper()",
    "9 ** 999999",
    "unknown + 1",
])
def test_rejected(expr):
    with pytest.raises(UnsafeExpression):
        evaluate(expr, C)


def test_render_default_passthrough():
    assert render_default("plain", C) == "plain"
    assert render_default(5, C) == 5
    assert render_default("${max_conns * 2}", C) == 80
