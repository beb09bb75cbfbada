"""Where events become alerts: window arithmetic, rule decisions (pure) and their state stores.

`windows` does the bucket arithmetic, `engine` decides crossings and recoveries over plain
per-bucket series, `store` defines the state interface with an in-memory implementation, and
`redis_store` implements it on Redis for the stream. The rule schema lives in `config.rules`.
"""
