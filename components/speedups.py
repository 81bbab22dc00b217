"""Measured fixes for Rasa 3.6's hot paths in our turns (docs/performance.md).

1. Validating action-server responses (below).
2. Looking up an event's class by its name. `Event.resolve_by_type` walks every subclass of Event
   (recursively, a new list each time) for each event it deserialises: every event of the tracker
   loaded at the start of a turn, and every event an action returns. That was ~8% of a Rasa
   replica's CPU in a profile. The answer for a name never changes once found, so it is kept.
3. The intent classifier's input row. `LogisticRegressionClassifier._create_X` joins each message's
   sparse features to an empty dense block with `scipy.sparse.hstack`, then stacks the one row with
   `vstack`: two block-matrix builds per parse, ~15% of an NLU parse's CPU in a profile. With no
   dense features (our pipeline has none) the row is the sparse features themselves; the classifier
   gets the same numbers.
4. Which entity mappings fill one slot only. While a form is active, Rasa's slot extraction makes a new
   FormAction for every slot with a from_entity mapping, and each one works out the form's unique
   mappings afresh from `domain.as_dict()` (the whole domain, serialised): ~2.5% of a replica's CPU
   in a profile of the benchmark. The answer depends only on the domain and the form, so it is kept
   on the domain (a new model brings a new domain) and each caller gets its own copy.
5. Whether the domain is empty. Before using each parse, Rasa's processor asks `domain.is_empty()`, which
   serialises the whole domain and builds and serialises a new empty Domain to compare with: ~0.1 ms
   on Waymark's domain, 2-4% of a parse's CPU. A loaded domain is not changed afterwards, so the answer is
   kept on it.

Rasa validates every action-server response with `jsonschema.validate(result, schema)`, and that
function re-checks the *schema itself* against the draft 2020-12 metaschema on every call. In a
profile of scripted conversations that check was ~42% of the Rasa process's CPU. The schema is a
constant (RemoteAction.action_response_format_spec), so it is checked once here and a compiled
validator is reused: the same responses pass, the same ones fail with the same message.
"""

from __future__ import annotations

from typing import Any, Dict

_installed = False


def install() -> None:
    """Idempotent; called when the model loads (components.waymark_nlu), i.e. in every Rasa process."""
    global _installed
    if _installed:
        return
    from jsonschema import ValidationError
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    schema = RemoteAction.action_response_format_spec()
    validator_class = validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
        try:
            validator.validate(result)
            return True
        except ValidationError as e:
            # Rasa's own wording, so operators see the message its docs describe.
            e.message += (
                f". Failed to validate Action server response from API, "
                f"make sure your response from the Action endpoint is valid. "
                f"For more information about the format visit "
                f"{DOCS_BASE_URL}/custom-actions"
            )
            raise e

    RemoteAction._validate_action_result = _validate_action_result
    _remember_event_types()
    _plain_classifier_rows()
    _remember_unique_entity_mappings()
    _remember_domain_emptiness()
    _installed = True


def _remember_event_types() -> None:
    from rasa.shared.core.events import Event

    original = Event.resolve_by_type
    found: Dict[str, Any] = {}

    def resolve_by_type(type_name: str, default: Any = None) -> Any:
        cls = found.get(type_name)
        if cls is None:
            cls = original(type_name, default)  # unknown names still get Rasa's default or error
            if cls is not None and cls is not default:
                found[type_name] = cls
        return cls

    Event.resolve_by_type = staticmethod(resolve_by_type)


def _plain_classifier_rows() -> None:
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
    from rasa.shared.nlu.constants import TEXT
    from scipy.sparse import csr_matrix, vstack

    original = LogisticRegressionClassifier._create_X

    def _create_X(self, messages):  # noqa: N802 (Rasa's name)
        rows = []
        for message in messages:
            sparse = message.get_sparse_features(attribute=TEXT)[1]
            if sparse is None or message.get_dense_features(attribute=TEXT)[1] is not None:
                return original(self, messages)  # dense features to join: Rasa's own way
            rows.append(csr_matrix(sparse.features))
        if not rows:
            return original(self, messages)
        return rows[0] if len(rows) == 1 else vstack(rows, format="csr")

    LogisticRegressionClassifier._create_X = _create_X


UNIQUE_MAPPINGS = "_waymark_unique_entity_mappings"  # on a Domain: {form name: frozenset of mappings}


def _remember_unique_entity_mappings() -> None:
    from rasa.core.actions.forms import FormAction

    original = FormAction._create_unique_entity_mappings

    def _create_unique_entity_mappings(self, domain):
        known = domain.__dict__.setdefault(UNIQUE_MAPPINGS, {})
        name = self.name()
        found = known.get(name)
        if found is None:
            found = known[name] = frozenset(original(self, domain))
        return set(found)

    FormAction._create_unique_entity_mappings = _create_unique_entity_mappings


IS_EMPTY = "_waymark_is_empty"  # on a Domain: Rasa's answer to is_empty(), worked out once


def _remember_domain_emptiness() -> None:
    from rasa.shared.core.domain import Domain

    original = Domain.is_empty

    def is_empty(self) -> bool:
        answer = self.__dict__.get(IS_EMPTY)
        if answer is None:
            answer = self.__dict__[IS_EMPTY] = original(self)
        return answer

    Domain.is_empty = is_empty
