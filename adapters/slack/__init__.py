"""The Slack adapter: the Bolt app and its listeners (handlers), Block Kit
(blocks) and mrkdwn rendering, the Web API clients and delivery."""
