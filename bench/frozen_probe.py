"""The frozen app's cold-start probe: bench/cold_start.py's own start-up code, frozen with the app's spec.

Built by `python tools/build_app.py --probe`; run by bench/cold_start_frozen.py with the database. Running
the very snippet the source bench runs keeps the two figures comparable; it comes from bench/start_code.py,
which imports nothing, so the probe adds no module the app itself would not load.
"""

from __future__ import annotations

from start_code import OURS

# optimize=0: the probe's check of the rows stays, however the app's own modules are compiled (the spec's -OO).
exec(compile(OURS, "start_code.OURS", "exec", optimize=0))  # noqa: S102 - our own benchmark code
