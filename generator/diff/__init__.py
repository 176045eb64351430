"""Breaking-change reports: the rule catalogue and comparison (`compare`), and the
report formats (`report`)."""
