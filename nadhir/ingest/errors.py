"""The exceptions of `nadhir.ingest`: one base class, a message that names the input at fault."""

from __future__ import annotations


class IngestError(Exception):
    """Base of every error raised by `nadhir.ingest`."""


class BrokerUnavailable(IngestError):
    """The broker did not answer, refused the topic, or did not acknowledge records in time."""


class TopicMissing(BrokerUnavailable):
    """The target topic does not exist (producing would auto-create it with the broker's defaults)."""


class FeedError(IngestError):
    """One poll of one feed failed (network, HTTP status, unparsable body); the poller goes on."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(f"{url}: {message}")
        self.url = url
        self.message = message
