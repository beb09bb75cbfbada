"""Reading what users type: commands, ``/subscribe`` and ``/silence`` arguments, durations. Pure functions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from alerts.subscriptions.vocabulary import PlaceName, Places, category_from_words, fold, severity_from_word

MAX_COMMAND_TEXT = 512
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?$")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ANYWHERE = {"all", "any", "anywhere", "everywhere", "*", "الكل", "كل المناطق", "كل مكان"}


@dataclass(frozen=True)
class Command:
    name: str
    args: tuple[str, ...]


def parse_command(text: str, bot_username: str | None) -> Command | None:
    """``/name[@bot] args…`` → Command; None for plain text or a command to another bot."""
    text = text.strip()[:MAX_COMMAND_TEXT]
    if not text.startswith("/"):
        return None
    head, *rest = text.split(maxsplit=1)
    match = _COMMAND.match(head)
    if match is None:
        return Command(name="", args=())
    addressee = match.group(2)
    if addressee and bot_username and addressee.casefold() != bot_username.casefold():
        return None
    return Command(name=match.group(1).casefold(), args=tuple(rest[0].split()) if rest else ())


@dataclass(frozen=True)
class SubscribeRequest:
    category: str
    region: str | None
    min_severity: str


class ArgumentError(ValueError):
    """What was wrong with the arguments: ``kind`` names the message, ``text`` the culprit."""

    def __init__(self, kind: str, text: str = "") -> None:
        super().__init__(f"{kind}: {text}")
        self.kind = kind
        self.text = text[:100]


def split_category(args: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """The category at the start of ``args`` (one to three words, English or Arabic) and the
    remaining words; raises ArgumentError("unknown_category")."""
    if not args:
        raise ArgumentError("usage")
    for words in (3, 2, 1):
        if len(args) >= words:
            category = category_from_words(" ".join(args[:words]))
            if category is not None:
                return category, args[words:]
    raise ArgumentError("unknown_category", args[0])


def parse_subscribe(args: tuple[str, ...], places: Places) -> SubscribeRequest:
    """``<category> [region] [min-severity]``; the region may be several words."""
    category, rest = split_category(args)
    min_severity = "info"
    if rest:
        severity = severity_from_word(rest[-1])
        if severity is not None:
            min_severity, rest = severity, rest[:-1]
    region = parse_region(rest, places)
    return SubscribeRequest(category=category, region=region, min_severity=min_severity)


def parse_region(words: tuple[str, ...], places: Places) -> str | None:
    """The canonical region or country named by ``words`` (None for none / "all")."""
    place = resolve_place(words, places)
    return None if place is None else place.canonical


def resolve_place(words: tuple[str, ...], places: Places) -> PlaceName | None:
    """The region or country named by ``words``, with its kind (None for none / "all");
    raises ArgumentError("unknown_region")."""
    text = " ".join(words).strip()
    if not text or fold(text) in {fold(word) for word in _ANYWHERE}:
        return None
    place = places.resolve(text)
    if place is None:
        raise ArgumentError("unknown_region", text)
    return place


@dataclass(frozen=True)
class SilenceRequest:
    category: str
    place: PlaceName | None
    seconds: int
    comment: str


MAX_SILENCE_COMMENT = 200
_MAX_DURATION_WORDS = 4  # "2 hours 30 minutes"


def parse_silence(args: tuple[str, ...], places: Places) -> SilenceRequest:
    """``<category> [region] <duration> [comment…]``: the category and region as ``/subscribe``
    reads them; the duration is the first run of words (after the region) that reads as one,
    and everything after it is the comment."""
    category, rest = split_category(args)
    for start in range(len(rest)):
        for length in range(min(_MAX_DURATION_WORDS, len(rest) - start), 0, -1):
            seconds = parse_duration(" ".join(rest[start:start + length]))
            if seconds is None:
                continue
            place = resolve_place(rest[:start], places)
            if place is not None and "," in place.canonical:
                # Matchers are stored comma-separated: a comma in a value would split it.
                raise ArgumentError("unknown_region", place.canonical)
            comment = " ".join(rest[start + length:])[:MAX_SILENCE_COMMENT]
            return SilenceRequest(category=category, place=place, seconds=seconds, comment=comment)
    raise ArgumentError("usage")


_UNITS: dict[str, int] = {}
for _seconds, _names in (
    (60, ("m", "min", "mins", "minute", "minutes", "د", "دقيقة", "دقائق", "دقيقه")),
    (3600, ("h", "hr", "hrs", "hour", "hours", "س", "ساعة", "ساعات", "ساعه")),
    (86400, ("d", "day", "days", "ي", "يوم", "أيام", "ايام")),
    (604800, ("w", "week", "weeks", "أسبوع", "اسبوع", "أسابيع")),
):
    for _name in _names:
        _UNITS[_name] = _seconds
_DURATION_PART = re.compile(r"(\d{1,6})\s*([^\d\s]+)")
MAX_MUTE_S = 365 * 86400


def parse_duration(text: str) -> int | None:
    """Seconds in ``30m``, ``4h``, ``1d``, ``1h30m``, ``٢ ساعة``; None if not a duration or
    outside 1 minute … 365 days."""
    cleaned = text.translate(_DIGITS).strip().casefold()
    if not cleaned or len(cleaned) > 40:
        return None
    total = 0
    position = 0
    for match in _DURATION_PART.finditer(cleaned):
        if cleaned[position:match.start()].strip():
            return None
        unit = _UNITS.get(match.group(2))
        if unit is None:
            return None
        total += int(match.group(1)) * unit
        position = match.end()
    if position == 0 or cleaned[position:].strip():
        return None
    return total if 60 <= total <= MAX_MUTE_S else None
