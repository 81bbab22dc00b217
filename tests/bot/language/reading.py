"""What the understanding reads from a message, as {slot: value}: the helper the understanding tests share.
Target groups (several per message) are left out; each fact's span must be the words it came from."""


def facts(u, text, asked=None, about=None, language=None):
    out = {}
    for fact in u.extract(text, asked=asked, about_held=about, language=language):
        assert text[fact.start: fact.end] == fact.text
        if fact.slot not in ("target_group", "excluded_group"):
            out[fact.slot] = fact.value
    return out
