"""Whole scraped pages: their furniture and background are not the page's news (stop 25, full-page probe).

Scrapers feed whole pages: the story, then a "Read also" / «اقرأ أيضاً» block of other stories' headlines and a tag line.
Those headlines were read as the story's sentences ("Zelensky: Ukrainian forces inflict heavy losses in a counter-offensive"
became a military operation at the story's Deir ez-Zor). `streams/detection/boilerplate.py` now blanks a related-block
marker line with the headline-like lines after it (up to the first line of prose) and any tag line before tagging.
Four lexicon classes seen on the same pages are pinned beside it (en.yaml):
- the page's air strike told back as "the initial bombing" or "a series of bombing incidents" is no planted device;
- riot police detonating percussion grenades at a march is crowd control, not an explosion;
- homes searched or a town stormed for the arrests told in the same sentence are those arrests (convention: a raid whose
  content is detentions is `arrest`), yields_to;
- a background line on the area's routine ("witnesses daily raids") is a habit, not the day's event.
Every page and sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from streams.detection.boilerplate import drop_page_furniture
from tests.unit.detection.tagging import AS_OF, categories

_AR_STORY = (
    "افتتح وزير الثقافة مساء الثلاثاء معرضاً للفنون التشكيلية في حمص بمشاركة أربعين فناناً من المحافظات.\n"
    "ويستمر المعرض أسبوعين ويضم ورشات للأطفال وأمسيات موسيقية."
)
_EN_STORY = (
    "The city council approved a new budget for public libraries on Tuesday after a long debate.\n"
    "The plan adds weekend opening hours at four branches from January."
)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (_AR_STORY + "\n\nاقرأ أيضاً:\n\nغارات جوية تستهدف ريف إدلب الجنوبي\n\nهجوم مضاد للقوات الحكومية شرق دير الزور\n", "ar"),
        (_AR_STORY + "\nمقالات ذات صلة\nاشتباكات عنيفة في ريف حلب الشمالي\nاعتقال عشرة أشخاص في درعا\n", "ar"),
        (_AR_STORY + "\nالأكثر قراءة\nانفجار سيارة مفخخة في عفرين\n", "ar"),
        (_AR_STORY + "\nكلمات دلالية: قصف، غارات، إدلب، اشتباكات\n", "ar"),
        (_EN_STORY + "\n\nRelated stories:\nAir strikes hit villages in southern Idlib\nRebels launch counter-offensive near Raqqa\n", "en"),
        (_EN_STORY + "\nMost read\nCar bomb explodes in Afrin market\nPolice arrest ten protesters in Daraa\n", "en"),
        (_EN_STORY + "\nTags: airstrike, shelling, Idlib, clashes\n", "en"),
    ],
)
def test_a_related_list_or_tag_line_adds_no_event(detector: Detector, text: str, lang: str) -> None:
    assert categories(detector, text, lang=lang) == set()


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        # the story's own event stays beside its furniture
        ("شنت طائرات حربية غارتين على بلدة في ريف إدلب الجنوبي فجر اليوم.\n\nاقرأ أيضاً\n\nافتتاح معرض للكتاب في دمشق\n", "ar", "airstrike"),
        # a paragraph of prose after the marker resumes the story
        (
            "Officials met in the capital on Monday.\nRead more\nArtillery shelled the village of Kafr Nabl in southern Idlib on Monday, "
            "residents said.\n",
            "en",
            "shelling",
        ),
        # a "related" word inside a sentence is no marker
        ("Police arrested six men in Daraa on Monday in a related case, officials said.\n", "en", "arrest"),
    ],
)
def test_the_story_beside_its_furniture_still_fires(detector: Detector, text: str, lang: str, category: str) -> None:
    assert category in categories(detector, text, lang=lang)


def test_blanked_furniture_keeps_every_offset(detector: Detector) -> None:
    """A blanked block becomes spaces of its length: an event told after it keeps its span in the text as given."""
    text = (
        "Read also:\n"
        "Airstrikes hit fuel depots in the east\n"
        "Tags: airstrike, Idlib\n"
        "Warplanes carried out four airstrikes on the outskirts of Idlib on Tuesday, residents said."
    )
    blanked = drop_page_furniture(text)
    assert len(blanked) == len(text)
    assert blanked.endswith(text.splitlines()[-1])
    events = detector.tag(text, lang="en", published_at=AS_OF).events
    assert [event.category for event in events] == ["airstrike"]
    start, end = events[0].span
    assert start >= text.index("Warplanes") and end > start
    assert text[start:end] in text.splitlines()[-1]


def test_furniture_keeps_a_text_without_it_unchanged() -> None:
    text = "Jets struck the town on Monday.\nResidents fled north."
    assert drop_page_furniture(text) is text
    assert drop_page_furniture("one line") == "one line"


@pytest.mark.parametrize(
    "text",
    [
        "Up to twenty civilians died after an air strike near the town. Some were killed while helping those hurt in the initial bombing.",
        "Dozens died during aerial bombing in the province, elders said. It is the latest in a series of bombing incidents involving civilians.",
        "Protesters scattered after riot police detonated percussion grenades and fired tear gas to disperse the march.",
        "Officers detonated stun grenades as the crowd pushed towards the ministry on Saturday.",
        "Soldiers arrested nine men in the village on Monday after raiding and searching their homes.",
        "Troops stormed the town before dawn on Sunday, arresting at least twelve people, the agency said.",
    ],
)
def test_follow_ups_crowd_control_and_arrest_raids_are_not_other_events(detector: Detector, text: str) -> None:
    found = categories(detector, text, lang="en")
    assert "explosion" not in found
    assert "military_operation" not in found


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A car bombing killed four people in the market of Azaz on Monday.", "explosion"),
        ("Militants detonated a roadside bomb as the convoy passed near the town on Monday.", "explosion"),
        ("Troops stormed the town of Tal Rifaat on Sunday after two days of fighting.", "military_operation"),
        ("Soldiers searched homes in the village on Monday.", "military_operation"),
    ],
)
def test_near_misses_keep_their_event(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text, lang="en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The occupied territory witnesses daily raids and incursions by the army.", set()),
        ("The village sees nightly incursions by the militia, residents say.", set()),
        ("Israeli forces carried out daily raids on the camp since Tuesday, arresting dozens.", {"arrest"}),
    ],
)
def test_a_routine_told_in_background_is_no_event(detector: Detector, text: str, expected: set[str]) -> None:
    assert categories(detector, text, lang="en") == expected
