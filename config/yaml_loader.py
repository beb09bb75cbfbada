"""YAML loading that remembers where each value came from.

PyYAML's composed node tree carries line marks; we keep a map from a value's path
(``("rules", 0, "threshold")``) to its line so that pydantic's validation errors, which give a
path, can be reported with a line number.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from config.errors import ConfigError, ConfigIssue

PathKey = tuple[str | int, ...]
ModelT = TypeVar("ModelT", bound=BaseModel)

MAX_CONFIG_BYTES = 16 * 1024 * 1024
#: Deepest nesting of flow collections (``[``/``{``) accepted: PyYAML's scanner is quadratic in it and its
#: composer recursive, so a file of a few thousand brackets would take minutes, then overflow the stack.
MAX_FLOW_DEPTH = 100
#: Most values one file may expand to; aliases make a few lines expand exponentially ("billion laughs").
MAX_VALUES = 1_000_000
_BRACKETS = re.compile(r"[\[\]{}]")


class LocatedYaml:
    """Parsed YAML data plus the line (1-based) of every mapping key and sequence item."""

    def __init__(self, data: Any, lines: dict[PathKey, int], source: str) -> None:
        self.data = data
        self.lines = lines
        self.source = source

    def line_of(self, path: PathKey) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        probe = tuple(path)
        while probe:
            if probe in self.lines:
                return self.lines[probe]
            probe = probe[:-1]
        return self.lines.get((), None)


class _Budget:
    def __init__(self) -> None:
        self.values = 0


def _construct(node: yaml.Node, path: PathKey, lines: dict[PathKey, int], source: str,
               budget: _Budget | None = None) -> Any:
    budget = budget or _Budget()
    budget.values += 1
    if budget.values > MAX_VALUES:
        raise ConfigError.single(source, f"more than {MAX_VALUES} values (aliases expanding?)",
                                 line=node.start_mark.line + 1)
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise ConfigError.single(source, "mapping keys must be scalars", line=key_node.start_mark.line + 1)
            key = _scalar(key_node)
            if key in result:
                raise ConfigError.single(
                    source, f"duplicate key {key!r}", line=key_node.start_mark.line + 1,
                    field=_format_path((*path, key)),
                )
            child = (*path, key)
            lines[child] = key_node.start_mark.line + 1
            result[key] = _construct(value_node, child, lines, source, budget)
        return result
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            child = (*path, index)
            lines[child] = item.start_mark.line + 1
            items.append(_construct(item, child, lines, source, budget))
        return items
    assert isinstance(node, yaml.ScalarNode)
    return _scalar(node)


_SCALARS = yaml.SafeLoader("")


def _scalar(node: yaml.ScalarNode) -> Any:
    """Resolve a scalar with the safe loader's rules (ints, bools, timestamps, strings)."""
    try:
        return _SCALARS.construct_object(node, deep=True)
    # 2001-02-30, a 5000-digit integer, the merge key '<<', an empty `!!int` or `!!bool`: PyYAML's
    # constructors raise ValueError, IndexError, KeyError, AttributeError... for a bad scalar.
    except Exception as exc:
        raise _BadScalar(node, exc) from None
    finally:
        _SCALARS.constructed_objects.clear()  # the loader caches every node it constructed


class _BadScalar(Exception):
    def __init__(self, node: yaml.Node, error: Exception) -> None:
        super().__init__(str(error))
        self.node = node
        self.error = error


def _flow_depth_over(text: str, limit: int) -> bool:
    depth = 0
    for match in _BRACKETS.finditer(text):
        depth = depth + 1 if match.group() in "[{" else max(0, depth - 1)
        if depth > limit:
            return True
    return False


def parse_yaml(text: str, source: str) -> LocatedYaml:
    """Parse one YAML document; raise ConfigError naming the line on a syntax error."""
    if _flow_depth_over(text, MAX_FLOW_DEPTH):
        raise ConfigError.single(source, f"collections nested more than {MAX_FLOW_DEPTH} levels deep")
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark is not None else None
        raise ConfigError.single(source, f"invalid YAML: {exc.problem or exc}", line=line) from None
    except yaml.YAMLError as exc:
        raise ConfigError.single(source, f"invalid YAML: {exc}") from None
    except RecursionError:
        raise ConfigError.single(source, "collections nested too deeply") from None
    lines: dict[PathKey, int] = {}
    try:
        data = None if node is None else _construct(node, (), lines, source)
    except _BadScalar as exc:
        raise ConfigError.single(source, f"invalid value {exc.node.value[:60]!r}: {str(exc.error)[:200]}",
                                 line=exc.node.start_mark.line + 1) from None
    except RecursionError:  # an alias inside its own anchor, or block nesting past the stack
        raise ConfigError.single(source, "collections nested too deeply (or an alias refers to itself)") from None
    return LocatedYaml(data, lines, source)


def read_yaml_file(path: str | Path) -> LocatedYaml:
    """Read and parse a YAML file, with clear errors for a missing, huge or non-UTF-8 file."""
    file_path = Path(path)
    source = str(file_path)
    try:
        raw = file_path.read_bytes()
    except FileNotFoundError:
        raise ConfigError.single(source, "file not found") from None
    except OSError as exc:
        raise ConfigError.single(source, f"cannot read: {exc.strerror}") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError.single(source, f"file is {len(raw)} bytes; the limit is {MAX_CONFIG_BYTES}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ConfigError.single(source, f"not valid UTF-8 at byte {exc.start}", line=line) from None
    return parse_yaml(text, source)


def _format_path(path: PathKey) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _data_path(data: Any, loc: tuple[Any, ...]) -> PathKey:
    """The error's location as a path into the data.

    pydantic inserts the tag of a discriminated union (``rules[0].threshold.window`` for a rule
    whose ``type`` is ``threshold``); such a step names no key of the data and is dropped.
    """
    parts = [part for part in loc if isinstance(part, str | int)]
    path: list[str | int] = []
    node = data
    for index, part in enumerate(parts):
        is_tag = (
            isinstance(node, dict)
            and isinstance(part, str)
            and index + 1 < len(parts)
            and part in {value for value in node.values() if isinstance(value, str)}
        )
        if is_tag:
            continue
        path.append(part)
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            node = None
    return tuple(path)


def validate(located: LocatedYaml, model: type[ModelT]) -> ModelT:
    """Validate parsed YAML against a pydantic model; errors carry file, line and field."""
    try:
        return model.model_validate(located.data if located.data is not None else {})
    except ValidationError as exc:
        issues = []
        for error in exc.errors():
            loc = _data_path(located.data, error["loc"])
            issues.append(
                ConfigIssue(
                    source=located.source,
                    line=located.line_of(loc),
                    field=_format_path(loc),
                    message=error["msg"],
                )
            )
        raise ConfigError(issues) from None


def load_model(path: str | Path, model: type[ModelT]) -> ModelT:
    """Read, parse and validate one YAML file into ``model``."""
    return validate(read_yaml_file(path), model)
