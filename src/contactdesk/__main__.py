"""Entry point for ``python -m contactdesk``."""

from __future__ import annotations

import sys

from contactdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
