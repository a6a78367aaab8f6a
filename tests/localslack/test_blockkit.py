import pytest

from devtools.localslack import state_values

OPTIONS = [
    {"text": {"type": "plain_text", "text": "Ja"}, "value": "ja"},
    {"text": {"type": "plain_text", "text": "Nej"}, "value": "nej"},
]


def block(block_id: str, element: dict) -> dict:
    return {"type": "input", "block_id": block_id, "element": element}


VIEW = {
    "id": "V1",
    "blocks": [
        block("namn", {"type": "plain_text_input", "action_id": "v", "initial_value": "Anna"}),
        block("svar", {"type": "radio_buttons", "action_id": "v", "options": OPTIONS}),
        block("val", {"type": "checkboxes", "action_id": "v", "options": OPTIONS}),
        block("tid", {"type": "timepicker", "action_id": "v"}),
        block("vem", {"type": "multi_users_select", "action_id": "v"}),
        {"type": "section", "text": {"type": "mrkdwn", "text": "Info"}},
    ],
}


def test_simple_values_become_slacks_value_dicts() -> None:
    state = state_values(VIEW, {"svar": {"v": "nej"}, "val": {"v": ["ja", "nej"]}})

    assert state == {
        "namn": {"v": {"type": "plain_text_input", "value": "Anna"}},
        "svar": {"v": {"type": "radio_buttons", "selected_option": OPTIONS[1]}},
        "val": {"v": {"type": "checkboxes", "selected_options": OPTIONS}},
        "tid": {"v": {"type": "timepicker", "selected_time": None}},
        "vem": {"v": {"type": "multi_users_select", "selected_users": []}},
    }


def test_values_in_slacks_form_pass_through() -> None:
    given = {"type": "timepicker", "selected_time": "13:30"}

    assert state_values(VIEW, {"tid": {"v": given}})["tid"]["v"] == given


def test_mistakes_in_test_input_are_loud() -> None:
    with pytest.raises(ValueError, match="not an option"):
        state_values(VIEW, {"svar": {"v": "kanske"}})
    with pytest.raises(KeyError, match="saknas"):
        state_values(VIEW, {"saknas": {"v": "x"}})
