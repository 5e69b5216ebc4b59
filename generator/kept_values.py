"""Values worked out from the whole site, kept with what they were made from.

A topic's digest (its articles, their key quotes, the names it gathers) and what
the drafts show of earlier articles are made from many articles at once: a
build whose inputs to them did not change takes them as they were. They are
kept in the page memo (``pages/memo.py``), so the cache's folder keeps them
between builds too, with the cached articles in them written as their entry
keys (``disk_cache.py``): inputs made of unchanged articles compare by identity.

``same_inputs`` is the comparison both memos make: element by element, an
element found equal to a kept one compared in full only once a run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar, cast

Value = TypeVar("Value")
# Inputs found equal to a kept one within a run, by the kept one's id, with both
# (held, so that no id is reused while it is there).
EqualSeen = dict[int, tuple[object, object]]


def same_inputs(kept: tuple[object, ...], now: tuple[object, ...], seen: EqualSeen) -> bool:
    """Whether ``now`` equals ``kept``. Many pages show the same taxonomy or
    glossary: each such element is compared in full once a run, then by
    identity (both are immutable for the run, so equal stays equal)."""
    if len(kept) != len(now):
        return False
    for old, new in zip(kept, now, strict=True):
        if old is new:
            continue
        pair = seen.get(id(old))
        if pair is not None and pair[0] is old and pair[1] is new:
            continue
        if old != new:
            return False
        seen[id(old)] = (old, new)
    return True


@dataclass
class KeptValues:
    """Values by name, each with the inputs it was made from."""

    values: dict[str, tuple[tuple[object, ...], object]] = field(default_factory=dict)
    # Whether a value was made or forgotten since the flag was last cleared.
    changed: bool = False
    _seen: EqualSeen = field(default_factory=dict, repr=False)
    # The names asked for since the run began: what ``end_run`` keeps.
    _used: set[str] = field(default_factory=set, repr=False)

    def get(self, name: str, inputs: tuple[object, ...], make: Callable[[], Value]) -> Value:
        """The value kept under ``name`` when it was made from inputs equal to
        ``inputs``, else ``make()``, kept from now on."""
        self._used.add(name)
        found = self.values.get(name)
        if found is not None and same_inputs(found[0], inputs, self._seen):
            return cast(Value, found[1])
        made = make()
        self.values[name] = (inputs, made)
        self.changed = True
        return made

    def end_run(self) -> None:
        """The end of a run: forget the values it did not ask for."""
        wanted, self._used, self._seen = self._used, set(), {}
        before = len(self.values)
        self.values = {name: kept for name, kept in self.values.items() if name in wanted}
        self.changed = self.changed or len(self.values) != before
