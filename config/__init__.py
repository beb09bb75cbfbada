"""Settings from the environment and validated loading of Nadhir's YAML files.

`config` knows how to load and validate; it knows nothing about Kafka, Redis or HTTP.
"""

from config.errors import ConfigError, ConfigIssue
from config.settings import Settings, get_settings

__all__ = ["ConfigError", "ConfigIssue", "Settings", "get_settings"]
