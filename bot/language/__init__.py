"""Reading what residents type: the spaCy pipeline, phrases, numbers, places, typed quick replies, and which language a message is in."""
