"""The field laptop's screens: the Conflicts page, synchronising with the office, the offer to do so on start."""
