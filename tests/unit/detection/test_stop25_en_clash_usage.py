"""Armed clashes told in South Asian military English and in gang-war reports (stop 25, English real-news probe).

Military media wings and police in Pakistan and India tell a gunfight as "an intense fire exchange took place between
own troops and terrorists", "militants were killed in an encounter with security forces" or "an intense engagement
between the forces and the militants"; reports from Haiti and the Sahel tell of a post's defenders who "fought off an
attack by gangs", of troops "repelling the assailants". None of these fired. They now do (lexicon data only, en.yaml),
each with the armed sense it needs, and their civil twins stay silent: a meeting with the police, constructive
engagement at talks, a board that fought off a takeover bid, a shopkeeper who fought off armed robbers, a coating
repelling water, a drone attack on a base, and a drone attack repelled by air defences (the air strike's, not a clash).
Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import categories_on

_categories = categories_on(lang="en")


@pytest.mark.parametrize(
    "text",
    [
        "A heavy fire exchange took place between the troops and the militants in the valley on Tuesday, the army said.",
        "Three militants were killed in an encounter with security forces in the orchard district on Monday, police said.",
        "The raid led to a fierce engagement between the soldiers and the insurgents near the border post on Sunday.",
        "Police fought off an attack by armed gangs on the station late on Thursday, a spokesman said.",
        "The garrison counter-attacked on Monday, repelling the assailants after a two-hour assault on the camp.",
        "The border guards initiated fire on the militants who had crossed the line near the post on Friday.",
        # a ground attack with drones in support is still repelled in a clash (only an attack made of drones or missiles is
        # the air strike's)
        "Troops repelled an attack by militants backed by drones on the hilltop post on Monday, the army said.",
        "Soldiers repelled an assault on the village in which the fighters also used drones, the army said on Tuesday.",
    ],
)
def test_the_clash_usage_fires(detector: Detector, text: str) -> None:
    assert "armed_clash" in _categories(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister described his first encounter with the police chief as cordial and productive.",
        "The couple announced their engagement between two concerts in the capital on Sunday.",
        "Envoys called for constructive engagement between the government and the rebels at the talks on Monday.",
        "The board fought off a hostile takeover bid from a rival brewer on Monday.",
        "The shopkeeper fought off an attack by two armed robbers at the corner store on Thursday night.",
        "The new coating keeps boots dry by repelling water and mud on long hikes.",
        "A drone attack on the army base killed two soldiers on Sunday, the rebels said.",
        "Prosecutors charged five men with planning attacks on police stations in the capital last year.",
        "The garrison repelled an attack by suicide drones over the city before dawn on Saturday.",
        "Air defences were repelling a drone attack on the port overnight, the governor said.",
    ],
)
def test_the_civil_twins_stay_silent(detector: Detector, text: str) -> None:
    assert "armed_clash" not in _categories(detector, text)
