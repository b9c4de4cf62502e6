__all__ = ["rules", "schema"]
__version__ = "2.3.0"
