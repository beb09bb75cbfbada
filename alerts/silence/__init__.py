"""Silences: mute alerts matching label matchers for a while (``nadhir silence``)."""

from alerts.silence.matchers import Matcher, MatcherError, all_match, parse_matchers
from alerts.silence.store import Silence, SilenceStore, silencing

__all__ = ["Matcher", "MatcherError", "Silence", "SilenceStore", "all_match", "parse_matchers", "silencing"]
