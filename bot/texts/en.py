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
        "• `/brukarrad stående` – show and change the points every meeting has.\n"
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
    "standing.need_title": (
        "Write the title of the standing point, e.g. "
        "`/brukarrad stående lägg till Report from the working group`."
    ),
    "standing.no_such": (
        "There is no standing point number {number}; the council has {count}. "
        "See them with `/brukarrad stående`."
    ),
    "standing.list": "*Standing points at every meeting*\n{items}",
    "standing.usage": (
        "Change them with `/brukarrad stående lägg till <title>` or "
        "`/brukarrad stående ta bort <number>`."
    ),
    "standing.added_reply": "Done, *{title}* is now on every meeting.",
    "standing.removed_reply": "Done, *{title}* is no longer a standing point.",
    "status.inskickad": "submitted",
    "status.på dagordningen": "on the agenda",
    "status.behandlad": "handled",
    "status.flyttad": "moved",
    "status.avslagen": "declined",
    "status.återtagen": "withdrawn",
    "punkt.help": (
        "*/punkt – send a point to the agenda*\n"
        "• `/punkt <title>[: description]` – to the next plenary.\n"
        "   Example: `/punkt Waiting times: Many wait more than four weeks.`\n"
        "• `/punkt` with no text opens a form where you also choose the meeting.\n"
        "• `/punkt förmöte <title>` – to the associations' pre-meeting.\n"
        "• You can also write `punkt: <title>` in the council channel or to me directly, "
        "or choose *Lägg till som punkt* on a message.\n"
        "• `/punkt återta <no>` – take your point back.\n"
        "For the secretary and chair: `/punkt ta med <no>`, `/punkt övriga <no>`, "
        "`/punkt flytta <no> [till <meeting no>]`, `/punkt avslå <no> <reason>`, "
        "`/punkt behandlad <no> <what happened>`.\n"
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
        "No pre-meeting is planned yet. Send the point to the plenary with `/punkt <title>`, "
        "or ask the chair to plan the pre-meeting with `/mote förmöte <when>`."
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
    "punkt.changed": "Done: point no. {id}, *{title}*, is now {status}.",
    "punkt.which_council": "You are in several user councils. Which council is the point for?",
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
        "• `/dagordning <meeting no>` – a given meeting (numbers in `/mote`).\n"
        "The secretary and chair get buttons to reorder, take late points, move and decline."
    ),
    "dagordning.usage": (
        "Type `/dagordning`, `/dagordning förmöte` or `/dagordning <meeting no>`, "
        "e.g. `/dagordning 3`."
    ),
    "dagordning.no_meeting": (
        "No such meeting is planned yet. Plan one with `/mote stormöte <when>`."
    ),
    "dagordning.title": "*Agenda – {meeting}*{place} (meeting no. {id}, {council})",
    "dagordning.open": "Points are received until {deadline} – {days} days left.",
    "dagordning.closed": (
        "The last day for points was {deadline}. New points are saved as late, and the "
        "secretary or chair decides on them."
    ),
    "dagordning.point": "*{title}* (point no. {id}) – {who}",
    "dagordning.presents_self": " · wants to present it",
    "dagordning.late_mark": " · _late_",
    "dagordning.late_title": "*Late points waiting for a decision*",
    "dagordning.settled_title": "*Settled points*",
    "dagordning.carried": "Moved from an earlier meeting:",
    "dagordning.action": "Action {id}: {text} – owner {owner}, due {due}",
    "dagordning.no_due": "no date",
    "dagordning.hint": "Send a point with `/punkt <title>`.",
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
    "sandbox.from.channel": "{author} in {place}:",
    "sandbox.from.thread": "{author} in a thread in {place}:",
    "sandbox.from.dm": "{author} to you ({place}):",
    "sandbox.from.ephemeral": "{author} in {place} (only you see this):",
    "sandbox.edited": " (edited)",
    "sandbox.unread_elsewhere": "Unread in {place}: {count}. Go there with `:channel {name}`.",
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
        "• `:clock +2d`, `:clock +3h`, `:clock 2026-12-01T09:00`, "
        "`:clock nästa tisdag kl 9` – move the clock forward (no time: show it)\n"
        "• `:dm` – all your direct messages from the bot\n"
        "• `:home` – open the bot's Home tab\n"
        "• `:who` – who and where you are\n"
        "• `:help` – this text\n"
        "• `:quit` (or Ctrl-D) – leave\n"
        "Forms are filled in one field at a time; `:cancel` closes them. "
        "Swedish names work too: :som, :kanal, :tryck, :klocka, :hem, :vem, :hjälp, :avsluta."
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
    "sandbox.dm.none": "You have no direct messages from the bot yet.",
    "sandbox.home.title": "Home tab",
    "sandbox.home.none": "The bot has no Home tab for you yet.",
    "sandbox.press.none": "There are no buttons to press right now.",
    "sandbox.press.which": "Type the number of a button, 1–{count}, for example `:press 1`.",
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
        "Type the number of an option, 1–{count} (several with commas, for example 1, 3)."
    ),
    "sandbox.field.one_number": "Choose a single option, a number 1–{count}.",
    "sandbox.field.who": "I find no single match for “{name}”. Type the first name, e.g. anna.",
    "sandbox.field.bad_date": "Type the date as YYYY-MM-DD, for example 2026-12-01.",
    "sandbox.field.bad_time": "Type the time as HH:MM, for example 13:30.",
    "sandbox.field.bad_datetime": "Type the date and time as 2026-12-01T13:30.",
    "sandbox.field.bad_number_input": "Type a number, for example 3.",
}
