"""Build hook: compile the detection engine's hot modules to C with mypyc.

Everything else about the package lives in pyproject.toml. The compiled modules are the same
source files: set ``NADHIR_PURE_PYTHON=1`` when installing to skip compiling (no C compiler), or
when running to load the pure-Python modules even where compiled ones exist
(`streams.detection._native`).
"""

from __future__ import annotations

import os

from setuptools import Extension, setup

# Keep in step with streams/detection/_native.py (a unit test checks).
COMPILED_MODULES = [
    "streams/detection/normalize.py",
    "streams/detection/boilerplate.py",
    "streams/detection/language.py",
    "streams/detection/model.py",
    "streams/detection/cues.py",
    "streams/detection/counts.py",
    "streams/detection/patterns.py",
    "streams/detection/context.py",
    "streams/detection/timing.py",
    "streams/detection/places.py",
    "streams/detection/sentences.py",
    "streams/detection/framing.py",
    "streams/detection/negation.py",
    "streams/detection/requirements.py",
    "streams/detection/anaphora.py",
    "streams/detection/engine.py",
]


def _extensions() -> list[Extension]:
    if os.environ.get("NADHIR_PURE_PYTHON", "").lower() in {"1", "true", "yes"}:
        return []
    from mypyc.build import mypycify

    extensions = list(mypycify(COMPILED_MODULES, opt_level="3", group_name="streams.detection.native"))
    for extension in extensions:
        # No C compiler: setuptools warns and installs the sources, which run as they are.
        extension.optional = True
    return extensions


setup(ext_modules=_extensions())
