"""Waymark: routes into digital work for West Midlands residents.

The package holds the logic (catalogue, eligibility, places, text understanding, web gateway) and is
usable without Rasa; actions/ and components/ are thin adapters onto it.
"""

__version__ = "0.1.0"
