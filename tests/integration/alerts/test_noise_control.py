"""Grouping, silences and inhibition with real Redis and a real receiver."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from tests.integration.alerts.conftest import eventually, hook
from tests.support.webhook_receiver import WebhookReceiver, sample_alert


async def test_alerts_within_group_wait_go_as_one_payload(receiver, secret, write_channels, run_dispatcher):
    channels = write_channels([hook("ops", receiver.url, group_wait_s=0.6)], {"SECRET_OPS": secret})
    running = run_dispatcher(channels)
    first = await running.dispatcher.intake([sample_alert(region="Hama")])
    await asyncio.sleep(0.1)
    second = await running.dispatcher.intake([sample_alert(region="Idlib"), sample_alert(region="Homs")])
    assert second.grouped == 2 and set(second.delivery_ids) == set(first.delivery_ids)
    await asyncio.sleep(0.2)
    assert receiver.attempts() == []  # still waiting for the group
    delivered = await asyncio.to_thread(receiver.wait_for, 1)
    regions = [a["region"] for a in delivered[0].body["alerts"]]
    assert regions == ["Hama", "Idlib", "Homs"]
    # After the group left, a new alert opens a new group (a new webhook-id).
    later = await running.dispatcher.intake([sample_alert(region="Daraa")])
    assert later.grouped == 0 and later.delivery_ids != first.delivery_ids
    delivered = await asyncio.to_thread(receiver.wait_for, 2)
    assert [a["region"] for a in delivered[1].body["alerts"]] == ["Daraa"]
    store = running.dispatcher.store

    async def delivered_group():
        stored = await store.get(first.delivery_ids[0])
        return stored if stored.status == "delivered" else None

    stored = await eventually(delivered_group)
    assert stored.size == 3


async def test_grouping_is_per_channel(secret, write_channels, run_dispatcher):
    grouped = WebhookReceiver(secret=secret).start()
    single = WebhookReceiver(secret=secret).start()
    try:
        channels = write_channels(
            [hook("grouped", grouped.url, group_wait_s=0.4), hook("single", single.url)],
            {"SECRET_GROUPED": secret, "SECRET_SINGLE": secret},
        )
        running = run_dispatcher(channels)
        await running.dispatcher.intake([sample_alert(region=r) for r in ("Hama", "Idlib", "Homs")])
        await asyncio.to_thread(single.wait_for, 3)
        await asyncio.to_thread(grouped.wait_for, 1)
        await asyncio.sleep(0.3)
        assert len(grouped.delivered()) == 1 and len(grouped.delivered()[0].body["alerts"]) == 3
        assert len(single.delivered()) == 3
    finally:
        grouped.stop()
        single.stop()


async def test_silence_mutes_matching_alerts_until_expired(receiver, secret, write_channels, run_dispatcher):
    channels = write_channels([hook("ops", receiver.url)], {"SECRET_OPS": secret})
    running = run_dispatcher(channels)
    silences = running.dispatcher.silences
    silence = await silences.add("category=airstrike,region=Hama", timedelta(hours=4), comment="known")
    report = await running.dispatcher.intake([sample_alert(region="Hama"), sample_alert(region="Idlib"),
                                              sample_alert(region="Hama", category="shelling")])
    assert report.silenced == 1 and report.recorded == 2
    delivered = await asyncio.to_thread(receiver.wait_for, 2)
    assert sorted((d.body["alerts"][0]["category"], d.body["alerts"][0]["region"]) for d in delivered) == [
        ("airstrike", "Idlib"), ("shelling", "Hama")]
    assert [s.id for s in await silences.silences()] == [silence.id]
    await silences.expire(silence.id)
    assert await silences.silences() == []
    assert [s.id for s in await silences.silences(include_expired=True)] == [silence.id]
    report = await running.dispatcher.intake([sample_alert(region="Hama", status="resolved")])
    assert report.silenced == 0 and report.recorded == 1
    await asyncio.to_thread(receiver.wait_for, 3)


async def test_scoped_silence_mutes_one_channel_only(secret, write_channels, run_dispatcher):
    muted = WebhookReceiver(secret=secret).start()
    other = WebhookReceiver(secret=secret).start()
    try:
        channels = write_channels([hook("muted", muted.url), hook("other", other.url)],
                                  {"SECRET_MUTED": secret, "SECRET_OTHER": secret})
        running = run_dispatcher(channels)
        await running.dispatcher.silences.add("region=~Ha.*", timedelta(minutes=5), scope="muted")
        report = await running.dispatcher.intake([sample_alert(region="Hama")])
        assert report.silenced == 1 and report.recorded == 1
        await asyncio.to_thread(other.wait_for, 1)
        await asyncio.sleep(0.3)
        assert muted.attempts() == []
    finally:
        muted.stop()
        other.stop()


async def test_country_alert_inhibits_its_regions_of_same_category(receiver, secret, write_channels,
                                                                   run_dispatcher):
    channels = write_channels([hook("ops", receiver.url)], {"SECRET_OPS": secret},
                              inhibit=[{"source": "country", "target": "region", "equal": ["category"]}])
    running = run_dispatcher(channels)
    country = sample_alert(region=None, country="Syria", key="airstrike|Syria")
    report = await running.dispatcher.intake([country])
    assert report.recorded == 1
    report = await running.dispatcher.intake([
        sample_alert(region="Hama"),                              # inhibited
        sample_alert(region="Hama", category="shelling"),         # other category: sent
        sample_alert(region="Mosul", country="Iraq"),             # other country: sent
    ])
    assert report.inhibited == 1 and report.recorded == 2
    # The country alert resolves: regional alerts flow again.
    await running.dispatcher.intake([country.model_copy(update={"status": "resolved"})])
    report = await running.dispatcher.intake([sample_alert(region="Idlib")])
    assert report.inhibited == 0 and report.recorded == 1
    delivered = await asyncio.to_thread(receiver.wait_for, 5)
    keys = sorted((d.body["alerts"][0]["key"], d.body["alerts"][0]["status"]) for d in delivered)
    assert ("airstrike|Hama", "firing") not in keys
    assert len(keys) == 5


async def test_routing_filters(secret, write_channels, run_dispatcher):
    critical = WebhookReceiver(secret=secret).start()
    ops = WebhookReceiver(secret=secret).start()
    try:
        channels = write_channels(
            [hook("critical", critical.url, match={"min_severity": "critical", "countries": ["Syria"],
                                                   "statuses": ["firing"]}),
             hook("ops", ops.url, ops=True)],
            {"SECRET_CRITICAL": secret, "SECRET_OPS": secret},
        )
        running = run_dispatcher(channels)
        report = await running.dispatcher.intake([
            sample_alert(severity="warning"),
            sample_alert(severity="critical", region="Idlib"),
            sample_alert(severity="critical", region="Mosul", country="Iraq"),
            sample_alert(severity="critical", region="Homs", status="resolved"),
            sample_alert(category="nadhir.dispatch", region=None, country=None, key="dispatch",
                         labels={"ops": "true"}, severity="critical"),
        ])
        assert report.recorded == 2
        crit = await asyncio.to_thread(critical.wait_for, 1)
        assert crit[0].body["alerts"][0]["region"] == "Idlib"
        op = await asyncio.to_thread(ops.wait_for, 1)
        assert op[0].body["alerts"][0]["category"] == "nadhir.dispatch"
        await asyncio.sleep(0.2)
        assert len(critical.attempts()) == 1 and len(ops.attempts()) == 1
    finally:
        critical.stop()
        ops.stop()


async def test_two_dispatchers_on_one_store_never_double_send(receiver, secret, write_channels, run_dispatcher):
    receiver.behaviour.fail_first = 20  # some retries in the mix
    channels = write_channels([hook("ops", receiver.url, max_concurrency=8)], {"SECRET_OPS": secret},
                              breaker={"failures": 100, "cooldown_s": 1})
    first = run_dispatcher(channels, instance="one")
    second = run_dispatcher(channels, instance="two")
    alerts = [sample_alert(region=f"r{i}") for i in range(150)]
    reports = await asyncio.gather(first.dispatcher.intake(alerts[::2] + alerts[:10]),
                                   second.dispatcher.intake(alerts[1::2] + alerts[:10]))
    assert sum(r.recorded for r in reports) == 150 and sum(r.duplicates for r in reports) == 20
    await asyncio.to_thread(receiver.wait_for, 150, 20)
    await asyncio.sleep(0.5)
    ids = receiver.delivered_ids()
    assert len(ids) == len(set(ids)) == 150


async def test_killed_claim_is_retaken_after_its_lease(receiver, secret, write_channels, aredis, run_dispatcher):
    from alerts.deliveries.store import DeliveryStore
    from tests.integration.alerts.conftest import PREFIX

    channels = write_channels([hook("ops", receiver.url)], {"SECRET_OPS": secret})
    store = DeliveryStore(aredis, PREFIX)
    alert = sample_alert()
    from alerts.routing import webhook_target

    await store.record([(webhook_target("ops"), alert, 0.0)])
    # A dispatcher claims it and dies (never finishes).
    claimed = await store.claim("ops", 10, lease_s=1.0, token="dead-dispatcher")
    assert len(claimed) == 1
    running = run_dispatcher(channels)
    await asyncio.sleep(0.5)
    assert receiver.attempts() == []  # still leased
    delivered = await asyncio.to_thread(receiver.wait_for, 1, 5)
    assert delivered[0].webhook_id == claimed[0].id
    stored = await eventually(lambda: store.get(claimed[0].id))
    assert stored.reclaimed == 1
    # The dead dispatcher's late answer is fenced off.
    assert await store.finish(claimed[0], status="delivered") == -1
    assert running.dispatcher.runtimes["ops"].in_flight == 0
