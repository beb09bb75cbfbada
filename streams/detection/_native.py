"""Compiled or pure: which build of the detection modules this process runs.

`setup.py` compiles the engine's hot modules with mypyc into C extensions that sit next to their
sources (``engine.cpython-311-x86_64-linux-gnu.so`` beside ``engine.py``); Python prefers an
extension over a source file, so an install runs the compiled engine, several times faster. Two
cases must run the sources instead, and `prepare` (called before the package imports any of these
modules) loads them explicitly:

- ``NADHIR_PURE_PYTHON=1``: asked for (a machine without a C compiler installs that way too, and
  tests compare both builds);
- a source edited after the last build: the extension would run stale code, silently. Prepare
  warns and runs the sources until ``make install`` compiles them again.

Without a C compiler the build installs the sources only (the extensions are optional).
"""

from __future__ import annotations

import importlib.util
import os
import sys
import warnings
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

__all__ = ["COMPILED_MODULES", "build", "prepare"]

PACKAGE = "streams.detection"
_HERE = Path(__file__).resolve().parent
# In import order: a module comes after those it imports. Keep in step with setup.py.
COMPILED_MODULES = ("normalize", "boilerplate", "language", "model", "cues", "counts", "patterns", "context", "timing", "places", "sentences", "framing", "negation", "requirements", "anaphora", "engine")
GROUP_LIBRARY = "native__mypyc"  # setup.py's group_name "streams.detection.native" + mypyc's suffix


def _extension(name: str) -> Path | None:
    for suffix in EXTENSION_SUFFIXES:
        path = _HERE / f"{name}{suffix}"
        if path.exists():
            return path
    return None


def _pure_requested() -> bool:
    return os.environ.get("NADHIR_PURE_PYTHON", "").strip().lower() in {"1", "true", "yes"}


def _stale_sources() -> list[str]:
    """Sources newer than the compiled code (none when nothing is compiled). The code is in the
    group library (``native__mypyc*.so``); the per-module files are import shims that a rebuild
    may leave untouched. Only in a source checkout (``setup.py`` beside the packages): an
    installed wheel's files carry install times."""
    if not (_HERE.parents[1] / "setup.py").exists():
        return []
    library = _extension(GROUP_LIBRARY)
    if library is None:
        return []
    built = library.stat().st_mtime
    return [f"{name}.py" for name in COMPILED_MODULES if (_HERE / f"{name}.py").stat().st_mtime > built]


def _load_sources() -> None:
    package = sys.modules[PACKAGE]
    for name in COMPILED_MODULES:
        qualified = f"{PACKAGE}.{name}"
        spec = importlib.util.spec_from_file_location(qualified, _HERE / f"{name}.py")
        if spec is None or spec.loader is None:  # pragma: no cover - the file is ours
            raise ImportError(f"cannot load {qualified} from source")
        module = importlib.util.module_from_spec(spec)
        sys.modules[qualified] = module
        spec.loader.exec_module(module)
        setattr(package, name, module)


def prepare() -> None:
    """Make the coming imports of the detection modules load the right build (see above)."""
    if any(f"{PACKAGE}.{name}" in sys.modules for name in COMPILED_MODULES):
        return
    if _pure_requested():
        _load_sources()
        return
    if _extension(GROUP_LIBRARY) is None:
        if any(_extension(name) is not None for name in COMPILED_MODULES):
            _load_sources()  # import shims without their library (a partial build): the sources
        return
    stale = _stale_sources()
    if stale:
        warnings.warn(
            f"{', '.join(stale)} changed after the detection engine was compiled; running the pure-Python "
            "sources (slower) until `make install` compiles them again",
            RuntimeWarning,
            stacklevel=2,
        )
        _load_sources()


def build() -> str:
    """``"compiled"`` when the engine running here is the mypyc build, else ``"pure"``."""
    engine = sys.modules.get(f"{PACKAGE}.engine")
    origin = getattr(engine, "__file__", "") or ""
    return "compiled" if origin.endswith(tuple(EXTENSION_SUFFIXES)) else "pure"
