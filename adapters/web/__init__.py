"""The member page: server-rendered HTML under one path prefix of `serve`, reached by
personal links (bot.members.links); forms that work without JavaScript."""
