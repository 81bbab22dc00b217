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
