"""The short-message set behind the identification figures: big enough per language, split, and scored."""

from eval.languages.score_identify import load, score


def test_each_language_has_at_least_sixty_messages_split_into_dev_and_heldout():
    dev, heldout = load("dev"), load("heldout")
    for lang in ("en", "ur", "pa", "ar", "pl", "ro"):
        assert len(dev[lang]) + len(heldout[lang]) >= 60 and heldout[lang], lang
        assert not set(dev[lang]) & set(heldout[lang]), lang


def test_the_scorer_counts_a_wrong_decision_as_wrong():
    per, errors, micros = score({"pl": ["Dzień dobry, szukam kursu", "Hello, I am looking for a course"],
                                 "none": ["ok"]})
    assert per == {"pl": (1, 2), "none": (1, 1)}
    assert errors == [("pl", "Hello, I am looking for a course", "en")] and micros > 0
