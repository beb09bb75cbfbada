"""English classes behind the weakest full-article precision: withdrawal, explosion (and the shelling a sapper's shell set off).

1. A withdrawal still to begin, or the subject of negotiations, is no withdrawal; one made stays.
2. A company or a donor withdrawing from a project, a tender or a contract is no withdrawal.
3. A force redeployed toward a front or a border is a deployment; one pulled back from a place stays.
4. A shell or a device found, defused or detonated by engineers is neither shelling nor an explosion; one that went off stays.
5. Explosions a fire sets off in what it burns are the fire's; a blast of its own stays.

Every sentence here is written for this file; none is taken from an evaluation set."""

from __future__ import annotations

import pytest

from streams.detection import Detector
from tests.unit.detection.tagging import AS_OF, categories_on

categories = categories_on(AS_OF)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # 1. a withdrawal ahead or negotiated
        ("Officials in Raqqa said they expected the withdrawal to begin before the end of the year.", "withdrawal"),
        ("Talks between the council and the armed factions over a withdrawal of fighters from Tabqa broke down on Sunday.",
         "withdrawal"),
        ("Negotiations on a withdrawal of the militia from the Baghdad airport road resumed in the capital.", "withdrawal"),
        ("Diplomats in Beirut said the withdrawal is due to start once the border committee meets.", "withdrawal"),
        # 2. a venture given up
        ("A Gulf construction group said it was withdrawing from the project to rebuild the Homs souk.", "withdrawal"),
        ("The Turkish contractor withdrew from the tender for the Aleppo ring road, citing costs.", "withdrawal"),
        # 3. a move toward the front
        ("The Lebanese army redeploys south as the deadline for the border talks approaches.", "withdrawal"),
        ("Two army brigades were redeployed to the border with Jordan on Tuesday.", "withdrawal"),
        # 4. munitions handled by sappers
        ("A police source said engineers were detonating a shell found in a school yard in Jableh.", "shelling"),
        ("Army engineers defused a shell left in the road near Maarat al-Numan.", "shelling"),
        ("Troops found two improvised explosive devices buried beside the highway near Mayadin.", "explosion"),
        ("Sappers dismantled an explosive device hidden under a bridge in Daraa.", "explosion"),
        # 5. a fire's explosions
        ("A fire swept through a paint warehouse in Hama on Monday, triggering a series of explosions.", "explosion"),
        ("The blaze set off explosions in the gas store of the bakery, civil defence said.", "explosion"),
    ],
)
def test_not_the_event(detector: Detector, text: str, category: str) -> None:
    assert category not in categories(detector, text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # 1. a withdrawal made, negotiated beforehand or begun
        ("Kurdish-led forces withdrew from three villages near Tabqa on Sunday after talks with the tribes.", "withdrawal"),
        ("The withdrawal of the militia from the Baghdad airport road began at dawn, officials said.", "withdrawal"),
        ("Troops pulled out of the hilltop outpost near Khiam overnight, the army said.", "withdrawal"),
        # 2. a force, not a firm
        ("Government forces withdrew from the cement plant outside Palmyra after the attack.", "withdrawal"),
        # 3. a pull-back from a place
        ("Russian units were redeployed from the Qamishli airport to the coast.", "withdrawal"),
        # 4. munitions that went off
        ("An old shell exploded in a field near Saraqeb, killing a shepherd.", "explosion"),
        ("An improvised explosive device went off beside an army bus near Palmyra, wounding six soldiers.", "explosion"),
        ("Government artillery shelled the villages of the Ghab plain on Thursday.", "shelling"),
        # 5. a blast of its own
        ("A series of explosions rocked the port of Latakia on Monday night.", "explosion"),
        ("A car bomb went off in Azaz, triggering a series of explosions at a fuel stall.", "explosion"),
    ],
)
def test_the_event_stays(detector: Detector, text: str, category: str) -> None:
    assert category in categories(detector, text)
