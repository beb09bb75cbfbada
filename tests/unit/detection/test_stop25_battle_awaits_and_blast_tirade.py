"""A battle that awaits a side, and a "blast" that is a tirade (stop 25, from real-text probes).

A fixture's headline «إنجلترا تنتظر معركة مع أوكرانيا» (a battle awaits it) fired an armed clash: the forms a battle
itself awaits with («تنتظر», «تنتظرها», «ينتظره» ...) now exclude it before the word (people awaiting a battle's end,
«ينتظر السكان نهاية المعركة», still tell the battle). "apologised over 'repulsive' blast" (a tirade criticised) fired
an explosion: an apology, criticism or a furious, foul-mouthed or online "blast" is now excluded before the word
(lexicon data only, ar.yaml and en.yaml). Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories


@pytest.mark.parametrize(
    "title",
    ["البرازيل تنتظر معركة مع الأرجنتين", "بولندا تنتظرها معركة صعبة مع السويد", "الأهلي ينتظره معركة مع الزمالك"],
)
def test_a_battle_that_awaits_a_side_does_not_fire(detector: Detector, title: str) -> None:
    assert "armed_clash" not in categories(detector, "", title, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "ينتظر السكان نهاية المعركة مع قوات الدعم السريع في الفاشر.",
        "اندلعت معركة عنيفة مع قوات الدعم السريع قرب الفاشر.",
    ],
)
def test_a_battle_told_still_fires(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "The minister apologised over a 'repugnant' blast at the opposition leader.",
        "The coach apologised for his furious blast at referees after the defeat.",
        "The striker has apologized for his foul-mouthed blast at fans.",
    ],
)
def test_a_tirade_called_a_blast_does_not_fire(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text, lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "Police apologised for the delay after a blast at a fuel depot in Lagos killed three people.",
        "An angry crowd gathered after the blast ripped through a market in Kabul.",
        "Residents condemned the blast, which killed four people at a bus stop in Quetta.",
    ],
)
def test_a_blast_told_still_fires(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text, lang="en")
