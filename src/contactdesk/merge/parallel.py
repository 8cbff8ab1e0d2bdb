"""Render many letters on every core, with progress, cancel and a hard time limit.

How workers start: "fork" on Linux when this process runs no other thread (the command line): it
costs milliseconds. Otherwise "spawn" (the GUI runs Qt threads, which a fork would copy in an unknown
state; Windows and macOS spawn anyway): a spawned interpreter needs ~0.3 s to import what rendering
needs, which is why this process renders too while the helpers start. Each worker receives the
template bytes once (initializer) and prepares them once; contexts then travel in chunks. A worker
writes its letters itself (temporary name, then rename), so no letter bytes cross the process boundary.
Workers end with the process that started them, however it ends (merge/worker_guard.py).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from contactdesk import logsetup
from contactdesk.frozen_workers import before_starting_workers
from contactdesk.merge import temporaries
from contactdesk.merge.errors import TemplateRefusedError
from contactdesk.merge.render import PreparedTemplate, write_atomically
from contactdesk.merge.worker_guard import guard_worker

Progress = Callable[[int, int], None]
IN_PROCESS_BELOW = 150  # fewer letters than this render faster than two workers can start
CHUNK = 25
STALL_SECONDS = 120.0  # no chunk finished for this long: the workers are stopped
WORKER_MEMORY = 2 * 1024**3  # address space a worker may use (POSIX), so a template cannot take the machine


@dataclass(frozen=True)
class LetterJob:
    """One letter: which template (key into the templates given), the context, and the final path.

    copy_from: reads a personalised document that is written as is instead of being rendered (read only
    when its turn comes, so a segment of personalised letters never holds them all in memory).
    """

    target: Path
    template: str = ""
    context: Mapping[str, Any] = field(default_factory=dict)
    copy_from: Callable[[], bytes] | None = None


@dataclass
class MergeOutcome:
    """What a run wrote: one path per job, None where cancelling stopped it first."""

    paths: list[Path | None]
    cancelled: bool = False

    @property
    def written(self) -> list[Path]:
        """The letters that exist under their final names."""
        return [path for path in self.paths if path is not None]


# -- worker side ------------------------------------------------------------------------------------------
_WORKER: dict[str, Any] = {}


def start_method() -> str:
    """fork where it is safe and fast, spawn everywhere else (see the module's docstring)."""
    return "fork" if sys.platform.startswith("linux") and threading.active_count() == 1 else "spawn"


def _init_worker(templates: Mapping[str, tuple[bytes, str]], tag: str, forked: bool) -> None:
    guard_worker(forked)
    logsetup.catch_crashes_in_worker()
    try:
        import resource  # noqa: PLC0415 - POSIX only

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = WORKER_MEMORY if hard == resource.RLIM_INFINITY else min(WORKER_MEMORY, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass
    _WORKER.update(sources=dict(templates), prepared={}, tag=tag)


def _prepared(key: str) -> PreparedTemplate:
    prepared: dict[str, PreparedTemplate] = _WORKER["prepared"]
    if key not in prepared:
        data, label = _WORKER["sources"][key]
        prepared[key] = PreparedTemplate(data, label)
    return prepared[key]


def _render_chunk(jobs: list[tuple[int, str, str, dict[str, Any]]]) -> list[tuple[int, str]]:
    done = []
    for index, target, key, context in jobs:
        done.append((index, str(_prepared(key).write(context, Path(target), _WORKER["tag"]))))
    return done


# -- parent side ------------------------------------------------------------------------------------------
class LetterRun:
    """Renders a list of letter jobs, in this process or on all cores, and can be cancelled."""

    def __init__(
        self,
        templates: Mapping[str, PreparedTemplate],
        workers: int | None = None,
        chunk: int = CHUNK,
        in_process_below: int = IN_PROCESS_BELOW,
    ) -> None:
        self.templates = dict(templates)
        self.workers = max(1, workers if workers is not None else (os.cpu_count() or 1))
        self.chunk = max(1, chunk)
        self.in_process_below = in_process_below
        self.stall_seconds = STALL_SECONDS
        self.parent_renders = True
        self.tag = uuid.uuid4().hex[:8]
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop as soon as possible (thread-safe); letters already renamed into place stay complete."""
        self._cancel.set()

    def run(
        self, jobs: Sequence[LetterJob], progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> MergeOutcome:
        """Write every job's letter; progress(done, total) is called in this thread.

        Temporary files that killed merges left in the letters' folders are removed first.
        """
        paths: list[Path | None] = [None] * len(jobs)
        total = len(jobs)

        def is_cancelled() -> bool:
            return self._cancel.is_set() or bool(cancelled and cancelled())

        temporaries.remove_stale(*{job.target.parent for job in jobs})
        to_render = []
        for index, job in enumerate(jobs):
            if job.copy_from is not None:
                if is_cancelled():
                    return MergeOutcome(paths, cancelled=True)
                paths[index] = self._copy(job)
            else:
                to_render.append(index)
        done = total - len(to_render)
        if progress:
            progress(done, total)
        try:
            if len(to_render) < self.in_process_below or self.workers < 2:
                stopped = self._run_here(jobs, to_render, paths, done, total, progress, is_cancelled)
            else:
                stopped = self._run_pool(jobs, to_render, paths, done, total, progress, is_cancelled)
        finally:
            self._remove_temporaries(jobs)
        return MergeOutcome(paths, cancelled=stopped)

    def _copy(self, job: LetterJob) -> Path:
        assert job.copy_from is not None
        return write_atomically(job.target, job.copy_from(), self.tag)

    def _run_here(
        self,
        jobs: Sequence[LetterJob],
        indexes: list[int],
        paths: list[Path | None],
        done: int,
        total: int,
        progress: Progress | None,
        is_cancelled: Callable[[], bool],
    ) -> bool:
        for index in indexes:
            if is_cancelled():
                return True
            job = jobs[index]
            paths[index] = self.templates[job.template].write(job.context, job.target, self.tag)
            done += 1
            if progress:
                progress(done, total)
        return False

    def _run_pool(
        self,
        jobs: Sequence[LetterJob],
        indexes: list[int],
        paths: list[Path | None],
        done: int,
        total: int,
        progress: Progress | None,
        is_cancelled: Callable[[], bool],
    ) -> bool:
        """This process renders too: it works while the helpers start (a spawned interpreter needs ~0.3 s
        to import what rendering needs) and takes chunks from the back of the queue, they from the front."""
        # No multiprocessing.Event to stop workers: it needs a semaphore, and on POSIX a semaphore starts
        # a resource-tracker process. A cancelled run drops the queued chunks; running ones are short.
        method = start_method()
        before_starting_workers()
        context = multiprocessing.get_context(method)
        used = {jobs[index].template for index in indexes}
        sources = {key: (self.templates[key].data, self.templates[key].label) for key in used}
        queue = deque(
            [
                (index, str(jobs[index].target), jobs[index].template, dict(jobs[index].context))
                for index in indexes[start : start + self.chunk]
            ]
            for start in range(0, len(indexes), self.chunk)
        )
        helpers = min(self.workers - (1 if self.parent_renders else 0), len(queue))
        executor = ProcessPoolExecutor(
            helpers, mp_context=context, initializer=_init_worker, initargs=(sources, self.tag, method == "fork")
        )
        pending: set[Future[list[tuple[int, str]]]] = set()
        last = time.monotonic()
        try:
            while queue or pending:
                # Keep only a few chunks queued with the helpers, so a cancel does not wait for them all.
                while queue and len(pending) < helpers * 2:
                    pending.add(executor.submit(_render_chunk, queue.popleft()))
                finished = {future for future in pending if future.done()}
                pending -= finished
                for future in finished:
                    for index, path in future.result():
                        paths[index] = Path(path)
                        done += 1
                    last = time.monotonic()
                if is_cancelled():
                    for future in pending:
                        future.cancel()
                    for future in pending:
                        if not future.cancelled():
                            for index, path in future.result(timeout=self.stall_seconds):
                                paths[index] = Path(path)
                    return True
                if queue and self.parent_renders:
                    for index, target, key, letter in queue.pop():
                        if is_cancelled():
                            break
                        paths[index] = self.templates[key].write(letter, Path(target), self.tag)
                        done += 1
                elif pending:
                    if (
                        not wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)[0]
                        and time.monotonic() - last > self.stall_seconds
                    ):
                        raise TemplateRefusedError(
                            "too_slow", f"no letter was finished for {self.stall_seconds:g} seconds"
                        )
                if progress:
                    progress(done, total)
        except BaseException:
            self._kill(executor)
            raise
        executor.shutdown(wait=True)
        return False

    @staticmethod
    def _kill(executor: ProcessPoolExecutor) -> None:
        # ProcessPoolExecutor cannot stop a running task; its processes are ended directly
        # (Python 3.14 adds terminate_workers() for exactly this).
        processes = dict(getattr(executor, "_processes", None) or {})
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes.values():
            if process.is_alive():
                process.terminate()
        for process in processes.values():
            process.join(timeout=5)

    def _remove_temporaries(self, jobs: Sequence[LetterJob]) -> None:
        """Temporary files of this run (left by a stopped worker) never outlive it."""
        for folder in {job.target.parent for job in jobs}:
            for leftover in folder.glob(f".~merge-{self.tag}-*.tmp"):
                try:
                    leftover.unlink()
                except OSError:
                    pass
