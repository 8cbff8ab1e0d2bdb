"""The frozen app's script (PyInstaller): the same command line as `contactdesk`; no command starts the GUI."""

from __future__ import annotations

import sys

from contactdesk.gui import main

if __name__ == "__main__":
    sys.exit(main())
