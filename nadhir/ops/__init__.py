"""Operating Nadhir: metrics, /health /ready /metrics servers, the status page, self-alerts.

- `nadhir.ops.metrics`: every Prometheus metric the worker, dispatcher and bot expose.
- `nadhir.ops.http`: the small aiohttp server of the dispatcher and the bot (the worker serves the
  same routes through faust's web server, `nadhir.ops.worker`).
- `nadhir.ops.lag`: consumer lag from the Fetch high watermark (never ListOffsets, see
  notes/broker.md).
- `nadhir.ops.snapshot`: delivery health, queue and dead-letter sizes from Redis.
- `nadhir.ops.regions`, `nadhir.ops.recent`: the status page's data (events per region and hour,
  recent alerts); `nadhir.ops.statuspage`: the page itself.
- `nadhir.ops.selfalerts`: Nadhir's alerts about itself, to `ops: true` channels.
"""
