"""Webhook delivery end to end inside one process: real Redis, real HTTP receivers."""

from __future__ import annotations

import asyncio
import time

from standardwebhooks import Webhook

from tests.integration.alerts.conftest import eventually, hook
from tests.support.webhook_receiver import sample_alert


async def test_delivers_signed_payload_once(receiver, secret, write_channels, run_dispatcher):
    channels = write_channels([hook("ops", receiver.url)], {"SECRET_OPS": secret})
    running = run_dispatcher(channels)
    alert = sample_alert()
    report = await running.dispatcher.intake([alert])
    assert report.recorded == 1
    delivered = await asyncio.to_thread(receiver.wait_for, 1)
    body = delivered[0].body
    assert body["format"] == "nadhir.alerts" and body["alerts"][0]["id"] == alert.id
    assert delivered[0].webhook_id == report.delivery_ids[0]
    # The same alert again (a Kafka re-read) is a duplicate, not a second send.
    again = await running.dispatcher.intake([alert])
    assert again.duplicates == 1 and again.recorded == 0
    await asyncio.sleep(0.3)
    assert len(receiver.attempts()) == 1
    stored = await eventually(lambda: _delivered(running.dispatcher.store, report.delivery_ids[0]))
    assert stored.attempts == 1


async def test_retries_then_success_keep_webhook_id(receiver, secret, write_channels, run_dispatcher):
    receiver.behaviour.fail_first = 2
    channels = write_channels([hook("ops", receiver.url)], {"SECRET_OPS": secret})
    running = run_dispatcher(channels)
    report = await running.dispatcher.intake([sample_alert()])
    await asyncio.to_thread(receiver.wait_for, 1)
    attempts = receiver.attempts()
    assert [a.status for a in attempts] == [500, 500, 200]
    assert {a.webhook_id for a in attempts} == {report.delivery_ids[0]}
    # Each attempt is separately signed and verifiable (timestamps may differ).
    assert all(a.verified for a in attempts)
    stored = await eventually(lambda: _delivered(running.dispatcher.store, report.delivery_ids[0]))
    assert stored.attempts == 3


async def test_dead_letter_then_replay(receiver, secret, write_channels, run_dispatcher):
    receiver.behaviour.status = 503
    channels = write_channels([hook("ops", receiver.url)], {"SECRET_OPS": secret})
    running = run_dispatcher(channels)
    store = running.dispatcher.store
    report = await running.dispatcher.intake([sample_alert()])
    delivery_id = report.delivery_ids[0]
    dead = await eventually(lambda: store.dead(), within=10)
    assert [d.id for d in dead] == [delivery_id]
    assert dead[0].attempts == 4 and dead[0].last_error == "HTTP 503" and dead[0].last_status_code == 503
    assert len(receiver.attempts()) == 4
    receiver.behaviour.status = None
    assert await store.replay(delivery_id) == 1
    await asyncio.to_thread(receiver.wait_for, 1)
    assert receiver.delivered_ids() == [delivery_id]
    stored = await eventually(lambda: _delivered(store, delivery_id))
    assert stored.replays == 1
    assert await store.dead() == []


async def _delivered(store, delivery_id):
    stored = await store.get(delivery_id)
    return stored if stored is not None and stored.status == "delivered" else None


async def test_retry_after_is_honoured(receiver, secret, write_channels, run_dispatcher):
    receiver.behaviour.fail_first = 1
    receiver.behaviour.fail_status = 429
    receiver.behaviour.retry_after = "2"
    channels = write_channels([hook("ops", receiver.url)], {"SECRET_OPS": secret})
    running = run_dispatcher(channels)
    await running.dispatcher.intake([sample_alert()])
    await asyncio.to_thread(receiver.wait_for, 1, 10)
    first, second = receiver.attempts()
    assert first.status == 429 and second.status == 200
    # The schedule says 0.2 s; Retry-After says 2 s.
    assert second.received_at - first.received_at >= 1.9


async def test_other_4xx_is_not_retried(receiver, secret, write_channels, run_dispatcher):
    receiver.behaviour.status = 422
    channels = write_channels([hook("ops", receiver.url)], {"SECRET_OPS": secret})
    running = run_dispatcher(channels)
    await running.dispatcher.intake([sample_alert()])
    dead = await eventually(lambda: running.dispatcher.store.dead())
    assert dead[0].attempts == 1 and "422" in dead[0].last_error
    await asyncio.sleep(0.8)
    assert len(receiver.attempts()) == 1


async def test_410_disables_the_endpoint(receiver, secret, write_channels, run_dispatcher):
    receiver.behaviour.status = 410
    channels = write_channels([hook("ops", receiver.url)], {"SECRET_OPS": secret})
    running = run_dispatcher(channels)
    store = running.dispatcher.store
    await running.dispatcher.intake([sample_alert()])
    disabled = await eventually(lambda: store.disabled())
    assert "ops" in disabled and "410" in disabled["ops"]
    # Later alerts are not sent to a disabled endpoint; they become dead letters, not silence.
    await running.dispatcher.intake([sample_alert(region="Idlib")])
    dead = await eventually(lambda: _n_dead(store, 2))
    assert any("endpoint disabled" in d.last_error for d in dead)
    assert len(receiver.attempts()) == 1
    # Re-enabled and replayed, both arrive.
    receiver.behaviour.status = None
    assert await store.enable("ops")
    assert await store.replay_all() == 2
    await asyncio.to_thread(receiver.wait_for, 2)


async def _n_dead(store, count):
    dead = await store.dead()
    return dead if len(dead) >= count else None


async def test_dead_endpoint_does_not_slow_the_others(secret, write_channels, run_dispatcher):
    from tests.support.webhook_receiver import WebhookReceiver

    hanging = WebhookReceiver(secret=secret).start()
    healthy = WebhookReceiver(secret=secret).start()
    hanging.behaviour.hang = True
    try:
        channels = write_channels(
            [hook("slow", hanging.url, max_concurrency=2, timeout_s=5),
             hook("fast", healthy.url, max_concurrency=8)],
            {"SECRET_SLOW": secret, "SECRET_FAST": secret},
        )
        running = run_dispatcher(channels)
        started = time.monotonic()
        await running.dispatcher.intake([sample_alert(region=f"r{i}") for i in range(40)])
        await asyncio.to_thread(healthy.wait_for, 40, 10)
        elapsed = time.monotonic() - started
        # The hanging endpoint holds its 2 slots for 5 s each; the healthy one is not held back.
        assert elapsed < 3, elapsed
        assert running.dispatcher.runtimes["slow"].in_flight == 2
    finally:
        hanging.stop()
        healthy.stop()


async def test_circuit_breaker_stops_hammering_a_down_endpoint(secret, write_channels, run_dispatcher):
    from nadhir.runtime import free_port

    url = f"http://127.0.0.1:{free_port()}/hook"  # nothing listens: connection refused
    channels = write_channels([hook("down", url, retry_schedule=[0, 0.05, 0.05, 0.05, 0.05, 0.05])],
                              {"SECRET_DOWN": secret}, breaker={"failures": 3, "cooldown_s": 30})
    running = run_dispatcher(channels)
    await running.dispatcher.intake([sample_alert(region=f"r{i}") for i in range(10)])
    await asyncio.sleep(1.5)
    runtime = running.dispatcher.runtimes["down"]
    assert runtime.breaker.state == "open"
    # Deliveries wait in Redis without spending attempts while the breaker is open.
    assert await running.dispatcher.store.pending_count("down") >= 7
    assert await running.dispatcher.store.dead() == []


async def test_signature_verifies_with_standardwebhooks(receiver, secret, write_channels, run_dispatcher):
    channels = write_channels([hook("ops", receiver.url)], {"SECRET_OPS": secret})
    running = run_dispatcher(channels)
    await running.dispatcher.intake([sample_alert()])
    delivered = await asyncio.to_thread(receiver.wait_for, 1)
    assert delivered[0].verified
    # A receiver holding another secret refuses the same request.
    from tests.integration.alerts.conftest import new_secret
    from tests.support.webhook_receiver import WebhookReceiver

    stranger = WebhookReceiver(secret=new_secret()).start()
    try:
        channels = write_channels([hook("other", stranger.url)], {"SECRET_OTHER": secret})
        other = run_dispatcher(channels)
        await other.dispatcher.intake([sample_alert(region="Idlib")])
        attempts = await eventually(lambda: stranger.attempts())
        assert attempts[0].verified is False and attempts[0].status == 401
    finally:
        stranger.stop()
    assert Webhook(secret)  # the library accepts our whsec_ format
