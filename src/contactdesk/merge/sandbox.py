"""The Jinja environment letters are rendered in: sandboxed, autoescaped, and on a budget.

Jinja's SandboxedEnvironment already keeps templates away from Python internals, files and the
network. A letter template may still come from anywhere (a colleague, the internet), so we also:
- refuse what the sandbox only hides: a refused attribute raises instead of printing nothing;
- never print a function, class or dictionary (its repr would put Python internals in a letter);
- use the immutable sandbox and drop `namespace`, so nothing can grow from one loop pass to the next;
- put every loop pass, call and filter on a per-letter budget of steps and seconds, and cap numbers
  and text sizes before they are computed (`'x' * 10**9`, `9**9**9`, `'%999999999s'`).
A render in a worker process is also bounded from outside (see merge/parallel.py).
"""

from __future__ import annotations

import functools
import math
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from decimal import Decimal
from typing import Any

from jinja2 import Undefined, nodes
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range
from markupsafe import Markup

from contactdesk.merge.errors import TemplateRefusedError

MAX_STEPS = 200_000  # loop passes + calls per letter
MAX_SECONDS = 5.0  # per letter; a real letter takes about a millisecond
MAX_TEXT = 200_000  # characters one value may have
MAX_NUMBER = 100_000  # largest whole number a call or filter may be given
LOOP_GUARD = "letter_loop_guard"
# XML 1.0 cannot hold these; \t and \n stay (docxtpl turns them into tabs and line breaks).
_NOT_XML = dict.fromkeys([*range(0, 9), 11, 12, *range(14, 32), 0xFFFE, 0xFFFF])
_WIDE_FORMAT = re.compile(r"%[-+ #0]*\d{6,}|%[-+ #0]*\d*\.\d{6,}")
_PRINTABLE = (str, int, float, Decimal, bool)


class Budget:
    """How much one letter may still do."""

    __slots__ = ("deadline", "steps")

    def __init__(self, seconds: float = MAX_SECONDS, steps: int = MAX_STEPS) -> None:
        self.deadline = time.monotonic() + seconds
        self.steps = steps

    def spend(self, steps: int = 1) -> None:
        """Take steps off the budget; refuse when it is used up or the time is over."""
        self.steps -= steps
        if self.steps < 0:
            raise TemplateRefusedError("too_many_steps", f"the template does more than {MAX_STEPS} steps per letter")
        if time.monotonic() > self.deadline:
            raise TemplateRefusedError("too_slow", f"a letter took longer than {MAX_SECONDS:g} seconds")


_BUDGET: ContextVar[Budget | None] = ContextVar("letter_budget", default=None)


def spend(steps: int = 1) -> None:
    """Charge the current letter's budget (no budget outside a render: checks and previews set one)."""
    budget = _BUDGET.get()
    if budget is not None:
        budget.spend(steps)


def start_budget(seconds: float = MAX_SECONDS) -> object:
    """Give the letter about to be rendered a fresh budget; returns a token for end_budget()."""
    return _BUDGET.set(Budget(seconds))


def end_budget(token: object) -> None:
    """Forget the budget set by start_budget()."""
    _BUDGET.reset(token)  # type: ignore[arg-type]


def unsafe_detail(message: str) -> str:
    """Jinja's refusal in words for the user, without Python type names."""
    match = re.search(r"attribute '([^']+)'", message)
    name = match.group(1) if match else ""
    return f"“{name}” is not something a letter may use" if name else "the template reaches for something unsafe"


def _check_size(value: Any) -> Any:
    if isinstance(value, str | list | tuple) and len(value) > MAX_TEXT:
        raise TemplateRefusedError("too_large", f"a value grew beyond {MAX_TEXT} characters")
    return value


def _check_arguments(args: Iterable[Any]) -> None:
    for arg in args:
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_NUMBER:
            raise TemplateRefusedError("too_large", f"the number {arg} is too large for a letter")


class LetterUndefined(Undefined):
    """A missing value prints as nothing; a refused one (Python internals) stops the letter."""

    __slots__ = ()

    def __str__(self) -> str:
        if self._undefined_exception is SecurityError:
            raise TemplateRefusedError("unsafe", unsafe_detail(self._undefined_message))
        return ""


def _loop_guard(iterable: Any) -> Iterator[Any]:
    # Wraps every {% for %}: each pass costs a step, so nested loops cannot run for ever.
    for item in iterable:
        spend()
        yield item


def _finalize(value: Any) -> Any:
    """Every {{ value }} passes here: only plain values reach the letter, cleaned for XML."""
    if value is None:
        return ""
    if isinstance(value, Undefined):
        return value
    if not isinstance(value, _PRINTABLE):
        what = (
            "a group of fields"
            if isinstance(value, dict)
            else "a function"
            if callable(value)
            else "a list"
            if isinstance(value, list | tuple)
            else "this kind of value"
        )
        raise TemplateRefusedError("not_printable", f"a letter cannot show {what}; use one field, such as contact.name")
    if isinstance(value, str):
        _check_size(value)
        cleaned = value.translate(_NOT_XML)
        return Markup(cleaned) if isinstance(value, Markup) else cleaned.replace("\r\n", "\n").replace("\r", "\n")
    return value


def _guard_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)  # keeps Jinja's pass_context/pass_environment markers
    def guarded(*args: Any, **kwargs: Any) -> Any:
        spend()
        _check_arguments(args)
        _check_arguments(kwargs.values())
        return _check_size(function(*args, **kwargs))

    return guarded


def _guarded_range(*args: int) -> range:
    _check_arguments(args)
    result = safe_range(*args)
    spend()
    return result


class LetterSandbox(ImmutableSandboxedEnvironment):
    """The one environment every letter template is compiled in."""

    intercepted_binops = frozenset({"*", "**", "%", "//", "/"})

    def __init__(self) -> None:
        super().__init__(
            autoescape=True,
            undefined=LetterUndefined,
            finalize=_finalize,
            keep_trailing_newline=True,
            auto_reload=False,
            cache_size=0,
        )
        for name in ("namespace", "lipsum", "cycler", "joiner", "dict"):
            self.globals.pop(name, None)
        self.globals["range"] = _guarded_range
        self.globals[LOOP_GUARD] = _loop_guard
        # A template may not mark text as safe: values must always be escaped into the XML.
        for name in ("safe", "forceescape", "pprint", "xmlattr", "tojson"):
            self.filters.pop(name, None)
        self.filters = {name: _guard_filter(function) for name, function in self.filters.items()}

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        """Arithmetic that could take all memory or time is checked before it runs."""
        spend()
        if operator == "**":
            self._check_power(left, right)
        elif operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if isinstance(sequence, str | list | tuple) and isinstance(count, int):
                    if len(sequence) * max(count, 0) > MAX_TEXT:
                        raise TemplateRefusedError("too_large", f"a value grew beyond {MAX_TEXT} characters")
        elif operator == "%" and isinstance(left, str) and _WIDE_FORMAT.search(left):
            raise TemplateRefusedError("too_large", "a format width is too large for a letter")
        return _check_size(self.binop_table[operator](left, right))

    @staticmethod
    def _check_power(left: Any, right: Any) -> None:
        if isinstance(left, int | float | Decimal) and isinstance(right, int | float | Decimal):
            base = abs(float(left)) if abs(float(left)) < 1e300 else math.inf
            bits = float(right) * math.log2(base) if base > 1 else 0.0
            if abs(float(right)) > 10_000 or bits > 4_096:
                raise TemplateRefusedError("too_large", f"{left} ** {right} is too large for a letter")

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        """Every call in a template costs a step and may not be given huge numbers."""
        spend()
        _check_arguments(args)
        _check_arguments(kwargs.values())
        return _check_size(super().call(__context, __obj, *args, **kwargs))

    def guard_loops(self, template: nodes.Template) -> nodes.Template:
        """Route every {% for %} through the loop guard (done once, when the template is compiled)."""
        for loop in template.find_all(nodes.For):
            call = nodes.Call(nodes.Name(LOOP_GUARD, "load"), [loop.iter], [], None, None, lineno=loop.lineno)
            call.set_environment(self)
            loop.iter = call
        return template
