"""Local embedding cache for a folder of markdown notes."""
__version__ = "0.3.1"
