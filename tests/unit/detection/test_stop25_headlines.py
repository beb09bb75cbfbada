"""A headline's bare «قصف» over a body that tells air raids (stop 25, known gaps).

Arabic headlines call any bombardment «قصف»: «قصف إسرائيلي على بلدة الخيام» over "Israeli warplanes carried out two
raids on Khiam" made a shelling besides the air strike. A headline condenses its body: its bare «قصف» now yields to the
air strike the body tells when the body tells no shelling of its own (`headline_yields_to`, ar.yaml, and
`_condensed_headline`). A body that tells shelling, alone or beside the raids, keeps it, and so does a headline that
names artillery («قصف مدفعي»). Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("قصف إسرائيلي على بلدة عيتا الشعب", "شنت طائرات حربية إسرائيلية ثلاث غارات على بلدة عيتا الشعب فجر اليوم، ما أدى إلى تدمير منزل."),
        ("قصف إسرائيلي يستهدف ريف القنيطرة", "استهدفت غارة جوية إسرائيلية موقعاً عسكرياً سابقاً في ريف القنيطرة الجنوبي صباح الأربعاء."),
        ("القصف الإسرائيلي يطال أطراف مدينة صور", "نفذت مسيرة إسرائيلية ضربة على سيارة عند أطراف مدينة صور."),
        ("قصف على خان يونس", "شنت الطائرات الإسرائيلية سلسلة غارات على شرق خان يونس، وأدى القصف إلى تدمير مبنيين."),
    ],
)
def test_the_headline_is_the_raids_told_below_it(detector: Detector, title: str, text: str) -> None:
    assert categories(detector, text, title, lang="ar") == {"airstrike"}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # the body tells shelling: the headline's stays
        ("قصف إسرائيلي على بلدة عيتا الشعب", "قصفت المدفعية الإسرائيلية أطراف بلدة عيتا الشعب بعدة قذائف.", {"shelling"}),
        ("قصف إسرائيلي على الجنوب", "شنت طائرات حربية غارة على بلدة عيتا الشعب، فيما قصفت المدفعية أطراف بلدة رامية.",
         {"airstrike", "shelling"}),
        # the headline names artillery
        ("قصف مدفعي على عيتا الشعب", "شنت طائرات حربية إسرائيلية غارتين على بلدة عيتا الشعب.", {"airstrike", "shelling"}),
        # no air raid told: the headline's bombardment is the only report
        ("قصف على ريف إدلب", "قصفت قوات النظام بالمدفعية الثقيلة قرى جبل الزاوية.", {"shelling"}),
    ],
)
def test_a_body_that_tells_shelling_keeps_it(detector: Detector, title: str, text: str, expected: set[str]) -> None:
    assert categories(detector, text, title, lang="ar") == expected
