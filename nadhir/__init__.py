"""Nadhir's command line, embedded runtime and operations tools."""

__version__ = "0.1.0"
