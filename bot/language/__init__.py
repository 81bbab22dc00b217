"""Words and languages: which language a resident writes in, and (later) the words we answer in."""
