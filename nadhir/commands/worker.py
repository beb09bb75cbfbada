"""`nadhir worker`: run the stream worker (faust) in this process until SIGTERM or Ctrl-C.

Settings come from the environment (``NADHIR_BROKER``, ``NADHIR_REDIS_URL``, ...). The worker
creates the topics it needs when missing, serves faust's web (``/health/``) on
``NADHIR_WORKER_PORT`` (0: any free port) and stops cleanly on SIGTERM.
"""

from __future__ import annotations

import argparse
import logging

HELP = "run the stream worker: articles -> DLQ, events, alerts (settings from NADHIR_*)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", default=None, help="rules file (default: NADHIR_RULES_FILE)")


def run(args: argparse.Namespace) -> int:
    from faust.worker import Worker

    from config.settings import load_settings
    from nadhir.runtime.topics import create_topics
    from streams.app import create_app

    overrides: dict[str, object] = {}
    if args.rules:
        overrides["rules_file"] = args.rules
    settings = load_settings(**overrides)
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Source topics must exist with our partition count before faust subscribes (notes/broker.md).
    create_topics(",".join(settings.bootstrap_servers), settings.all_topics(), settings.partitions,
                  settings.replication_factor)
    app = create_app(settings)
    logging.getLogger("nadhir.worker").info(
        "worker %s: broker %s (%s), redis %s, rules %s", settings.app_id, settings.broker, settings.broker_flavor,
        _without_password(settings.redis_url), settings.rules_file,
    )
    worker = Worker(app, loglevel=settings.log_level, quiet=True, redirect_stdouts=False, override_logging=False)
    try:
        worker.execute_from_commandline()
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0


def _without_password(url: str | None) -> str:
    if not url or "@" not in url:
        return str(url)
    scheme, _, rest = url.partition("://")
    return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
