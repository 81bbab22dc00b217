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


def test_identification_is_right_for_at_least_98_percent_of_the_heldout_messages():
    per, _, _ = score(load("heldout"))
    right, total = sum(r for r, _ in per.values()), sum(n for _, n in per.values())
    assert right / total >= 0.98, f"{right}/{total}"


def test_no_english_training_or_evaluation_message_is_taken_for_another_language():
    # English conversations keep no stored language, so any of these said mid-conversation would switch it
    import re
    from pathlib import Path

    import yaml

    from bot.language.identify import identify

    root = Path(__file__).resolve().parents[3]
    texts = []
    for path in sorted((root / "data" / "nlu").glob("*.yml")):
        if path.name == "language.yml":
            continue
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            for line in (item.get("examples") or "").splitlines():
                if line.strip().startswith("- "):
                    texts.append(re.sub(r"\[([^\]]*)\][({][^)}]*[)}]", r"\1", line.strip()[2:]))
    residents = yaml.safe_load((root / "eval" / "residents" / "dev.yml").read_text(encoding="utf-8"))["residents"]
    for resident in residents:
        texts.append(resident["turns"]["opening"])
        texts += [str(v) for v in (resident["turns"].get("answers") or {}).values()]
    assert len(texts) > 2000
    wrong = [text for text in texts if identify(text) not in (None, "en")]
    assert not wrong, wrong[:10]
