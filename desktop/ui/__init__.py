"""Qt widgets, item models and dialogs. Talks to the core only; never runs SQL."""
