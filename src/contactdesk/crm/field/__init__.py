"""Field laptops (issue 14): checking a laptop copy out of the office, its numbers and its outbox."""
