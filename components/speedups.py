"""A measured fix for Rasa 3.6's hottest path in our turns.

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
    _installed = True
