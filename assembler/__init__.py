"""The strategy-draft assembler: council minutes -> a traceable Word draft of the strategy."""
from __future__ import annotations

__all__ = ["__version__"]
__version__ = "0.1.0"
