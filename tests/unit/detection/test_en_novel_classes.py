"""English classes of text that looked like events and were not, or the reverse, fixed in the lexicon as
classes: drills, tests, launches and parades of weapons; a shot in a match; a match or a row in an assembly
called a clash; a currency that rallies; bills and companies withdrawn; options weighed and steps not yet
taken; helicopters that carry leaflets or troops; figurative and wartime-era bombardment; trial testimony;
claims a denial answers; the munition and the secondary blasts of an air strike; troops combing an area.

Every rule has a sentence that must stay an event beside the one that must not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from streams.detection import Detector, TagResult
from tests.unit.detection.tagging import categories_on

PUBLISHED = datetime(2026, 6, 10, tzinfo=UTC)


def tag(detector: Detector, text: str) -> TagResult:
    return detector.tag(text, lang="en", published_at=PUBLISHED)


categories = categories_on(PUBLISHED)


NOT_EVENTS = [
    # exercises: weapons fired at a range or at practice targets, a drill's scenario
    "Artillery batteries and rocket launchers fired live rounds at targets on a firing range near the border.",
    "Navy patrol boats fired rockets at floating targets off the coast during the annual manoeuvres.",
    "Schools in Haifa held a drill simulating an air strike on the city.",
    "Israeli jets carried out a large-scale drill over the Mediterranean simulating long-range strikes on Iran.",
    "Turkish howitzers pounded the hills in a live-fire exercise near Hatay.",
    "Firefighters in Haifa rehearsed their response to a rocket attack on the port in a citywide exercise.",
    "The civil defence staged a drill simulating a missile strike on a school in Erbil.",
    # ceremonies and shows
    "The tank fired blanks during the parade rehearsal in Baghdad.",
    "The helicopters fired flares over Damascus during the celebrations.",
    "Pilots staged a flypast and fired rockets at a target barge off Tartus as part of Navy Day.",
    # launches into space, tests and parades of weapons
    "A rocket carrying two satellites was launched from the Semnan spaceport on Sunday.",
    "Iran unveiled a new ballistic missile at a military parade in Tehran.",
    "Launchers fired rockets into the sky as the parade passed through Tehran.",
    # a shot in a match; a match called a clash
    "Their winger fired a rocket past the keeper in the 89th minute to settle the derby.",
    "The home side edged the visitors 2-1 in a tense clash at the municipal stadium in Homs on Friday.",
    "The clash between the two title rivals ended goalless at the national stadium in Homs.",
    "Al-Wathba beat Jableh 3-1 in a bruising clash at the Hamadaniyah stadium in Aleppo.",
    # a row in an assembly
    "Lawmakers traded insults in a session marked by a heated clash between rival deputies in Baghdad.",
    # diplomacy
    "The two leaders clashed at the summit in Baghdad over water rights.",
    "Ankara and Athens were locked in a diplomatic clash over the islands on Monday.",
    # a currency rallies
    "The lira rallied against the dollar on the black market in Beirut after the central bank intervened.",
    "Gold rallied against the dollar in Istanbul on Tuesday.",
    "Turkey's lira staged a rally against the euro in Istanbul.",
    "Al-Jaish's second-half rally earned a draw in Homs.",
    # bills, decrees and companies withdrawn
    "The MP withdrew her draft amendment to the electoral law after a stormy debate.",
    "The senator withdrew the proposed decree on Tuesday.",
    "Qatar withdrew from its mediation role between Hamas and Israel on Saturday.",
    # a word taken back
    "The ministry withdrew its decision to raise bread prices in Damascus after an outcry.",
    "The opposition withdrew its objection to the new cabinet in Baghdad.",
    # aid agencies and their staff leave, no armed force
    "The World Food Programme withdrew its staff from El Fasher.",
    "Aid groups pulled out of northern Gaza after the fighting.",
    "Western carmakers and retailers announced a pullout from the Russian market.",
    "The company's pullout from Syria left 300 workers jobless.",
    # an option weighed; a step not yet taken
    "All options are on the table, including a complete pullout of the garrison from Tanf.",
    "Turkey has yet to withdraw its troops from the villages near Afrin.",
    # helicopters that drop leaflets
    "Helicopters dropped leaflets over the hill villages near Jableh urging the gunmen to surrender.",
    # figurative bombardment; bombardment in a past era
    "Importers say the economy of Aleppo has been under bombardment since the currency crashed.",
    "Traders in Aleppo said the market was under bombardment from cheap imports.",
    # an administrative offensive
    "The ministry launched an offensive against tax evaders in Aleppo.",
    "Governors launched an offensive against profiteers in Homs markets.",
    "Residents of Homs rebuilt the old souk, flattened by bombardment during the Second World War.",
    "Under the former regime, thousands of men were arrested at checkpoints in Homs.",
    "During Assad's rule, warplanes bombed the town of Kafr Nabl repeatedly.",
    # testimony in a trial about a past detention
    "The witness told judges in Koblenz he was arrested at a checkpoint near Douma and tortured for weeks.",
    # the claim a denial answers
    "The army denied carrying out any raid near the border, after social media pages claimed an air strike on a farm near Daraa.",
    # the details of a dated operation, after a pause: "..., involving air strikes"
    "In March 2023, the army carried out a ground offensive in the Ghab valley, involving air strikes and hundreds of troops.",
    # drones stopped on their way
    "A drone launched from Yemen was intercepted before it hit Eilat.",
    "Drones launched from Iraq were shot down over the Golan, the army said.",
    # spy and civilian drones that crashed
    "A surveillance drone crashed into a field near Daraa on Monday, residents said.",
    "A civilian drone hit a power line in Aleppo and fell.",
    # searches that are no military sweep
    "Rescuers combed the rubble of the collapsed building in Aleppo for survivors.",
    "Volunteers combed the beaches near Latakia for plastic waste.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_events(detector: Detector, text: str) -> None:
    assert tag(detector, text).events == [], text


EVENTS = [
    # rockets at a training camp are no exercise
    ("Rebels fired rockets at an army training camp outside Hama.", {"shelling"}),
    ("Militants fired a rocket at a base in Anbar on Sunday.", {"shelling"}),
    ("Israeli jets struck Hezbollah positions near Baalbek on Tuesday.", {"airstrike"}),
    # a test site or a celebration struck is struck
    ("Israeli jets struck a missile test site near Tehran on Friday.", {"airstrike"}),
    ("Russian jets struck the main square of the town during the Independence Day celebrations.", {"airstrike"}),
    ("Army helicopters fired rockets at rebel positions near Kessab on Friday.", {"airstrike"}),
    # air power named as support adds no air strike to the ground attack it backs
    ("Government forces, backed by warplanes, attacked rebel positions near Morek.", {"armed_clash"}),
    ("Russian jets, supported by drones, struck rebel positions near Morek on Monday.", {"airstrike"}),
    ("Qatari troops withdrew from the border post on Sunday.", {"withdrawal"}),
    ("Troops withdrew under orders from the command in Latakia on Monday.", {"withdrawal"}),
    ("Russian troops withdrew following a decision by their command, a statement said.", {"withdrawal"}),
    ("A senator said the troops withdrew from the base in Hasakah on Monday.", {"withdrawal"}),
    ("Militants fired a volley of rockets at the town of Sderot.", {"shelling"}),
    ("The army pulled its troops out of the Jenin camp on Thursday.", {"withdrawal"}),
    ("Turkish howitzers pounded villages near Tal Tamr on Sunday.", {"shelling"}),
    ("Rockets hit Sderot on Monday, testing the fragile truce.", {"shelling"}),
    ("A rocket slammed into an armoured personnel carrier 200 yards from the checkpoint near Tal Afar.", {"shelling"}),
    # depositors rally outside a bank
    ("Hundreds of depositors rallied outside the central bank in Beirut against the freeze on their savings.", {"protest"}),
    ("Supporters of the opposition held a rally in Idlib's main square on Friday.", {"protest"}),
    ("Turkish troops withdrew from two villages near Afrin on Monday.", {"withdrawal"}),
    # "has yet to" is too far from the strike to deny it
    ("The army has yet to comment on the drone strike that hit a convoy near Palmyra.", {"airstrike"}),
    ("Police have yet to identify the suicide bomber who struck the market in Azaz.", {"explosion"}),
    ("The army has yet to confirm the air strike on the convoy near Palmyra.", {"airstrike"}),
    # helicopters that bomb, an aid convoy as their target
    ("Regime helicopters dropped barrel bombs on the village of Kafr Nabl.", {"airstrike"}),
    ("Regime helicopters targeted an aid convoy near Saraqib.", {"airstrike"}),
    ("A heavy bombardment hit the eastern districts of Daraa on Friday.", {"shelling"}),
    # "since World War II" measures today's attack
    ("Russia launched the largest drone attack on Kyiv since World War II, officials said.", {"airstrike"}),
    # a witness to today's arrests
    ("Security forces arrested five men at a checkpoint near Douma, a witness told Reuters.", {"arrest"}),
    # a fallen regime's remnants and officers in today's news
    ("Security forces arrested a former regime officer in Homs on Tuesday.", {"arrest"}),
    ("Remnants of the former regime attacked a security checkpoint near Jableh on Monday.", {"armed_clash"}),
    # a group's claim is no rumour
    ("The Islamic State group claimed a suicide bombing that killed four soldiers in Anbar.", {"explosion"}),
    ("The army launched a ground offensive in the Ghab valley on Monday, involving air strikes and hundreds of troops.",
     {"airstrike", "military_operation"}),
    ("Army units are combing the neighbourhoods of Bara for gunmen.", {"military_operation"}),
    ("The army launched an offensive against Islamic State remnants near Sukhna.", {"military_operation"}),
    # the munition of a drone strike is the strike; a ground-launched missile is shelling
    ("An Israeli drone fired a missile at a motorcycle in Bint Jbeil, killing its rider.", {"airstrike"}),
    ("Russian forces fired a ballistic missile at Kharkiv overnight.", {"shelling"}),
    # the launch site between the drone and its target
    ("A drone launched from Iraq struck a fuel depot near Eilat on Monday, wounding two people.", {"airstrike"}),
    ("Two drones fired from Lebanon hit houses in Metula overnight.", {"airstrike"}),
    ("A drone slammed into an apartment block in Odesa overnight.", {"airstrike"}),
    # fighting near a stadium is still fighting
    ("Clashes between the army and tribal fighters left six dead near the stadium in Deir ez-Zor.", {"armed_clash"}),
    ("Clashes between government forces and Islamic State fighters erupted near Sukhna on Tuesday.", {"armed_clash"}),
    # blasts a strike set off are the strike; a depot that blew up on its own is an explosion
    ("Israeli jets struck an arms depot near Masyaf on Sunday. The strikes caused explosions that shook the town.", {"airstrike"}),
    ("Jets struck an arms depot near Masyaf. Hours later, the strike triggered secondary explosions in the area.", {"airstrike"}),
    ("A fire at an ammunition depot near Hama set off a series of explosions on Tuesday.", {"explosion"}),
    ("An explosion tore through an ammunition depot in the Hama countryside on Monday.", {"explosion"}),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS)
def test_events(detector: Detector, text: str, expected: set[str]) -> None:
    assert categories(detector, text) == expected, text
