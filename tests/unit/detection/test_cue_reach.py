"""How far a term's context cues reach, and cues that hold the term's own words.

A cue is measured from its word nearest the mention: before the term it must end within ``window`` words of it,
after the term it must start within ``window`` words of it, however many words it has. A cue may overlap the
mention, on the side where it starts ("car rally" before "rally", "riot police" after "riot"), but a cue made of
the mention's own words only is no context of it. The loader refuses cues that could never match where they are
written (a ``*_before`` cue that starts with the term, an ``*_after`` cue that ends with it, a wildcard first word).

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from config.errors import ConfigError
from config.lexicons import load_lexicons
from streams.detection import Detector, load_detector
from streams.detection.cues import Vocabulary, Words
from tests.unit.detection.tagging import categories_on

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHIPPED = Path(__file__).resolve().parents[3] / "config" / "defaults" / "lexicons"
PUBLISHED = datetime(2026, 3, 2, tzinfo=UTC)

# A toy lexicon whose cues exercise the reach rule alone (no other sense is written any other way).
TOY = """\
version: 1
language: en
suffixes: {noun: ["", s], verb: ["", s, ed, ing]}
categories:
  protest:
    terms:
      - {text: "riot|noun", excludes: ["riot squad"], window: 2}
      - {text: "rally|noun", excludes_before: ["motor rally"], excludes_after: ["rally car"], window: 2}
      - {text: "took to the streets", excludes: ["the streets"], window: 3}
      - {text: "protest|verb", window: 2}
    excludes: ["protest letter"]
    exclude_window: 2
  airstrike:
    terms:
      - {text: "helicopter|noun", excludes_before: ["under the cover of"], window: 1}
  armed_clash:
    terms:
      - {text: "fight|verb", excludes_after: ["battle of wits"], window: 2}
      - {text: "clash|verb", requires_after: ["on the outskirts of"], window: 2}
"""


@pytest.fixture(scope="module")
def toy(tmp_path_factory: pytest.TempPathFactory) -> Detector:
    folder = tmp_path_factory.mktemp("toy")
    (folder / "en.yaml").write_text(TOY, encoding="utf-8")
    return load_detector(folder, FIXTURES / "gazetteer.yaml")


categories = categories_on(PUBLISHED)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a cue that starts at the term and reaches past it, in `excludes`
        ("A riot squad was posted at the gates in Palmyra.", "protest"),
        # a cue that starts before the term and ends on it, in `excludes_before`
        ("The motor rally through Palmyra was called off.", "protest"),
        # one that starts at the term, in `excludes_after`
        ("A rally car overturned on the road to Palmyra.", "protest"),
        # the category's cue holding the term ("protest letter" over "protest")
        ("The mayor of Palmyra will protest letter by letter.", "protest"),
        # a cue longer than the window before the term, ending right before it
        ("Troops moved into Palmyra under the cover of helicopters.", "airstrike"),
        # a cue longer than the window after the term, starting inside it
        ("The two mayors of Palmyra fight a battle of wits on television.", "armed_clash"),
    ],
)
def test_a_cue_overlapping_the_term_or_longer_than_the_window_excludes(toy: Detector, text: str, category: str) -> None:
    assert category not in categories(toy, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("A riot broke out in Palmyra overnight.", "protest"),
        ("A rally was held in Palmyra on Monday.", "protest"),
        ("Helicopters hit a depot in Palmyra.", "airstrike"),
        # a cue made of the mention's own words is no context of it
        ("Thousands took to the streets of Palmyra.", "protest"),
        # a long requirement, starting within the window after the term
        ("Rebels and soldiers clashed again on the outskirts of Palmyra.", "armed_clash"),
        ("Rebels and soldiers fight in Palmyra.", "armed_clash"),
    ],
)
def test_the_real_event_beside_them_stays(toy: Detector, text: str, category: str) -> None:
    assert category in categories(toy, text)


def test_a_cue_on_its_side_only() -> None:
    vocabulary = Vocabulary(())
    cues = vocabulary.cues(["motor rally", "rally car", "under the cover of"])
    words = Words.of(["the", "motor", "rally", "car", "park"], vocabulary)
    # "rally" is words[2:3]: "motor rally" starts before it, "rally car" in it
    assert cues.near(words, 2, 3, 1, 0) and cues.near(words, 2, 3, 0, 1)
    # "car" is words[3:4]: "rally car" ends on it (before); nothing starts in or after it
    assert cues.near(words, 3, 4, 1, 0) and not cues.near(words, 3, 4, 0, 1)
    # "motor rally" as the mention: the cue of its own words only is no context of it
    assert not vocabulary.cues(["motor rally"]).near(words, 1, 3, 2, 2)
    words = Words.of(["troops", "came", "under", "the", "cover", "of", "helicopters"], vocabulary)
    # "helicopters" is words[6:7]: a four-word cue ending right before it is within a window of one
    assert cues.near(words, 6, 7, 1, 0)
    # one ending two words before it is not
    assert not vocabulary.cues(["came under the cover"]).near(words, 6, 7, 1, 0)


def test_shipped_examples(detector: Detector) -> None:
    assert "protest" not in categories(detector, "Riot police used water cannon on football supporters outside the arena in Amman.")
    assert "protest" not in categories(detector, "A rally driver was hurt when his car left the road near Amman on Saturday.")
    assert "protest" in categories(detector, "Hundreds of residents rallied outside the governor's office in Amman demanding water.")


def test_shipped_lexicons_have_no_dead_cues() -> None:
    assert set(load_lexicons(SHIPPED)) >= {"en", "ar"}


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ('{text: "riot|noun", excludes_before: [calm, "riots squad"]}', "excludes_before[1]: cue 'riots squad' starts with the term"),
        ('{text: "rally|noun", excludes_after: ["@motor"]}', "excludes_after[0]: cue 'motor rally' ends with the term"),
        ('{text: "rally|noun", requires: ["rall* round"]}', "requires[0]: cue 'rall* round' starts with a wildcard word"),
        ('{text: "rally|noun", excludes_in_clause: ["rally car"]}', "excludes_in_clause[0]: cue 'rally car' holds the term"),
    ],
)
def test_a_cue_that_never_matches_is_an_error(tmp_path: Path, entry: str, message: str) -> None:
    text = (
        "version: 1\nlanguage: en\nsuffixes: {noun: ['', s]}\nlists:\n  motor: [speedway, \"motor rally\"]\n"
        f"categories:\n  protest:\n    terms:\n      - {entry}\n"
    )
    (tmp_path / "en.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_lexicons(tmp_path)
    assert f"en.yaml:9: categories.protest.terms[0].{message}" in str(error.value)
