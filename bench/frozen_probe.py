"""The frozen app's cold-start probe: bench/cold_start.py's own start-up code, frozen with the app's spec.

Built by `python tools/build_app.py --probe`; run by bench/cold_start_frozen.py with the database and a
settings file. Running the very snippet the source bench runs keeps the two figures comparable.
"""

from __future__ import annotations

from cold_start import OURS

exec(compile(OURS, "cold_start.OURS", "exec"))  # noqa: S102 - our own benchmark code
