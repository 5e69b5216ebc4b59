"""Results kept per object across rebuilds.

The cache hands back the same article objects for unchanged seeds, so what a
rebuild works out again from an article (its main topic, its feed HTML) can be
kept by the object itself. An entry holds its object, so an object's id is not
reused while it is kept; the oldest entries go first past ``size``.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

Result = TypeVar("Result")


class ObjectMemo(Generic[Result]):
    """A bounded memo by object identity, an extra key, and the inputs it was made from."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._kept: OrderedDict[tuple[int, Hashable], tuple[object, object, Result]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._kept)

    def get(
        self, owner: object, key: Hashable, inputs: object, make: Callable[[], Result]
    ) -> Result:
        """What ``make`` gives for ``owner`` under ``key``: the kept result when it was
        made from this very object and inputs equal to ``inputs``, else made now."""
        slot = (id(owner), key)
        kept = self._kept.get(slot)
        if kept is not None and kept[0] is owner and kept[1] == inputs:
            self._kept.move_to_end(slot)
            return kept[2]
        made = make()
        self._kept[slot] = (owner, inputs, made)
        if len(self._kept) > self.size:
            self._kept.popitem(last=False)
        return made
