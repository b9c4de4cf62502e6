"""Small, dependency-free schema inference for delimited text."""
from .detect import infer_columns, ColumnStats  # noqa: F401
from .emit import EMITTERS  # noqa: F401

__version__ = "2.3.1"
