"""git identity doctor internals."""
__version__ = "0.7.2"
