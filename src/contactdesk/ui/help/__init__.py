"""The Help menu: getting started, keyboard shortcuts, the log folder and About."""
