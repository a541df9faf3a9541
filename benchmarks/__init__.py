"""Benchmarks, evaluations and the synthetic-minutes generator (not installed)."""
