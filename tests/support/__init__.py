"""Shared helpers of the test suite (imported as ``support``; fixtures live in the conftest files)."""
