"""Benchmarks: a corpus synthesizer and a script that measures against same-run baselines."""
