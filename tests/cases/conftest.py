"""Fixtures for the case tests (the helpers themselves live in casehelpers.py)."""

from casehelpers import world

__all__ = ["world"]
