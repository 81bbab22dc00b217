"""Rasa custom actions: thin adapters that read the tracker, call `bot/`, and return events.

`python -m actions.server --actions actions` (rasa-sdk behind Waymark's shared secret) imports every
module in this package.
"""
