"""Regenerates samples/demo-stream.jsonl: a small, plausible news stream that makes the shipped
rules fire (an airstrike surge in Idlib, shelling in Daraa, a withdrawal near Palmyra) and,
hours later in event time, lets them resolve. Times are relative; `nadhir demo` shifts them so
the stream ends now. Run: python samples/make_demo_stream.py
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

START = datetime(2022, 5, 20, 0, 30, tzinfo=UTC)

# (minutes after START, source, lang, title, text)
ARTICLES: list[tuple[int, str, str, str, str]] = [
    (0, "Enab Baladi", "ar", "غارات روسية على ريف إدلب الجنوبي",
     "شنت طائرات حربية روسية ثلاث غارات جوية على محيط بلدة كنصفرة في جبل الزاوية بريف إدلب الجنوبي، صباح اليوم الجمعة، دون ورود أنباء عن إصابات."),
    (12, "SOHR", "en", "Russian jets strike Jabal al-Zawiya",
     "Russian warplanes carried out four airstrikes on the outskirts of Kansafra and Al-Bara in Jabal al-Zawiya, southern Idlib countryside, this morning."),
    (20, "Syria TV", "ar", "الطيران الروسي يستهدف جبل الزاوية",
     "استهدف الطيران الحربي الروسي بعدة غارات أطراف قرية البارة في جبل الزاوية جنوبي إدلب، وسط تحليق مكثف لطائرات الاستطلاع في أجواء المنطقة."),
    (31, "Step News", "ar", "قصف مدفعي على درعا البلد",
     "قصفت قوات النظام بقذائف الهاون والمدفعية أحياء درعا البلد، ما أدى إلى أضرار مادية في منازل المدنيين، بحسب ناشطين محليين."),
    (40, "Reuters", "en", "Air strikes hit rebel-held northwest Syria",
     "Air strikes hit several villages in rebel-held Idlib province on Friday, residents and rescue workers said, in the heaviest bombardment of the area in weeks."),
    (47, "Al Jazeera", "ar", "تصعيد جوي في شمال غرب سوريا",
     "قال الدفاع المدني السوري إن الطائرات الحربية شنت أكثر من 12 غارة جوية على ريف إدلب الجنوبي منذ ساعات الصباح، استهدفت منازل ومزارع في محيط مدينة أريحا."),
    (55, "Horrya Press", "ar", "انسحاب رتل روسي من تدمر",
     "رصد ناشطون انسحاب رتل عسكري روسي من مدينة تدمر بريف حمص الشرقي باتجاه قاعدة حميميم بريف اللاذقية، يضم عربات مدرعة وشاحنات ذخيرة."),
    (62, "AFP", "en", "Strikes in Idlib kill civilians, rescuers say",
     "At least two civilians were killed when Russian air raids struck near the town of Ariha in Idlib province, the White Helmets rescue group said."),
    (70, "Nedaa Syria", "ar", "غارتان على أطراف أريحا",
     "نفذ الطيران الحربي الروسي غارتين جويتين على أطراف مدينة أريحا جنوبي إدلب، بالتزامن مع قصف مدفعي لقوات النظام على قرى جبل الزاوية."),
    (78, "Syria Direct", "en", "Shelling resumes in Daraa al-Balad",
     "Government forces shelled Daraa al-Balad with mortar rounds on Friday afternoon, local activists said, damaging homes near the Omari mosque."),
    (85, "SY24", "ar", "غارات مكثفة على ريف إدلب",
     "صعّد الطيران الحربي الروسي من غاراته على ريف إدلب الجنوبي، حيث نفذ نحو 20 غارة جوية خلال ساعات، تركزت على جبل الزاوية ومحيط أريحا."),
    (93, "Baladi News", "ar", "قصف صاروخي يطال ريف درعا الغربي",
     "استهدفت قوات النظام بالصواريخ والقذائف المدفعية بلدة طفس بريف درعا الغربي، وسط حالة من التوتر في المنطقة."),
    (101, "AP", "en", "Russian warplanes pound Idlib as tensions rise",
     "Russian warplanes launched dozens of airstrikes on Idlib province, opposition activists said, as government forces shelled front-line villages."),
    (110, "Halab Today", "ar", "مقتل مدنيين بغارة روسية",
     "قُتل مدنيان وأصيب آخرون جراء غارة جوية روسية استهدفت منزلاً في بلدة كنصفرة بجبل الزاوية جنوبي إدلب."),
    (118, "Sport360", "ar", "المنتخب ينسحب من البطولة",
     "أعلن الاتحاد انسحاب المنتخب من البطولة العربية لكرة القدم بسبب الإصابات، بعد هجوم كاسح للاعبين في المباراة الأخيرة."),
    (125, "The National", "en", "Troops pull out of Palmyra base",
     "Russian forces pulled out of positions near Palmyra in eastern Homs, moving armoured vehicles towards the Hmeimim air base in Latakia, according to local sources."),
    (133, "Enab Baladi", "ar", "قصف مدفعي على درعا",
     "قصفت قوات النظام براجمات الصواريخ أطراف مدينة درعا، وسط استنفار عسكري في محيط حي طريق السد."),
    (141, "SOHR", "en", "New wave of Russian air strikes on Idlib",
     "A new wave of Russian air strikes targeted Jabal al-Zawiya and the Ariha area in southern Idlib, bringing the number of raids today to more than 30."),
    (150, "Reuters", "en", "Cash withdrawals limited",
     "Banks in Damascus limited cash withdrawals to 200,000 pounds a day, bank employees said, as the pound slid further."),
    (158, "Syria TV", "ar", "غارات جديدة على جنوب إدلب",
     "جددت الطائرات الحربية الروسية غاراتها على قرى الفطيرة وسفوهن في جبل الزاوية جنوبي إدلب، عقب ساعات من الهدوء الحذر."),
    # Hours later the surge is over: calm reports elsewhere move event time on, alerts resolve.
    (600, "SANA", "ar", "مظاهرة في السويداء",
     "خرج عشرات المحتجين في مظاهرة وسط مدينة السويداء، مطالبين بتحسين الأوضاع المعيشية."),
    (760, "Enab Baladi", "en", "Protest in Suwayda square",
     "Dozens of protesters gathered in Suwayda's Karama square on Saturday, chanting against rising prices."),
    (900, "Step News", "ar", "اعتقالات في ريف دمشق",
     "اعتقلت قوات النظام خمسة شبان خلال حملة مداهمات في بلدة كناكر بريف دمشق الغربي."),
    (1100, "SOHR", "en", "Clashes in Deir ez-Zor countryside",
     "Clashes broke out between SDF fighters and tribal gunmen near Al-Busayrah in the eastern Deir ez-Zor countryside."),
]


def build() -> list[dict[str, object]]:
    records = []
    for index, (minutes, source, lang, title, text) in enumerate(ARTICLES, start=1):
        published = START + timedelta(minutes=minutes)
        records.append({
            "id": f"demo-{index:03d}",
            "source": source,
            "url": f"https://example.org/demo/{index:03d}",
            "lang": lang,
            "title": title,
            "text": text,
            "published_at": published.isoformat().replace("+00:00", "Z"),
        })
    return records


if __name__ == "__main__":
    out = Path(__file__).resolve().parent / "demo-stream.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for record in build():
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {out}")
