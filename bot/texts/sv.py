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
}
