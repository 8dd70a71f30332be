"""llamawatch: track what the news says about Meta's Llama models."""

__version__ = "0.1.0"
