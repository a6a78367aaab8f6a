"""The floor of command_latency.py: a bare Bolt app whose `/noop` command only acks and whose
`/reply` also answers on the command's response_url (as the bot answers /punkt), served like
the bot (adapters.slack.http.make_server: waitress, Bolt's WSGI adapter, the signature checked)
in its own process.

    .venv/bin/python bench/noop_app.py --port 3001   (SLACK_* from the environment)
"""

from __future__ import annotations

import argparse
import os

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from adapters.slack.http import make_server


def bare_app() -> App:
    app = App(
        client=WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"]),
        signing_secret=os.environ["SLACK_SIGNING_SECRET"],
        process_before_response=True,
    )

    @app.command("/noop")
    def noop(ack: Ack) -> None:
        ack()

    @app.command("/reply")
    def reply(ack: Ack, respond: Respond) -> None:
        ack()
        respond(text="Tack!", response_type="ephemeral")

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    make_server(bare_app(), host="127.0.0.1", port=parser.parse_args().port).run()


if __name__ == "__main__":
    main()
