"""Pure pieces of the dispatcher: backoff, breaker, Retry-After, status mapping, matchers, routing."""

from __future__ import annotations

import argparse
import random
from datetime import timedelta

import pytest

from alerts.dispatch.backoff import next_delay
from alerts.dispatch.breaker import CircuitBreaker
from alerts.dispatch.redact import SecretRedactor
from alerts.notify.webhook import outcome_for_status, parse_retry_after
from alerts.routing import filter_matches, webhook_targets
from alerts.silence import MatcherError, all_match, parse_matchers
from config.channels import ChannelFilter
from nadhir.commands.silence import parse_duration
from tests.support.webhook_receiver import sample_alert


def test_backoff_follows_schedule_with_bounded_jitter():
    schedule = [0, 5, 300, 1800]
    rng = random.Random(1)
    assert next_delay(schedule, 0, rng=rng) == 0
    delays = [next_delay(schedule, 2, rng=rng) for _ in range(200)]
    assert all(240 <= d <= 360 for d in delays) and len(set(delays)) > 100
    assert next_delay(schedule, 4) is None
    assert next_delay(schedule, 1, retry_after=60, rng=rng) == 60
    assert next_delay(schedule, 3, retry_after=1, rng=rng) >= 1440


def test_status_mapping():
    assert outcome_for_status(204).ok
    gone = outcome_for_status(410)
    assert gone.disable_target and not gone.retryable
    limited = outcome_for_status(429, "7")
    assert limited.retryable and limited.retry_after == 7
    assert outcome_for_status(503).retryable and outcome_for_status(408).retryable
    for status in (400, 401, 403, 404, 422):
        assert not outcome_for_status(status).retryable and not outcome_for_status(status).ok


def test_retry_after_forms():
    assert parse_retry_after("120") == 120
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470) == 10
    assert parse_retry_after("in a while") is None and parse_retry_after(None) is None
    assert parse_retry_after("99999999") == 24 * 3600


def test_breaker_opens_half_opens_and_closes():
    now = [0.0]
    breaker = CircuitBreaker(failures=3, cooldown_s=10, clock=lambda: now[0])
    for _ in range(3):
        assert breaker.allowance(4) == 4
        breaker.record(False)
    assert breaker.state == "open" and breaker.allowance(4) == 0
    now[0] = 11
    assert breaker.state == "half-open" and breaker.allowance(4) == 1
    breaker.started()
    assert breaker.allowance(4) == 0  # one trial at a time
    breaker.record(False)
    assert breaker.state == "open"
    now[0] = 22
    breaker.started()
    breaker.record(True)
    assert breaker.state == "closed" and breaker.allowance(4) == 4


def test_matchers():
    alert = sample_alert(labels={"team": "newsroom"})
    assert all_match(parse_matchers("category=airstrike,region=Hama"), alert)
    assert not all_match(parse_matchers("category=airstrike,region=Idlib"), alert)
    assert all_match(parse_matchers("region=~Ha.*, severity!=critical, team=newsroom"), alert)
    assert not all_match(parse_matchers("region!~H.*"), alert)
    assert all_match(parse_matchers("labels.team=newsroom"), alert)
    assert not all_match([], alert)
    for bad in ("", "category", "region=~(", "=x"):
        with pytest.raises(MatcherError):
            parse_matchers(bad)


def test_routing_filters():
    alert = sample_alert(severity="warning")
    assert filter_matches(ChannelFilter(), alert)
    assert not filter_matches(ChannelFilter(min_severity="critical"), alert)
    assert filter_matches(ChannelFilter(categories=["airstrike"], countries=["Syria"]), alert)
    assert not filter_matches(ChannelFilter(regions=["Idlib"]), alert)
    assert not filter_matches(ChannelFilter(statuses=["resolved"]), alert)
    assert webhook_targets([], alert) == []


def test_redactor_masks_secrets_in_messages_and_tracebacks():
    import logging

    redactor = SecretRedactor(["whsec_c2VjcmV0c2VjcmV0", "short"])
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "url %s failed", ("https://h/?k=whsec_c2VjcmV0c2VjcmV0",),
                               None)
    redactor.filter(record)
    assert "whsec_c2VjcmV0c2VjcmV0" not in record.getMessage() and "***" in record.getMessage()


def test_durations():
    assert parse_duration("4h") == timedelta(hours=4)
    assert parse_duration("1h30m") == timedelta(minutes=90)
    with pytest.raises(argparse.ArgumentTypeError):
        parse_duration("4 hours")
