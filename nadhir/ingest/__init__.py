"""Getting articles onto the `articles` topic: JSONL files, stdin and RSS/Atom feeds.

- `publish_articles(bootstrap, topic, articles) -> IngestSummary`: validate and publish dicts.
- `ArticleProducer` + `publish_lines`: the same for JSONL lines (`read_lines`), with line numbers.
- `validate_article` / `decode_line`: the checks a record passes before it is produced.
- `nadhir.ingest.feeds.FeedPoller`: polls feeds, publishes new entries, remembers them.

Kafka is imported here (the producer); `nadhir.commands.ingest` imports this only inside ``run``.
"""

from nadhir.ingest.errors import BrokerUnavailable, FeedError, IngestError, TopicMissing
from nadhir.ingest.jsonl import SourceLine, read_lines
from nadhir.ingest.producer import ArticleProducer, publish_articles, publish_lines
from nadhir.ingest.records import InvalidRecord, Limits, decode_line, validate_article
from nadhir.ingest.summary import IngestSummary, Rejection

__all__ = [
    "ArticleProducer",
    "BrokerUnavailable",
    "FeedError",
    "IngestError",
    "IngestSummary",
    "InvalidRecord",
    "Limits",
    "Rejection",
    "SourceLine",
    "TopicMissing",
    "decode_line",
    "publish_articles",
    "publish_lines",
    "read_lines",
    "validate_article",
]
