"""What every action reads from the tracker the same way: here, the resident's facts and the match."""

from __future__ import annotations

from actions.common import held_profile, match_held

from tests.actions.dialogue_helpers import build_tracker, conversation


def test_a_slot_value_set_outside_the_form_never_reaches_the_profile(domain):
    tracker = build_tracker(domain, conversation({"local_authority": "Sandwell", "age": "very old"}))
    profile = held_profile(tracker)
    assert (profile.local_authority, profile.age) == ("Sandwell", None)


async def test_the_match_is_for_what_the_resident_told_us_or_the_profile_given(context, domain):
    tracker = build_tracker(domain, conversation({"local_authority": "Sandwell", "age": 30}))
    result = await match_held(tracker)
    assert (result.profile.local_authority, result.profile.age) == ("Sandwell", 30)
    older = held_profile(build_tracker(domain, conversation({"local_authority": "Coventry", "age": 45})))
    assert (await match_held(tracker, older)).profile.local_authority == "Coventry"


async def test_no_catalogue_means_no_match_rather_than_a_crash(domain):
    # No `context` fixture: the actions' database is an empty file, so the engine is unavailable.
    assert await match_held(build_tracker(domain, conversation({"age": 30}))) is None
