"""Known gaps of stops 24-25 (docs/detection-quality.md, "Left"), event classes, fixed in stop 26.

Classes, each beside its near misses:

1. A club's fans or supporters as a side of a clash with police, named anywhere in the clash's clause, even beyond the
   clash word's exclusion window ("Clashes broke out late on Saturday between police and hundreds of fans"): a riot of
   fans, never an `armed_clash` (`fan_sides`, en/ar); a `protest` since test_stop26_readme_rules.py (rioters clashing with
   police are one, README "Riots vs clashes"); gunmen or tribal fighters named as a side keep the clash, and a clash of
   armed men near a stadium stays one.
2. «قصف» with an aircraft told as its instrument several words after the verb («... فجر اليوم باستخدام مسيّرات
   انتحارية», «... بطائرات مسيرة»): an air strike, not a shelling (`air_instruments`); the artillery told there
   («بالمدفعية», «بقذائف الهاون») keeps the shelling, and both told together are both.
3. A bang or a boom residents woke to (en), and a boom they woke to with its blast unnamed (ar «استفاق السكان على دوي
   ...»): an explosion; thunder, fireworks, a sonic boom, a slammed door and a shelling's sound are none.
4. Attacks told by the armed forces they targeted («وقوع هجمات استهدفت قوات الجيش») or by the forces that came under
   them («تعرضت قوات الجيش لهجمات»): an armed clash; drones', missiles' and media or cyber attacks, and a drill's
   script, are not.

Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories

# --- 1. fans clashing with police ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Clashes broke out late on Saturday between riot officers and hundreds of fans of the visiting side near the ground.", "en"),
        ("Police clashed for two hours with supporters of the home side in the streets around the arena after the final whistle.", "en"),
        ("Security forces and rival supporters clashed repeatedly along the river embankment hours before kick-off.", "en"),
        ("Officers clashed overnight with hooligans who had thrown flares at the team bus, the interior ministry said.", "en"),
        ("اندلعت مواجهات عنيفة مساء الأحد بين عناصر الأمن ومئات من مشجعي النادي الضيف قرب المدرج الشرقي.", "ar"),
        ("اشتبكت قوات مكافحة الشغب لساعات مع أنصار الفريق المضيف في الشوارع المحيطة بالملعب.", "ar"),
        ("اشتبكت الشرطة ليلة الجمعة مع مجموعات من الألتراس أمام مقر النادي بعد الهزيمة.", "ar"),
        ("وقعت اشتباكات بين قوات الأمن وجماهير غاضبة في محيط الاستاد عقب إلغاء الهدف.", "ar"),
    ],
)
def test_fans_clashing_with_police_are_no_armed_clash(detector: Detector, text: str, lang: str) -> None:
    assert "armed_clash" not in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Clashes broke out between security forces and gunmen loyal to a tribal leader near the border on Sunday.", "en"),
        ("Soldiers clashed with militants near the old football stadium on the edge of the town on Monday.", "en"),
        ("اندلعت اشتباكات بين قوات الأمن ومسلحين قبليين في محيط الملعب البلدي فجر اليوم.", "ar"),
        ("اشتبك الجيش مع مسلحين من التنظيم في محيط البلدة مساء الأحد.", "ar"),
    ],
)
def test_armed_sides_keep_the_clash(detector: Detector, text: str, lang: str) -> None:
    assert "armed_clash" in categories(detector, text, lang=lang)


# --- 2. an aircraft as the instrument far after «قصف» ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "قصفت قوات الدعم السريع مخيماً للنازحين غرب المدينة فجر اليوم باستخدام مسيّرات انتحارية.",
        "قصف الجيش مواقع المتمردين في التلال الشرقية صباح اليوم بطائرات مسيرة.",
        "وقصفت قوات الاحتلال منزلاً في الحي الشرقي مساء الأحد بواسطة طائرة مسيّرة.",
        "تقصف القوات الحكومية قرى الريف الغربي منذ الصباح بالطيران الحربي.",
    ],
)
def test_a_bombing_by_aircraft_is_an_air_strike(detector: Detector, text: str) -> None:
    found = categories(detector, text, lang="ar")
    assert "airstrike" in found
    assert "shelling" not in found


@pytest.mark.parametrize(
    "text",
    [
        "قصفت قوات الدعم السريع أحياء المدينة الجنوبية صباح اليوم بالمدفعية الثقيلة.",
        "قصفت القوات الحكومية مواقع المسلحين في الريف الشرقي مساء اليوم بقذائف الهاون.",
        "قصفت المدفعية مواقع في أطراف البلدة، فيما حلقت طائرات مسيرة في سماء المنطقة.",
    ],
)
def test_a_bombing_by_artillery_stays_a_shelling(detector: Detector, text: str) -> None:
    found = categories(detector, text, lang="ar")
    assert "shelling" in found
    assert "airstrike" not in found


def test_artillery_and_drones_together_are_both(detector: Detector) -> None:
    found = categories(detector, "قصفت الفصائل مواقع الجيش في محيط البلدة صباح اليوم بالمدفعية والطائرات المسيرة.", lang="ar")
    assert {"airstrike", "shelling"} <= found


# --- 3. blasts residents woke to -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("People in the port district woke up to a loud bang that shattered shop windows, witnesses said.", "en"),
        ("Residents were woken by a huge boom near the fuel market shortly after midnight.", "en"),
        ("Families awoke to a deafening bang as a parked car outside the ministry went up in flames.", "en"),
        ("Residents of the old quarter woke to a powerful explosion shortly before dawn on Tuesday.", "en"),
        ("استفاق سكان الحي الصناعي فجر اليوم على دوي هز المنطقة وحطم زجاج المحلات.", "ar"),
        ("استيقظ الأهالي على دوي قوي سمع في أرجاء المدينة قبيل الفجر.", "ar"),
        ("استفاق السكان على دوي انفجار عنيف قرب السوق المركزي فجر اليوم.", "ar"),
    ],
)
def test_a_blast_residents_woke_to_is_an_explosion(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" in categories(detector, text, lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Residents woke to a loud bang of thunder as the storm reached the coast.", "en"),
        ("Residents woke up to the boom of fireworks marking the new year.", "en"),
        ("Residents were woken by a sonic boom as jets broke the sound barrier over the city.", "en"),
        ("The door slammed with a loud bang and woke the children.", "en"),
        ("استفاق السكان على دوي الرعد مع بدء العاصفة.", "ar"),
        ("استفاق السكان على دوي الألعاب النارية احتفالاً بالعيد.", "ar"),
        ("استفاق السكان على دوي اختراق الطائرات جدار الصوت فوق المدينة.", "ar"),
        ("أثار الخبر دوياً كبيراً في الأوساط السياسية.", "ar"),
    ],
)
def test_thunder_fireworks_and_doors_are_no_blast(detector: Detector, text: str, lang: str) -> None:
    assert "explosion" not in categories(detector, text, lang=lang)


# --- 4. attacks on the army told by their target -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "أفادت مصادر محلية بوقوع هجمات استهدفت قوات الجيش في محيط البلدة.",
        "هجمات استهدفت قوات الجيش في ريف المحافظة الشرقي فجر اليوم.",
        "تعرضت قوات الجيش لهجمات متزامنة في ثلاث مناطق اليوم.",
        "تعرضت دورية للجيش لهجوم قرب البلدة مساء الأحد.",
        "وقع هجوم متزامن استهدف نقاطاً للجيش في الريف الغربي.",
    ],
)
def test_attacks_on_the_army_are_a_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" in categories(detector, text, lang="ar")


@pytest.mark.parametrize(
    "text",
    [
        "شنت طائرات مسيرة هجمات استهدفت قوات الجيش في محيط البلدة.",
        "هجمات صاروخية استهدفت قوات الجيش في محيط المطار.",
        "تعرض الجيش لهجوم إعلامي واسع بعد التصريحات.",
        "تعرضت مواقع وزارة الدفاع لهجمات إلكترونية.",
        "تتضمن التدريبات محاكاة لهجمات استهدفت قوات الجيش.",
        "شن النائب هجوماً حاداً على الجيش في جلسة البرلمان.",
        "تعرض اللاعب لهجوم من الجماهير بعد المباراة.",
    ],
)
def test_strikes_words_and_drills_are_no_clash(detector: Detector, text: str) -> None:
    assert "armed_clash" not in categories(detector, text, lang="ar")
