"""A stand-in for a message-box helper (messages.warning, .confirm, …) that remembers each call."""

from __future__ import annotations

from typing import Any


class Recorder:
    """Stands in for a message-box helper and remembers each call."""

    def __init__(self, answer: Any = None) -> None:
        self.answer = answer
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(args)
        return self.answer

    @property
    def texts(self) -> list[str]:
        """The message texts shown (third argument)."""
        return [str(call[2]) for call in self.calls if len(call) > 2]
