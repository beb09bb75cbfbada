"""Schema and loader of the gazetteer: countries, regions (governorates) and places.

The YAML is data a user edits: adding a town or a spelling needs no code. Names are given per
language; the detection engine normalizes them the same way it normalizes article text, so
spelling variants that differ only in hamza, taa marbuta or diacritics need not be listed.

```yaml
version: 1
countries:
  - id: SY
    name: Syria
    names: {ar: [سوريا, سورية], en: [Syria]}
regions:
  - id: SY-HM
    name: Hama
    country: SY
    names: {ar: [حماة], en: [Hama, Hamah]}
places:
  - name: Ithriya
    kind: town
    region: SY-HM
    names: {ar: [أثريا], en: [Ithriya, Athriya]}
```
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from config.yaml_loader import load_model

PlaceKind = Literal[
    "city", "town", "village", "district", "subdistrict", "desert", "base", "airport",
    "crossing", "mountain", "river", "dam", "oilfield", "camp", "area", "neighbourhood", "site",
    # a domestic authority that acts only at home ("Turkish police", "السلطات الأردنية"): it places
    # the events of an article that names no place in its country (or region)
    "authority",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Names(_Strict):
    """Names by language code; at least one name in some language."""

    ar: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    fr: list[str] = Field(default_factory=list)
    tr: list[str] = Field(default_factory=list)
    ku: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _not_empty(self) -> Names:
        if not any((self.ar, self.en, self.fr, self.tr, self.ku)):
            raise ValueError("give at least one name")
        for language, names in self.by_language().items():
            for name in names:
                if not name.strip():
                    raise ValueError(f"empty name in {language}")
        return self

    def by_language(self) -> dict[str, list[str]]:
        return {lang: list(getattr(self, lang)) for lang in ("ar", "en", "fr", "tr", "ku") if getattr(self, lang)}


class Country(_Strict):
    id: str = Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 code.")
    name: str = Field(min_length=1, description="Canonical English name, used in events and alerts.")
    names: Names
    demonyms: Names | None = Field(
        default=None,
        description="Adjectives of the country (\"Libyan\", \"ليبي\", \"ليبية\"): never places, they only "
        "say which country an article is about when it names a place shared by several countries.",
    )
    acts_abroad: bool = Field(
        default=False,
        description="Whether the country's forces are told acting abroad in the region's wars (Israel, Russia, Turkey, Iran): "
        "its demonym before an event ('Israeli troops withdrew') names the actor, not the event's country; another "
        "country's places an event in an article naming no place ('Sudanese troops withdrew from the town').",
    )


class Region(_Strict):
    """A first-level division (a Syrian governorate, an Iraqi province...)."""

    id: str = Field(pattern=r"^[A-Z]{2}-[A-Z0-9]{1,4}$", description="ISO 3166-2 style code.")
    name: str = Field(min_length=1)
    country: str = Field(pattern=r"^[A-Z]{2}$")
    names: Names


class Place(_Strict):
    """A town, district, desert, base... inside one region (or, for places that span several
    regions such as the Syrian Desert, directly inside a country)."""

    name: str = Field(min_length=1)
    kind: PlaceKind
    region: str | None = Field(default=None, description="The id of the region this place lies in.")
    country: str | None = Field(default=None, description="Only for places spanning several regions.")
    ambiguous: bool = Field(
        default=False,
        description="The name is also a common word (Arabic الباب 'the door' is the town Al-Bab): "
        "match it only after a place cue such as مدينة / بلدة / قرية / ريف, or capitalized in English.",
    )
    locative_enough: bool = Field(
        default=False,
        description="For an ambiguous name whose common sense hardly ever follows a locative: 'في جنين' is Jenin "
        "(bare جنين may be a foetus), so a locative (في, the proclitic ب, 'in') before it is enough.",
    )
    names: Names
    shared_names: Names | None = Field(
        default=None,
        description="Names this place shares with a place of another country, where they are that "
        "place's names (bare \"Tripoli\" is Lebanon's, and Libya's capital too): the name reads as "
        "this place only in an article that supports this place's country and not the other's "
        "(naming the country, one of its regions or places, or its demonym).",
    )

    @model_validator(mode="after")
    def _located(self) -> Place:
        if (self.region is None) == (self.country is None):
            raise ValueError("give exactly one of region or country")
        if self.locative_enough and not self.ambiguous:
            raise ValueError("locative_enough applies to an ambiguous name only (set ambiguous: true)")
        return self


class Gazetteer(_Strict):
    version: Literal[1] = 1
    countries: list[Country] = Field(min_length=1)
    regions: list[Region] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> Gazetteer:
        # Each problem is reported at its own path (``places[12].region``) so that the loader can
        # name the line of the offending entry, not just the top of the file.
        problems: list[InitErrorDetails] = []

        def problem(loc: tuple[str | int, ...], value: str | None, message: str) -> None:
            problems.append(
                InitErrorDetails(
                    type=PydanticCustomError("gazetteer_reference", "{message}", {"message": message}),
                    loc=loc, input=value,
                )
            )

        country_ids = {country.id for country in self.countries}
        region_ids = set()
        for index, region in enumerate(self.regions):
            if region.country not in country_ids:
                problem(("regions", index, "country"), region.country,
                        f"region {region.id} names unknown country {region.country}")
            if region.id in region_ids:
                problem(("regions", index, "id"), region.id, f"region id {region.id} is listed twice")
            region_ids.add(region.id)
        for index, place in enumerate(self.places):
            if place.region is not None and place.region not in region_ids:
                problem(("places", index, "region"), place.region,
                        f"place {place.name!r} names unknown region {place.region}")
            if place.country is not None and place.country not in country_ids:
                problem(("places", index, "country"), place.country,
                        f"place {place.name!r} names unknown country {place.country}")
        region_countries = {region.id: region.country for region in self.regions}
        owners: dict[tuple[str, str], set[str]] = {}  # (language, name) -> countries naming it
        for place in self.places:
            country = place.country or region_countries.get(place.region or "", "")
            for language, names in place.names.by_language().items():
                for name in names:
                    owners.setdefault((language, name), set()).add(country)
        for index, place in enumerate(self.places):
            if place.shared_names is None:
                continue
            country = place.country or region_countries.get(place.region or "", "")
            for language, names in place.shared_names.by_language().items():
                for name in names:
                    if not owners.get((language, name), set()) - {country}:
                        problem(("places", index, "shared_names"), name,
                                f"place {place.name!r} shares {name!r}, the name of no place of another country")
        if problems:
            raise ValidationError.from_exception_data(type(self).__name__, problems)
        return self


def load_gazetteer(path: str | Path) -> Gazetteer:
    """Load and validate a gazetteer YAML; ConfigError names file, line and field."""
    return load_model(path, Gazetteer)
