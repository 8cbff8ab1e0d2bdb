"""A bare PySide6 window that prints the moment it is shown: the baseline of the cold-start benches."""

from __future__ import annotations

import sys
import time

from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1200, 760)
window.show()
app.processEvents()
print(time.time(), flush=True)
