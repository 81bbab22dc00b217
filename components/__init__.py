"""Rasa adapters onto bot/: the NLU fact extractor, the tracker store and the channels."""
