"""Services: the business rules, in plain Python (no Qt). Every user action is one transaction."""
