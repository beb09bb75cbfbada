"""Detectors for the detection tests: the shipped one, and one on a small gazetteer of our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.settings import DEFAULTS_DIR
from streams.detection import Detector, load_detector

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHIPPED_LEXICONS = DEFAULTS_DIR / "lexicons"


@pytest.fixture(scope="session")
def detector() -> Detector:
    """Shipped lexicons and shipped gazetteer."""
    return load_detector()


@pytest.fixture(scope="session")
def small_detector() -> Detector:
    """Shipped lexicons, the test gazetteer (places independent of the shipped data)."""
    return load_detector(SHIPPED_LEXICONS, FIXTURES / "gazetteer.yaml")
