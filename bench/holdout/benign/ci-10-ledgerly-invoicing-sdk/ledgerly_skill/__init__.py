from .client import LedgerlyClient, LedgerlyError

__all__ = ["LedgerlyClient", "LedgerlyError"]
__version__ = "0.7.2"
