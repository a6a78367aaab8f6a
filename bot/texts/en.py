"""English texts (BOT_LANGUAGE=en or a council set to English). Mirrors sv.py key for key."""

# A counted message is {CLDR plural category: text}, chosen by its {count} (see __init__).
TEXTS: dict[str, str | dict[str, str]] = {
    "error.database_unavailable": (
        "I cannot save anything right now – my database is not answering. Nothing of what you "
        "wrote was saved, so please write it again in a while. If it keeps happening, tell the "
        "council's secretary."
    ),
    "inbox.kept_for_later": (
        "I have received what you sent, but my database is not answering right now. I will "
        "save it as soon as it answers again and write to you here when it is done – you do "
        "not need to send it again."
    ),
    "inbox.gave_up": (
        "Sorry – what you sent at {time} could not be saved: my database has not answered for "
        "a long time. Nothing of it was changed. Please write it again, and tell the council's "
        "secretary if it keeps happening."
    ),
    "error.unexpected": (
        "Something went wrong on my side, and nothing was changed. Please try again in a "
        "while. If it keeps happening, tell the council's secretary."
    ),
    "error.no_council": (
        "This channel does not belong to a user council yet. The secretary can create one "
        "with `/brukarrad skapa &lt;name&gt;`, e.g. `/brukarrad skapa User Council West`."
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
    "count.days": {"one": "{count} day", "other": "{count} days"},
    "count.hours": {"one": "{count} hour", "other": "{count} hours"},
    "count.months": {"one": "{count} month", "other": "{count} months"},
    "brukarrad.help": (
        "*/brukarrad – the user council of this channel*\n"
        "• `/brukarrad skapa &lt;name&gt;` – make this channel a user council. You become "
        "secretary.\n"
        "   Example: `/brukarrad skapa User Council West`\n"
        "• `/brukarrad ledamot @person &lt;role&gt; [association]` – add a role.\n"
        "   Roles: ordförande, sekreterare, justerare, ledamot, ersättare, verksamhet.\n"
        "   Example: `/brukarrad ledamot @Anna ledamot RSMH Väst`\n"
        "• `/brukarrad ta bort @person [role]` – end a role (or all of them).\n"
        "• `/brukarrad visa` – show the council, its members by association and its rules.\n"
        "• `/brukarrad inställningar punkter 10 kallelse 7 protokoll 14` – change the "
        "council's rules (days).\n"
        "• `/brukarrad stående [förmöte|arbetsgrupp]` – show and change the points every "
        "plenary meeting (or pre-meeting, working group meeting) has.\n"
        "• `/brukarrad inställningar gallring 24` – how many months data about people who "
        "left the council is kept.\n"
        "• `/brukarrad inställningar justering av` – publish the minutes without approval "
        "(`på` again when the council wants it).\n"
        "• `/brukarrad logg [number]` – the chair sees the latest changes in the council.\n"
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
        "`/brukarrad skapa &lt;name&gt;` in that channel, not in a direct message."
    ),
    "brukarrad.created": (
        "Welcome! This channel is now the user council *{name}*. <@{user}> is secretary "
        "and can add members with `/brukarrad ledamot @person &lt;role&gt; [association]`."
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
    "brukarrad.member.forening_close": (
        "Did you mean *{forening}*? I have changed nothing yet. Write "
        "`/brukarrad ledamot @{name} {role} {forening}`. If *{given}* is a new association, "
        "write `/brukarrad ledamot @{name} {role} ny förening {given}`."
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
        "Points at least {agenda} before the meeting · summons at least {notice} before · "
        "minutes within {minutes} after."
    ),
    "brukarrad.show.empty": (
        "The council has no members yet. Add them with "
        "`/brukarrad ledamot @person &lt;role&gt; [association]`."
    ),
    "brukarrad.show.group_verksamhet": "The unit",
    "brukarrad.show.group_none": "No association",
    "seat.left_channel": (
        "*{name}* has left the channel of {council}. {name} is still on the council until you "
        "decide otherwise, so the seat may be empty. Do get in touch with {name} or their "
        "association. If {name} is no longer to take part: `/brukarrad ta bort @{name}`."
    ),
    "seat.deactivated": (
        "*{name}* no longer has a Slack account, so I cannot reach {name} in {council}. {name} is "
        "still on the council until you decide otherwise, so the seat may be empty. Do get in "
        "touch with {name} or their association another way."
    ),
    "brukarrad.show.gone.left_channel": (" _(has left the channel)_"),
    "brukarrad.show.gone.deactivated": (" _(Slack account deactivated)_"),
    "brukarrad.show.member": "• {name} – {roles}",
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
    "kind.arbetsgrupp": "Working group meeting",
    "settings.usage": (
        "Change the council's rules in days, e.g. "
        "`/brukarrad inställningar punkter 10 kallelse 7 protokoll 14`.\n"
        "• punkter – how many days before the meeting agenda points are due\n"
        "• kallelse – how many days before the meeting the summons goes out\n"
        "• protokoll – within how many days after the meeting the minutes are sent\n"
        "How long data about people who left is kept is set in months on its own, e.g. "
        "`/brukarrad inställningar gallring 24`. Whether minutes are approved before they are "
        "published: `/brukarrad inställningar justering på` or `av`."
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
        "• `/mote [stormöte|förmöte|arbetsgrupp] &lt;when&gt; [i/på &lt;place or link&gt;]` – "
        "plan a "
        "meeting. Its agenda opens at once.\n"
        "   Example: `/mote stormöte torsdag 11 mars kl 13-16 i Stora salen`\n"
        "   Example: `/mote förmöte v. 10 tisdag kl 10 på <https://meet.example/rum>`\n"
        "• `/mote flytta &lt;no&gt; &lt;new time&gt;` – move a meeting, e.g. "
        "`/mote flytta 3 nästa tisdag kl 13`.\n"
        "• `/mote ställ in &lt;no&gt;` – cancel a meeting.\n"
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
    "mote.open_agenda": "The agenda is open: send points with `/punkt &lt;title&gt;`.",
    "mote.open_agenda_formote": (
        "The pre-meeting's agenda is open: send points to it with "
        "`/punkt förmöte &lt;title&gt;`. (`/punkt &lt;title&gt;` without `förmöte` goes to the "
        "plenary.)"
    ),
    "mote.agenda_deadline_passed": (
        ":hourglass_flowing_sand: The meeting is so close that the last day for agenda points "
        "({agenda}) has already passed. Points can still be sent: they are marked late, and "
        "the chair or secretary decides whether they are taken up."
    ),
    "mote.kallelse_notice_passed": (
        ":hourglass_flowing_sand: By the council's rule the summons should have gone out by "
        "{kallelse}, so it will be late this time. Send it as soon as you can with "
        "`/kallelse {id}` – I will ask once more before it goes, and members get less time to "
        "read the documents."
    ),
    "mote.duplicate": (
        "{kind} no. {id} is already planned for {when}, so I added nothing new. "
        "See the meetings with `/mote`, or change the time with `/mote flytta {id} &lt;new "
        "time&gt;`."
    ),
    "mote.formote_for": "The pre-meeting prepares the plenary on {when}.",
    "mote.few_stormoten": {
        "one": (
            ":warning: The council has {count} plenary meeting planned in {year}. The guideline "
            "is at least four a year."
        ),
        "other": (
            ":warning: The council has {count} plenary meetings planned in {year}. The guideline "
            "is at least four a year."
        ),
    },
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
    "refused.members": (
        "Only the council's members, substitutes and unit representatives can {what}. "
        "Want to join? Ask {who}."
    ),
    "refused.not_submitter": "Only the person who sent the point can take it back.",
    "what.submit_point": "send points to the agenda",
    "what.manage_agenda": "change the agenda",
    "modal.cancel": "Cancel",
    "modal.save": "Save",
    "standing.unit_info": "Information from the unit",
    "standing.user_info": "Information from the user representatives",
    "standing.activity": "Activity",
    "standing.follow_up": "Follow-up of earlier decisions and actions",
    "standing.aob": "Any other business",
    "standing.formote_review": "Going through the plenary meeting's agenda",
    "kind.plural.stormöte": "the plenary meetings",
    "kind.plural.förmöte": "the pre-meetings",
    "kind.plural.arbetsgrupp": "the working groups' meetings",
    "standing.need_title": (
        "Write the title of the standing point, e.g. "
        "`/brukarrad stående lägg till Report from the working group`."
    ),
    "standing.no_such": {
        "one": (
            "There is no standing point number {number}; there is only one. See it with "
            "`/brukarrad stående{kind}`."
        ),
        "other": (
            "There is no standing point number {number}; there are {count}. See them with "
            "`/brukarrad stående{kind}`."
        ),
    },
    "standing.list": "*Standing points of {meetings}*\n{items}",
    "standing.usage": (
        "Change them with `/brukarrad stående lägg till &lt;title&gt;` or "
        "`/brukarrad stående ta bort &lt;number&gt;`. The pre-meetings and working groups "
        "have their own: write `förmöte` or `arbetsgrupp` after `stående`, e.g. "
        "`/brukarrad stående förmöte lägg till Questions for the plenary meeting`."
    ),
    "standing.added_reply": "Done, *{title}* is now a standing point of {meetings}.",
    "standing.removed_reply": "Done, *{title}* is no longer a standing point of {meetings}.",
    "status.inskickad": "submitted",
    "status.på dagordningen": "on the agenda",
    "status.behandlad": "handled",
    "status.flyttad": "moved",
    "status.avslagen": "declined",
    "status.återtagen": "withdrawn",
    "punkt.dm_message_gone": (
        "I can no longer find the message with the point – it may have been deleted. Please "
        "write it again, for example `punkt: Waiting times for doctors`."
    ),
    "punkt.number_only": (
        "A point needs a title in words, for example `/punkt Waiting times for doctors`. "
        "Looking for point {id}? It shows in `/dagordning`. If the title really is just {id}, "
        "write `/punkt {id}:`."
    ),
    "punkt.help": (
        "*/punkt – send a point to the agenda*\n"
        "• `/punkt &lt;title&gt;[: description]` – to the next plenary.\n"
        "   Example: `/punkt Waiting times: Many wait more than four weeks.`\n"
        "• `/punkt` with no text opens a form where you also choose the meeting.\n"
        "• `/punkt förmöte &lt;title&gt;` – to the associations' pre-meeting.\n"
        "• You can also write `punkt: &lt;title&gt;` in the council channel or to me directly, "
        "or choose *Lägg till som punkt* on a message.\n"
        "• `/punkt återta &lt;no&gt;` – take your point back.\n"
        "For the secretary and chair: `/punkt ta med &lt;no&gt;`, `/punkt övriga &lt;no&gt;`, "
        "`/punkt flytta &lt;no&gt; [till &lt;meeting no&gt;]`, `/punkt avslå &lt;no&gt; "
        "&lt;reason&gt;`, "
        "`/punkt behandlad &lt;no&gt; &lt;what happened&gt;`.\n"
        "You are always told what happens to your point."
    ),
    "punkt.need_title": "The point needs a title, e.g. `/punkt Waiting times`.",
    "punkt.change_usage": (
        "Write the point's number, e.g. `/punkt avslå 12 This is decided by the region` "
        "or `/punkt flytta 12`. The numbers are in `/dagordning`."
    ),
    "punkt.no_such_meeting": (
        "Meeting number {id} is not among the upcoming meetings you can send points to. "
        "See them with `/mote`."
    ),
    "punkt.no_formote": (
        "No pre-meeting is planned yet. Send the point to the plenary with `/punkt &lt;title&gt;`,"
        " "
        "or ask the chair to plan the pre-meeting with `/mote förmöte &lt;when&gt;`."
    ),
    "punkt.did_you_mean": (
        "Did you mean `/punkt {suggestion}`? I created no point. If you wanted to send a point "
        "titled *{title}*, put a colon after the title: `/punkt {title}:`"
    ),
    "punkt.unknown_word": (
        "I do not know `{word}` as a command, so I created no point. With a number after them, "
        "`återta`, `ta med`, `övriga`, `flytta`, `avslå` and `behandlad` work – see "
        "`/punkt hjälp`. If you wanted to send a point titled *{title}*, put a colon after the "
        "title: `/punkt {title}:`"
    ),
    "punkt.not_found": "I find no point number {id} here. The numbers are in `/dagordning`.",
    "punkt.already_settled": "Point number {id} is already {status}, so it cannot change.",
    "punkt.no_meeting_yet": (
        "Point number {id} is waiting for a meeting to be planned. Plan it with `/mote` first."
    ),
    "punkt.reason_required": (
        "Write why point {id} will not be taken up – whoever sent it will read the reason. "
        "E.g. `/punkt avslå {id} The region decides this; we invite them in spring`."
    ),
    "punkt.outcome_required": (
        "Write what happened to point {id}, e.g. "
        "`/punkt behandlad {id} The unit reviews phone hours by March`."
    ),
    "punkt.not_on_agenda": "Point number {id} is not on the agenda right now.",
    "punkt.next_planned": "the next meeting to be planned",
    "punkt.unknown_submitter": "former member",
    "punkt.received": (
        "Thank you! Your point *{title}* is on the agenda for {meeting} (point no. {id}). "
        "I will tell you when it has been handled. Undo with `/punkt återta {id}`."
    ),
    "punkt.received_late": (
        "Thank you! Your point *{title}* (no. {id}) came in after the last day for points to "
        "{meeting}, which was {deadline}. It is saved, and the chair or secretary decides "
        "whether it is taken up, taken under any other business or moved to the next meeting. "
        "I will tell you."
    ),
    "punkt.received_waiting": (
        "Thank you! Your point *{title}* (no. {id}) is saved. No plenary is planned yet, so it "
        "goes on the agenda of the next plenary planned. I will tell you."
    ),
    "punkt.duplicate": "This point already exists: *{title}* (no. {id}). Nothing new was made.",
    "punkt.renamed_by_message": "Changed: *{title}* (point no. {id}).",
    "punkt.closed_by_message": (
        "Editing the message does not change the point *{title}* (no. {id}): the agenda for "
        "{meeting} is already settled. If the title needs changing, ask {who}."
    ),
    "punkt.settled_by_message": (
        "The point *{title}* (no. {id}) is already {status}, so editing the message does not "
        "change it."
    ),
    "punkt.stands_by_message": (
        "The point *{title}* (no. {id}) is still there, although the message no longer starts "
        "with `punkt:`. To withdraw it, write `/punkt återta {id}` or delete the message."
    ),
    "punkt.withdrawn_by_message": (
        "You deleted the message, so your point *{title}* (no. {id}) is withdrawn. "
        "Feel free to write it again if you change your mind."
    ),
    "punkt.kept_by_message": (
        "You deleted the message, but the point *{title}* (no. {id}) is already {status} and "
        "stays in the council's records. If you have questions about it, ask the chair or "
        "the secretary."
    ),
    "punkt.attachment.image": "picture",
    "punkt.attachment.file": "file",
    "punkt.changed": "Done: point no. {id}, *{title}*, is now {status}.",
    "punkt.changed_renumbered": (
        "Done: point no. {old}, *{title}*, has moved and is now no. {id}. It is now {status}."
    ),
    "punkt.addition.agenda": (
        ":pushpin: *Added to the agenda* of {meeting} in {council}: *{title}* (point no. {id}) "
        "is taken up. It came in after the summons went out, so the summons does not list it."
    ),
    "punkt.addition.ovriga": (
        ":pushpin: *Added to the agenda* of {meeting} in {council}: *{title}* (point no. {id}) "
        "is taken up under any other business. It came in after the summons went out, so the "
        "summons does not list it."
    ),
    "punkt.which_council": "You are in several user councils. Which council is the point for?",
    "chat.help": (
        "Hi! I'm the council's bot and I understand short messages and commands. This works:\n"
        "• `point: Interpreter at visits` – a point for the agenda, here or in the council's "
        "channel (after a colon you can describe it more)\n"
        "• `/dagordning` – what the next meeting takes up\n"
        "• `/narvaro yes` or `/narvaro no` – answer the summons\n"
        "• `/mote` – the council's coming meetings\n"
        "• `/minadata` – what is stored about you\n"
        "Type `help` after a command, e.g. `/punkt help`, for more examples. "
        "Anything else? Ask the council's secretary."
    ),
    "punkt.dm_no_council": (
        "I find no user council you are a member of, so I don't know where the point goes. "
        "Ask the council's secretary to add you, or write the point in the council channel."
    ),
    "punkt.notice.placed": (
        "Hi! Your point *{title}* is now on the agenda for {meeting} in {council}."
    ),
    "punkt.notice.ovriga": (
        "Hi! Your point *{title}* is taken under any other business at {meeting} in {council}."
    ),
    "punkt.notice.moved": (
        "Hi! Your point *{title}* in {council} has moved to {meeting}. It is not forgotten – "
        "it is on that agenda instead."
    ),
    "punkt.notice.rejected": (
        "Hi! Your point *{title}* in {council} will not be taken up. The reason: {reason}\n"
        "If you want to talk about it, contact the chair or the secretary."
    ),
    "punkt.notice.handled": (
        "Hi! Your point *{title}* in {council} has been handled. This was the outcome: {outcome}"
    ),
    "punkt.notice.withdrawn": "Your point *{title}* in {council} is withdrawn.",
    "punkt.notice.cancelled_moved": (
        "Hi! The meeting where your point *{title}* was is cancelled. The point has moved to "
        "{meeting} in {council}."
    ),
    "punkt.notice.cancelled_waits": (
        "Hi! The pre-meeting where your point *{title}* was is cancelled, and no new one is "
        "planned yet. The point is saved; please raise it with the chair of {council}."
    ),
    "punkt.notice.late_for_officers": (
        "A late point has come in for {meeting} in {council}: *{title}* (no. {id}). "
        "Choose in `/dagordning` whether it is taken, taken under any other business, moved or "
        "declined."
    ),
    "punkt.modal.heading": "New point",
    "punkt.modal.submit": "Send",
    "punkt.modal.title": "Title",
    "punkt.modal.description": "Description",
    "punkt.modal.meeting": "For which meeting",
    "punkt.modal.no_meeting": (
        "No meeting is planned yet. The point is saved and goes on the next plenary planned."
    ),
    "punkt.modal.presents_label": "Presentation",
    "punkt.modal.presents": "I want to present the point myself",
    "punkt.modal.links": "Links or documents",
    "punkt.modal.reject_label": "Why is the point not taken up?",
    "punkt.modal.reject_hint": "Whoever sent the point will read the reason.",
    "punkt.modal.handle_label": "What was the outcome?",
    "punkt.modal.handle_hint": "Whoever sent the point will read it.",
    "dagordning.help": (
        "*/dagordning – the next meeting's agenda*\n"
        "• `/dagordning` – the next plenary.\n"
        "• `/dagordning förmöte` – the next pre-meeting (for the associations).\n"
        "• `/dagordning &lt;meeting no&gt;` – a given meeting (numbers in `/mote`).\n"
        "The secretary and chair get buttons to reorder, take late points, move and decline."
    ),
    "dagordning.usage": (
        "Type `/dagordning`, `/dagordning förmöte` or `/dagordning &lt;meeting no&gt;`, "
        "e.g. `/dagordning 3`."
    ),
    "dagordning.no_meeting": (
        "No such meeting is planned yet. Plan one with `/mote stormöte &lt;when&gt;`."
    ),
    "dagordning.title": "*Agenda – {meeting}*{place} (meeting no. {id}, {council})",
    "dagordning.open": {
        "one": "Points are received until {deadline} – {count} day left.",
        "other": "Points are received until {deadline} – {count} days left.",
    },
    "dagordning.closed": (
        "The last day for points was {deadline}. New points are saved as late, and the "
        "secretary or chair decides on them."
    ),
    "dagordning.point": "*{title}* (point no. {id}) – {who}",
    "dagordning.presents_self": " · wants to present it",
    "dagordning.late_mark": " · _late_",
    "dagordning.more": "The agenda continues in the next message (page {page} of {pages}).",
    "dagordning.continued": "*{meeting}*, the agenda continues (page {page}).",
    "dagordning.late_title": "*Late points waiting for a decision*",
    "dagordning.settled_title": "*Settled points*",
    "dagordning.carried": "Moved from an earlier meeting:",
    "dagordning.action": "Action {id}: {text} – owner {owner}, {due}",
    "dagordning.due": "due {date}",
    "dagordning.no_due": "no due date",
    "dagordning.hint": "Send a point with `/punkt &lt;title&gt;`.",
    "dagordning.hint_manage": (
        "The menu by each point reorders, moves, declines or marks it handled."
    ),
    "dagordning.menu.up": "Move up",
    "dagordning.menu.down": "Move down",
    "dagordning.menu.move": "Move to next meeting",
    "dagordning.menu.reject": "Decline (with reason)",
    "dagordning.menu.handle": "Handled",
    "dagordning.menu.take": "Take",
    "dagordning.menu.ovriga": "Any other business",
    # sandbox
    "sandbox.welcome": (
        "*Brukarbot – the sandbox.* You are talking to the real bot through a local Slack on "
        "this computer. Database: {database}\n"
        "Type as in Slack: a message or a command, for example `/brukarrad help`. "
        "`:help` shows the sandbox's own commands; `:quit` (or Ctrl-D) ends it."
    ),
    "sandbox.demo.created": (
        "The demo council *{council}* has been created in #{channel}, with members from "
        "RSMH Väst and Attention. In #{new} you can create your own with "
        "`/brukarrad skapa <name>`."
    ),
    "sandbox.demo.exists": (
        "The demo council *{council}* is already in the database, in #{channel}. "
        "In #{new} you can create your own with `/brukarrad skapa <name>`."
    ),
    "sandbox.demo.failed": (
        "I could not create the demo council in #{channel} ({error}). The sandbox works "
        "anyway: create a council in #{new} with `/brukarrad skapa <name>`."
    ),
    "sandbox.about.sara": "secretary, from the unit",
    "sandbox.about.olle": "chair, RSMH Väst",
    "sandbox.about.anna": "member and adjuster, RSMH Väst",
    "sandbox.about.lina": "member, Attention",
    "sandbox.about.erik": "substitute, Attention",
    "sandbox.about.vera": "unit representative (unit manager)",
    "sandbox.about.nils": "in the channels but on no council",
    "sandbox.about.bot": "the bot",
    "sandbox.who": "You are {name} ({user}) in {place}. The time is {when}.",
    "sandbox.bye": "Goodbye! What you did is kept in {database}.",
    "sandbox.place.dm": "DM with the bot",
    "sandbox.from.channel": "{author} in {place}",
    "sandbox.from.thread": "{author} in the thread under {parent} in {place}",
    "sandbox.from.dm": "{author} to you ({place})",
    "sandbox.from.ephemeral": "{author} in {place} (only you see this)",
    "sandbox.edited": " (edited)",
    "sandbox.unread_elsewhere": {
        "one": "Unread in {place}: {count} message. Go there with `:channel {name}`.",
        "other": "Unread in {place}: {count} messages. Go there with `:channel {name}`.",
    },
    "sandbox.image": "[image: {alt}]",
    "sandbox.choose": "Choose …",
    "sandbox.cancel": "Cancel",
    "sandbox.failed": "That did not work: {error}",
    "sandbox.bot_failed": "“{what}” did not go through: the bot answered HTTP {status}.",
    "sandbox.command_failed": (
        "{command} did not go through: the bot answered HTTP {status}. Perhaps the command "
        "does not exist yet; `:help` shows how the sandbox works."
    ),
    "sandbox.unknown_meta": (
        "I do not know `:{word}`. Type `:help` to see the sandbox's commands, "
        "for example `:user anna` or `:clock +2d`."
    ),
    "sandbox.help": (
        "*The sandbox*\n"
        "Type as in Slack: a message, or a command such as `/brukarrad visa` or "
        "`/mote help`. @firstname (for example @anna) becomes a real mention.\n"
        "• `:user [name]` – be someone else (no name: list everyone)\n"
        "• `:channel [name]` – go to a channel, `:channel dm` to your DM with the bot "
        "(no name: list them all)\n"
        "• `:press <number>` – press the button or menu with that number\n"
        "• `:thread 3` – open the thread under message m3 (the number stands before the "
        "sender): what you type goes there, e.g. minutes lines in the summons' thread; "
        "`:thread` closes it\n"
        "• `:shortcut 3` – the shortcut *Lägg till som punkt* on message m3\n"
        "• `:clock +2d`, `:clock +3h`, `:clock 2026-12-01T09:00`, "
        "`:clock nästa tisdag kl 9` – move the clock forward (no time: show it)\n"
        "• `:dm` – all your direct messages from the bot\n"
        "• `:file` – the files the bot has sent you (CSV, DOCX, JSON); `:file 2` saves file 2 "
        "in the folder you started the sandbox from\n"
        "• `:home` – open Brukarbot's Home tab\n"
        "• `:save` – save now (it is also done after every line): the next start on the same "
        "database goes on with the same clock, messages and files\n"
        "• `:who` – who and where you are\n"
        "• `:help` – this text\n"
        "• `:quit` (or Ctrl-D) – leave\n"
        "Forms are filled in one field at a time; `:cancel` closes them. "
        "Swedish names work too: :som, :kanal, :tryck, :tråd, :genväg, :klocka, :fil, :spara, "
        ":hem, :vem, :hjälp, :avsluta."
    ),
    "sandbox.user.list": "Who do you want to be? Type `:user <name>`:",
    "sandbox.user.line": "{marker} {name} (@{handle}) – {about}",
    "sandbox.user.unknown": "Nobody in the sandbox is called “{name}”. Type `:user` to see all.",
    "sandbox.user.ambiguous": "“{name}” could be {names}. Type more of the name.",
    "sandbox.channel.list": "Channels (switch with `:channel <name>`):",
    "sandbox.channel.line": "{marker} #{name}",
    "sandbox.channel.dm_line": "{marker} dm – your direct messages with the bot",
    "sandbox.channel.unknown": (
        "There is no channel “{name}”. Type `:channel` to see them all, or `:channel dm`."
    ),
    "sandbox.file.line": "📎 {name} ({kind}, {size}) – save it with `:file {number}`",
    "sandbox.file.bytes": {"one": "{count} byte", "other": "{count} bytes"},
    "sandbox.file.kb": "{size} kB",
    "sandbox.file.list": "Files the bot has sent you:",
    "sandbox.file.none": (
        "The bot has not sent you any files yet. They come with, for example, "
        "`/arvode`, `/protokoll utkast` and `/minadata export`."
    ),
    "sandbox.file.saved": "File {number}, {name}, is saved as {path}.",
    "sandbox.file.unknown": "You have no file number {number}. Type `:file` to see your files.",
    "sandbox.file.which": "Type the file's number, e.g. `:file 1`. `:file` lists your files.",
    "sandbox.message.number": "m{number}",
    "sandbox.message.sent": "  (your message is {label})",
    "sandbox.message.unknown": (
        "There is no message m{number} in {place}. The number stands before the sender, "
        "for example “m3 · brukarbot in #brukarrad-demo”."
    ),
    "sandbox.place.thread": "{place} › thread {parent}",
    "sandbox.thread.opened": (
        "The thread under {parent} is open: what you type now goes there, for example "
        "minutes lines such as `beslut: …` in the summons' thread. `:thread` takes you back "
        "to {place}."
    ),
    "sandbox.thread.closed": "The thread is closed. What you type goes to {place} again.",
    "sandbox.thread.usage": (
        "Type `:thread <number>` to open the thread under a message in {place}, "
        "for example `:thread 3` for m3. The number stands before the sender."
    ),
    "sandbox.shortcut.name": "Lägg till som punkt",
    "sandbox.shortcut.usage": (
        "Type `:shortcut <number>` to make a message in {place} a point "
        "(*Lägg till som punkt*), for example `:shortcut 3` for m3."
    ),
    "sandbox.state.resumed": (
        "The sandbox goes on where you left it (saved in {path}): the time is {when}, and "
        "messages, threads and files are still here. `:dm`, `:thread` and `:file` show them again."
    ),
    "sandbox.state.saved": (
        "Saved in {path}: the clock ({when}) and everything shown are still here when you start "
        "the sandbox again on the same database. It is also saved by itself after every line."
    ),
    "sandbox.state.memory": (
        "The database lives only in memory, so there is nowhere to save. Start with a database "
        "file, for example DATABASE_URL=sqlite:///brukarbot.db."
    ),
    "sandbox.dm.none": "You have no direct messages from the bot yet.",
    "sandbox.home.title": "Home tab",
    "sandbox.home.none": "The bot has no Home tab for you yet.",
    "sandbox.press.none": "There are no buttons to press right now.",
    "sandbox.press.which": "Type the number of a button, 1–{last}, for example `:press 1`.",
    "sandbox.press.confirm": "{title}: {text} (y = {yes}, n = {no}) ",
    "sandbox.clock.now": "The time is {when}.",
    "sandbox.clock.moved": "The time is now {when}.",
    "sandbox.clock.backwards": (
        "The clock only moves forward in the sandbox, and it is already {when}. "
        "Type for example `:clock +2d`."
    ),
    "sandbox.clock.usage": (
        "Type for example `:clock +2d`, `:clock +3h`, `:clock 2026-12-01T09:00` "
        "or `:clock nästa tisdag kl 9`."
    ),
    "sandbox.modal.opened": "A form opened: {title}",
    "sandbox.modal.hint": (
        "Fill in one field at a time. Enter keeps what is in [ ] or skips an optional "
        "field; `:cancel` closes the form."
    ),
    "sandbox.modal.confirm": "Enter for “{submit}”, `:cancel` to close: ",
    "sandbox.modal.fix": "The bot asks you to correct:",
    "sandbox.modal.closed": "The form was closed without being sent.",
    "sandbox.field.optional": "(optional)",
    "sandbox.field.required": "This field must be filled in.",
    "sandbox.field.bad_number": (
        "Type the number (1–{last}) or the start of the text of an option; several with commas, "
        "for example 1, 3."
    ),
    "sandbox.field.one_number": "Choose a single option, a number 1–{last}.",
    "sandbox.field.who": "I find no single match for “{name}”. Type the first name, e.g. anna.",
    "sandbox.field.bad_date": "Type the date as YYYY-MM-DD, for example 2026-12-01.",
    "sandbox.field.bad_time": "Type the time as HH:MM, for example 13:30.",
    "sandbox.field.bad_datetime": "Type the date and time as 2026-12-01T13:30.",
    "sandbox.field.bad_number_input": "Type a number, for example 3.",
    # påminnelser
    "reminder.punkt": (
        "Hello! Is there something you would like to raise at the next meeting ({meeting})? "
        "Send your point by *{deadline}* with `/punkt &lt;title&gt;`, e.g. "
        "`/punkt Waiting times at the clinic`. Big and small questions are welcome, and a "
        "point that comes late is taken care of too."
    ),
    "reminder.kallelse": (
        "Hello! The summons to the meeting ({meeting}) has not gone out yet. It needs to be "
        "sent by *{last_day}*, so that everyone has time to prepare. Type `/kallelse` in the "
        "council's channel to see it and send it."
    ),
    "reminder.handlingar": (
        "Hello! The meeting ({meeting}) is coming up. Take a moment to read the documents in "
        "the summons when it suits you. Press “I have read them” in the summons when you are "
        "done, and I will not remind you about them again."
    ),
    "reminder.svar": (
        "Hello! Are you coming to the meeting ({meeting})? Please answer in the summons, so we "
        "know how many we will be. If you cannot come, you can send your apologies there, and "
        "a substitute can go in your place."
    ),
    "reminder.motesdag": "Good morning! Today it is {meeting}. A warm welcome!",
    "reminder.protokoll": (
        "Hello! The minutes of the meeting ({meeting}) are to be sent out by *{due}*, after "
        "the adjuster has approved them."
    ),
    "reminder.atgard": (
        "Hello! The action “{text}”, which you are responsible for, is due *{due}*. If you "
        "need more time or help, just say so."
    ),
    "reminder.contact": "Questions? Please ask {contact}.",
    "reminder.footer": (
        "_Reminder from {council}. Would you like fewer reminders, or at other times? "
        "Type `/paminnelser`._"
    ),
    "paminnelser.help": (
        "*/paminnelser – which reminders you get, and when*\n"
        "• `/paminnelser` – show your choices.\n"
        "• `/paminnelser av &lt;kind&gt;` / `/paminnelser på &lt;kind&gt;` – turn a kind off or "
        "on.\n"
        "   Kinds: {kinds} (or alla).\n"
        "   Example: `/paminnelser av svar mötesdag`\n"
        "• `/paminnelser tider 9-18` – the hours when reminders may arrive.\n"
        "• `/paminnelser dagar mån-fre` – the days when they may arrive "
        "(e.g. `mån, ons, fre`, `vardagar` or `alla`).\n"
        "• `/paminnelser paus` / `/paminnelser fortsätt` – pause all reminders, and start them "
        "again.\n"
        "• `/paminnelser standard` – back to the usual: all kinds, every day, 8–20.\n"
        "• `/paminnelser rådet` – in the council's channel: how many days before the council "
        "reminds. The secretary and chair change it with e.g. `/paminnelser rådet punkt 5 2`.\n"
        "A reminder that falls outside your hours comes the next time that suits you, once."
    ),
    "paminnelser.title": "*Your reminders*",
    "paminnelser.kind_line": "• `{kind}` – {what}: *{state}*",
    "paminnelser.on": "on",
    "paminnelser.off": "off",
    "paminnelser.what.punkt": "when the last day to send points is near",
    "paminnelser.what.kallelse": (
        "when the summons has not gone out and its last day is near (secretary and chair)"
    ),
    "paminnelser.what.handlingar": "read the documents before the meeting",
    "paminnelser.what.svar": "answer the summons",
    "paminnelser.what.motesdag": "in the morning of the meeting day, with place or link",
    "paminnelser.what.protokoll": "when the minutes are due (secretary)",
    "paminnelser.what.atgard": "when an action you are responsible for is due",
    "paminnelser.when": "Reminders arrive {start}–{end}, {days}.",
    "paminnelser.days.all": "every day",
    "paminnelser.paused": (
        ":pause_button: All reminders are paused. Type `/paminnelser fortsätt` when you want "
        "them again."
    ),
    "paminnelser.hint": (
        "Change them with e.g. `/paminnelser av svar`, `/paminnelser tider 9-18`, "
        "`/paminnelser dagar mån-fre` or `/paminnelser paus`. "
        "`/paminnelser hjälp` shows everything."
    ),
    "paminnelser.changed": "Done, that is changed.",
    "paminnelser.unknown": (
        "I do not recognise `{word}`. Type e.g. `/paminnelser av svar` or "
        "`/paminnelser tider 9-18`, or `/paminnelser hjälp` to see everything."
    ),
    "paminnelser.need_kind": (
        "Say which kind of reminder, e.g. `/paminnelser av svar`. The kinds are {kinds}."
    ),
    "paminnelser.unknown_kind": (
        "I do not recognise the reminder `{word}`. The kinds are {kinds}. "
        "Example: `/paminnelser av mötesdag`."
    ),
    "paminnelser.bad_hours": (
        "I did not understand “{text}” as hours. Type from and to in whole hours, e.g. "
        "`/paminnelser tider 9-18`."
    ),
    "paminnelser.bad_days": (
        "I did not understand “{text}” as weekdays. Type e.g. "
        "`/paminnelser dagar mån-fre`, `/paminnelser dagar mån, ons, fre` or "
        "`/paminnelser dagar alla`."
    ),
    "paminnelser.council.title": "*When {council} sends reminders*",
    "paminnelser.council.line": "• `{kind}` ({anchor}): {timing}",
    "paminnelser.council.timing": {
        "one": "{days} day before, at {hour}:00",
        "other": "{days} days before, at {hour}:00",
    },
    "paminnelser.council.off": "off for the council",
    "paminnelser.anchor.punkt": "the last day for points",
    "paminnelser.anchor.kallelse": "the last day for the summons",
    "paminnelser.anchor.handlingar": "the meeting",
    "paminnelser.anchor.svar": "the meeting",
    "paminnelser.anchor.motesdag": "the meeting",
    "paminnelser.anchor.protokoll": "the last day for the minutes",
    "paminnelser.anchor.atgard": "the action's due date",
    "paminnelser.council.hint": (
        "The secretary and chair change it with e.g. `/paminnelser rådet punkt 5 2` "
        "(days before), `/paminnelser rådet svar av` or `/paminnelser rådet punkt standard`."
    ),
    "paminnelser.council.usage": (
        "Say which kind and how many days before, e.g. "
        "`/paminnelser rådet punkt 5 2`, `/paminnelser rådet svar av` or "
        "`/paminnelser rådet punkt standard`."
    ),
    "paminnelser.council.bad_days": (
        "I did not understand “{text}” as days. Type whole days before the date, at most "
        "{limit}, e.g. `/paminnelser rådet punkt 5 2`."
    ),
    # närvaro och arvode
    "refused.secretary": "Only the council's secretary can {what}.",
    "what.register_attendance": "register attendance",
    "what.attend": "answer invitations, check in and see attendance",
    "what.see_absence_reasons": "see the reasons for absence",
    "what.see_fees": "see other people's fee basis (see your own with `/arvode mitt`)",
    "presence.present": "Present",
    "presence.remote": "Remote",
    "presence.absent": "Absent",
    "narvaro.help": (
        "*/narvaro – attendance at the council's meetings*\n"
        "• `/narvaro kommer` – say you are coming, to the summons you got last (I say which "
        "meeting it is).\n"
        "• `/narvaro kommer inte [reason]` – send apologies. If you hold a seat I ask your "
        "association's substitutes whether one of them can go instead.\n"
        "   Example: `/narvaro kommer inte clashes with work`\n"
        "• `/narvaro läst [hours]` – you have read the documents, ideally with how long it took: "
        "`/narvaro läst 2.5`\n"
        "• `/narvaro incheckning [distans]` – check in to the meeting under way "
        "(from half an hour before the start).\n"
        "• `/narvaro [nr]` – secretary and chair: open the attendance checklist.\n"
        "• `/narvaro lista [nr]` – a meeting's attendance, by association.\n"
        "• `/narvaro statistik` – how often each association attended the plenaries in the last "
        "year.\n"
        "Write `förmöte` or the meeting's number first for another meeting: "
        "`/narvaro förmöte kommer`, `/narvaro 12 kommer inte ill`, `/narvaro förmöte lista`."
    ),
    "narvaro.usage": (
        "I did not understand that. Try `/narvaro kommer`, `/narvaro kommer inte nr 3 ill` or "
        "`/narvaro lista 3`. More with `/narvaro hjälp`."
    ),
    "narvaro.no_meeting_ahead": (
        "There is no coming meeting to answer. See the meetings with `/mote`."
    ),
    "narvaro.no_meeting_now": (
        "No meeting is under way and none has been held yet. Choose one by number, for example "
        "`/narvaro 3`. See the numbers with `/mote`."
    ),
    "narvaro.no_meeting_yet": (
        "The council has not met yet. See the list of a coming meeting by its number, "
        "for example `/narvaro lista 3`."
    ),
    "narvaro.answer.started": (
        "{meeting} has already started, so it is too late to answer. "
        "Are you there? Check in with `/narvaro incheckning`."
    ),
    "narvaro.answer.substitute_only": (
        "As a substitute you need not answer the invitation. If a member of your association "
        "cannot come, I will ask you whether you can go instead."
    ),
    "narvaro.answer.coming": "Thank you! You are down as coming to {meeting}.",
    "narvaro.answer.away": "Thanks for letting us know. You are down as absent from {meeting}.",
    "narvaro.answer.asked": (
        "I am asking the substitutes of {forening} whether one can go instead: {names}."
    ),
    "narvaro.answer.nobody_covered": (
        "{forening} has no substitute to ask, but the association has other representatives "
        "summoned to the meeting."
    ),
    "narvaro.answer.nobody": ("{forening} has no substitute to ask, so I have told the secretary."),
    "narvaro.answer.replaced": (
        "Note: {substitute} has already promised to go in your place. "
        "Tell the secretary which of you goes."
    ),
    "narvaro.substitute.ask": (
        "Hello! {absent} ({forening}) cannot come to {meeting} in *{council}*. Can you go instead?"
    ),
    "narvaro.substitute.yes": "Yes, I can go",
    "narvaro.substitute.no": "No",
    "narvaro.substitute.accepted": (
        "Thank you! You go instead of {absent} to {meeting}. You are on the attendance list."
    ),
    "narvaro.substitute.declined": "Thanks for answering. I will ask the other substitutes.",
    "narvaro.substitute.declined_last": (
        "Thanks for answering. There is no other substitute to ask, so I will tell {absent} "
        "that nobody can go instead."
    ),
    "narvaro.substitute.taken": (
        "Thank you! Another substitute said yes first, so you need not go to {meeting}."
    ),
    "narvaro.substitute.not_needed": (
        "No substitute is needed for {absent} at {meeting} any more. Thank you all the same!"
    ),
    "narvaro.substitute.settled": (
        "It is settled: {substitute} goes instead of {absent} to {meeting}. "
        "Thank you for being ready!"
    ),
    "narvaro.substitute.found": "{substitute} goes in your place to {meeting}.",
    "narvaro.substitute.none_could": (
        "Unfortunately none of the substitutes of {forening} can go in your place to {meeting} "
        "in *{council}*."
    ),
    "narvaro.substitute.nobody": (
        "{absent} ({forening}) has sent apologies for {meeting} in *{council}*, and there is no "
        "substitute left to ask. {forening} may be missing at the meeting."
    ),
    "narvaro.substitute.missing": (
        "Before {meeting} in *{council}*: no substitute has said yes for {forening} "
        "({absent} sent apologies). {forening} may be missing at the meeting."
    ),
    "narvaro.substitute.unknown": (
        "I cannot find that question any more. The meeting may have been cancelled."
    ),
    "narvaro.substitute.not_yours": "That question was for someone else, so I changed nothing.",
    "narvaro.read": "Thank you! I have noted that you have read the documents for {meeting}.",
    "narvaro.read.hours": {
        "one": " Your reading time: {count} hour.",
        "other": " Your reading time: {count} hours.",
    },
    "narvaro.read.usage": (
        "I could not read that. After `läst` you can give the hours the reading took (at most "
        "24, decimals welcome) and the meeting's number if it is another meeting, for example "
        "`/narvaro läst 2.5` or `/narvaro läst 2.5 nr 12`."
    ),
    "narvaro.other": "Did you mean {meeting}? Then type `/narvaro {id} {word}`.",
    "narvaro.checkin.no_meeting": (
        "No meeting is under way to check in to. Check-in opens half an hour before a meeting."
    ),
    "narvaro.checkin.closed": (
        "Check-in for meeting no. {meeting} is closed. It is open from half an hour before the "
        "meeting until it ends."
    ),
    "narvaro.checkin.done": "Welcome! You are checked in to {meeting} ({presence}).",
    "narvaro.checkin.late": " I have noted that you came at {time}.",
    "narvaro.checkin.already": "You are already checked in to {meeting}.",
    "narvaro.checkin.prompt": (
        "*{meeting} is about to start.* Are you here? Check in to be on the attendance list."
    ),
    "narvaro.checkin.button": "I am here",
    "narvaro.checkin.button_remote": "I am taking part remotely",
    "narvaro.modal.title": "Attendance",
    "narvaro.modal.submit": "Save",
    "narvaro.modal.cancel": "Cancel",
    "narvaro.modal.intro": (
        "*{meeting}*\nMark everyone. Fill in times only for those who came late or left early."
    ),
    "narvaro.modal.too_many": (
        "The list has {total} people, but only the first {shown} fit here. The others check in "
        "themselves with `/narvaro incheckning`."
    ),
    "narvaro.modal.arrived": "{name}: came late, at",
    "narvaro.modal.left": "{name}: left early, at",
    "narvaro.register.not_yet": (
        "Meeting no. {meeting} has not started yet. Attendance can be registered from half an "
        "hour before it."
    ),
    "narvaro.register.left_before_arrived": (
        "{name} cannot have left before arriving. Check the times."
    ),
    "narvaro.register.saved": "Attendance for {meeting} is saved: {summary}.",
    "narvaro.count.present": {
        "one": "{count} present",
        "other": "{count} present",
    },
    "narvaro.count.remote": {
        "one": "{count} remote",
        "other": "{count} remote",
    },
    "narvaro.count.absent": {
        "one": "{count} absent",
        "other": "{count} absent",
    },
    "narvaro.status.coming": "coming",
    "narvaro.status.not_coming": "sent apologies",
    "narvaro.status.none": "no answer",
    "narvaro.list.title": "*Attendance: {meeting}*",
    "narvaro.list.line": "• {name} – {status}{details}",
    "narvaro.list.arrived": ", came at {time}",
    "narvaro.list.left": ", left at {time}",
    "narvaro.list.replaces": ", replaces {name}",
    "narvaro.list.replaced_by": ", replaced by {name}",
    "narvaro.list.reason": " ({reason})",
    "narvaro.stats.title": {
        "one": (
            "*Attendance by association since {since}* ({count} plenary with attendance registered)"
        ),
        "other": (
            "*Attendance by association since {since}* ({count} plenaries with attendance "
            "registered)"
        ),
    },
    "narvaro.stats.line": "• {forening}: {attended} of {meetings} ({percent} %)",
    "narvaro.stats.often_missing": {
        "one": " – missed {count} plenary",
        "other": " – missed {count} plenaries",
    },
    "narvaro.stats.note": (
        "Has an association been missing several times? The chair is welcome to get in touch, "
        "ask how things are going, and whether something would make it easier to take part."
    ),
    "narvaro.stats.none": (
        "No attendance has been registered for any plenary in the last year. "
        "Register it during the meeting with `/narvaro`."
    ),
    "arvode.help": (
        "*/arvode – fee basis*\n"
        "• `/arvode mitt [period]` – your own basis, for example `/arvode mitt november`.\n"
        "• `/arvode mina uppgifter` – show what you have entered. Change with "
        "`/arvode mina uppgifter lön 28000 skift ja resa 120` (monthly salary and travel cost per "
        "meeting in whole kronor, shift work ja/nej). Erase with `/arvode mina uppgifter "
        "radera`.\n"
        "• `/arvode [period]` – the secretary: everyone's basis as a summary and a CSV file. "
        "Period: empty (this month), `november`, `2026-11` or `2026`.\n"
        "• `/arvode inställningar` – the council's rules. The secretary and chair change them, "
        "for example `/arvode inställningar nivå 1 halvdag 600 heldag 1000 gräns 4 läsning 2 "
        "tak 45000`.\n"
        "   nivå 1 (full fee), 2 (lost income and travel) or 3 (nothing) · halvdag/heldag in "
        "kronor · gräns: more hours than this make a full day · läsning: reading hours per "
        "meeting, or nej · tak: monthly amount capping lost income, or inget · maxtimmar: lost "
        "income per day (8) · månadstimmar: the salary is divided by (165).\n"
        "Only the secretary sees other people's basis and data."
    ),
    "arvode.settings.usage": (
        "Write what to change and the value, for example "
        "`/arvode inställningar nivå 1 halvdag 600 heldag 1000 gräns 4 läsning 2 tak 45000`."
    ),
    "arvode.settings.unknown": (
        "I do not know the setting `{name}`. You can change nivå, halvdag, heldag, gräns, "
        "läsning, tak, maxtimmar and månadstimmar, for example `/arvode inställningar heldag "
        "1000`."
    ),
    "arvode.settings.bad_level": (
        "The level is 1, 2 or 3, not `{value}`: 1 is the full fee, 2 lost income and travel, "
        "3 nothing. For example `/arvode inställningar nivå 1`."
    ),
    "arvode.settings.bad_month_hours": (
        "`{value}` does not work as month hours. Write a whole number from 1 to {limit}, "
        "for example `/arvode inställningar månadstimmar 165`."
    ),
    "arvode.bad_amount": (
        "`{value}` does not work as an amount for {name}. Write whole kronor without spaces, "
        "for example `{usage} {name} 600`."
    ),
    "arvode.bad_hours": (
        "`{value}` does not work as hours for {name}. Write hours up to {limit}, "
        "for example `{usage} {name} 2.5`."
    ),
    "arvode.bad_yes_no": (
        "Write ja or nej for {name}, not `{value}`. For example `{usage} {name} ja`."
    ),
    "arvode.settings.title": "*Fee rules of {council}*",
    "arvode.settings.changed": "Done, the fee rules of {council} are changed.",
    "arvode.settings.rules": (
        "Level {level}: {level_text}\n"
        "Half-day fee {half} kr · full-day fee {full} kr (more than {over} in a day is a "
        "full day, at most one full-day fee a day)\n"
        "Reading: {reading}\n"
        "Lost income: monthly salary / {month_hours} an hour, at most {max_day} a day "
        "(except shift workers) · {cap}\n"
        "Travel: as each person enters it. Remote participation is paid like physical."
    ),
    "arvode.level.1": "full fee (half or full day), lost income and travel",
    "arvode.level.2": "lost income and travel, no fee",
    "arvode.level.3": "no compensation",
    "arvode.settings.cap": "cap {cap} kr a month",
    "arvode.settings.no_cap": "no cap set",
    "arvode.settings.reading": {
        "one": "{count} hour per meeting for those who read the documents",
        "other": "{count} hours per meeting for those who read the documents",
    },
    "arvode.settings.no_reading": "does not count",
    "arvode.profile.usage": (
        "Write for example `/arvode mina uppgifter lön 28000 skift ja resa 120`, "
        "or just `/arvode mina uppgifter` to see what you have entered."
    ),
    "arvode.profile.unknown": (
        "I do not know `{name}`. You can give lön (monthly salary), skift (ja/nej) and resa "
        "(kronor per meeting), for example `/arvode mina uppgifter lön 28000 skift nej resa 120`."
    ),
    "arvode.profile.not_member": (
        "You are not on any user council here, so there is no fee to work out."
    ),
    "arvode.profile.show": (
        "*Your data for the fee*\nMonthly salary: {salary} · shift work: {shift} · "
        "travel per meeting: {travel}"
    ),
    "arvode.profile.not_given": "not given",
    "arvode.profile.kronor": "{amount} kr",
    "arvode.profile.saved": "Saved.",
    "arvode.profile.privacy": (
        "Only you and the council's secretary see your data. Lost income needs a certificate "
        "from your employer, which you give the secretary. Erase with "
        "`/arvode mina uppgifter radera`."
    ),
    "arvode.profile.erased": "Your data for the fee is erased.",
    "arvode.profile.nothing": "You have no saved data for the fee.",
    "arvode.yes": "yes",
    "arvode.no": "no",
    "arvode.period.not_understood": (
        "I did not understand `{text}` as a period. Write a month or a year, for example "
        "`/arvode november`, `/arvode 2026-11` or `/arvode 2026`."
    ),
    "arvode.report.title": "*Fee basis of {council}, {period}*",
    "arvode.report.own_title": "*Your fee basis in {council}, {period}*",
    "arvode.report.empty": "No registered attendance giving compensation in {period}.",
    "arvode.report.person": (
        "• *{name}*{forening}: {day_fees} · lost income "
        "{income_hours} h ({income} kr) · travel {travel} kr · total {total} kr"
    ),
    "arvode.report.own_line": (
        "• {meeting}: {hours} h meeting, {reading} h reading · {day_fee} ({amount} kr) · "
        "lost income {income_hours} h ({income} kr) · travel {travel} kr{notes}"
    ),
    "arvode.report.note": " · _{note}_",
    "arvode.report.meeting_nr": "{meeting} (no. {id})",
    "arvode.report.unregistered": (
        ":warning: Attendance is not registered for {meetings}. Register with `/narvaro "
        "&lt;nr&gt;`."
    ),
    "arvode.report.without_formoten": (
        "Pre-meetings are not included: their attendance is the associations' own. The chair can "
        "see it with `/narvaro lista &lt;nr&gt;`."
    ),
    "arvode.report.file": "The whole basis is in our direct messages as a CSV file.",
    "arvode.report.file_failed": (
        "I could not send the CSV file just now. Please try again shortly."
    ),
    "arvode.report.file_title": "Fee basis {council} {period}",
    "arvode.count.full": {
        "one": "{count} full day",
        "other": "{count} full days",
    },
    "arvode.count.half": {
        "one": "{count} half day",
        "other": "{count} half days",
    },
    "arvode.count.no_day_fee": "no day fee",
    "arvode.day_fee.full": "full day",
    "arvode.day_fee.half": "half day",
    "arvode.day_fee.none": "none",
    "arvode.csv.filename": "fee-basis-{period}.csv",
    "arvode.csv.header": (
        "Meeting|Date|Meeting type|Name|Association|Participation|From|To|Meeting hours|"
        "Reading hours|Fee|Fee kr|Lost income hours|Hourly rate kr|Lost income kr|Travel kr|"
        "Total kr|Note"
    ),
    "arvode.csv.present": "in person",
    "arvode.csv.remote": "remote",
    "fees.note.day_fee_elsewhere": "the day fee is counted on an earlier meeting the same day",
    "fees.note.day_limit": "lost income limited to the day's maximum hours",
    "fees.note.no_end": "the meeting has no end time, so hours could not be counted",
    "fees.note.unpaid_level": "the council pays no compensation (level 3)",
    # kallelse
    "what.send_kallelse": "send meeting summonses and change what they say",
    "kallelse.help": (
        "*/kallelse – the summons to the council's meetings*\n"
        "• `/kallelse` – preview the summons to the next plenary meeting (only you see it) and "
        "send it with a button. `/kallelse förmöte` or `/kallelse 12` for another meeting.\n"
        "• `/kallelse status` (or `/kallelse 12 status`) – whom the summons has reached, whom "
        "it is waiting for and why it did not arrive.\n"
        "• `/kallelse underlag &lt;link&gt; [title]` – add a document, e.g. "
        "`/kallelse underlag https://example.org/budget.pdf Budget 2027`. A document that comes "
        "after the summons is announced to everyone.\n"
        "• What the summonses to the council's plenary meetings say:\n"
        "   `/kallelse syfte So that users can influence the care at the clinic.`\n"
        "   `/kallelse leds av @Olle` · `/kallelse kontakt @Sara`\n"
        "   `/kallelse paus 14:30, 20 minutes` · `/kallelse fika Coffee and sandwiches.`\n"
        "   `/kallelse förberedelse Read the documents and ask your association what to raise.`\n"
        "   The pre-meetings and working groups have their own: put `förmöte` or `arbetsgrupp` "
        "first, e.g. `/kallelse förmöte paus 10:45`. "
        "Put the meeting's number first to change only that meeting: "
        "`/kallelse 12 förberedelse Read the budget proposal.` Remove with `ta bort`, e.g. "
        "`/kallelse 12 syfte ta bort`.\n"
        "• `/kallelse förkortning LSS = the act on support and service for persons with "
        "certain functional impairments` – abbreviations are explained in the summons when the "
        "agenda uses them. `/kallelse förkortningar` lists them.\n"
        "• `/kallelse e-post anna@example.org` – get the summons by email too, with a calendar "
        "invitation. `/kallelse e-post ta bort` removes the address. The secretary and the chair "
        "can add the address of a member who does not use Slack: "
        "`/kallelse e-post @Anna anna@example.org`.\n"
        "The summons must go out at least as many days before the meeting as the council has "
        "decided (`/brukarrad inställningar kallelse 7`). Every member gets it as a direct "
        "message and answers with its buttons."
    ),
    "kallelse.usage": (
        "Write the meeting's number after `nr`, e.g. `/kallelse nr 12`. See the numbers with "
        "`/mote`."
    ),
    "kallelse.no_meeting": (
        "No plenary meeting is planned yet, so there is no summons to send. Plan one with "
        "`/mote stormöte &lt;when&gt;`, or choose another meeting by its number: `/kallelse 12`."
    ),
    "kallelse.no_formote": "No pre-meeting is planned. Plan one with `/mote förmöte &lt;when&gt;`.",
    "kallelse.council_wide": (
        "`{word}` is for the whole council, not one meeting or kind of meeting. Write it "
        "right after `/kallelse`, without a meeting number or `förmöte`."
    ),
    "kallelse.arbetsgrupp_number": (
        "Write the working group meeting's number, e.g. `/kallelse 12` or "
        "`/kallelse 12 underlag &lt;link&gt;`. See the numbers with `/mote`."
    ),
    "kallelse.heading": "Summons to the {kind} – {council}",
    "kallelse.when": "When",
    "kallelse.place": "Where",
    "kallelse.place_later": "to be announced",
    "kallelse.link": "Link",
    "kallelse.purpose": "Purpose",
    "kallelse.leader": "Chaired by",
    "kallelse.contact": "Contact person",
    "kallelse.agenda": "Agenda",
    "kallelse.agenda_empty": "The agenda is not ready yet.",
    "kallelse.documents": "Documents",
    "kallelse.practical": "Practical matters",
    "kallelse.breaks": "Breaks",
    "kallelse.food": "Refreshments",
    "kallelse.preparation": "Preparation",
    "kallelse.glossary": "Abbreviations",
    "kallelse.action": "Action {id}: {text}",
    "kallelse.action_owner": "owner {owner}, {due}",
    "kallelse.presents_self": " (presents it themselves)",
    "kallelse.the_secretary": "the council's secretary",
    "kallelse.footer.answer": (
        "Answer with the buttons below, so we know who is coming. If you cannot come, a "
        "substitute from your association is asked."
    ),
    "kallelse.footer.substitute": (
        "You get the summons as a substitute. If someone from your association cannot come, "
        "you will be asked to go in their place."
    ),
    "kallelse.footer.channel": (
        "Every member and substitute gets the summons as a direct message from me and answers "
        "there."
    ),
    "kallelse.footer.contact": "Questions about the meeting? Contact {contact}.",
    "kallelse.button.coming": "I am coming",
    "kallelse.button.not_coming": "I cannot come (a substitute is asked)",
    "kallelse.button.read": "I have read the documents",
    "kallelse.answered.coming": (
        "*Your answer:* you are coming. Welcome! You can change your answer below."
    ),
    "kallelse.answered.not_coming": (
        "*Your answer:* you cannot come. Thank you for letting us know! You can change your "
        "answer below if that changes."
    ),
    "kallelse.answered.read": "You have read the documents. Thank you!",
    "kallelse.preview.intro": (
        "*Preview of the summons (meeting no. {id})* – only you see it. This is how it looks:"
    ),
    "kallelse.preview.audience_channel": {
        "one": (
            "When you send it, it is posted in the channel, and as a direct message with answer "
            "buttons to the council's only member."
        ),
        "other": (
            "When you send it, it is posted in the channel, and as a direct message with answer "
            "buttons to the council's {count} members and substitutes."
        ),
    },
    "kallelse.preview.audience_formote": {
        "one": (
            "This is a pre-meeting: the summons is not posted in the channel, only sent as a "
            "direct message to the associations' only representative."
        ),
        "other": (
            "This is a pre-meeting: the summons is not posted in the channel, only sent as a "
            "direct message to the associations' {count} representatives."
        ),
    },
    "kallelse.preview.email": {
        "one": "{count} of them also gets it by email, with a calendar invitation.",
        "other": "{count} of them also get it by email, with a calendar invitation.",
    },
    "kallelse.preview.no_email": (
        "Nobody gets it by email: I have no mail server set up (SMTP_URL)."
    ),
    "kallelse.preview.missing": (
        "The summons has no {fields}. Add them with e.g. `/kallelse syfte …` or "
        "`/kallelse förberedelse …` – type `/kallelse hjälp` for more examples."
    ),
    "kallelse.preview.breaks_outside": (
        "*Is the break right?* The meeting's time does not include {times}. Change it for this "
        "meeting with `/kallelse {id} paus …`."
    ),
    "kallelse.preview.on_time": "The last day to send it by the council's rules: {last_day}.",
    "kallelse.preview.late": {
        "one": (
            "*The summons is late.* By the council's rules it should have gone out by "
            "{last_day}, {count} day before the meeting. You can send it anyway – do tell the "
            "members why it comes late."
        ),
        "other": (
            "*The summons is late.* By the council's rules it should have gone out by "
            "{last_day}, {count} days before the meeting. You can send it anyway – do tell the "
            "members why it comes late."
        ),
    },
    "kallelse.preview.sent": (
        "The summons was sent {when}. It is sent only once. Add new documents with "
        "`/kallelse underlag &lt;link&gt; [title]`, and everyone is told."
    ),
    "kallelse.field.purpose": "purpose",
    "kallelse.field.leader": "who chairs the meeting",
    "kallelse.field.contact": "contact person",
    "kallelse.field.breaks": "breaks",
    "kallelse.field.food": "refreshments",
    "kallelse.field.preparation": "preparation",
    "kallelse.button.send": "Send the summons",
    "kallelse.button.send_anyway": "Send anyway",
    "kallelse.confirm.title": "Send a late summons?",
    "kallelse.confirm.text": (
        "The last day by the council's rules was {last_day}. Do you want to send it anyway?"
    ),
    "kallelse.late_needs_confirm": (
        "The summons is late by the council's rules. Press *Send anyway* to send it anyway."
    ),
    "kallelse.already_sent": (
        "The summons to meeting no. {id} has already been sent, and it is sent only once. Add new "
        "documents with `/kallelse underlag &lt;link&gt; [title]`."
    ),
    "kallelse.sent": {
        "one": (
            "Done! The summons to the {meeting} is queued as a direct message to {count} "
            "person{channel}{email}: delivered to {arrived}"
        ),
        "other": (
            "Done! The summons to the {meeting} is queued as a direct message to {count} "
            "people{channel}{email}: delivered to {arrived}"
        ),
    },
    "kallelse.sent.channel": " and to the channel",
    "kallelse.sent.email": {
        "one": ", and by email to {count} of them",
        "other": ", and by email to {count} of them",
    },
    "kallelse.status.title": "*The summons to {meeting}*",
    "kallelse.status.not_sent": "It has not been sent yet. Preview and send it with `/kallelse`.",
    "kallelse.status.delivered": {
        "one": "Has reached {count} person:",
        "other": "Has reached {count} people:",
    },
    "kallelse.status.waiting": {
        "one": "Waiting for Slack, {count} person (I will keep trying until it arrives):",
        "other": "Waiting for Slack, {count} people (I will keep trying until it arrives):",
    },
    "kallelse.status.failed": {
        "one": "Could not be delivered to {count} person – please reach them another way:",
        "other": "Could not be delivered to {count} people – please reach them another way:",
    },
    "kallelse.status.not_sent_to": {
        "one": "Not sent to {count} person (joined the council after it went out):",
        "other": "Not sent to {count} people (joined the council after it went out):",
    },
    "kallelse.status.error.account_inactive": "their Slack account is deactivated",
    "kallelse.status.error.user_disabled": "their Slack account is deactivated",
    "kallelse.status.error.user_not_found": "there is no such Slack account",
    "kallelse.status.error.cannot_dm_bot": "direct messages cannot be sent there",
    "kallelse.status.error.meeting_cancelled": "the meeting is cancelled",
    "kallelse.status.error.not_a_member": "they are no longer in the council",
    "kallelse.status.error.other": "Slack answered {code}",
    "kallelse.sent.waiting": {
        "one": ", {count} waiting for Slack (I will send it again until it arrives)",
        "other": ", {count} waiting for Slack (I will send it again until it arrives)",
    },
    "kallelse.status.email.delivered": "email sent",
    "kallelse.status.email.waiting": "email waiting",
    "kallelse.status.email.failed": "the email did not arrive",
    "kallelse.sent.late": " It went out later than the council's rules say, and that is noted.",
    "kallelse.document.usage": (
        "Write the link and preferably a title, e.g. "
        "`/kallelse underlag https://example.org/budget.pdf Budget 2027`. "
        "The link must start with https:// or http://."
    ),
    "kallelse.document.added": "Done, *{title}* is a document for the {meeting}.",
    "kallelse.document.before_sending": " It will be in the summons.",
    "kallelse.document.told": {
        "one": " The summons had already been sent, so I told {count} person{thread}{email}.",
        "other": " The summons had already been sent, so I told {count} people{thread}{email}.",
    },
    "kallelse.document.thread": " and the summons' thread",
    "kallelse.document.notice": (
        "New document for the summons to the {meeting} ({council}): {document}"
    ),
    "kallelse.scope.kind": "the summonses to {meetings}",
    "kallelse.scope.meeting": "the summons to meeting no. {id}",
    "kallelse.text.set": "Done, I have changed {field} in {scope}.",
    "kallelse.text.cleared": "Done, I have removed {field} from {scope}.",
    "kallelse.text.council_hint": (
        " Want to change only one meeting? Put its number first: `/kallelse 12 {word} …`."
    ),
    "kallelse.text.kind_hint": (
        " The pre-meetings and working groups have their own: `/kallelse förmöte {word} …`."
    ),
    "kallelse.usage.purpose": (
        "Write the purpose after the word, e.g. "
        "`/kallelse syfte So that users can influence the care at the clinic.`"
    ),
    "kallelse.usage.leader": "Write who chairs the meeting, e.g. `/kallelse leds av @Olle`.",
    "kallelse.usage.contact": "Write who the contact person is, e.g. `/kallelse kontakt @Sara`.",
    "kallelse.usage.breaks": "Write when the breaks are, e.g. `/kallelse paus 14:30, 20 minutes`.",
    "kallelse.usage.food": (
        "Write what is served, e.g. `/kallelse fika Coffee and sandwiches. Tell us about "
        "allergies.`"
    ),
    "kallelse.usage.preparation": (
        "Write how members can prepare, e.g. "
        "`/kallelse förberedelse Read the documents and ask your association what to raise.`"
    ),
    "kallelse.not_member": (
        "{who} is not in the council. Add them first with `/brukarrad ledamot`."
    ),
    "kallelse.not_for_formote": (
        "{who} is not one of the associations' representatives and cannot see the "
        "pre-meeting. Choose someone from an association."
    ),
    "kallelse.term.usage": (
        "Write the abbreviation, an equals sign and what it means, e.g. "
        "`/kallelse förkortning LSS = the act on support and service for persons with certain "
        "functional impairments`. Remove one with `/kallelse förkortning LSS ta bort`."
    ),
    "kallelse.term.set": (
        "Done, *{abbreviation}* is explained as “{meaning}” in summonses that use it."
    ),
    "kallelse.term.removed": "Done, *{abbreviation}* is no longer explained.",
    "kallelse.term.unknown": (
        "The council has no abbreviation *{abbreviation}*. See the list with "
        "`/kallelse förkortningar`."
    ),
    "kallelse.term.list": (
        "*The council's abbreviations*\n{items}\nThey are explained in a summons that uses them."
    ),
    "kallelse.term.list_empty": (
        "The council has no abbreviations yet. Add one with e.g. "
        "`/kallelse förkortning LSS = the act on support and service for persons with certain "
        "functional impairments`."
    ),
    "kallelse.email.usage": (
        "Write your email address, e.g. `/kallelse e-post anna@example.org`. "
        "Remove it with `/kallelse e-post ta bort`."
    ),
    "kallelse.email.set_own": (
        "Done, you get the council's summonses by email too, with a calendar invitation. The "
        "address is used only for that; remove it with `/kallelse e-post ta bort`."
    ),
    "kallelse.email.set_other": "Done, {who} gets the council's summonses by email too.",
    "kallelse.email.removed_own": "Done, your email address is removed.",
    "kallelse.email.removed_other": "Done, the email address of {who} is removed.",
    "kallelse.mail.subject": "Summons: {kind} {when} – {council}",
    "kallelse.mail.moved_subject": "New time: {kind} {when} – {council}",
    "kallelse.mail.cancel_subject": "Cancelled: {kind} {when} – {council}",
    "kallelse.mail.document_subject": "New document: {kind} {when} – {council}",
    "kallelse.mail.greeting": "Hello {name}!",
    "kallelse.mail.moved": (
        "The meeting has a new time. The calendar invitation in this email replaces the "
        "previous one."
    ),
    "kallelse.mail.answer": (
        "Please answer with the buttons in the summons in Slack, so we know who is coming. "
        "Cannot come, or have questions? Contact {contact}."
    ),
    "kallelse.mail.calendar": "A calendar invitation to the meeting is attached.",
    "kallelse.mail.cancel_body": (
        "The meeting ({meeting}) of {council} is cancelled. The calendar invitation in this "
        "email removes it from your calendar.\n\nQuestions? Contact {contact}."
    ),
    "kallelse.mail.document_body": (
        "There is a new document for the summons to the {meeting} ({council}):\n\n{document}"
    ),
    # protokoll
    "what.write_minutes": "write the minutes",
    "what.approve_minutes": "approve the minutes",
    "what.see_minutes": "see where the minutes stand",
    "what.see_actions": "see the council's action items",
    "what.close_actions": "close other people's action items (you can always close your own)",
    "refused.justerare": (
        "Only those chosen to approve the minutes can {what}. The secretary chooses them "
        "with `/protokoll justerare @person`."
    ),
    "refused.amendment.same_person": (
        "The minutes are approved, so a change needs two people: the one who asks for it "
        "and someone else who confirms it. Ask the chair or the secretary to confirm."
    ),
    "refused.amendment.roles": (
        "A change to approved minutes is confirmed by the chair and the secretary together: "
        "one asks for it, the other confirms."
    ),
    "protokoll.help": (
        "*/protokoll – the minutes of the meeting*\n"
        "During the meeting the secretary (or the chair) writes lines, here or in the "
        "summons' thread (or the thread `/protokoll start` makes):\n"
        "• `punkt 3` – now on item 3 of the agenda (`punkt 5.1`: the first under 5).\n"
        "• `nästa punkt` – the next item.\n"
        "• `beslut: …` (decision), `info: …`, `notering: …` (note)\n"
        "• `åtgärd: @person what to do senast 15 december` – an action item with its owner.\n"
        "• `avslag: the reason` – a reasoned no; whoever sent the point gets the reason.\n"
        "• `flyttas` – the point moves to the next meeting.\n"
        "• `justerare: @Anna` – whoever the meeting chooses to approve the minutes. If you "
        "choose nobody, the council's adjusters who attended approve them.\n"
        "After the meeting:\n"
        "• `/protokoll utkast` – the draft, with buttons to edit each item, and the "
        "document (DOCX and Markdown) in your DM.\n"
        "• `/protokoll redigera 3` – edit item 3.\n"
        "• `/protokoll justerare @Anna` – choose the adjusters after the meeting.\n"
        "• `/protokoll justera` – send to the adjusters.\n"
        "• `/protokoll publicera` – when all have approved: to the council, and word to "
        "everyone who sent a point. A council that publishes without approval "
        "(`/brukarrad inställningar justering av`) publishes at once.\n"
        "• `/protokoll status` – where the minutes stand, with the approval log.\n"
        "Put `förmöte` first for the pre-meeting's minutes (`/protokoll förmöte punkt 2`, "
        "`/protokoll förmöte utkast`). After the meeting, a meeting number last picks another "
        "meeting: `/protokoll utkast 12`."
    ),
    "protokoll.usage": (
        "I did not understand that. Try `/protokoll utkast`, `/protokoll förmöte utkast` or "
        "`/protokoll utkast 12`. `/protokoll hjälp` shows everything."
    ),
    "protokoll.no_meeting": "I cannot find a meeting number {id} that has begun and you may see.",
    "protokoll.no_meeting_yet": (
        "No meeting has begun yet. The minutes can start half an hour before the meeting."
    ),
    "protokoll.empty_agenda": (
        "The meeting has no agenda yet, so there are no items to write under. See `/dagordning`."
    ),
    "protokoll.not_a_minutes_thread": "This thread does not belong to any minutes.",
    "protokoll.line.unknown": (
        "I did not understand the line. Start with `punkt 3`, `nästa punkt`, `beslut:`, "
        "`åtgärd:`, `info:`, `notering:`, `avslag:`, `justerare:` or `flyttas`. "
        "`/protokoll hjälp` has examples."
    ),
    "protokoll.line.empty": "Write what it says after `{kind}:`, for example `{kind}: …`.",
    "protokoll.line.action_owner": (
        "An action item needs an owner: mention them with @ or write the member's name first. "
        "For example `åtgärd: @Vera new telephone hours senast 15 december` or "
        "`åtgärd: Vera new telephone hours senast 15 december`."
    ),
    "protokoll.line.formote_owner": (
        "{who} cannot own an action item from the pre-meeting: what is said there stays with the "
        "associations' representatives. Name one of them, for example "
        "`åtgärd: @Anna take the question to the plenary`."
    ),
    "protokoll.line.no_next": "Item {last} is the last one. Write `punkt 1`–`punkt {last}`.",
    "protokoll.line.no_item": ("The agenda has no item {number}. Write `punkt 1`–`punkt {last}`."),
    "protokoll.line.no_current": (
        "First say which item it is about, for example `punkt 1`, so the line lands right."
    ),
    "protokoll.locked": (
        "The minutes are approved and locked. A change is made with "
        "`/protokoll redigera &lt;item&gt;` and needs both the chair and the secretary to confirm."
    ),
    "protokoll.nothing_yet": (
        "Nothing is written in the minutes yet. Start with `/protokoll start` or "
        "`/protokoll punkt 1`."
    ),
    "protokoll.started": (
        "The minutes have started. Write the lines in the thread (or with `/protokoll`), for "
        "example `punkt 1` and then `beslut: …`."
    ),
    "protokoll.thread.intro": (
        "*Minutes* – write the lines here in the thread, one line per message:\n"
        "`punkt 3`, `nästa punkt`, `beslut: …`, `info: …`, `notering: …`, "
        "`åtgärd: @person … senast &lt;when&gt;`, `avslag: the reason`, `flyttas`\n"
        "The agenda:\n{items}"
    ),
    "protokoll.topic": "Now: *{number}. {title}*",
    "protokoll.noted": "Noted under {number}. {title}: {kind}.",
    "protokoll.kind.decision": "Decision",
    "protokoll.kind.action": "Action",
    "protokoll.kind.info": "Information",
    "protokoll.kind.note": "Note",
    "protokoll.kind.rejection": "Declined",
    "protokoll.kind.postponed": "Postponed",
    "protokoll.draft.hint": (
        "This is the draft. Edit an item with its button, send it to the adjusters with "
        "`/protokoll justera`. The document (DOCX and Markdown) is in your DM with me."
    ),
    "protokoll.blocks.more": "The rest of the minutes is in the document.",
    "protokoll.button.edit": "Edit",
    "protokoll.button.approve": "Approve",
    "protokoll.button.propose": "Propose a change",
    "protokoll.button.amendment_yes": "Confirm the change",
    "protokoll.button.amendment_no": "Decline",
    "protokoll.modal.edit_title": "Edit item {number}",
    "protokoll.modal.locked": (
        "The minutes are approved. What you save here becomes a request for a change that "
        "the chair and the secretary must both stand behind."
    ),
    "protokoll.modal.more": {
        "one": "_{count} more line is shown when you save this page._",
        "other": "_{count} more lines are shown when you save this page._",
    },
    "protokoll.modal.new": "*Add a line*",
    "protokoll.modal.kind": "Kind of line",
    "protokoll.modal.text": "Text",
    "protokoll.modal.owner": "Owner",
    "protokoll.modal.due": "Due",
    "protokoll.modal.proposal": "What do you want changed, and how?",
    "protokoll.modal.send": "Send",
    "protokoll.edited": {
        "one": "Done, one change saved in the draft.",
        "other": "Done, {count} changes saved in the draft.",
    },
    "protokoll.amendment.asked": {
        "one": (
            "The minutes are approved, so the change waits to be confirmed. I have asked {count} "
            "person."
        ),
        "other": (
            "The minutes are approved, so the change waits to be confirmed. I have asked {count} "
            "people."
        ),
    },
    "protokoll.amendment.ask_short": "A change to approved minutes is waiting for you.",
    "protokoll.amendment.ask": (
        "{who} wants to change item {number}. {title} in the approved minutes. "
        "This is how the item would read:"
    ),
    "protokoll.amendment.gone": "That change has already been confirmed or declined.",
    "protokoll.amendment.confirmed": "Thank you! The change is made and noted in the log.",
    "protokoll.amendment.declined": "The change is declined; the minutes stay as they were.",
    "protokoll.justera.nobody": (
        "There is nobody to send the minutes to: nobody is chosen to approve them, and none "
        "of the council's adjusters attended the meeting. Choose someone who attended, e.g. "
        "`/protokoll justerare @Anna`. If the council publishes without approval: "
        "`/brukarrad inställningar justering av`."
    ),
    "protokoll.justera.already": (
        "Version {version} is already with the adjusters. Change the draft first, then you "
        "can send a new version."
    ),
    "protokoll.justera.sent": "Done, version {version} is sent to {who} for approval.",
    "protokoll.justera.ask": (
        "Hello! Here are the minutes (version {version}) to approve. Please read them and "
        "press *Approve* if they are right, or *Propose a change*."
    ),
    "protokoll.justera.locked": "The minutes are already approved by everyone. Thank you!",
    "protokoll.justera.stale": (
        "This is version {version}, but the minutes have changed since (now version "
        "{current}). Approve the latest version when it comes."
    ),
    "protokoll.approve.thanks": "Thank you! You have approved the minutes.",
    "protokoll.approve.locked": "Thank you! Everyone has approved, and the minutes are locked.",
    "protokoll.approve.already": "You have already approved this version. Thank you!",
    "protokoll.propose.empty": "Write what you want changed, so the secretary understands.",
    "protokoll.propose.sent": "Thank you! Your proposal is sent to the secretary.",
    "protokoll.notice.approved": (
        "{name} has approved the minutes of {meeting} in {council}. Still to approve: {waiting}."
    ),
    "protokoll.notice.locked": (
        "All adjusters have approved the minutes of {meeting} in {council}. They are locked "
        "now. Publish them with `/protokoll publicera`."
    ),
    "protokoll.notice.proposal": (
        "{name} proposes a change to the minutes of {meeting} in {council}:\n> {text}\n"
        "Edit with `/protokoll utkast` and send a new version with `/protokoll justera`."
    ),
    "protokoll.notice.amended": (
        "{name} has confirmed your change to the minutes of {meeting} in {council}. "
        "It is in the minutes now; publish with `/protokoll publicera`."
    ),
    "protokoll.notice.amendment_declined": (
        "{name} has declined your change to the minutes of {meeting} in {council}."
    ),
    "protokoll.publish.not_locked": (
        "The minutes can be published when all adjusters have approved them. See where they "
        "stand with `/protokoll status`. If the council wants to publish without approval: "
        "`/brukarrad inställningar justering av`."
    ),
    "protokoll.publish.already": "The minutes are already published.",
    "protokoll.published": "Done, the minutes (version {version}) are published {where}.",
    "protokoll.republished": "Done, the corrected version {version} is published {where}.",
    "protokoll.published.channel": "in the channel",
    "protokoll.published.formote": "to the associations' representatives",
    "protokoll.published.actions": {
        "one": "{count} action item is now followed up at coming meetings.",
        "other": "{count} action items are now followed up at coming meetings.",
    },
    "protokoll.published.emailed": {
        "one": "{count} person also got them by email.",
        "other": "{count} people also got them by email.",
    },
    "protokoll.published.late": {
        "one": "They came {count} day after the minutes' last day.",
        "other": "They came {count} days after the minutes' last day.",
    },
    "protokoll.feedback.settled": (
        "Hello! The minutes of {council} are ready. Your point *{title}*: {status} – {outcome}"
    ),
    "protokoll.feedback.link": "Read the minutes: {link}",
    "protokoll.status.not_started": "The minutes of {meeting} have not been started.",
    "protokoll.status.draft": (
        "The minutes of {meeting} are a draft (version {version} was the last sent). "
        "Last day: {due}."
    ),
    "protokoll.status.justering": (
        "The minutes of {meeting} are with the adjusters (version {version}). Last day: {due}."
    ),
    "protokoll.status.locked": (
        "The minutes of {meeting} are approved and locked (version {version}), but not "
        "published. Last day: {due}."
    ),
    "protokoll.status.published": (
        "The minutes of {meeting} are published (version {version}). The last day was {due}."
    ),
    "protokoll.status.waiting": "Waiting for: {names}.",
    "protokoll.status.approval": "• Approved by {name}, {at} (version {version})",
    "protokoll.status.proposal": "• {name} proposed, {at}: {text}",
    "protokoll.status.pending": "• Change no. {id} from {name}, {at}, waits to be confirmed",
    "protokoll.mail.subject": "Minutes: {council}, {meeting}",
    "protokoll.mail.greeting": "Hello {name}!\n\nHere are the approved minutes.",
    "protokoll.mail.footer": (
        "The minutes are also attached as a document. Questions? Get in touch with the "
        "council's secretary."
    ),
    "protokoll.doc.title": "Minutes – {council}",
    "protokoll.doc.when": "{kind} {when}",
    "protokoll.doc.place": "Place: {place}",
    "protokoll.doc.status.draft": "Draft – not approved",
    "protokoll.doc.status.justering": "With the adjusters (version {version})",
    "protokoll.doc.status.locked": "Approved (version {version})",
    "protokoll.doc.status.published": "Approved and published (version {version})",
    "protokoll.doc.attendance_title": "Attendance",
    "protokoll.doc.present": "{group}, present: {names}",
    "protokoll.doc.remote": "{group}, remote: {names}",
    "protokoll.doc.absent": "{group}, absent: {names}",
    "protokoll.doc.unknown": "{group}, attendance not registered: {names}",
    "protokoll.doc.replaces": "{name} (replacing {replaced})",
    "protokoll.doc.no_register": "No attendance is registered.",
    "protokoll.doc.item": "{number}. {title}",
    "protokoll.doc.item_carried": "{number}. {title} (from an earlier meeting)",
    "protokoll.doc.submitted_by": "Sent by {name}, {group}",
    "protokoll.doc.followed": "Action {id}: {text} – owner {owner}, {due}",
    "protokoll.doc.decision": "Decision: {text}",
    "protokoll.doc.info": "Information: {text}",
    "protokoll.doc.note": "Note: {text}",
    "protokoll.doc.rejection": "Declined: {text}",
    "protokoll.doc.action": "Action: {text} – owner {owner}, due {due}",
    "protokoll.doc.action_no_due": "Action: {text} – owner {owner}",
    "protokoll.doc.postponed": "Moved to the next meeting.",
    "protokoll.doc.postponed_because": "Moved to the next meeting: {text}",
    "protokoll.doc.settled": "Already {status}: {text}",
    "protokoll.doc.settled_bare": "Already {status}.",
    "protokoll.doc.not_reached": "Not reached – moved to the next meeting.",
    "protokoll.doc.nothing": "Nothing to note.",
    "protokoll.doc.next_title": "Next meeting",
    "protokoll.doc.signatures_title": "Signatures",
    "protokoll.doc.secretary": "Minutes taken by: {names}",
    "protokoll.doc.chair": "Chair: {names}",
    "protokoll.doc.justerare": "Adjusters: {names}",
    "protokoll.doc.log_title": "Approval log",
    "protokoll.doc.approved": "Approved by {name}, {at} (version {version})",
    "protokoll.doc.amended": (
        "Changed after approval, {at}: asked by {requested}, confirmed by {confirmed}"
    ),
    "reminder.justering": (
        "Hello! The minutes of the meeting ({meeting}) wait for your approval; they are due "
        "*{due}*. You find them in your DM with me, with the buttons *Approve* and "
        "*Propose a change*."
    ),
    "reminder.forsenat": (
        "Hello! The minutes of the meeting ({meeting}) were due *{due}* but are not "
        "published yet. Please ask the secretary how it goes; `/protokoll status` shows "
        "where they stand."
    ),
    "paminnelser.what.justering": "when minutes wait for your approval (adjusters)",
    "paminnelser.what.forsenat": "when minutes have not come out in time (chair)",
    "paminnelser.anchor.justering": "the minutes' last day",
    "paminnelser.anchor.forsenat": "the day after the minutes' last day",
    # /atgard
    "atgard.help": (
        "*/atgard – the council's action items*\n"
        "Action items come from the minutes' `åtgärd:` lines and stay under follow-up on "
        "every agenda until done.\n"
        "• `/atgard` – all open action items.\n"
        "• `/atgard klar &lt;no&gt; [comment]` – mark one as done, for example "
        "`/atgard klar 3 New hours are on the website`. The owner, the chair and the "
        "secretary can do it."
    ),
    "atgard.usage": (
        "Write `/atgard` to see the action items, or `/atgard klar &lt;no&gt; [comment]`, "
        "for example `/atgard klar 3`."
    ),
    "atgard.none": "{council} has no open action items right now.",
    "atgard.title": "*Open action items in {council}*",
    "atgard.line": "• {id}. {text} – owner {owner}, {due}",
    "atgard.overdue": " _(overdue)_",
    "atgard.mine": " _(yours)_",
    "atgard.hint": "Done? Write `/atgard klar &lt;no&gt; [comment]`.",
    "atgard.not_found": "I cannot find action item number {id} in this council. See `/atgard`.",
    "atgard.already_closed": "Action item {id} is already done.",
    "atgard.closed": "Done, action item {id} ({text}) is closed. Thank you!",
    "atgard.notice.closed": "{name} has marked action item {id} in {council} as done: {text}",
    # personuppgifter
    "minadata.help": (
        "*/minadata – what I have stored about you*\n"
        "• `/minadata` – show everything I have stored about you, in every council. Only you "
        "see the answer.\n"
        "• `/minadata export` – get all of it as a JSON file in our direct messages.\n"
        "• `/minadata radera` – erase your data. I first explain what happens, and you confirm "
        "with a button.\n"
        "It works in every channel and in direct messages, and is only ever about yourself."
    ),
    "minadata.nothing": "I have no data stored about you.",
    "minadata.title": "*This is what I have stored about you*",
    "minadata.person": "Name: {name} · email: {email} · known to me since {since}",
    "minadata.no_email": "none stored",
    "minadata.roles.title": "*Your roles*",
    "minadata.role_line": "• {council}: {role}{forening}, from {start}{end}",
    "minadata.role.ended": " to {end}",
    "minadata.role.ongoing": " (current)",
    "minadata.points.title": "*Points you have sent*",
    "minadata.point_line": "• {council}: no. {id} {title} – {status} (sent {sent})",
    "minadata.attendance.title": "*Your answers and attendance*",
    "minadata.attendance_line": "• {council}, {kind} {day}: {parts}",
    "minadata.attendance.answer.coming": "answered that you are coming",
    "minadata.attendance.answer.not_coming": "answered that you are not coming",
    "minadata.attendance.reason": "reason: {reason}",
    "minadata.attendance.presence": "in the register: {presence}",
    "minadata.attendance.read": "have read the documents",
    "minadata.attendance.replaced": "went in a member's place",
    "minadata.attendance.nothing": "no answer",
    "minadata.fees.none": "*Fees*: nothing stored.",
    "minadata.reminders.own": (
        "*Reminders*: you have your own settings. See and change them with `/paminnelser`."
    ),
    "minadata.reminders.default": (
        "*Reminders*: you have the default settings, so nothing is stored about you."
    ),
    "minadata.actions.title": "*Action items you own*",
    "minadata.action_line": "• {council}: no. {id} {text} – {status}{due}",
    "minadata.action.due": ", due {due}",
    "minadata.action.open": "open",
    "minadata.action.done": "done",
    "minadata.none": "none",
    "minadata.more": {
        "one": "…and {count} more. All are in `/minadata export`.",
        "other": "…and {count} more. All are in `/minadata export`.",
    },
    "minadata.log": {
        "one": (
            "*The log*: {count} event where you are the one who did something. The log keeps "
            "what happened and when, with id numbers, not what you wrote."
        ),
        "other": (
            "*The log*: {count} events where you are the one who did something. The log keeps "
            "what happened and when, with id numbers, not what you wrote."
        ),
    },
    "minadata.footer": (
        "Only you see this. Get all of it as a file with `/minadata export`, or erase it with "
        "`/minadata radera`."
    ),
    "minadata.usage": (
        "Type `/minadata` to see your data, `/minadata export` to get it as a file or "
        "`/minadata radera` to erase it."
    ),
    "minadata.export.title": "Your data in Brukarbot",
    "minadata.export.sent": (
        "Done! I have sent everything I have stored about you as a JSON file in our direct "
        "messages."
    ),
    "minadata.export.failed": (
        "I could not send the file just now, and nothing has changed. Please try again in a while."
    ),
    "minadata.erase.confirm": (
        "*Do you want to erase your data?*\n"
        "This happens if you press *Erase my data*:\n"
        "• Your roles in every council end, and reminders to you stop.\n"
        "• Your name is replaced by “f.d. ledamot” (former member). Your email, your fee "
        "details and your reasons for absence are erased.\n"
        "• Points you sent for meetings yet to come are withdrawn.\n"
        "This is kept, but without your name: the attendance of past meetings, minutes not "
        "yet approved, and points and action items already settled. They are the council's "
        "records, and there you appear as “f.d. ledamot”.\n"
        "Approved minutes are the council's archive and do not change: your name stays "
        "in them.\n"
        "It cannot be undone. If you want to take part again, the secretary can add you anew."
    ),
    "minadata.erase.button": "Erase my data",
    "minadata.erase.cancel_button": "Cancel",
    "minadata.erase.done": (
        "Done. Your data is erased and your roles have ended. Approved minutes stay as they "
        "were approved, with your name, as they are the council's archive. Thank you for "
        "your time on the council!"
    ),
    "minadata.erase.cancelled": "All right, nothing is erased.",
    # /brukarrad inställningar gallring
    "gallring.show": {
        "one": (
            "*{council}* keeps data about people who left the council for {count} month. Change "
            "it with for example `/brukarrad inställningar gallring 24`."
        ),
        "other": (
            "*{council}* keeps data about people who left the council for {count} months. Change "
            "it with for example `/brukarrad inställningar gallring 24`."
        ),
    },
    "gallring.changed": {
        "one": (
            "Done. Data about people who left the council (and are in no other council) is now "
            "erased after {count} month."
        ),
        "other": (
            "Done. Data about people who left the council (and are in no other council) is now "
            "erased after {count} months."
        ),
    },
    "gallring.bad_value": (
        "Give the retention as a number of months from {low} to {high}, for example "
        "`/brukarrad inställningar gallring 24`."
    ),
    # /brukarrad logg
    "refused.chair": "Only the council's chair can {what}.",
    "what.see_audit": "see the log of changes in the council",
    "audit.usage": (
        "Type `/brukarrad logg` for the latest changes, or for example `/brukarrad logg 50` "
        "(at most {limit})."
    ),
    "audit.title": {
        "one": "*Log of changes in {council}* (the latest one)",
        "other": "*Log of changes in {council}* (the latest {count})",
    },
    "audit.empty": "Nothing has been logged in *{council}* yet.",
    "audit.line": "• {at} – {who}: {what}",
    "audit.bot": "Brukarbot",
    "audit.council_created": "created the council",
    "audit.member_added": "added {person} as {role}{forening}",
    "audit.member_removed": "ended the role {role} for {person}",
    "audit.settings_changed": "changed the council's rules ({changes})",
    "audit.fee_settings_changed": "changed the fee rules",
    "audit.reminder_timing_changed": "changed when the reminder “{kind}” goes out",
    "audit.retention_changed": {
        "one": "changed the retention to {count} month",
        "other": "changed the retention to {count} months",
    },
    "audit.kallelse_sent_late": (
        "sent the summons to meeting no. {meeting} late (the last day was {last_day})"
    ),
    "audit.amendment_requested": (
        "asked for a change to the approved minutes, meeting no. {meeting}"
    ),
    "audit.amendment_confirmed": (
        "confirmed a change to the approved minutes, meeting no. {meeting}"
    ),
    "audit.amendment_declined": "declined a change to the approved minutes, meeting no. {meeting}",
    "audit.fees_exported": "took out the fee basis for {period}",
    "audit.person_erased.request": "erased their data",
    "audit.person_erased.retention": (
        "erased the data of {person} (the retention period had passed)"
    ),
    "audit.person_erased.uninstalled": (
        "erased the data of {person} (the app was removed from their Slack workspace)"
    ),
    "home.title": "Brukarbot",
    "home.none": (
        "You are not in a user council yet. The council's secretary adds members with "
        "`/brukarrad ledamot @person &lt;role&gt; [association]`."
    ),
    "home.council": "*{name}* (<#{channel}>) – you are {roles}",
    "home.kallelse": "   _The summons to {meeting} has reached {arrived} of {total}._",
    "home.kallelse.waiting": " _{waiting} waiting for Slack._",
    "home.kallelse.emailed": " _Email sent to {emailed}._",
    "home.kallelse.failed": " _It did not reach {failed} – see `/kallelse {id} status`._",
    "home.meetings": "_Upcoming meetings_",
    "home.no_meetings": "• No meetings planned yet.",
    "home.points": "_Your latest points_",
    "home.point": "• *{title}* (no. {id}) – {status}",
    "home.actions": "_Your action items_",
    "home.action": "• Action {id}: {text} – {due}",
    "home.hint": (
        "Send a point with `/punkt`, see the agenda with `/dagordning` and choose your "
        "reminders with `/paminnelser`. What is stored about you is shown by `/minadata`."
    ),
    # Adjusters per meeting, and minutes without approval
    "protokoll.justerare.usage": (
        "Write who approves the minutes, e.g. `justerare: @Anna` or "
        "`/protokoll justerare @Anna och @Lina`."
    ),
    "protokoll.justerare.chosen": (
        "Noted: {names} chosen to approve the minutes. They get them when you write "
        "`/protokoll justera`."
    ),
    "protokoll.justerare.not_member": (
        "I cannot find {name} in the council. Write e.g. `justerare: @Anna` with the person "
        "who approves."
    ),
    "protokoll.justerare.ambiguous": (
        "Several people in the council are called {name}. Write the full name, or e.g. "
        "`justerare: @Anna`."
    ),
    "protokoll.justerare.not_eligible": (
        "{name} cannot approve these minutes: adjusters are chosen among the associations' "
        "representatives who may read them."
    ),
    "protokoll.justerare.absent": (
        "{name} was registered absent from the meeting, so I will not ask them to approve "
        "the minutes. Choose someone who attended."
    ),
    "protokoll.doc.chosen": "Chosen to approve the minutes: {names}",
    "protokoll.doc.status.unjustered": (
        "Not approved: the council publishes its minutes without approval (version {version})"
    ),
    "protokoll.published.unjustered": (
        "They are not approved, as the council has chosen, and the minutes say so."
    ),
    "settings.justering.show_on": (
        "*{council}* approves its minutes before they are published. Publish without "
        "approval with `/brukarrad inställningar justering av`."
    ),
    "settings.justering.show_off": (
        "*{council}* publishes its minutes without approval. Approve them again with "
        "`/brukarrad inställningar justering på`."
    ),
    "settings.justering.on": (
        "Done. Minutes are now approved before they are published: choose the adjusters at "
        "the meeting with `justerare: @person`, otherwise the council's adjusters who "
        "attended approve them."
    ),
    "settings.justering.off": (
        "Done. Minutes are now published without approval with `/protokoll publicera`, and "
        "they say they are not approved."
    ),
    "settings.justering.usage": (
        "Write `/brukarrad inställningar justering på` or `/brukarrad inställningar justering av`."
    ),
    "audit.justering_changed.on": "decided that minutes are to be approved",
    "audit.justering_changed.off": "decided that minutes are published without approval",
}
