"""response_url posts, sent as Bolt's respond() sends them (slack_sdk's WebhookClient)."""

from slack_sdk import WebClient
from slack_sdk.webhook import WebhookClient

from devtools.localslack import LocalSlack
from tests.localslack.conftest import ANNA, RAD


def test_posts_are_ephemeral_unless_in_channel(slack: LocalSlack) -> None:
    url = slack.issue_response_url(RAD, ANNA)
    webhook = WebhookClient(url)

    assert webhook.send(text="Bara du").body == "ok"
    webhook.send(text="Alla", response_type="in_channel")

    assert [e["text"] for e in slack.ephemerals(channel=RAD, user=ANNA)] == ["Bara du"]
    assert slack.ephemerals()[0]["source"] == url
    assert [m["text"] for m in slack.messages(RAD)] == ["Alla"]
    assert [r["text"] for r in slack.responses] == ["Bara du", "Alla"]
    assert {r["response_url"] for r in slack.responses} == {url}


def test_replace_and_delete_original_act_on_the_interaction_message(
    slack: LocalSlack, client: WebClient
) -> None:
    ts = client.chat_postMessage(channel=RAD, text="Röstning pågår")["ts"]
    webhook = WebhookClient(slack.issue_response_url(RAD, ANNA, message_ts=ts))

    webhook.send(text="Röstning avslutad", replace_original=True)
    assert [(m["ts"], m["text"]) for m in slack.messages(RAD)] == [(ts, "Röstning avslutad")]

    webhook.send_dict({"delete_original": True})
    assert slack.messages(RAD) == []


def test_replace_original_works_on_ephemeral_messages_too(
    slack: LocalSlack, client: WebClient
) -> None:
    ts = client.chat_postEphemeral(channel=RAD, user=ANNA, text="Välj")["message_ts"]

    WebhookClient(slack.issue_response_url(RAD, ANNA, message_ts=ts)).send(
        text="Vald", replace_original=True
    )

    [ephemeral] = slack.ephemerals(user=ANNA)
    assert (ephemeral["ts"], ephemeral["text"]) == (ts, "Vald")


def test_unknown_urls_and_empty_posts_are_refused(slack: LocalSlack) -> None:
    unknown = WebhookClient(f"{slack.base_url}/response/R0NOPE").send(text="x")
    empty = WebhookClient(slack.issue_response_url(RAD, ANNA)).send(response_type="ephemeral")

    assert (unknown.status_code, unknown.body) == (404, "expired_url")
    assert (empty.status_code, empty.body) == (400, "no_text")
