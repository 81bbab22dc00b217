import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from components import speedups


@pytest.fixture(scope="module", autouse=True)
def installed():
    speedups.install()


def _validate(result):
    return RemoteAction._validate_action_result(object.__new__(RemoteAction), result)


def test_a_well_formed_action_response_still_passes():
    assert _validate({"events": [{"event": "slot", "name": "age", "value": 45}], "responses": [{"text": "hi"}]})


@pytest.mark.parametrize("bad", [
    {"events": "not a list"},
    {"events": [{"event": "no_such_event"}]},
    {"responses": ["not an object"]},
])
def test_a_malformed_action_response_is_still_rejected_with_rasas_guidance(bad):
    with pytest.raises(ValidationError) as error:
        _validate(bad)
    assert "Failed to validate Action server response from API" in error.value.message


def test_installing_twice_changes_nothing():
    method = RemoteAction._validate_action_result
    speedups.install()
    assert RemoteAction._validate_action_result is method


# --- event classes by name ---------------------------------------------------------------------------

def test_event_names_resolve_to_the_same_classes_as_rasas_walk():
    import rasa.shared.utils.common
    from rasa.shared.core.events import Event

    for cls in rasa.shared.utils.common.all_subclasses(Event):
        if isinstance(getattr(cls, "type_name", None), str):
            first = next(c for c in rasa.shared.utils.common.all_subclasses(Event) if c.type_name == cls.type_name)
            assert Event.resolve_by_type(cls.type_name) is first
            assert Event.resolve_by_type(cls.type_name) is first  # from what was kept


def test_an_unknown_event_name_still_gets_rasas_default_or_error():
    from rasa.shared.core.events import Event, SlotSet

    assert Event.resolve_by_type("no_such_event", default=SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name 'no_such_event'"):
        Event.resolve_by_type("no_such_event")
    assert Event.resolve_by_type("topic") is None


def test_a_resolved_name_does_not_walk_the_subclasses_again(monkeypatch):
    import rasa.shared.utils.common
    from rasa.shared.core.events import Event

    Event.resolve_by_type("bot")
    walks = []
    original = rasa.shared.utils.common.all_subclasses
    monkeypatch.setattr(rasa.shared.utils.common, "all_subclasses", lambda cls: walks.append(cls) or original(cls))
    events = Event.from_parameters({"event": "bot", "text": "hi"}), Event.from_parameters({"event": "slot", "name": "age", "value": 45})
    assert [type(e).__name__ for e in events] == ["BotUttered", "SlotSet"]
    Event.from_parameters({"event": "slot", "name": "age", "value": 46})
    assert len(walks) <= 1  # "slot" the first time at most; "bot" never
