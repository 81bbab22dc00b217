"""Rasa custom actions: thin adapters that read the tracker, call `bot/`, and return events.

`python -m rasa_sdk --actions actions` imports every module in this package.
"""
