"""Benchmarks for the ATS (screening quality, performance)."""
