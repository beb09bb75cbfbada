"""The worker's tagging process (`streams.tagger_process`): real child processes, killed for real."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from functools import partial

from config.settings import Settings
from streams.detection import TagResult
from streams.tagger_process import ProcessTagger, shipped_detector
from streams.tagging import RawRecord, TaggedArticle, TagOutcome, tag_records
from streams.validate import Rejection

LIMITS = {"max_record_bytes": 20_000, "max_article_bytes": 10_000}


def record(offset: int, value: bytes) -> RawRecord:
    return RawRecord(value, "articles", 0, offset, 1_716_206_400_000)


def article(offset: int, text: str, lang: str = "en", **fields: object) -> RawRecord:
    body = {"id": f"t{offset}", "text": text, "lang": lang, "published_at": "2026-11-20T08:00:00Z", **fields}
    return record(offset, json.dumps(body, ensure_ascii=False).encode())


def mixed_batch() -> list[RawRecord]:
    return [
        article(0, "Warplanes carried out nine air strikes on the outskirts of Idlib city on Thursday."),
        article(1, "شنت طائرات حربية خمس غارات على بلدة السخنة في بادية حمص الشرقية فجر اليوم.", lang="ar"),
        record(2, b'{"id": "broken", "text": '),
        record(3, b"\xff\xfe not utf-8"),
        article(4, "x" * 12_000),
        article(5, "A quiet day at the port.", published_at="last Tuesday"),
        article(6, "Protesters marched through Suwayda city demanding the release of detainees."),
    ]


def comparable(outcomes: list[TagOutcome]) -> list[object]:
    """Outcomes as plain data (events by their dict form)."""
    plain: list[object] = []
    for outcome in outcomes:
        if isinstance(outcome, Rejection):
            plain.append(("rejected", outcome.reason, outcome.detail))
        else:
            plain.append((outcome.article, outcome.lang, [e.to_dict() for e in outcome.events], outcome.text_hash))
    return plain


def shipped_tagger(processes: int = 1) -> ProcessTagger:
    settings = Settings()
    factory = partial(shipped_detector, settings.lexicon_dir, settings.gazetteer_file)
    return ProcessTagger(factory, processes=processes, **LIMITS)


class _DiesOnPoison:
    """A detector that takes its process down on one word, like a crash in native code would."""

    def tag(self, text: str, **_: object) -> TagResult:
        if "POISON" in text:
            os._exit(3)
        return TagResult("en", [], text)


def dies_on_poison() -> _DiesOnPoison:
    return _DiesOnPoison()


def child_pids(tagger: ProcessTagger) -> list[int]:
    pool = tagger._pool
    assert pool is not None
    return [process.pid for process in pool._processes.values()]  # type: ignore[attr-defined]


def test_the_child_tags_exactly_as_the_loop_does() -> None:
    settings = Settings()
    batch = mixed_batch()
    inline = tag_records(shipped_detector(settings.lexicon_dir, settings.gazetteer_file), batch, **LIMITS)

    async def run() -> list[TagOutcome]:
        tagger = shipped_tagger()
        try:
            assert await tagger.start()
            return await tagger.submit(batch)
        finally:
            tagger.close()

    in_child = asyncio.run(run())
    assert comparable(in_child) == comparable(inline)
    reasons = [o.reason if isinstance(o, Rejection) else "ok" for o in in_child]
    assert reasons == ["ok", "ok", "invalid_json", "invalid_utf8", "too_large", "bad_timestamp", "ok"]
    first = in_child[0]
    assert isinstance(first, TaggedArticle)
    assert [(e.category, e.region, e.count) for e in first.events] == [("airstrike", "Idlib", 9)]


def test_a_killed_child_is_replaced_and_the_batch_tagged_again() -> None:
    async def run() -> tuple[list[TagOutcome], int, list[int], list[int]]:
        tagger = shipped_tagger()
        try:
            await tagger.start()
            before = child_pids(tagger)
            for pid in before:
                os.kill(pid, signal.SIGKILL)
            outcomes = await tagger.submit(mixed_batch())
            return outcomes, tagger.restarts, before, child_pids(tagger)
        finally:
            tagger.close()

    outcomes, restarts, before, after = asyncio.run(run())
    assert restarts == 1
    assert set(after).isdisjoint(before)
    assert sum(isinstance(outcome, TaggedArticle) for outcome in outcomes) == 3  # nothing valid lost


def test_a_record_that_kills_the_child_is_rejected_alone() -> None:
    batch = [article(0, "first"), article(1, "a POISON pill"), article(2, "third"), article(3, "fourth")]

    async def run() -> tuple[list[TagOutcome], int]:
        tagger = ProcessTagger(dies_on_poison, **LIMITS)
        try:
            outcomes = await tagger.submit(batch)
            again = await tagger.submit([article(4, "after the crash")])  # the tagger still works
            return [*outcomes, *again], tagger.restarts
        finally:
            tagger.close()

    outcomes, restarts = asyncio.run(run())
    assert [type(outcome).__name__ for outcome in outcomes] == [
        "TaggedArticle", "Rejection", "TaggedArticle", "TaggedArticle", "TaggedArticle"]
    rejected = outcomes[1]
    assert isinstance(rejected, Rejection) and rejected.reason == "schema" and "killed" in rejected.detail
    assert restarts == 3  # the batch, the batch again, the poisonous record alone


def test_the_child_leaves_when_its_worker_is_killed() -> None:
    """A worker that dies without stopping its pool (SIGKILL, ``os._exit``) leaves no tagging process."""
    script = (
        "import asyncio, os, sys\n"
        "from tests.integration.streams.test_tagger_process import dies_on_poison, child_pids, LIMITS\n"
        "from streams.tagger_process import ProcessTagger\n"
        "async def main():\n"
        "    tagger = ProcessTagger(dies_on_poison, **LIMITS)\n"
        "    await tagger.start()\n"
        "    print(child_pids(tagger)[0], flush=True)\n"
        "    os._exit(0)\n"
        "if __name__ == '__main__':\n"
        "    asyncio.run(main())\n"
    )
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)
    child = int(done.stdout.split()[0])
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.05)
    assert not _alive(child), f"tagging process {child} outlived its worker"


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False
