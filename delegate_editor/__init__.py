"""Delegate Editor: draft United Nations resolutions as structure, export them in the UN layout."""

__version__ = "0.1.0"
