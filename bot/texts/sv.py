"""Svenska texter (standard). Varm, enkel och exakt ton; säg alltid vad som fungerar."""

TEXTS: dict[str, str] = {
    # Allmänt
    "error.unexpected": (
        "Något gick fel hos mig, och ingenting har ändrats. Försök gärna igen om en stund. "
        "Om det fortsätter: säg till rådets sekreterare."
    ),
    "error.no_council": (
        "Den här kanalen hör inte till något brukarråd än. Sekreteraren kan skapa ett med "
        "`/brukarrad skapa <namn>`, till exempel `/brukarrad skapa Brukarrådet Psykiatri Väst`."
    ),
    "error.unknown_subcommand": (
        "Jag känner inte igen `{word}`. Skriv `{command} hjälp` för att se vad som går."
    ),
    "error.too_long": (
        "Texten är för lång ({length} tecken). Håll den under {limit} tecken, "
        "och lägg gärna längre text som underlag."
    ),
    "refused.officers": (
        "Det är bara rådets sekreterare eller ordförande som kan {what}. Hör av dig till {who}."
    ),
    "refused.officers.nobody": (
        "Det är bara rådets sekreterare eller ordförande som kan {what}, "
        "och rådet har ingen av dem just nu."
    ),
    "what.manage_members": "lägga till eller ändra ledamöter",
    # /brukarrad
    "brukarrad.help": (
        "*/brukarrad – brukarrådet i den här kanalen*\n"
        "• `/brukarrad skapa <namn>` – gör kanalen till ett brukarråd. Du blir sekreterare.\n"
        "   Exempel: `/brukarrad skapa Brukarrådet Psykiatri Väst`\n"
        "• `/brukarrad ledamot @person <roll> [förening]` – lägg till en roll.\n"
        "   Roller: ordförande, sekreterare, justerare, ledamot, ersättare, verksamhet.\n"
        "   Exempel: `/brukarrad ledamot @Anna ledamot RSMH Väst`\n"
        "• `/brukarrad ta bort @person [roll]` – avsluta en roll (eller alla).\n"
        "• `/brukarrad visa` – visa rådet, ledamöterna per förening och rådets regler.\n"
        "• `/brukarrad inställningar punkter 10 kallelse 7 protokoll 14` – ändra rådets regler "
        "(antal dagar).\n"
        "• `/brukarrad stående` – visa och ändra punkterna som finns på varje möte.\n"
        "• `/brukarrad hjälp` – den här texten.\n"
        "Bara sekreterare och ordförande kan ändra ledamöter."
    ),
    "brukarrad.create.need_name": (
        "Rådet behöver ett namn. Skriv till exempel `/brukarrad skapa Brukarrådet Psykiatri Väst`."
    ),
    "brukarrad.create.exists": (
        "Den här kanalen hör redan till brukarrådet *{name}*. Ett råd per kanal: "
        "skapa det nya i en egen kanal. Se rådet med `/brukarrad visa`."
    ),
    "brukarrad.create.not_in_dm": (
        "Ett brukarråd behöver en kanal där alla ledamöter finns. Skriv "
        "`/brukarrad skapa <namn>` i den kanalen, inte i ett direktmeddelande."
    ),
    "brukarrad.created": (
        "Välkomna! Den här kanalen är nu brukarrådet *{name}*. "
        "<@{user}> är sekreterare och kan lägga till ledamöter med "
        "`/brukarrad ledamot @person <roll> [förening]`."
    ),
    "brukarrad.member.usage": (
        "Skriv vem, vilken roll och (för föreningarnas företrädare) vilken förening, "
        "till exempel `/brukarrad ledamot @Anna ledamot RSMH Väst`."
    ),
    "brukarrad.member.need_mention": (
        "Nämn personen med @ så att jag vet vem du menar, till exempel "
        "`/brukarrad ledamot @Anna ledamot RSMH Väst`."
    ),
    "brukarrad.member.unknown_role": (
        "Jag känner inte igen rollen `{role}`. Välj en av: {roles}. "
        "Till exempel `/brukarrad ledamot @Anna ersättare RSMH Väst`."
    ),
    "brukarrad.member.need_forening": (
        "En {role} företräder en förening. Skriv vilken, till exempel "
        "`/brukarrad ledamot @{name} {role} RSMH Väst`."
    ),
    "brukarrad.member.verksamhet_no_forening": (
        "Verksamhetens företrädare hör inte till en förening. Skriv bara "
        "`/brukarrad ledamot @{name} verksamhet`."
    ),
    "brukarrad.member.added": "Klart: <@{user}> är nu {role}{forening} i *{council}*.",
    "brukarrad.member.forening_suffix": " för {forening}",
    "brukarrad.member.already": "<@{user}> är redan {role} i *{council}*. Inget ändrat.",
    "brukarrad.member.welcome": (
        "Hej! Du är nu {role}{forening} i brukarrådet *{council}* (kanalen <#{channel}>). "
        "Jag hjälper rådet med dagordning, kallelser, påminnelser och protokoll. "
        "Frågor om rådet kan du ställa till <@{contact}>."
    ),
    "brukarrad.remove.usage": (
        "Skriv vem och gärna vilken roll, till exempel `/brukarrad ta bort @Anna ersättare`."
    ),
    "brukarrad.remove.none": "<@{user}> har ingen roll i *{council}*. Inget ändrat.",
    "brukarrad.remove.none_role": "<@{user}> är inte {role} i *{council}*. Inget ändrat.",
    "brukarrad.removed": "Klart: <@{user}> är inte längre {roles} i *{council}*.",
    "brukarrad.show.title": "*{name}*",
    "brukarrad.show.rules": (
        "Punkter senast {agenda} dagar före mötet · kallelse senast {notice} dagar före · "
        "protokoll inom {minutes} dagar efter."
    ),
    "brukarrad.show.empty": (
        "Rådet har inga ledamöter än. Lägg till med `/brukarrad ledamot @person <roll> [förening]`."
    ),
    "brukarrad.show.group_verksamhet": "Verksamheten",
    "brukarrad.show.group_none": "Utan förening",
    "brukarrad.show.member": "• {name} – {roles}",
    "list.and": " och ",
    "role.ordförande": "ordförande",
    "role.sekreterare": "sekreterare",
    "role.justerare": "justerare",
    "role.ledamot": "ledamot",
    "role.ersättare": "ersättare",
    "role.verksamhet": "verksamhetsföreträdare",
    "refused.associations": (
        "Förmötet är föreningarnas eget möte, så bara föreningarnas företrädare kan {what}."
    ),
    "what.change_settings": "ändra rådets inställningar",
    "what.plan_meeting": "planera, flytta eller ställa in möten",
    "what.plan_formote": "planera, flytta eller ställa in förmöten",
    "what.see_formote": "se förmötet",
    "kind.stormöte": "Stormöte",
    "kind.förmöte": "Förmöte",
    "kind.arbetsgrupp": "Arbetsgrupp",
    # /brukarrad inställningar
    "settings.usage": (
        "Ändra rådets regler i antal dagar, till exempel "
        "`/brukarrad inställningar punkter 10 kallelse 7 protokoll 14`.\n"
        "• punkter – hur många dagar före mötet punkterna ska vara inne\n"
        "• kallelse – hur många dagar före mötet kallelsen ska gå ut\n"
        "• protokoll – inom hur många dagar efter mötet protokollet ska skickas"
    ),
    "settings.unknown": (
        "Jag känner inte igen inställningen `{name}`. Det som går att ändra är punkter, "
        "kallelse och protokoll, till exempel `/brukarrad inställningar punkter 10`."
    ),
    "settings.bad_value": (
        "`{value}` fungerar inte som antal dagar för {name}. Skriv ett heltal från 0 till "
        "{limit}, till exempel `/brukarrad inställningar {name} 7`."
    ),
    "settings.changed": "Klart, rådets regler är ändrade. {rules}",
    # /mote
    "mote.help": (
        "*/mote – rådets möten*\n"
        "• `/mote` – visa kommande möten med deras nummer.\n"
        "• `/mote [stormöte|förmöte|arbetsgrupp] <när> [i/på <plats eller länk>]` – planera "
        "ett möte. Dagordningen öppnar direkt.\n"
        "   Exempel: `/mote stormöte torsdag 11 mars kl 13-16 i Stora salen`\n"
        "   Exempel: `/mote förmöte v. 10 tisdag kl 10 på <https://meet.example/rum>`\n"
        "• `/mote flytta <nr> <ny tid>` – flytta ett möte, till exempel "
        "`/mote flytta 3 nästa tisdag kl 13`.\n"
        "• `/mote ställ in <nr>` – ställ in ett möte.\n"
        "Alla som berörs får veta när ett möte flyttas eller ställs in. Ett förmöte hör till "
        "nästa stormöte och syns bara för föreningarnas företrädare."
    ),
    "mote.need_time": (
        "Skriv också vilken tid mötet börjar, till exempel "
        "`/mote stormöte torsdag 11 mars kl 13-16 i Stora salen`."
    ),
    "mote.in_past": (
        "Den tiden har redan varit. Välj en tid framåt, till exempel "
        "`/mote stormöte nästa tisdag kl 13`."
    ),
    "mote.formote_needs_stormote": (
        "Ett förmöte förbereder ett stormöte, men det finns inget planerat stormöte efter den "
        "tiden. Planera stormötet först, till exempel `/mote stormöte torsdag 11 mars kl 13`."
    ),
    "mote.not_found": ("Jag hittar inget kommande möte med nummer {id}. Se numren med `/mote`."),
    "mote.move.usage": (
        "Skriv vilket möte och den nya tiden, till exempel `/mote flytta 3 torsdag 11 mars kl "
        "13-16`. Se numren med `/mote`."
    ),
    "mote.cancel.usage": (
        "Skriv vilket möte som ställs in, till exempel `/mote ställ in 3`. Se numren med `/mote`."
    ),
    "mote.place": " – {place}",
    "mote.planned": "*{kind} planerat:* {when}{place} (nr {id})",
    "mote.dates": (
        "Punkter till dagordningen senast *{agenda}* · kallelsen går ut senast {kallelse} · "
        "protokollet senast {minutes}."
    ),
    "mote.open_agenda": "Dagordningen är öppen: skicka punkter med `/punkt <rubrik>`.",
    "mote.formote_for": "Förmötet förbereder stormötet {when}.",
    "mote.few_stormoten": (
        ":warning: Rådet har {count} stormöten planerade {year}. Riktlinjen är minst fyra om året."
    ),
    "mote.list.title": "*Kommande möten i {council}*",
    "mote.list.item": "• nr {id}: {kind} {when}{place}",
    "mote.list.empty": (
        "Inga möten är planerade. Planera ett med till exempel "
        "`/mote stormöte torsdag 11 mars kl 13-16 i Stora salen`."
    ),
    "mote.moved": "*{kind} nr {id} är flyttat* från {old} till *{when}*{place}.",
    "mote.cancelled": "*{kind} nr {id} {when} är inställt.*",
    # Tider (bot.when)
    "when.empty": (
        'Du skrev ingen tid. Skriv till exempel "12 mars kl 13-16" eller "nästa tisdag kl. 9.30".'
    ),
    "when.too_long": (
        "Det där är lite för långt för att jag ska kunna läsa det som en tid. "
        'Skriv bara dag och klockslag, till exempel "12 mars kl 13-16".'
    ),
    "when.not_understood": (
        'Jag förstod inte "{text}" som en tid. '
        'Skriv till exempel "12 mars kl 13-16" eller "nästa tisdag kl. 9.30".'
    ),
    "when.bare_number": (
        'Menar du klockan {hour}? Skriv "kl {hour}" så blir det tydligt, '
        'till exempel "torsdag kl {hour}".'
    ),
    "when.ambiguous": (
        'Jag hittade mer än ett datum eller klockslag i "{text}" och vet inte vilket du menar. '
        'Skriv bara ett, till exempel "12 mars kl 13-16".'
    ),
    "when.bad_clock": (
        '"{clock}" är inget klockslag som finns. Timmen ska vara 0–23 och minuterna 0–59. '
        'Skriv till exempel "kl 13.30".'
    ),
    "when.range_order": (
        "Sluttiden måste komma efter starttiden, men du skrev kl. {start}–{end}. "
        'Skriv starttiden först, till exempel "kl 13-16".'
    ),
    "when.no_such_month": (
        "Det finns ingen månad {month}. Skriv dagen först och sedan månaden, "
        'till exempel "12/3" för den 12 mars.'
    ),
    "when.no_such_day": (
        "{day} {month}{year} finns inte i kalendern. "
        'Kolla datumet och skriv till exempel "28 februari kl 13".'
    ),
    "when.bad_week": (
        "Vecka {week} finns inte, veckorna går från 1 till 52 (ibland 53). "
        'Skriv till exempel "vecka 50 onsdag kl 10-12".'
    ),
    "when.weekday_mismatch": (
        "{date} är en {actual}, inte en {given}. "
        'Rätta veckodagen eller skriv bara datumet, till exempel "{example}".'
    ),
    "when.past": (
        "{when} har redan varit. "
        'Skriv en tid som ligger framåt, till exempel "nästa tisdag kl. 9.30".'
    ),
    # Punkter och dagordning
    "refused.members": (
        "Det är rådets ledamöter, ersättare och verksamhetens företrädare som kan {what}. "
        "Vill du vara med? Hör av dig till {who}."
    ),
    "refused.not_submitter": "Bara den som skickade punkten kan ta tillbaka den.",
    "what.submit_point": "skicka punkter till dagordningen",
    "what.manage_agenda": "ändra dagordningen",
    "modal.cancel": "Avbryt",
    "modal.save": "Spara",
    "standing.unit_info": "Information från verksamheten",
    "standing.user_info": "Information från brukarrepresentanterna",
    "standing.activity": "Aktivitet",
    "standing.follow_up": "Uppföljning av tidigare beslut och åtgärder",
    "standing.aob": "Övriga frågor",
    "standing.need_title": (
        "Skriv rubriken på den stående punkten, till exempel "
        "`/brukarrad stående lägg till Rapport från arbetsgruppen`."
    ),
    "standing.no_such": (
        "Det finns ingen stående punkt nummer {number}; rådet har {count}. "
        "Se dem med `/brukarrad stående`."
    ),
    "standing.list": "*Stående punkter på varje möte*\n{items}",
    "standing.usage": (
        "Ändra med `/brukarrad stående lägg till <rubrik>` eller "
        "`/brukarrad stående ta bort <nummer>`."
    ),
    "standing.added_reply": "Klart, *{title}* finns nu på varje möte.",
    "standing.removed_reply": "Klart, *{title}* är inte längre en stående punkt.",
    "status.inskickad": "inskickad",
    "status.på dagordningen": "på dagordningen",
    "status.behandlad": "behandlad",
    "status.flyttad": "flyttad",
    "status.avslagen": "avslagen",
    "status.återtagen": "återtagen",
    "punkt.help": (
        "*/punkt – skicka en punkt till dagordningen*\n"
        "• `/punkt <rubrik>[: beskrivning]` – till nästa stormöte.\n"
        "   Exempel: `/punkt Väntetider till läkare: Många väntar mer än fyra veckor.`\n"
        "• `/punkt` utan text öppnar ett formulär där du också väljer möte.\n"
        "• `/punkt förmöte <rubrik>` – till föreningarnas förmöte.\n"
        "• Du kan också skriva `punkt: <rubrik>` i rådets kanal eller till mig direkt, "
        "eller välja *Lägg till som punkt* på ett meddelande.\n"
        "• `/punkt återta <nr>` – ta tillbaka din punkt.\n"
        "För sekreterare och ordförande: `/punkt ta med <nr>`, `/punkt övriga <nr>`, "
        "`/punkt flytta <nr> [till <mötesnr>]`, `/punkt avslå <nr> <skäl>`, "
        "`/punkt behandlad <nr> <vad som hände>`.\n"
        "Du får alltid veta vad som händer med din punkt."
    ),
    "punkt.need_title": (
        "Punkten behöver en rubrik, till exempel `/punkt Väntetider till läkare`."
    ),
    "punkt.change_usage": (
        "Skriv punktens nummer, till exempel `/punkt avslå 12 Frågan hör till regionen` "
        "eller `/punkt flytta 12`. Numren står i `/dagordning`."
    ),
    "punkt.no_such_meeting": (
        "Möte nummer {id} finns inte bland de kommande mötena du kan skicka punkter till. "
        "Se dem med `/mote`."
    ),
    "punkt.no_formote": (
        "Det finns inget planerat förmöte än. Skicka punkten till stormötet med "
        "`/punkt <rubrik>`, eller be ordföranden planera förmötet med `/mote förmöte <när>`."
    ),
    "punkt.not_found": "Jag hittar ingen punkt nummer {id} här. Numren står i `/dagordning`.",
    "punkt.already_settled": ("Punkt nummer {id} är redan {status}, så den kan inte ändras mer."),
    "punkt.no_meeting_yet": (
        "Punkt nummer {id} väntar på att ett möte planeras. Planera mötet med `/mote` först."
    ),
    "punkt.reason_required": (
        "Skriv varför punkt {id} inte tas upp – den som skickade den får läsa skälet. "
        "Till exempel `/punkt avslå {id} Frågan beslutas av regionen, vi bjuder in dem i vår`."
    ),
    "punkt.outcome_required": (
        "Skriv vad som hände med punkt {id}, till exempel "
        "`/punkt behandlad {id} Verksamheten ser över telefontiderna till mars`."
    ),
    "punkt.not_on_agenda": "Punkt nummer {id} står inte på dagordningen just nu.",
    "punkt.next_planned": "nästa möte som planeras",
    "punkt.unknown_submitter": "f.d. ledamot",
    "punkt.received": (
        "Tack! Din punkt *{title}* står på dagordningen för {meeting} (punkt nr {id}). "
        "Du får besked av mig när den har behandlats. Ångra med `/punkt återta {id}`."
    ),
    "punkt.received_late": (
        "Tack! Din punkt *{title}* (nr {id}) kom in efter sista dag för punkter till "
        "{meeting}, som var {deadline}. Den är sparad, och ordföranden eller sekreteraren "
        "bestämmer om den tas med, tas upp under övriga frågor eller flyttas till nästa möte. "
        "Du får besked av mig."
    ),
    "punkt.received_waiting": (
        "Tack! Din punkt *{title}* (nr {id}) är sparad. Inget stormöte är planerat än, så den "
        "hamnar på dagordningen för nästa stormöte som planeras. Du får besked av mig."
    ),
    "punkt.duplicate": "Den här punkten finns redan: *{title}* (nr {id}). Inget nytt skapades.",
    "punkt.changed": "Klart: punkt nr {id}, *{title}*, är nu {status}.",
    "punkt.which_council": "Du är med i flera brukarråd. Vilket råd är punkten till?",
    "punkt.dm_no_council": (
        "Jag hittar inget brukarråd som du är med i, så jag vet inte vart punkten ska. "
        "Be rådets sekreterare lägga till dig, eller skriv punkten i rådets kanal."
    ),
    "punkt.notice.placed": (
        "Hej! Din punkt *{title}* står nu på dagordningen för {meeting} i {council}."
    ),
    "punkt.notice.ovriga": (
        "Hej! Din punkt *{title}* tas upp under övriga frågor på {meeting} i {council}."
    ),
    "punkt.notice.moved": (
        "Hej! Din punkt *{title}* i {council} är flyttad till {meeting}. Den är inte "
        "glömd – den står på den dagordningen i stället."
    ),
    "punkt.notice.rejected": (
        "Hej! Din punkt *{title}* i {council} kommer inte att tas upp. Skälet: {reason}\n"
        "Vill du prata om det, hör av dig till ordföranden eller sekreteraren."
    ),
    "punkt.notice.handled": (
        "Hej! Din punkt *{title}* i {council} har behandlats. Det här blev resultatet: {outcome}"
    ),
    "punkt.notice.withdrawn": "Din punkt *{title}* i {council} är tagen tillbaka.",
    "punkt.notice.cancelled_moved": (
        "Hej! Mötet där din punkt *{title}* stod är inställt. Punkten är flyttad till "
        "{meeting} i {council}."
    ),
    "punkt.notice.cancelled_waits": (
        "Hej! Förmötet där din punkt *{title}* stod är inställt, och inget nytt förmöte är "
        "planerat än. Punkten är sparad; ta gärna upp den med ordföranden i {council}."
    ),
    "punkt.notice.late_for_officers": (
        "En sen punkt har kommit in till {meeting} i {council}: *{title}* (nr {id}). "
        "Välj i `/dagordning` om den tas med, tas under övriga frågor, flyttas eller avslås."
    ),
    "punkt.modal.heading": "Ny punkt",
    "punkt.modal.submit": "Skicka",
    "punkt.modal.title": "Rubrik",
    "punkt.modal.description": "Beskrivning",
    "punkt.modal.meeting": "Till vilket möte",
    "punkt.modal.no_meeting": (
        "Inget möte är planerat än. Punkten sparas och hamnar på nästa stormöte som planeras."
    ),
    "punkt.modal.presents_label": "Presentation",
    "punkt.modal.presents": "Jag vill presentera punkten själv",
    "punkt.modal.links": "Länkar eller underlag",
    "punkt.modal.reject_label": "Varför tas punkten inte upp?",
    "punkt.modal.reject_hint": "Den som skickade punkten får läsa skälet.",
    "punkt.modal.handle_label": "Vad blev resultatet?",
    "punkt.modal.handle_hint": "Den som skickade punkten får läsa det.",
    "dagordning.help": (
        "*/dagordning – nästa mötes dagordning*\n"
        "• `/dagordning` – nästa stormöte.\n"
        "• `/dagordning förmöte` – nästa förmöte (för föreningarnas företrädare).\n"
        "• `/dagordning <mötesnr>` – ett visst möte (numren står i `/mote`).\n"
        "Sekreterare och ordförande får knappar för att ändra ordning, ta med sena punkter, "
        "flytta och avslå."
    ),
    "dagordning.usage": (
        "Skriv `/dagordning`, `/dagordning förmöte` eller `/dagordning <mötesnr>`, "
        "till exempel `/dagordning 3`."
    ),
    "dagordning.no_meeting": (
        "Inget sådant möte är planerat än. Planera ett med `/mote stormöte <när>`."
    ),
    "dagordning.title": "*Dagordning – {meeting}*{place} (möte nr {id}, {council})",
    "dagordning.open": "Punkter tas emot till och med {deadline} – {days} dagar kvar.",
    "dagordning.closed": (
        "Sista dag för punkter var {deadline}. Nya punkter sparas som sena, och sekreteraren "
        "eller ordföranden bestämmer om dem."
    ),
    "dagordning.point": "*{title}* (punkt nr {id}) – {who}",
    "dagordning.presents_self": " · vill presentera själv",
    "dagordning.late_mark": " · _sen_",
    "dagordning.late_title": "*Sena punkter som väntar på beslut*",
    "dagordning.settled_title": "*Avgjorda punkter*",
    "dagordning.carried": "Flyttad från tidigare möte:",
    "dagordning.action": "Åtgärd {id}: {text} – ansvarig {owner}, senast {due}",
    "dagordning.no_due": "inget datum",
    "dagordning.hint": "Skicka en punkt med `/punkt <rubrik>`.",
    "dagordning.hint_manage": (
        "Menyn vid varje punkt ändrar ordning, flyttar, avslår eller markerar som behandlad."
    ),
    "dagordning.menu.up": "Flytta upp",
    "dagordning.menu.down": "Flytta ner",
    "dagordning.menu.move": "Flytta till nästa möte",
    "dagordning.menu.reject": "Avslå (med skäl)",
    "dagordning.menu.handle": "Behandlad",
    "dagordning.menu.take": "Ta med",
    "dagordning.menu.ovriga": "Övriga frågor",
    # sandbox
    "sandbox.welcome": (
        "*Brukarbot – sandlådan.* Du pratar med den riktiga boten genom en lokal Slack på den "
        "här datorn. Databas: {database}\n"
        "Skriv som i Slack: ett meddelande eller ett kommando, till exempel `/brukarrad hjälp`. "
        "`:hjälp` visar sandlådans egna kommandon; `:avsluta` (eller Ctrl-D) avslutar."
    ),
    "sandbox.demo.created": (
        "Demorådet *{council}* är skapat i #{channel}, med ledamöter från RSMH Väst och "
        "Attention. I #{new} kan du skapa ett eget råd med `/brukarrad skapa <namn>`."
    ),
    "sandbox.demo.exists": (
        "Demorådet *{council}* finns sedan tidigare i databasen, i #{channel}. "
        "I #{new} kan du skapa ett eget råd med `/brukarrad skapa <namn>`."
    ),
    "sandbox.demo.failed": (
        "Jag kunde inte skapa demorådet i #{channel} ({error}). Sandlådan fungerar ändå: "
        "skapa ett råd i #{new} med `/brukarrad skapa <namn>`."
    ),
    "sandbox.about.sara": "sekreterare, från verksamheten",
    "sandbox.about.olle": "ordförande, RSMH Väst",
    "sandbox.about.anna": "ledamot och justerare, RSMH Väst",
    "sandbox.about.lina": "ledamot, Attention",
    "sandbox.about.erik": "ersättare, Attention",
    "sandbox.about.vera": "verksamhetsföreträdare (enhetschef)",
    "sandbox.about.nils": "finns i kanalerna men är inte med i något råd",
    "sandbox.about.bot": "boten",
    "sandbox.who": "Du är {name} ({user}) i {place}. Klockan är {when}.",
    "sandbox.bye": "Hej då! Det du gjort finns kvar i {database}.",
    "sandbox.place.dm": "DM med boten",
    "sandbox.from.channel": "{author} i {place}:",
    "sandbox.from.thread": "{author} i en tråd i {place}:",
    "sandbox.from.dm": "{author} till dig ({place}):",
    "sandbox.from.ephemeral": "{author} i {place} (bara du ser det):",
    "sandbox.edited": " (ändrat)",
    "sandbox.unread_elsewhere": "Oläst i {place}: {count}. Gå dit med `:kanal {name}`.",
    "sandbox.image": "[bild: {alt}]",
    "sandbox.choose": "Välj …",
    "sandbox.cancel": "Avbryt",
    "sandbox.failed": "Det gick inte: {error}",
    "sandbox.bot_failed": "”{what}” gick inte fram: boten svarade HTTP {status}.",
    "sandbox.command_failed": (
        "{command} gick inte fram: boten svarade HTTP {status}. Kanske finns kommandot inte "
        "än; `:hjälp` visar hur sandlådan fungerar."
    ),
    "sandbox.unknown_meta": (
        "Jag känner inte igen `:{word}`. Skriv `:hjälp` för att se sandlådans kommandon, "
        "till exempel `:som anna` eller `:klocka +2d`."
    ),
    "sandbox.help": (
        "*Sandlådan*\n"
        "Skriv som i Slack: ett meddelande, eller ett kommando som `/brukarrad visa` eller "
        "`/mote hjälp`. @förnamn (till exempel @anna) blir en riktig omnämning.\n"
        "• `:som [namn]` – var någon annan (utan namn: lista alla)\n"
        "• `:kanal [namn]` – gå till en kanal, `:kanal dm` till ditt DM med boten "
        "(utan namn: lista alla)\n"
        "• `:tryck <nummer>` – tryck på en knapp eller meny med det numret\n"
        "• `:klocka +2d`, `:klocka +3h`, `:klocka 2026-12-01T09:00`, "
        "`:klocka nästa tisdag kl 9` – flytta klockan framåt (utan tid: visa den)\n"
        "• `:dm` – alla dina direktmeddelanden från boten\n"
        "• `:hem` – öppna bottens hemflik\n"
        "• `:vem` – vem och var du är\n"
        "• `:hjälp` – den här texten\n"
        "• `:avsluta` (eller Ctrl-D) – avsluta\n"
        "Formulär fylls i ett fält i taget; `:avbryt` stänger dem. "
        "Engelska namn går också: :user, :channel, :press, :clock, :home, :who, :help, :quit."
    ),
    "sandbox.user.list": "Vem vill du vara? Skriv `:som <namn>`:",
    "sandbox.user.line": "{marker} {name} (@{handle}) – {about}",
    "sandbox.user.unknown": "Ingen i sandlådan heter ”{name}”. Skriv `:som` för att se alla.",
    "sandbox.user.ambiguous": "”{name}” kan vara {names}. Skriv mer av namnet.",
    "sandbox.channel.list": "Kanaler (byt med `:kanal <namn>`):",
    "sandbox.channel.line": "{marker} #{name}",
    "sandbox.channel.dm_line": "{marker} dm – ditt direktmeddelande med boten",
    "sandbox.channel.unknown": (
        "Det finns ingen kanal ”{name}”. Skriv `:kanal` för att se alla, eller `:kanal dm`."
    ),
    "sandbox.dm.none": "Du har inga direktmeddelanden från boten än.",
    "sandbox.home.title": "Hemfliken",
    "sandbox.home.none": "Boten har ingen hemflik för dig än.",
    "sandbox.press.none": "Det finns inga knappar att trycka på just nu.",
    "sandbox.press.which": "Skriv numret på en knapp, 1–{count}, till exempel `:tryck 1`.",
    "sandbox.press.confirm": "{title}: {text} (j = {yes}, n = {no}) ",
    "sandbox.clock.now": "Klockan är {when}.",
    "sandbox.clock.moved": "Klockan är nu {when}.",
    "sandbox.clock.backwards": (
        "Klockan går bara framåt i sandlådan, och den är redan {when}. "
        "Skriv till exempel `:klocka +2d`."
    ),
    "sandbox.clock.usage": (
        "Skriv till exempel `:klocka +2d`, `:klocka +3h`, `:klocka 2026-12-01T09:00` "
        "eller `:klocka nästa tisdag kl 9`."
    ),
    "sandbox.modal.opened": "Ett formulär öppnades: {title}",
    "sandbox.modal.hint": (
        "Fyll i ett fält i taget. Enter behåller det som står inom [ ] eller hoppar över "
        "ett valfritt fält; `:avbryt` stänger formuläret."
    ),
    "sandbox.modal.confirm": "Enter för ”{submit}”, `:avbryt` för att stänga: ",
    "sandbox.modal.fix": "Boten ber dig rätta:",
    "sandbox.modal.closed": "Formuläret stängdes utan att skickas.",
    "sandbox.field.optional": "(valfritt)",
    "sandbox.field.required": "Det här fältet måste fyllas i.",
    "sandbox.field.bad_number": (
        "Skriv numret på ett alternativ, 1–{count} (flera med komma, till exempel 1, 3)."
    ),
    "sandbox.field.one_number": "Välj ett enda alternativ, ett nummer 1–{count}.",
    "sandbox.field.who": "Jag hittar ingen entydig träff på ”{name}”. Skriv förnamnet, t.ex. anna.",
    "sandbox.field.bad_date": "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.",
    "sandbox.field.bad_time": "Skriv tiden som TT:MM, till exempel 13:30.",
    "sandbox.field.bad_datetime": "Skriv datum och tid som 2026-12-01T13:30.",
    "sandbox.field.bad_number_input": "Skriv ett tal, till exempel 3.",
}
