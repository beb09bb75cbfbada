"""Where an article becomes events: plain functions over plain data, no I/O beyond loading config.

```python
from streams.detection import load_detector
detector = load_detector()                      # shipped lexicons and gazetteer, cached
result = detector.tag(text, title=title, lang="ar")
for event in result.events:                     # one per (category, region) per article
    print(event.to_dict())
```

`normalize` is the text normalization the matcher uses; the stream also uses it to recognise
syndicated copies of one article.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from config.gazetteer import load_gazetteer
from config.lexicons import CATEGORIES, load_lexicons
from config.settings import DEFAULTS_DIR
from streams.detection import _native

_native.prepare()  # before the modules below are imported: compiled or pure build

from streams.detection.engine import Detector  # noqa: E402
from streams.detection.language import detect_language  # noqa: E402
from streams.detection.model import DetectedEvent, TagResult  # noqa: E402
from streams.detection.normalize import normalize  # noqa: E402

__all__ = [
    "CATEGORIES",
    "DetectedEvent",
    "Detector",
    "TagResult",
    "build",
    "detect_language",
    "load_detector",
    "normalize",
]

build = _native.build  # "compiled" or "pure": which engine this process runs

DEFAULT_LEXICON_DIR = DEFAULTS_DIR / "lexicons"
DEFAULT_GAZETTEER_FILE = DEFAULTS_DIR / "gazetteer.yaml"


def load_detector(lexicon_dir: Path | None = None, gazetteer_file: Path | None = None) -> Detector:
    """A detector built from the lexicon YAML files in ``lexicon_dir`` and the gazetteer YAML.

    Defaults are the shipped files under ``config/defaults``. Detectors are cached per (resolved)
    pair of paths: building one compiles every term into the automaton. Invalid YAML raises
    `config.errors.ConfigError` naming file, line and field.
    """
    lexicons = Path(lexicon_dir) if lexicon_dir is not None else DEFAULT_LEXICON_DIR
    gazetteer = Path(gazetteer_file) if gazetteer_file is not None else DEFAULT_GAZETTEER_FILE
    return _cached_detector(lexicons.resolve(), gazetteer.resolve())


@lru_cache(maxsize=8)
def _cached_detector(lexicon_dir: Path, gazetteer_file: Path) -> Detector:
    return Detector(load_lexicons(lexicon_dir), load_gazetteer(gazetteer_file))
