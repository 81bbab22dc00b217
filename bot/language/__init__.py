"""Reading what residents type: the spaCy pipeline, phrases, numbers, places, typed quick replies."""
