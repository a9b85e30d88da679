"""Reading a configuration YAML file exactly, or not at all.

Policy, global and keys files decide what the filter removes and who may call the service, so
what is loaded must be what the file says: a duplicate key (the later copy would silently win)
is an error naming both lines; aliases are refused before anything expands (a 500-byte
"billion laughs" file would otherwise cost gigabytes); nesting is bounded; and only a regular
file under `MAX_FILE_BYTES` is opened, without blocking, so a FIFO or a link to a device fails
at once instead of hanging a reload or exhausting memory.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from guardrail.errors import PolicyError

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 32
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~20x faster, same events


@dataclass(frozen=True)
class YamlDocument:
    """A parsed file: its data, and the 1-based line of every key and list item by path."""

    data: Any
    lines: dict[tuple, int]


def read_yaml(path: Path, what: str = "policy file") -> YamlDocument:
    """Read and parse one YAML file under the limits above.

    Args:
        path: the file (a symlink to a regular file is followed).
        what: how error messages name the file ("policy file", "keys file").

    Raises:
        PolicyError: not a regular file, too large, unreadable, malformed, an alias, too
            deeply nested, or a duplicate key; the message names the file and the line.
    """
    text = read_text(path, what)
    try:
        _check_events(text, path)
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or type(exc).__name__
        raise PolicyError(f"{path}{where}: malformed YAML: {problem}; fix the syntax at that line") from None
    if node is None:
        return YamlDocument(None, {})
    lines: dict[tuple, int] = {}
    _index(node, (), lines, path)
    try:
        data = yaml.SafeLoader("").construct_document(node)
    except yaml.YAMLError as exc:  # e.g. an unknown tag
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise PolicyError(f"{path}{where}: cannot read the YAML value ({getattr(exc, 'problem', None)}); write plain YAML") from None
    except ValueError:  # e.g. an integer of more digits than Python converts; the message could quote it
        raise PolicyError(f"{path}: a value cannot be read as YAML (a number too long?); write plain, short values") from None
    return YamlDocument(data, lines)


def read_text(path: Path, what: str) -> str:
    """The UTF-8 text of a regular file of at most `MAX_FILE_BYTES` bytes, read without blocking."""
    try:
        info = os.stat(path)  # follows a symlink: its target decides
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read the {what} ({exc.strerror}); check the path and its permissions") from None
    _check_regular(path, info, what)
    try:
        # O_NONBLOCK: a FIFO swapped in after the check still cannot block the open
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read the {what} ({exc.strerror}); check the path and its permissions") from None
    with os.fdopen(fd, "rb") as handle:
        _check_regular(path, os.fstat(fd), what)
        raw = handle.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:
        raise PolicyError(f"{path}: the {what} is larger than {MAX_FILE_BYTES} bytes; a {what} is a few kilobytes, check the file")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(f"{path}: the {what} is not UTF-8 text (bad byte at offset {exc.start}); save it as UTF-8") from None


def _check_regular(path: Path, info: os.stat_result, what: str) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise PolicyError(f"{path}: the {what} is a {kind}, not a regular file; only regular files are read, remove or replace it")


_KINDS = {
    stat.S_IFIFO: "FIFO (named pipe)",
    stat.S_IFCHR: "character device",
    stat.S_IFBLK: "block device",
    stat.S_IFSOCK: "socket",
    stat.S_IFDIR: "folder",
}


def _check_events(text: str, path: Path) -> None:
    """Refuse aliases and deep nesting while parsing, before any node is built."""
    depth = 0
    for event in yaml.parse(text, Loader=_LOADER):
        if isinstance(event, yaml.AliasEvent):
            raise PolicyError(
                f"{path}:{event.start_mark.line + 1}: YAML aliases (*{event.anchor}) are not allowed in this file; "
                "write the value out in full"
            )
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise PolicyError(
                    f"{path}:{event.start_mark.line + 1}: the YAML is nested more than {MAX_DEPTH} levels deep; "
                    "a valid file is far shallower, check the structure"
                )
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def _index(node: yaml.Node, at: tuple, out: dict[tuple, int], path: Path) -> None:
    """Record the line of every key and list item; a key written twice in one mapping is an error."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else repr(key.value)
            line = key.start_mark.line + 1
            if name in seen:
                field = ".".join(str(p) for p in (*at, name))
                raise PolicyError(
                    f"{path}:{line}: key `{field}` is written twice (lines {seen[name]} and {line}); "
                    "keep one of them, YAML would silently use the last"
                )
            seen[name] = line
            out[(*at, name)] = line
            _index(value, (*at, name), out, path)
    elif isinstance(node, yaml.SequenceNode):
        for i, value in enumerate(node.value):
            out[(*at, i)] = value.start_mark.line + 1
            _index(value, (*at, i), out, path)
