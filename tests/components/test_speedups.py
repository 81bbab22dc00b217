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


# --- the intent classifier's input row ----------------------------------------------------------------

def _message_with(sparse_rows, dense=None):
    import numpy as np
    from rasa.shared.nlu.training_data.features import Features
    from rasa.shared.nlu.training_data.message import Message
    from scipy.sparse import coo_matrix

    message = Message(data={"text": "hello there"})
    for origin, row in sparse_rows:
        message.add_features(Features(coo_matrix(np.array([row])), "sentence", "text", origin))
    if dense is not None:
        message.add_features(Features(np.array([dense]), "sentence", "text", "dense"))
    return message


def _rows_as_rasa_builds_them(messages):
    # Rasa 3.6's LogisticRegressionClassifier._create_X, restated: the reference the fast path must equal
    from rasa.shared.nlu.constants import TEXT
    from scipy.sparse import csr_matrix, hstack, vstack

    rows = []
    for m in messages:
        sparse, dense = m.get_sparse_features(attribute=TEXT)[1], m.get_dense_features(attribute=TEXT)[1]
        rows.append(hstack([csr_matrix(sparse.features if sparse else []),
                            csr_matrix(dense.features if dense else [])]))
    return vstack(rows)


@pytest.mark.parametrize("messages", [
    [_message_with([("words", [0, 2, 0, 1]), ("chars", [1, 0, 3])])],
    [_message_with([("words", [0, 2, 0, 1])]), _message_with([("words", [5, 0, 0, 0])])],
    [_message_with([("words", [0, 2])], dense=[0.5, 0.25])],
])
def test_the_classifier_gets_the_same_numbers_as_rasa_would_give_it(messages):
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier

    fast = LogisticRegressionClassifier._create_X(object.__new__(LogisticRegressionClassifier), messages)
    assert LogisticRegressionClassifier._create_X.__module__ == speedups.__name__
    assert (fast.toarray() == _rows_as_rasa_builds_them(messages).toarray()).all()


# --- unique entity mappings of a form -----------------------------------------------------------------

CITY_FORM = """
version: "3.1"
entities: [city]
slots:
  departure_city:
    type: text
    mappings:
      - {type: from_entity, entity: city, role: from}
      - {type: from_entity, entity: city}
  arrival_city:
    type: text
    mappings:
      - {type: from_entity, entity: city, role: to}
      - {type: from_entity, entity: city}
forms:
  trip_form:
    required_slots: [departure_city, arrival_city]
"""


def test_a_forms_unique_entity_mappings_are_what_rasa_finds_and_worked_out_once(monkeypatch):
    from rasa.core.actions.forms import FormAction
    from rasa.shared.core.domain import Domain

    domain = Domain.from_yaml(CITY_FORM)
    calls = []
    original_as_dict = Domain.as_dict
    monkeypatch.setattr(Domain, "as_dict", lambda self: calls.append(1) or original_as_dict(self))
    role_from = {"type": "from_entity", "entity": "city", "role": "from"}
    role_to = {"type": "from_entity", "entity": "city", "role": "to"}
    no_role = {"type": "from_entity", "entity": "city"}
    for _ in range(3):  # Rasa makes a new FormAction for each slot of each turn
        form = FormAction("trip_form", None)
        assert form.entity_mapping_is_unique(role_from, domain)  # the example in Rasa's docstring
        assert form.entity_mapping_is_unique(role_to, domain)
        assert not form.entity_mapping_is_unique(no_role, domain)
    assert len(calls) == 1
    form = FormAction("trip_form", None)
    form._create_unique_entity_mappings(domain).clear()  # a caller's copy: the kept answer is untouched
    assert FormAction("trip_form", None).entity_mapping_is_unique(role_from, domain)


def test_whether_a_domain_is_empty_is_rasas_answer_worked_out_once(monkeypatch):
    from rasa.shared.core.domain import Domain

    calls = []
    original_as_dict = Domain.as_dict
    monkeypatch.setattr(Domain, "as_dict", lambda self: calls.append(1) or original_as_dict(self))
    full, empty = Domain.from_yaml(CITY_FORM), Domain.empty()
    assert [full.is_empty() for _ in range(3)] == [False] * 3
    assert [empty.is_empty() for _ in range(3)] == [True] * 3
    assert len(calls) == 4  # each domain and an empty one to compare with, once per domain
