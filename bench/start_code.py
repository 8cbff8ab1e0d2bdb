"""The start-up code both cold-start benches time, as text: bench/cold_start.py runs it with `python -c`,
bench/frozen_probe.py (the frozen probe) runs it frozen.

No imports here: the frozen probe imports this module, and what it imports would count in the frozen start
without being part of the app's.
"""

from __future__ import annotations

# ContactDesk started exactly as `python -m contactdesk --db FILE` starts it (the same imports in the same
# order, the same start-up code); only QApplication.exec is replaced, once PySide6.QtWidgets has been
# imported by the app itself, by "let the shown window paint, check its first rows, print the time".
OURS = """
import importlib.machinery, os, runpy, sys, time

def usable(self=None):
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    app.processEvents()
    window = next(w for w in app.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible())
    assert window.contacts.model.index(0, 1).data()
    print(time.time(), flush=True)
    os._exit(0)  # what comes after a usable window (quitting) is not part of the start

class Probe:
    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(module):
            run(module)
            module.QApplication.exec = usable
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, Probe())
sys.argv = ["contactdesk", "--db", sys.argv[1]]
runpy.run_module("contactdesk", run_name="__main__", alter_sys=True)
"""


# The same start, timed until what the quick start leaves for after the first paint is done too (menus and
# toolbar, the store opened the ordinary way, icons: MainWindow.started): how long a window that already shows
# its rows may still be busy. Reported beside the usable time, which it does not replace. Its socket is let go
# before the process ends as abruptly as the others: left behind (as after a crash), it would send the next
# start the ordinary way, which first asks whether another ContactDesk answers there.
WHOLE = OURS.replace(
    "    assert window.contacts.model.index(0, 1).data()\n",
    "    assert window.contacts.model.index(0, 1).data()\n"
    "    while not window.started:\n"
    "        app.processEvents()\n"
    "    from contactdesk.ui.desktop import DesktopCitizen\n"
    "    window.findChild(DesktopCitizen).guard.release()\n",
)
assert WHOLE != OURS
# A socket an earlier, interrupted run left behind, removed as a normal quit would have.
FORGET_SOCKET = """
import sys
from PySide6.QtNetwork import QLocalServer
from contactdesk.ui.single_instance import server_name
QLocalServer.removeServer(server_name(sys.argv[1]))
"""
