"""English texts (BOT_LANGUAGE=en or a council set to English). Mirrors sv.py key for key."""

TEXTS: dict[str, str] = {
    "error.unexpected": (
        "Something went wrong on my side, and nothing was changed. Please try again in a "
        "while. If it keeps happening, tell the council's secretary."
    ),
    "error.no_council": (
        "This channel does not belong to a user council yet. The secretary can create one "
        "with `/brukarrad skapa <name>`, e.g. `/brukarrad skapa User Council West`."
    ),
    "error.unknown_subcommand": (
        "I don't recognise `{word}`. Type `{command} hjälp` to see what works."
    ),
    "error.too_long": (
        "The text is too long ({length} characters). Keep it under {limit} characters, "
        "and add longer text as a document."
    ),
    "refused.officers": ("Only the council's secretary or chair can {what}. Please ask {who}."),
    "refused.officers.nobody": (
        "Only the council's secretary or chair can {what}, and the council has neither right now."
    ),
    "what.manage_members": "add or change members",
    "brukarrad.help": (
        "*/brukarrad – the user council of this channel*\n"
        "• `/brukarrad skapa <name>` – make this channel a user council. You become "
        "secretary.\n"
        "   Example: `/brukarrad skapa User Council West`\n"
        "• `/brukarrad ledamot @person <role> [association]` – add a role.\n"
        "   Roles: ordförande, sekreterare, justerare, ledamot, ersättare, verksamhet.\n"
        "   Example: `/brukarrad ledamot @Anna ledamot RSMH Väst`\n"
        "• `/brukarrad ta bort @person [role]` – end a role (or all of them).\n"
        "• `/brukarrad visa` – show the council, its members by association and its rules.\n"
        "• `/brukarrad inställningar punkter 10 kallelse 7 protokoll 14` – change the "
        "council's rules (days).\n"
        "• `/brukarrad hjälp` – this text.\n"
        "Only the secretary and the chair can change members."
    ),
    "brukarrad.create.need_name": (
        "The council needs a name, e.g. `/brukarrad skapa User Council West`."
    ),
    "brukarrad.create.exists": (
        "This channel already belongs to the council *{name}*. One council per channel: "
        "create the new one in its own channel. See the council with `/brukarrad visa`."
    ),
    "brukarrad.create.not_in_dm": (
        "A user council needs a channel where all its members are. Type "
        "`/brukarrad skapa <name>` in that channel, not in a direct message."
    ),
    "brukarrad.created": (
        "Welcome! This channel is now the user council *{name}*. <@{user}> is secretary "
        "and can add members with `/brukarrad ledamot @person <role> [association]`."
    ),
    "brukarrad.member.usage": (
        "Say who, which role and (for an association's representative) which association, "
        "e.g. `/brukarrad ledamot @Anna ledamot RSMH Väst`."
    ),
    "brukarrad.member.need_mention": (
        "Mention the person with @ so I know who you mean, e.g. "
        "`/brukarrad ledamot @Anna ledamot RSMH Väst`."
    ),
    "brukarrad.member.unknown_role": (
        "I don't recognise the role `{role}`. Choose one of: {roles}. "
        "E.g. `/brukarrad ledamot @Anna ersättare RSMH Väst`."
    ),
    "brukarrad.member.need_forening": (
        "A {role} represents an association. Say which, e.g. "
        "`/brukarrad ledamot @{name} {role} RSMH Väst`."
    ),
    "brukarrad.member.verksamhet_no_forening": (
        "The unit's representatives do not belong to an association. Just type "
        "`/brukarrad ledamot @{name} verksamhet`."
    ),
    "brukarrad.member.added": "Done: <@{user}> is now {role}{forening} in *{council}*.",
    "brukarrad.member.forening_suffix": " for {forening}",
    "brukarrad.member.already": "<@{user}> is already {role} in *{council}*. Nothing changed.",
    "brukarrad.member.welcome": (
        "Hi! You are now {role}{forening} in the user council *{council}* (channel "
        "<#{channel}>). I help the council with agendas, summons, reminders and minutes. "
        "Questions about the council can go to <@{contact}>."
    ),
    "brukarrad.remove.usage": (
        "Say who and preferably which role, e.g. `/brukarrad ta bort @Anna ersättare`."
    ),
    "brukarrad.remove.none": "<@{user}> has no role in *{council}*. Nothing changed.",
    "brukarrad.remove.none_role": "<@{user}> is not {role} in *{council}*. Nothing changed.",
    "brukarrad.removed": "Done: <@{user}> is no longer {roles} in *{council}*.",
    "brukarrad.show.title": "*{name}*",
    "brukarrad.show.rules": (
        "Points at least {agenda} days before the meeting · summons at least {notice} days "
        "before · minutes within {minutes} days after."
    ),
    "brukarrad.show.empty": (
        "The council has no members yet. Add them with "
        "`/brukarrad ledamot @person <role> [association]`."
    ),
    "brukarrad.show.group_verksamhet": "The unit",
    "brukarrad.show.group_none": "No association",
    "brukarrad.show.member": "• {name} – {roles}",
    "list.and": " and ",
    "role.ordförande": "chair",
    "role.sekreterare": "secretary",
    "role.justerare": "adjuster",
    "role.ledamot": "member",
    "role.ersättare": "substitute",
    "role.verksamhet": "unit representative",
    "refused.associations": (
        "The pre-meeting belongs to the associations, so only their representatives can {what}."
    ),
    "what.change_settings": "change the council's settings",
    "what.plan_meeting": "plan, move or cancel meetings",
    "what.plan_formote": "plan, move or cancel pre-meetings",
    "what.see_formote": "see the pre-meeting",
    "kind.stormöte": "Plenary meeting",
    "kind.förmöte": "Pre-meeting",
    "kind.arbetsgrupp": "Working group",
    "settings.usage": (
        "Change the council's rules in days, e.g. "
        "`/brukarrad inställningar punkter 10 kallelse 7 protokoll 14`.\n"
        "• punkter – how many days before the meeting agenda points are due\n"
        "• kallelse – how many days before the meeting the summons goes out\n"
        "• protokoll – within how many days after the meeting the minutes are sent"
    ),
    "settings.unknown": (
        "I don't recognise the setting `{name}`. You can change punkter, kallelse and "
        "protokoll, e.g. `/brukarrad inställningar punkter 10`."
    ),
    "settings.bad_value": (
        "`{value}` does not work as a number of days for {name}. Use a whole number from 0 to "
        "{limit}, e.g. `/brukarrad inställningar {name} 7`."
    ),
    "settings.changed": "Done, the council's rules are changed. {rules}",
    "mote.help": (
        "*/mote – the council's meetings*\n"
        "• `/mote` – upcoming meetings with their numbers.\n"
        "• `/mote [stormöte|förmöte|arbetsgrupp] <when> [i/på <place or link>]` – plan a "
        "meeting. Its agenda opens at once.\n"
        "   Example: `/mote stormöte torsdag 11 mars kl 13-16 i Stora salen`\n"
        "   Example: `/mote förmöte v. 10 tisdag kl 10 på <https://meet.example/rum>`\n"
        "• `/mote flytta <no> <new time>` – move a meeting, e.g. "
        "`/mote flytta 3 nästa tisdag kl 13`.\n"
        "• `/mote ställ in <no>` – cancel a meeting.\n"
        "Everyone concerned is told when a meeting moves or is cancelled. A pre-meeting "
        "belongs to the next plenary and is seen only by the associations' representatives."
    ),
    "mote.need_time": (
        "Please also say when the meeting starts, e.g. "
        "`/mote stormöte torsdag 11 mars kl 13-16 i Stora salen`."
    ),
    "mote.in_past": (
        "That time has already passed. Choose a time ahead, e.g. "
        "`/mote stormöte nästa tisdag kl 13`."
    ),
    "mote.formote_needs_stormote": (
        "A pre-meeting prepares a plenary, but no plenary is planned after that time. Plan "
        "the plenary first, e.g. `/mote stormöte torsdag 11 mars kl 13`."
    ),
    "mote.not_found": "I find no upcoming meeting number {id}. See the numbers with `/mote`.",
    "mote.move.usage": (
        "Say which meeting and the new time, e.g. `/mote flytta 3 torsdag 11 mars kl 13-16`. "
        "See the numbers with `/mote`."
    ),
    "mote.cancel.usage": (
        "Say which meeting is cancelled, e.g. `/mote ställ in 3`. See the numbers with `/mote`."
    ),
    "mote.place": " – {place}",
    "mote.planned": "*{kind} planned:* {when}{place} (no. {id})",
    "mote.dates": (
        "Agenda points due *{agenda}* · summons out by {kallelse} · minutes by {minutes}."
    ),
    "mote.open_agenda": "The agenda is open: send points with `/punkt <title>`.",
    "mote.formote_for": "The pre-meeting prepares the plenary on {when}.",
    "mote.few_stormoten": (
        ":warning: The council has {count} plenary meetings planned in {year}. The guideline is "
        "at least four a year."
    ),
    "mote.list.title": "*Upcoming meetings in {council}*",
    "mote.list.item": "• no. {id}: {kind} {when}{place}",
    "mote.list.empty": (
        "No meetings are planned. Plan one, e.g. "
        "`/mote stormöte torsdag 11 mars kl 13-16 i Stora salen`."
    ),
    "mote.moved": "*{kind} no. {id} has moved* from {old} to *{when}*{place}.",
    "mote.cancelled": "*{kind} no. {id} on {when} is cancelled.*",
    "when.empty": (
        'You did not write a time. Write for example "12 mars kl 13-16" or "nästa tisdag kl. 9.30".'
    ),
    "when.too_long": (
        "That is a bit long for me to read as a time. Just write the day and the time, "
        'for example "12 mars kl 13-16".'
    ),
    "when.not_understood": (
        'I did not understand "{text}" as a time. Write for example "12 mars kl 13-16" or '
        '"next tuesday 9:30".'
    ),
    "when.bare_number": (
        'Do you mean {hour} o\'clock? Write "kl {hour}" to make it clear, for example '
        '"torsdag kl {hour}".'
    ),
    "when.ambiguous": (
        'I found more than one date or time in "{text}" and do not know which you mean. '
        'Write just one, for example "12 mars kl 13-16".'
    ),
    "when.bad_clock": (
        '"{clock}" is not a time of day. Hours go 0–23 and minutes 0–59. '
        'Write for example "kl 13.30".'
    ),
    "when.range_order": (
        "The end must come after the start, but you wrote {start}–{end}. "
        'Write the start first, for example "kl 13-16".'
    ),
    "when.no_such_month": (
        "There is no month {month}. Write the day first and then the month, "
        'for example "12/3" for 12 March.'
    ),
    "when.no_such_day": (
        "{day} {month}{year} is not in the calendar. "
        'Check the date and write for example "28 februari kl 13".'
    ),
    "when.bad_week": (
        "There is no week {week}; weeks go from 1 to 52 (sometimes 53). "
        'Write for example "vecka 50 onsdag kl 10-12".'
    ),
    "when.weekday_mismatch": (
        "{date} is a {actual}, not a {given}. "
        'Correct the weekday or write just the date, for example "{example}".'
    ),
    "when.past": (
        '{when} has already passed. Write a time ahead, for example "next tuesday 9:30".'
    ),
}
