"""UndoLog: the last actions of a screen, each reversible by putting records back as they were."""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass

from mingle.domain.records.models import Record
from mingle.store.database import Store

UNDO_LEVELS = 50


@dataclass(frozen=True, slots=True)
class UndoStep:
    """One action: the records as they were before it, the records it created, words for it."""

    words: str
    before: tuple[Record, ...] = ()
    created: tuple[Record, ...] = ()


class UndoLog:
    """Several levels of undo for one screen; undoing re-saves `before` and deletes `created`.

    Every action is described by records alone (a check-in changes one attendance, a forget
    deletes a person and everything about them), so one mechanism undoes them all.
    """

    def __init__(self, levels: int = UNDO_LEVELS) -> None:
        self._steps: list[UndoStep] = []
        self._levels = levels

    def __len__(self) -> int:
        return len(self._steps)

    def __bool__(self) -> bool:
        return bool(self._steps)

    def record(self, words: str, before: Iterable[Record] = (),
               created: Iterable[Record] = ()) -> UndoStep:
        """Remember an action just taken (the oldest is dropped past the limit)."""
        step = UndoStep(words, tuple(before), tuple(created))
        self._steps.append(step)
        del self._steps[:-self._levels]
        return step

    def combine(self, count: int, words: str) -> UndoStep | None:
        """Join the last `count` steps into one, so that one Ctrl+Z undoes them together."""
        steps, self._steps[-count:] = self._steps[-count:], []
        if not steps:
            return None
        before: dict[str, Record] = {}
        created: dict[str, Record] = {}
        for step in steps:
            for record in step.before:
                if record.id not in before and record.id not in created:
                    before[record.id] = record  # as it was before the first of them
            for record in step.created:
                created.setdefault(record.id, record)
        return self.record(words, before.values(), created.values())

    def peek(self) -> UndoStep | None:
        """The action Ctrl+Z would undo next."""
        return self._steps[-1] if self._steps else None

    def undo(self, store: Store) -> tuple[UndoStep, Future[None]] | None:
        """Reverse the last action; returns it with the future of the save, or None."""
        if not self._steps:
            return None
        step = self._steps.pop()
        kept = {record.id for record in step.before}
        gone = [record for record in step.created if record.id not in kept]
        if gone:
            store.delete(*gone)
        restored = [record.evolve() for record in step.before]
        return step, store.save(*restored)
