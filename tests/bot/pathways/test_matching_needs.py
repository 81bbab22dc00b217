"""What a resident says they need first leads the recommendations: English classes for someone whose
English is weak, Essential Digital Skills for someone who cannot yet use a computer."""

from __future__ import annotations

from bot.dialogue.profile import Profile
from bot.pathways.catalogue_store import active_catalogue
from bot.pathways.matching import match, scope_of
from bot.pathways.search import Search
from tests.conftest import TODAY

# Wants coding, part time, in Walsall: coding and data routes outrank English classes by topic and place.
CODER_IN_WALSALL = dict(age=30, local_authority="Walsall", interest="coding", availability="part_time")


def kinds(sessions, limit: int = 10, **facts) -> list:
    with sessions() as session:
        result = match(session, Profile.from_mapping(facts), limit=limit, today=TODAY)
    return [r.pathway.kind for r in result.recommendations]


def test_weak_english_puts_english_classes_first(loaded):
    for level in ("none", "basic"):
        assert kinds(loaded, english_level=level, **CODER_IN_WALSALL)[0] == "esol"


def test_english_classes_ranked_below_the_limit_are_still_found_for_weak_english(loaded):
    assert kinds(loaded, limit=1, english_level="basic", **CODER_IN_WALSALL) == ["esol"]


def test_a_digital_beginner_sees_essential_digital_skills_before_other_basics(loaded):
    # A refugee's local English-and-digital class is a basics course meant for them, but a beginner whose
    # English we do not know is shown the free digital skills qualification first.
    shown = kinds(loaded, age=45, local_authority="Walsall", background="refugee", interest="general_digital",
                  digital_confidence="none")
    assert shown[0] == "essential_digital_skills"


def test_without_a_stated_need_the_search_order_stands(loaded):
    profile = Profile.from_mapping(dict(CODER_IN_WALSALL, english_level="intermediate"))
    with loaded() as session:
        result = match(session, profile, today=TODAY)
        search = Search(active_catalogue(session).id, profile, scope_of(profile))
        ranked = [f.pathway_id for f in search.top(session.connection(), violations=0, limit=10)]
    assert [r.pathway.id for r in result.recommendations] == ranked


def test_with_home_unknown_an_english_class_in_one_place_does_not_jump_ahead(loaded):
    # The only English class is in person in Walsall: for someone who has not said where they live it keeps
    # the search's place (below what anyone can join), and leads again once they say Walsall.
    unknown = dict(CODER_IN_WALSALL, english_level="basic")
    del unknown["local_authority"]
    assert kinds(loaded, **unknown)[0] != "esol"
    assert kinds(loaded, **dict(unknown, local_authority="Walsall"))[0] == "esol"
