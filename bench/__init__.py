"""Benchmarks: each prints figures next to a baseline measured in the same run (not pass/fail tests).

`bench.run_all` runs them all and prints one table (`nadhir bench`, `make bench`).
"""
