"""Region attachment on full articles (stop 22, helper regions22): a dateline city against the event's place, several
events with different places in one sentence, "near" a border, a province named like its capital, a strike launched from
one country at another (from bases there), a place told two sentences later, a place named only as a person's origin
("a man from Deraa was arrested in Damascus"), a governorate's countryside, and a place named by a source or an official
speaking elsewhere ("The defence ministry in Damascus did not comment on the strikes").

Every article here is written for this file; none is taken from an evaluation set. Each test asserts the category and
the region of every event."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF


def events(detector: Detector, text: str) -> set[tuple[str, str | None]]:
    return {(event.category, event.region) for event in detector.tag(text, published_at=AS_OF).events}


ARTICLES = [
    pytest.param(
        'BEIRUT (Reuters) - Syrian government forces shelled villages in the Ghab plain on Tuesday, a war monitor said. The shelling hit the outskirts of Qalaat al-Madiq. Residents said several families fled north. The Britain-based observatory said the bombardment was the heaviest in weeks.',
        [('shelling', 'Hama')],
        id='en-dateline',
    ),
    pytest.param(
        'Warplanes struck the town of Saraqeb on Monday while police arrested four men in Jableh. Later in the day, residents of Sweida held a protest outside the governorate building. The monitor said the strikes killed two civilians.',
        [('airstrike', 'Idlib'), ('arrest', 'Latakia'), ('protest', 'Suwayda')],
        id='en-several',
    ),
    pytest.param(
        'Clashes broke out on Thursday near the Lebanese border in the Qusayr countryside, a monitor said. Smugglers exchanged fire with army units for several hours. The army later said it had secured the area around Qusayr.',
        [('armed_clash', 'Homs')],
        id='en-near-border',
    ),
    pytest.param(
        'Security forces arrested six people in Hama province on Sunday, local sources said. The arrests followed a protest in the city of Hama a day earlier. Relatives said the detainees were taken to a branch in the city.',
        [('arrest', 'Hama'), ('protest', 'Hama')],
        id='en-province-capital',
    ),
    pytest.param(
        'Turkish drones launched from bases in Turkey struck a car near Qamishli on Wednesday, local sources said. The strike killed two members of the SDF. Ankara did not comment on the attack.',
        [('airstrike', 'Hasakah')],
        id='en-crossborder',
    ),
    pytest.param(
        'Gunmen ambushed an army patrol on Friday night, killing three soldiers, a war monitor said. The attack took place on the road between Mayadin and Albu Kamal. The monitor blamed Islamic State cells active in the desert of Deir ez-Zor.',
        [('armed_clash', 'Deir ez-Zor')],
        id='en-later-place',
    ),
    pytest.param(
        'Security forces arrested a man from Deraa at a checkpoint in Damascus on Monday, his family said. The man, who had returned from Lebanon a month ago, was taken to an unknown location. Activists from Daraa called for his release.',
        [('arrest', 'Damascus')],
        id='en-origin',
    ),
    pytest.param(
        'Police dispersed a sit-in by teachers in Raqqa on Tuesday. "The situation in Aleppo is calm," a spokesman for the local council said from Aleppo, dismissing reports of unrest. The teachers said they would continue their protest.',
        [('protest', 'Raqqa')],
        id='en-quote',
    ),
    pytest.param(
        'دمشق - شنت طائرات حربية غارتين على أطراف مدينة سرمين في ريف إدلب الشرقي اليوم الثلاثاء، بحسب المرصد السوري. وقال ناشطون إن الغارات أسفرت عن أضرار مادية. ولم تعلق وزارة الدفاع في دمشق على الغارات.',
        [('airstrike', 'Idlib')],
        id='ar-dateline',
    ),
    pytest.param(
        'قصفت قوات النظام بالمدفعية قرية كفرنبودة في ريف حماة، فيما اعتقلت دورية أمنية ثلاثة شبان في مدينة جبلة. وخرجت مظاهرة في مدينة السويداء تطالب بالإفراج عن المعتقلين. وأفاد المرصد بسقوط جرحى في كفرنبودة.',
        [('arrest', 'Latakia'), ('protest', 'Suwayda'), ('shelling', 'Hama')],
        id='ar-several',
    ),
    pytest.param(
        'اندلعت اشتباكات عنيفة قرب الحدود العراقية في ريف البوكمال بين قوات النظام ومسلحين. وقالت مصادر محلية إن الاشتباكات استمرت حتى الفجر. وأشارت المصادر إلى أن المسلحين انسحبوا باتجاه البادية.',
        [('armed_clash', 'Deir ez-Zor'), ('withdrawal', 'Deir ez-Zor')],
        id='ar-near-border',
    ),
    pytest.param(
        'أطلقت القوات التركية من قواعدها في ولاية شانلي أورفة قذائف مدفعية على قرى في ريف تل أبيض الشرقي. وقالت مصادر كردية إن القصف طال منازل المدنيين. ولم يصدر تعليق من أنقرة.',
        [('shelling', 'Raqqa')],
        id='ar-crossborder',
    ),
    pytest.param(
        'انفجرت عبوة ناسفة بسيارة عسكرية صباح اليوم ما أدى إلى إصابة عنصرين. وقال مصدر أمني إن الانفجار وقع على الطريق الواصل بين بلدتي نوى والشيخ مسكين. وتشهد محافظة درعا حالة من الفلتان الأمني.',
        [('explosion', 'Daraa')],
        id='ar-later-place',
    ),
    pytest.param(
        'اعتقلت قوات الأمن شاباً من أبناء مدينة دير الزور على حاجز في مدينة حمص يوم الأحد. وقالت عائلته إنه كان متوجهاً إلى دمشق لتجديد أوراقه. ولم تعرف أسباب الاعتقال.',
        [('arrest', 'Homs')],
        id='ar-origin',
    ),
    pytest.param(
        'شنت طائرات روسية غارات جوية على مواقع في ريف اللاذقية الشمالي. وفي ريف دمشق، اعتقلت قوات الأمن خمسة أشخاص في بلدة الكسوة. وقال ناشطون إن الغارات استهدفت محيط بلدة كباني.',
        [('airstrike', 'Latakia'), ('arrest', 'Rif Dimashq')],
        id='ar-countryside',
    ),
    pytest.param(
        'اعتصم عشرات العمال أمام مبنى المحافظة في مدينة الحسكة اليوم. وقال مسؤول في دمشق إن "الوضع في حلب وإدلب تحت السيطرة". وطالب المعتصمون برفع الأجور.',
        [('protest', 'Hasakah')],
        id='ar-quote',
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLES)
def test_each_event_takes_its_own_region(detector: Detector, text: str, expected: list[tuple[str, str]]) -> None:
    assert events(detector, text) == set(expected)


# a source's or an official's place before "the strikes" they speak of is not where the strikes were; a new event they
# report, with its own place, keeps that place
SPEAKERS = [

    ('Warplanes struck the outskirts of Sarmin in Idlib province on Tuesday. The defence ministry in Damascus did not comment on the strikes.', [('airstrike', 'Idlib')]),
    ('Warplanes struck the outskirts of Sarmin in Idlib province on Tuesday. Officials in Damascus said the strikes targeted militants.', [('airstrike', 'Idlib')]),
    ('Warplanes struck the outskirts of Sarmin in Idlib province on Tuesday. Activists in Hama said airstrikes also hit Kafr Nabudah.', [('airstrike', 'Hama'), ('airstrike', 'Idlib')]),
    ('شنت طائرات غارات على سرمين في ريف إدلب. وقالت مصادر في دمشق إن الغارات استهدفت مقرات للفصائل.', [('airstrike', 'Idlib')]),
    ('شنت طائرات غارات على سرمين في ريف إدلب. وقال ناشطون في حماة إن غارات أخرى استهدفت كفرنبودة.', [('airstrike', 'Hama'), ('airstrike', 'Idlib')]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_a_speakers_place_is_not_the_events(detector: Detector, text: str, expected: list[tuple[str, str]]) -> None:
    assert events(detector, text) == set(expected)
