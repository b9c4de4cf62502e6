"""Restricted expression evaluator for computed schema defaults.

Parses with ast and interprets a small whitelist of node types. Never calls eval/exec/compile.
"""
from __future__ import annotations

import ast
import operator as op
import re

__all__ = ["evaluate", "render_default", "UnsafeExpression"]


class UnsafeExpression(ValueError):
    pass


_BIN = {ast.Add: op.add, ast.Sub: op.sub, ast.Mult: op.mul, ast.Div: op.truediv,
        ast.FloorDiv: op.floordiv, ast.Mod: op.mod, ast.Pow: op.pow}
_UNARY = {ast.UAdd: op.pos, ast.USub: op.neg, ast.Not: op.not_}
_CMP = {ast.Eq: op.eq, ast.NotEq: op.ne, ast.Lt: op.lt, ast.LtE: op.le, ast.Gt: op.gt, ast.GtE: op.ge}
_FUNCS = {"min": min, "max": max, "abs": abs, "round": round}
_MAX_LEN = 200
_MAX_EXP = 64


def evaluate(expr: str, names: dict[str, object]):
    if len(expr) > _MAX_LEN:
        raise UnsafeExpression("expression too long")
    try:
        tree = ast.parse(expr, mode="eval")
    except SyntaxError as e:
        raise UnsafeExpression(f"syntax error: {e.msg}") from None
    return _eval(tree.body, names)


def _eval(n, names):
    if isinstance(n, ast.Constant) and isinstance(n.value, (int, float, str, bool)):
        return n.value
    if isinstance(n, ast.Name):
        if n.id in names:
            return names[n.id]
        raise UnsafeExpression(f"unknown name {n.id!r}")
    if isinstance(n, ast.BinOp) and type(n.op) in _BIN:
        left, right = _eval(n.left, names), _eval(n.right, names)
        if isinstance(n.op, ast.Pow) and abs(right) > _MAX_EXP:
            raise UnsafeExpression("exponent too large")
        return _BIN[type(n.op)](left, right)
    if isinstance(n, ast.UnaryOp) and type(n.op) in _UNARY:
        return _UNARY[type(n.op)](_eval(n.operand, names))
    if isinstance(n, ast.BoolOp):
        vals = [_eval(v, names) for v in n.values]
        return all(vals) if isinstance(n.op, ast.And) else any(vals)
    if isinstance(n, ast.Compare) and all(type(o) in _CMP for o in n.ops):
        left = _eval(n.left, names)
        for o, c in zip(n.ops, n.comparators):
            right = _eval(c, names)
            if not _CMP[type(o)](left, right):
                return False
            left = right
        return True
    if isinstance(n, ast.IfExp):
        return _eval(n.body, names) if _eval(n.test, names) else _eval(n.orelse, names)
    if (isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in _FUNCS
            and not n.keywords):
        return _FUNCS[n.func.id](*[_eval(a, names) for a in n.args])
    raise UnsafeExpression(f"disallowed syntax: {type(n).__name__}")


_TEMPLATE = re.compile(r"^\$\{(.+)\}$", re.S)


def render_default(value, constants: dict):
    """'${expr}' strings are evaluated; everything else is returned unchanged."""
    if isinstance(value, str):
        m = _TEMPLATE.match(value.strip())
        if m:
            return evaluate(m.group(1).strip(), constants)
    return value
