"""Suicide bombers counted among people, no blast (stop 25, from a real-text probe of withdrawal and airstrike news).

An airstrike report on an unseen outlet counted "three suicide bombers" among the militants killed, and the person noun
alone fired an explosion beside the airstrike. Bombers counted among the dead or held ("including two suicide
bombers", "among them a suicide bomber", "would-be suicide bombers") are people, no blast; a bomber who blew himself
up still fires (lexicon data only, en.yaml). Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories


@pytest.mark.parametrize(
    "text",
    [
        "At least twelve fighters, including two suicide bombers, were killed in the raid on the hideout.",
        "Police in the city arrested three would-be suicide bombers on Monday.",
        "Nine insurgents died in the clash, among them a suicide bomber who was hiding in the compound.",
    ],
)
def test_bombers_counted_among_people_are_no_blast(detector: Detector, text: str) -> None:
    assert "explosion" not in categories(detector, text, lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber blew himself up at a checkpoint in the city on Monday, killing four soldiers.",
        "A suicide bomber struck a crowded market in the town on Tuesday, killing at least seven people.",
    ],
)
def test_a_suicide_bombing_still_fires(detector: Detector, text: str) -> None:
    assert "explosion" in categories(detector, text, lang="en")


def test_the_airstrike_beside_the_counted_bombers_still_fires(detector: Detector) -> None:
    text = "At least 18 militants, including three suicide bombers, were killed in air strikes by jets in Khyber on Monday."
    found = categories(detector, text, lang="en")
    assert "airstrike" in found
    assert "explosion" not in found


@pytest.mark.parametrize(
    "text",
    [
        # a Gregorian year with its glued mark dates the clause like a bare year: history, no news
        "وفي سنة 1985م انسحبت القوات الإسرائيلية من مدينة صيدا إلى الشريط الحدودي.",
        "انسحبت القوات الأجنبية من العاصمة عام 1983م بعد تفجير مقرها.",
    ],
)
def test_a_year_with_its_gregorian_mark_is_history(detector: Detector, text: str) -> None:
    assert "withdrawal" not in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a redeployment out of a place is a withdrawal from it
        ("بدأت المدرعات صباح اليوم في إعادة الانتشار خارج المخيم بعد انتهاء العملية.", True),
        ("أعادت القوات الانتشار خارج البلدة مساء أمس.", True),
        # a bare redeployment, often into a place, is none
        ("أعلنت الوزارة إعادة انتشار القوات في المدينة لتأمين الاحتفالات.", False),
        # a number with a glued «م» that is no year stays a number: the withdrawal of today fires
        ("انسحبت القوات اليوم من مواقعها على بعد 1500م من الحدود.", True),
    ],
)
def test_a_redeployment_out_of_a_place_is_a_withdrawal(detector: Detector, text: str, expected: bool) -> None:
    assert ("withdrawal" in categories(detector, text, lang="ar")) is expected
