"""Fixtures for the case tests (the helpers themselves live in casehelpers.py)."""

from casehelpers import seeded, world

__all__ = ["seeded", "world"]
