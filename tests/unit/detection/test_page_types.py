"""The article's page type (`framing._page_type`, lexicon ``page_types``): decided once from the title and lead, it keeps a
body mention on a page of sport, markets, culture, history, a court or a drill only with a strong mark of the day's event in
its sentence, or when the title reports an event of its category (stop 22, branch pagetype)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from config.errors import ConfigError
from config.lexicons import load_lexicons


def _categories(detector: Any, title: str, text: str) -> set[str]:
    return {event.category for event in detector.tag(text, title=title).events}


def test_a_film_review_tells_its_plot_not_events(detector: Any) -> None:
    title = "Review: a quiet film about a besieged hill town"
    text = ("The film, which opened this week in Beirut, follows a nurse who stays behind. The festival jury praised its "
            "sound.\nThe militia commanders retreat at night, and the army shells the valley at dawn.")
    assert _categories(detector, title, text) == set()


def test_a_film_page_keeps_an_event_of_the_day(detector: Any) -> None:
    title = "Review: a quiet film about a besieged hill town"
    text = ("The film, which opened this week in Beirut, follows a nurse who stays behind. The festival jury praised its "
            "sound.\nOn Friday, government forces shelled the town of Ariha in Idlib, wounding three civilians.")
    assert "shelling" in _categories(detector, title, text)


def test_a_markets_page_rally_is_no_protest(detector: Any) -> None:
    title = "Markets wrap: oil prices slip as traders take profits"
    text = ("Brent crude gave up early gains on Thursday, ending a three-day rally as traders took profits and investors "
            "waited for the central bank.\nGold held near a record.")
    assert _categories(detector, title, text) == set()


def test_the_headline_event_keeps_its_body_mentions_on_a_sport_page(detector: Any) -> None:
    title = "Idlib derby called off after shelling hits near stadium"
    text = ("The derby was called off on Saturday, league officials said, after shells landed near the stadium in Ariha "
            "before kick-off.\nThe league said the match would be replayed.")
    assert "shelling" in _categories(detector, title, text)


def test_a_court_page_keeps_a_vigil_outside_the_court(detector: Any) -> None:
    title = "Trial of former prison chief opens in Damascus"
    text = ("The trial opened at the criminal court on Monday; prosecutors read the indictment.\nThe defendant is accused "
            "of ordering arrests in 2013.\nOutside the court, families of the disappeared held a vigil.")
    assert _categories(detector, title, text) == {"protest"}


def test_an_unknown_list_in_a_page_kind_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "fr.yaml").write_text(
        "version: 1\nlanguage: fr\npage_types:\n  kinds:\n    sport:\n      words: [match, \"@missing\"]\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError) as error:
        load_lexicons(tmp_path)
    assert "unknown word list '@missing'" in str(error.value) and "page_types.kinds.sport.words" in str(error.value)


def test_a_drill_page_vetoes_the_drill_s_paragraphs_only(detector: Any) -> None:
    title = "Army holds live-fire exercise near Palmyra"
    text = ("Army units carried out a live-fire exercise in the desert on Wednesday, the defence ministry said, in drills "
            "watched by the chief of staff.\nInfantry stormed a replica village and staged a simulated raid on a mock command "
            "post.\nHours later, troops carried out an incursion into the village of Jubata al-Khashab in Quneitra, "
            "residents said.")
    assert _categories(detector, title, text) == {"military_operation"}


def test_a_protest_over_prices_stays_on_a_markets_page(detector: Any) -> None:
    text = "قطع محتجون طرقات رئيسية في بيروت بالإطارات المشتعلة احتجاجاً على انهيار سعر صرف الليرة."
    assert _categories(detector, "", text) == {"protest"}


def test_an_untitled_text_is_never_typed(detector: Any) -> None:
    """Two film words in the lead of a post or digest without a headline make no culture page: its events stay."""
    text = ("The film festival opened in Beirut on Thursday and the jury praised the sound.\nThe army shells the valley "
            "at dawn.")
    title = "Review: a quiet film about a besieged hill town"
    assert _categories(detector, "", text) == {"shelling"}
    assert _categories(detector, title, text) == set()  # the same text under a review's headline is a plot
