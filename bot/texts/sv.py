"""Svenska texter (standard). Varm, enkel och exakt ton; säg alltid vad som fungerar."""

# A counted message is {CLDR plural category: text}, chosen by its {count} (see __init__).
TEXTS: dict[str, str | dict[str, str]] = {
    # Allmänt
    "error.database_unavailable": (
        "Jag kan inte spara något just nu – min databas svarar inte. Inget av det du skrev har "
        "sparats, så skriv det gärna igen om en stund. Om det fortsätter: säg till rådets "
        "sekreterare."
    ),
    "inbox.kept_for_later": (
        "Jag har tagit emot det du skickade, men min databas svarar inte just nu. Jag sparar "
        "det så snart den svarar igen och skriver till dig här när det är gjort – du behöver "
        "inte skicka det igen."
    ),
    "inbox.gave_up": (
        "Förlåt – det du skickade kl. {time} kunde inte sparas: min databas har inte svarat på "
        "länge. Ingenting av det har ändrats. Skriv det gärna igen, och säg till rådets "
        "sekreterare om det fortsätter."
    ),
    "error.unexpected": (
        "Något gick fel hos mig, och ingenting har ändrats. Försök gärna igen om en stund. "
        "Om det fortsätter: säg till rådets sekreterare."
    ),
    "error.no_council": (
        "Den här kanalen hör inte till något brukarråd än. Sekreteraren kan skapa ett med "
        "`/brukarrad skapa &lt;namn&gt;`, till exempel `/brukarrad skapa Brukarrådet Psykiatri "
        "Väst`."
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
    "count.days": {"one": "{count} dag", "other": "{count} dagar"},
    "count.hours": {"one": "{count} timme", "other": "{count} timmar"},
    "count.months": {"one": "{count} månad", "other": "{count} månader"},
    # /brukarrad
    "brukarrad.help": (
        "*/brukarrad – brukarrådet i den här kanalen*\n"
        "• `/brukarrad skapa &lt;namn&gt;` – gör kanalen till ett brukarråd. Du blir "
        "sekreterare.\n"
        "   Exempel: `/brukarrad skapa Brukarrådet Psykiatri Väst`\n"
        "• `/brukarrad ledamot @person &lt;roll&gt; [förening]` – lägg till en roll.\n"
        "   Roller: ordförande, sekreterare, justerare, ledamot, ersättare, verksamhet.\n"
        "   Exempel: `/brukarrad ledamot @Anna ledamot RSMH Väst`\n"
        "• `/brukarrad ta bort @person [roll]` – avsluta en roll (eller alla).\n"
        "• `/brukarrad visa` – visa rådet, ledamöterna per förening och rådets regler.\n"
        "• `/brukarrad inställningar punkter 10 kallelse 7 protokoll 14` – ändra rådets regler "
        "(antal dagar).\n"
        "• `/brukarrad stående [förmöte|arbetsgrupp]` – visa och ändra punkterna som finns på "
        "varje stormöte (eller förmöte, arbetsgruppsmöte).\n"
        "• `/brukarrad inställningar gallring 24` – hur många månader uppgifter om den som "
        "lämnat rådet sparas.\n"
        "• `/brukarrad inställningar justering av` – publicera protokollen utan justering "
        "(`på` igen när rådet vill justera).\n"
        "• `/brukarrad logg [antal]` – ordföranden ser de senaste ändringarna i rådet.\n"
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
        "`/brukarrad skapa &lt;namn&gt;` i den kanalen, inte i ett direktmeddelande."
    ),
    "brukarrad.created": (
        "Välkomna! Den här kanalen är nu brukarrådet *{name}*. "
        "<@{user}> är sekreterare och kan lägga till ledamöter med "
        "`/brukarrad ledamot @person &lt;roll&gt; [förening]`."
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
    "brukarrad.member.forening_close": (
        "Menade du *{forening}*? Jag har inte ändrat något än. Skriv "
        "`/brukarrad ledamot @{name} {role} {forening}`. Är *{given}* en ny förening, skriv "
        "`/brukarrad ledamot @{name} {role} ny förening {given}`."
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
        "Punkter senast {agenda} före mötet · kallelse senast {notice} före · protokoll inom "
        "{minutes} efter."
    ),
    "brukarrad.show.empty": (
        "Rådet har inga ledamöter än. Lägg till med `/brukarrad ledamot @person &lt;roll&gt; "
        "[förening]`."
    ),
    "brukarrad.show.group_verksamhet": "Verksamheten",
    "brukarrad.show.group_none": "Utan förening",
    "seat.left_channel": (
        "*{name}* har lämnat kanalen för {council}. {name} är fortfarande med i rådet tills ni "
        "bestämmer något annat, så platsen kan stå tom. Hör gärna av er till {name} eller "
        "föreningen. Ska {name} inte vara med längre: `/brukarrad ta bort @{name}`."
    ),
    "seat.deactivated": (
        "*{name}* har inte längre något konto i Slack, så jag kan inte nå {name} i {council}. "
        "{name} är fortfarande med i rådet tills ni bestämmer något annat, så platsen kan stå tom."
        " Hör gärna av er till {name} eller föreningen på annat sätt."
    ),
    "brukarrad.show.gone.left_channel": (" _(har lämnat kanalen)_"),
    "brukarrad.show.gone.deactivated": (" _(kontot i Slack är avstängt)_"),
    "brukarrad.show.member": "• {name} – {roles}",
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
    "kind.arbetsgrupp": "Arbetsgruppsmöte",
    # /brukarrad inställningar
    "settings.usage": (
        "Ändra rådets regler i antal dagar, till exempel "
        "`/brukarrad inställningar punkter 10 kallelse 7 protokoll 14`.\n"
        "• punkter – hur många dagar före mötet punkterna ska vara inne\n"
        "• kallelse – hur många dagar före mötet kallelsen ska gå ut\n"
        "• protokoll – inom hur många dagar efter mötet protokollet ska skickas\n"
        "Hur länge uppgifter om den som lämnat rådet sparas ändrar du i månader för sig, "
        "till exempel `/brukarrad inställningar gallring 24`. Om protokollen justeras "
        "ändrar du med `/brukarrad inställningar justering på` eller `av`."
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
        "• `/mote [stormöte|förmöte|arbetsgrupp] &lt;när&gt; [i/på &lt;plats eller länk&gt;]` – "
        "planera "
        "ett möte. Dagordningen öppnar direkt.\n"
        "   Exempel: `/mote stormöte torsdag 11 mars kl 13-16 i Stora salen`\n"
        "   Exempel: `/mote förmöte v. 10 tisdag kl 10 på <https://meet.example/rum>`\n"
        "• `/mote flytta &lt;nr&gt; &lt;ny tid&gt;` – flytta ett möte, till exempel "
        "`/mote flytta 3 nästa tisdag kl 13`.\n"
        "• `/mote ställ in &lt;nr&gt;` – ställ in ett möte.\n"
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
    "mote.open_agenda": "Dagordningen är öppen: skicka punkter med `/punkt &lt;rubrik&gt;`.",
    "mote.open_agenda_formote": (
        "Förmötets dagordning är öppen: skicka punkter till förmötet med "
        "`/punkt förmöte &lt;rubrik&gt;`. (`/punkt &lt;rubrik&gt;` utan `förmöte` går till "
        "stormötet.)"
    ),
    "mote.agenda_deadline_passed": (
        ":hourglass_flowing_sand: Mötet ligger så nära att sista dag för punkter ({agenda}) "
        "redan har varit. Punkter går ändå att skicka: de märks som sena, och ordföranden "
        "eller sekreteraren bestämmer om de tas med."
    ),
    "mote.kallelse_notice_passed": (
        ":hourglass_flowing_sand: Kallelsen skulle enligt rådets regel ha gått ut senast "
        "{kallelse}, så den blir sen den här gången. Skicka den så snart du kan med "
        "`/kallelse {id}` – jag frågar en extra gång innan den går iväg, och ledamöterna får "
        "kortare tid att läsa underlagen."
    ),
    "mote.duplicate": (
        "{kind} nr {id} är redan planerat {when}, så jag har inte lagt till något nytt. "
        "Se mötena med `/mote`, eller ändra tiden med `/mote flytta {id} &lt;ny tid&gt;`."
    ),
    "mote.formote_for": "Förmötet förbereder stormötet {when}.",
    "mote.few_stormoten": {
        "one": (
            ":warning: Rådet har {count} stormöte planerat {year}. Riktlinjen är minst fyra om "
            "året."
        ),
        "other": (
            ":warning: Rådet har {count} stormöten planerade {year}. Riktlinjen är minst fyra om "
            "året."
        ),
    },
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
    "standing.formote_review": "Genomgång av stormötets dagordning",
    "kind.plural.stormöte": "stormötena",
    "kind.plural.förmöte": "förmötena",
    "kind.plural.arbetsgrupp": "arbetsgruppernas möten",
    "standing.need_title": (
        "Skriv rubriken på den stående punkten, till exempel "
        "`/brukarrad stående lägg till Rapport från arbetsgruppen`."
    ),
    "standing.no_such": {
        "one": (
            "Det finns ingen stående punkt nummer {number}; det finns bara en. Se den med "
            "`/brukarrad stående{kind}`."
        ),
        "other": (
            "Det finns ingen stående punkt nummer {number}; det finns {count}. Se dem med "
            "`/brukarrad stående{kind}`."
        ),
    },
    "standing.list": "*Stående punkter för {meetings}*\n{items}",
    "standing.usage": (
        "Ändra med `/brukarrad stående lägg till &lt;rubrik&gt;` eller "
        "`/brukarrad stående ta bort &lt;nummer&gt;`. Förmötena och arbetsgrupperna har "
        "sina egna: skriv `förmöte` eller `arbetsgrupp` efter `stående`, till exempel "
        "`/brukarrad stående förmöte lägg till Frågor till stormötet`."
    ),
    "standing.added_reply": "Klart, *{title}* är nu en stående punkt för {meetings}.",
    "standing.removed_reply": "Klart, *{title}* är inte längre en stående punkt för {meetings}.",
    "status.inskickad": "inskickad",
    "status.på dagordningen": "på dagordningen",
    "status.behandlad": "behandlad",
    "status.flyttad": "flyttad",
    "status.avslagen": "avslagen",
    "status.återtagen": "återtagen",
    "punkt.dm_message_gone": (
        "Jag hittar inte meddelandet med punkten längre – det kan ha tagits bort. Skriv det "
        "gärna igen, till exempel `punkt: Väntetider till läkare`."
    ),
    "punkt.number_only": (
        "En punkt behöver en rubrik med ord, till exempel `/punkt Väntetider till läkare`. "
        "Letar du efter punkt {id}? Den syns i `/dagordning`. Ska rubriken ändå vara bara "
        "{id}, skriv `/punkt {id}:`."
    ),
    "punkt.help": (
        "*/punkt – skicka en punkt till dagordningen*\n"
        "• `/punkt &lt;rubrik&gt;[: beskrivning]` – till nästa stormöte.\n"
        "   Exempel: `/punkt Väntetider till läkare: Många väntar mer än fyra veckor.`\n"
        "• `/punkt` utan text öppnar ett formulär där du också väljer möte.\n"
        "• `/punkt förmöte &lt;rubrik&gt;` – till föreningarnas förmöte.\n"
        "• Du kan också skriva `punkt: &lt;rubrik&gt;` i rådets kanal eller till mig direkt, "
        "eller välja *Lägg till som punkt* på ett meddelande.\n"
        "• `/punkt återta &lt;nr&gt;` – ta tillbaka din punkt.\n"
        "För sekreterare och ordförande: `/punkt ta med &lt;nr&gt;`, `/punkt övriga &lt;nr&gt;`, "
        "`/punkt flytta &lt;nr&gt; [till &lt;mötesnr&gt;]`, `/punkt avslå &lt;nr&gt; "
        "&lt;skäl&gt;`, "
        "`/punkt behandlad &lt;nr&gt; &lt;vad som hände&gt;`.\n"
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
        "`/punkt &lt;rubrik&gt;`, eller be ordföranden planera förmötet med `/mote förmöte "
        "&lt;när&gt;`."
    ),
    "punkt.did_you_mean": (
        "Menade du `/punkt {suggestion}`? Jag har inte skapat någon punkt. Om du ville skicka "
        "en punkt med rubriken *{title}*, skriv ett kolon efter rubriken: `/punkt {title}:`"
    ),
    "punkt.unknown_word": (
        "Jag känner inte igen `{word}` som ett kommando, så jag har inte skapat någon punkt. "
        "Med ett nummer efter fungerar `återta`, `ta med`, `övriga`, `flytta`, `avslå` och "
        "`behandlad` – se `/punkt hjälp`. Om du ville skicka en punkt med rubriken *{title}*, "
        "skriv ett kolon efter rubriken: `/punkt {title}:`"
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
    "punkt.renamed_by_message": "Ändrat: *{title}* (punkt nr {id}).",
    "punkt.closed_by_message": (
        "Punkten *{title}* (nr {id}) ändras inte av att du redigerar meddelandet: dagordningen "
        "för {meeting} är redan klar. Behöver rubriken ändras, hör av dig till {who}."
    ),
    "punkt.settled_by_message": (
        "Punkten *{title}* (nr {id}) är redan {status}, så den ändras inte av att du "
        "redigerar meddelandet."
    ),
    "punkt.stands_by_message": (
        "Punkten *{title}* (nr {id}) finns kvar, fast meddelandet inte längre börjar med "
        "`punkt:`. Vill du ta tillbaka den, skriv `/punkt återta {id}` eller ta bort meddelandet."
    ),
    "punkt.withdrawn_by_message": (
        "Du tog bort meddelandet, så din punkt *{title}* (nr {id}) är tagen tillbaka. "
        "Skriv den gärna igen om du ångrar dig."
    ),
    "punkt.kept_by_message": (
        "Du tog bort meddelandet, men punkten *{title}* (nr {id}) är redan {status} och finns "
        "kvar i rådets historik. Har du frågor om den, hör av dig till ordföranden eller "
        "sekreteraren."
    ),
    "punkt.attachment.image": "bild",
    "punkt.attachment.file": "fil",
    "punkt.changed": "Klart: punkt nr {id}, *{title}*, är nu {status}.",
    "punkt.changed_renumbered": (
        "Klart: punkt nr {old}, *{title}*, har flyttats och heter nu nr {id}. Den är nu {status}."
    ),
    "punkt.addition.agenda": (
        ":pushpin: *Tillägg till dagordningen* för {meeting} i {council}: *{title}* "
        "(punkt nr {id}) tas med. Den kom in efter att kallelsen gick ut, så den står inte i "
        "kallelsen."
    ),
    "punkt.addition.ovriga": (
        ":pushpin: *Tillägg till dagordningen* för {meeting} i {council}: *{title}* "
        "(punkt nr {id}) tas upp under övriga frågor. Den kom in efter att kallelsen gick ut, "
        "så den står inte i kallelsen."
    ),
    "punkt.which_council": "Du är med i flera brukarråd. Vilket råd är punkten till?",
    "chat.help": (
        "Hej! Jag är rådets bot och förstår korta meddelanden och kommandon. Det här fungerar:\n"
        "• `punkt: Tolk vid besök` – en punkt till dagordningen, här eller i rådets kanal "
        "(efter ett kolon kan du beskriva den mer)\n"
        "• `/dagordning` – vad som tas upp på nästa möte\n"
        "• `/narvaro ja` eller `/narvaro nej` – svara på kallelsen\n"
        "• `/mote` – rådets kommande möten\n"
        "• `/minadata` – det som är sparat om dig\n"
        "Skriv `hjälp` efter ett kommando, till exempel `/punkt hjälp`, så får du fler exempel. "
        "Undrar du något annat? Fråga gärna rådets sekreterare."
    ),
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
        "• `/dagordning &lt;mötesnr&gt;` – ett visst möte (numren står i `/mote`).\n"
        "Sekreterare och ordförande får knappar för att ändra ordning, ta med sena punkter, "
        "flytta och avslå."
    ),
    "dagordning.usage": (
        "Skriv `/dagordning`, `/dagordning förmöte` eller `/dagordning &lt;mötesnr&gt;`, "
        "till exempel `/dagordning 3`."
    ),
    "dagordning.no_meeting": (
        "Inget sådant möte är planerat än. Planera ett med `/mote stormöte &lt;när&gt;`."
    ),
    "dagordning.title": "*Dagordning – {meeting}*{place} (möte nr {id}, {council})",
    "dagordning.open": {
        "one": "Punkter tas emot till och med {deadline} – {count} dag kvar.",
        "other": "Punkter tas emot till och med {deadline} – {count} dagar kvar.",
    },
    "dagordning.closed": (
        "Sista dag för punkter var {deadline}. Nya punkter sparas som sena, och sekreteraren "
        "eller ordföranden bestämmer om dem."
    ),
    "dagordning.point": "*{title}* (punkt nr {id}) – {who}",
    "dagordning.presents_self": " · vill presentera själv",
    "dagordning.late_mark": " · _sen_",
    "dagordning.more": "Dagordningen fortsätter i nästa meddelande (sida {page} av {pages}).",
    "dagordning.continued": "*{meeting}*, dagordningen fortsätter (sida {page}).",
    "dagordning.late_title": "*Sena punkter som väntar på beslut*",
    "dagordning.settled_title": "*Avgjorda punkter*",
    "dagordning.carried": "Flyttad från tidigare möte:",
    "dagordning.action": "Åtgärd {id}: {text} – ansvarig {owner}, {due}",
    "dagordning.due": "senast {date}",
    "dagordning.no_due": "inget slutdatum",
    "dagordning.hint": "Skicka en punkt med `/punkt &lt;rubrik&gt;`.",
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
    "sandbox.from.channel": "{author} i {place}",
    "sandbox.from.thread": "{author} i tråden under {parent} i {place}",
    "sandbox.from.dm": "{author} till dig ({place})",
    "sandbox.from.ephemeral": "{author} i {place} (bara du ser det)",
    "sandbox.edited": " (ändrat)",
    "sandbox.unread_elsewhere": {
        "one": "Oläst i {place}: {count} meddelande. Gå dit med `:kanal {name}`.",
        "other": "Oläst i {place}: {count} meddelanden. Gå dit med `:kanal {name}`.",
    },
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
        "• `:tråd 3` – öppna tråden under meddelande m3 (numret står före avsändaren): det du "
        "skriver hamnar där, till exempel protokollsrader i kallelsens tråd; `:tråd` stänger den\n"
        "• `:genväg 3` – genvägen *Lägg till som punkt* på meddelande m3\n"
        "• `:klocka +2d`, `:klocka +3h`, `:klocka 2026-12-01T09:00`, "
        "`:klocka nästa tisdag kl 9` – flytta klockan framåt (utan tid: visa den)\n"
        "• `:dm` – alla dina direktmeddelanden från boten\n"
        "• `:fil` – filerna boten har skickat dig (CSV, DOCX, JSON); `:fil 2` sparar fil 2 "
        "i mappen du startade sandlådan från\n"
        "• `:hem` – öppna Brukarbots hemflik\n"
        "• `:spara` – spara nu (det görs också efter varje rad): nästa start på samma databas "
        "fortsätter med samma klocka, meddelanden och filer\n"
        "• `:vem` – vem och var du är\n"
        "• `:hjälp` – den här texten\n"
        "• `:avsluta` (eller Ctrl-D) – avsluta\n"
        "Formulär fylls i ett fält i taget; `:avbryt` stänger dem. "
        "Engelska namn går också: :user, :channel, :press, :thread, :shortcut, :clock, :file, "
        ":save, :home, :who, :help, :quit."
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
    "sandbox.file.line": "📎 {name} ({kind}, {size}) – spara med `:fil {number}`",
    "sandbox.file.bytes": {"one": "{count} byte", "other": "{count} byte"},
    "sandbox.file.kb": "{size} kB",
    "sandbox.file.list": "Filer du har fått från boten:",
    "sandbox.file.none": (
        "Du har inte fått några filer från boten än. De kommer till exempel med "
        "`/arvode`, `/protokoll utkast` och `/minadata export`."
    ),
    "sandbox.file.saved": "Fil {number}, {name}, är sparad som {path}.",
    "sandbox.file.unknown": "Du har ingen fil nr {number}. Skriv `:fil` för att se dina filer.",
    "sandbox.file.which": "Skriv filens nummer, till exempel `:fil 1`. `:fil` listar dina filer.",
    "sandbox.message.number": "m{number}",
    "sandbox.message.sent": "  (ditt meddelande är {label})",
    "sandbox.message.unknown": (
        "Det finns inget meddelande m{number} i {place}. Numret står före avsändaren, "
        "till exempel ”m3 · brukarbot i #brukarrad-demo”."
    ),
    "sandbox.place.thread": "{place} › tråd {parent}",
    "sandbox.thread.opened": (
        "Tråden under {parent} är öppen: det du skriver nu hamnar där, till exempel "
        "protokollsrader som `beslut: …` i kallelsens tråd. `:tråd` tar dig tillbaka till {place}."
    ),
    "sandbox.thread.closed": "Tråden är stängd. Det du skriver hamnar i {place} igen.",
    "sandbox.thread.usage": (
        "Skriv `:tråd <nummer>` för att öppna tråden under ett meddelande i {place}, "
        "till exempel `:tråd 3` för m3. Numret står före avsändaren."
    ),
    "sandbox.shortcut.name": "Lägg till som punkt",
    "sandbox.shortcut.usage": (
        "Skriv `:genväg <nummer>` för att göra ett meddelande i {place} till en punkt "
        "(*Lägg till som punkt*), till exempel `:genväg 3` för m3."
    ),
    "sandbox.state.resumed": (
        "Sandlådan fortsätter där du slutade (sparat i {path}): klockan är {when}, och "
        "meddelanden, trådar och filer finns kvar. `:dm`, `:tråd` och `:fil` visar dem igen."
    ),
    "sandbox.state.saved": (
        "Sparat i {path}: klockan ({when}) och allt som visats finns kvar när du startar "
        "sandlådan igen på samma databas. Det sparas också av sig självt efter varje rad."
    ),
    "sandbox.state.memory": (
        "Databasen finns bara i minnet, så det finns ingenstans att spara. Starta med en "
        "databasfil, till exempel DATABASE_URL=sqlite:///brukarbot.db."
    ),
    "sandbox.dm.none": "Du har inga direktmeddelanden från boten än.",
    "sandbox.home.title": "Hemfliken",
    "sandbox.home.none": "Boten har ingen hemflik för dig än.",
    "sandbox.press.none": "Det finns inga knappar att trycka på just nu.",
    "sandbox.press.which": "Skriv numret på en knapp, 1–{last}, till exempel `:tryck 1`.",
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
        "Skriv numret (1–{last}) eller början av texten på ett alternativ; flera med komma, till "
        "exempel 1, 3."
    ),
    "sandbox.field.one_number": "Välj ett enda alternativ, ett nummer 1–{last}.",
    "sandbox.field.who": "Jag hittar ingen entydig träff på ”{name}”. Skriv förnamnet, t.ex. anna.",
    "sandbox.field.bad_date": "Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.",
    "sandbox.field.bad_time": "Skriv tiden som TT:MM, till exempel 13:30.",
    "sandbox.field.bad_datetime": "Skriv datum och tid som 2026-12-01T13:30.",
    "sandbox.field.bad_number_input": "Skriv ett tal, till exempel 3.",
    # påminnelser
    "reminder.punkt": (
        "Hej! Har du något du vill ta upp på nästa möte ({meeting})? Skicka din punkt senast "
        "*{deadline}* med `/punkt &lt;rubrik&gt;`, till exempel `/punkt Väntetider på "
        "mottagningen`. "
        "Stora som små frågor är välkomna, och en punkt som kommer sent tas också om hand."
    ),
    "reminder.kallelse": (
        "Hej! Kallelsen till mötet ({meeting}) har inte gått ut än. Den behöver skickas senast "
        "*{last_day}*, så att alla hinner förbereda sig. Skriv `/kallelse` i rådets kanal "
        "för att se den och skicka den."
    ),
    "reminder.handlingar": (
        "Hej! Snart är det dags för mötet ({meeting}). Ta en stund att läsa handlingarna i "
        "kallelsen när det passar dig. Tryck på ”Jag har läst” i kallelsen när du är klar, "
        "så påminner jag inte mer om dem."
    ),
    "reminder.svar": (
        "Hej! Kommer du på mötet ({meeting})? Svara gärna i kallelsen, så vet vi hur många vi "
        "blir. Kan du inte komma går det bra att anmäla förhinder där, så kan en ersättare gå "
        "i ditt ställe."
    ),
    "reminder.motesdag": "God morgon! I dag är det {meeting}. Varmt välkommen!",
    "reminder.protokoll": (
        "Hej! Protokollet från mötet ({meeting}) ska skickas ut senast *{due}*, efter att "
        "justeraren har godkänt det."
    ),
    "reminder.atgard": (
        "Hej! Åtgärden ”{text}”, som du är ansvarig för, ska vara klar *{due}*. Behöver du "
        "mer tid eller hjälp går det bra att säga till."
    ),
    "reminder.contact": "Frågor? Hör av dig till {contact}.",
    "reminder.footer": (
        "_Påminnelse från {council}. Vill du ha färre påminnelser, eller vid andra tider? "
        "Skriv `/paminnelser`._"
    ),
    "paminnelser.help": (
        "*/paminnelser – vilka påminnelser du får, och när*\n"
        "• `/paminnelser` – visa dina val.\n"
        "• `/paminnelser av &lt;typ&gt;` / `/paminnelser på &lt;typ&gt;` – stäng av eller slå på "
        "en typ.\n"
        "   Typer: {kinds} (eller alla).\n"
        "   Exempel: `/paminnelser av svar mötesdag`\n"
        "• `/paminnelser tider 9-18` – klockslagen då påminnelser får komma.\n"
        "• `/paminnelser dagar mån-fre` – dagarna då de får komma "
        "(till exempel `mån, ons, fre`, `vardagar` eller `alla`).\n"
        "• `/paminnelser paus` / `/paminnelser fortsätt` – pausa alla påminnelser, och starta "
        "dem igen.\n"
        "• `/paminnelser standard` – tillbaka till det vanliga: alla typer, alla dagar, kl. "
        "8–20.\n"
        "• `/paminnelser rådet` – i rådets kanal: hur många dagar före rådet påminner. "
        "Sekreterare och ordförande ändrar med till exempel `/paminnelser rådet punkt 5 2`.\n"
        "En påminnelse som faller utanför dina tider kommer nästa gång det passar, en gång."
    ),
    "paminnelser.title": "*Dina påminnelser*",
    "paminnelser.kind_line": "• `{kind}` – {what}: *{state}*",
    "paminnelser.on": "på",
    "paminnelser.off": "av",
    "paminnelser.what.punkt": "när sista dagen att skicka punkter närmar sig",
    "paminnelser.what.kallelse": (
        "när kallelsen inte har gått ut och sista dagen närmar sig (sekreterare och ordförande)"
    ),
    "paminnelser.what.handlingar": "läsa handlingarna före mötet",
    "paminnelser.what.svar": "svara på kallelsen",
    "paminnelser.what.motesdag": "på morgonen samma dag som mötet, med plats eller länk",
    "paminnelser.what.protokoll": "när protokollet ska skickas (sekreterare)",
    "paminnelser.what.atgard": "när en åtgärd du är ansvarig för ska vara klar",
    "paminnelser.when": "Påminnelser kommer kl. {start}–{end}, {days}.",
    "paminnelser.days.all": "alla dagar",
    "paminnelser.paused": (
        ":pause_button: Alla påminnelser är pausade. Skriv `/paminnelser fortsätt` när du vill "
        "ha dem igen."
    ),
    "paminnelser.hint": (
        "Ändra till exempel med `/paminnelser av svar`, `/paminnelser tider 9-18`, "
        "`/paminnelser dagar mån-fre` eller `/paminnelser paus`. "
        "`/paminnelser hjälp` visar allt."
    ),
    "paminnelser.changed": "Klart, nu är det ändrat.",
    "paminnelser.unknown": (
        "Jag känner inte igen `{word}`. Skriv till exempel `/paminnelser av svar` eller "
        "`/paminnelser tider 9-18`, eller `/paminnelser hjälp` för att se allt."
    ),
    "paminnelser.need_kind": (
        "Skriv vilken typ av påminnelse, till exempel `/paminnelser av svar`. Typerna är {kinds}."
    ),
    "paminnelser.unknown_kind": (
        "Jag känner inte igen påminnelsen `{word}`. Typerna är {kinds}. "
        "Exempel: `/paminnelser av mötesdag`."
    ),
    "paminnelser.bad_hours": (
        "Jag förstod inte ”{text}” som tider. Skriv från och till hela timmar, till exempel "
        "`/paminnelser tider 9-18`."
    ),
    "paminnelser.bad_days": (
        "Jag förstod inte ”{text}” som veckodagar. Skriv till exempel "
        "`/paminnelser dagar mån-fre`, `/paminnelser dagar mån, ons, fre` eller "
        "`/paminnelser dagar alla`."
    ),
    "paminnelser.council.title": "*När {council} skickar påminnelser*",
    "paminnelser.council.line": "• `{kind}` ({anchor}): {timing}",
    "paminnelser.council.timing": {
        "one": "{days} dag före, kl. {hour}",
        "other": "{days} dagar före, kl. {hour}",
    },
    "paminnelser.council.off": "av för rådet",
    "paminnelser.anchor.punkt": "sista dagen för punkter",
    "paminnelser.anchor.kallelse": "sista dagen för kallelsen",
    "paminnelser.anchor.handlingar": "mötet",
    "paminnelser.anchor.svar": "mötet",
    "paminnelser.anchor.motesdag": "mötet",
    "paminnelser.anchor.protokoll": "sista dagen för protokollet",
    "paminnelser.anchor.atgard": "åtgärdens datum",
    "paminnelser.council.hint": (
        "Sekreterare och ordförande ändrar med till exempel `/paminnelser rådet punkt 5 2` "
        "(dagar före), `/paminnelser rådet svar av` eller `/paminnelser rådet punkt standard`."
    ),
    "paminnelser.council.usage": (
        "Skriv vilken typ och hur många dagar före, till exempel "
        "`/paminnelser rådet punkt 5 2`, `/paminnelser rådet svar av` eller "
        "`/paminnelser rådet punkt standard`."
    ),
    "paminnelser.council.bad_days": (
        "Jag förstod inte ”{text}” som dagar. Skriv hela dagar före datumet, högst {limit}, "
        "till exempel `/paminnelser rådet punkt 5 2`."
    ),
    # närvaro och arvode
    "refused.secretary": "Det är bara rådets sekreterare som kan {what}.",
    "what.register_attendance": "registrera närvaron",
    "what.attend": "svara på kallelser, checka in och se närvaron",
    "what.see_absence_reasons": "se skälen till frånvaro",
    "what.see_fees": "se andras arvodesunderlag (ditt eget ser du med `/arvode mitt`)",
    "presence.present": "Närvarande",
    "presence.remote": "På distans",
    "presence.absent": "Frånvarande",
    "narvaro.help": (
        "*/narvaro – närvaro på rådets möten*\n"
        "• `/narvaro kommer` – svara att du kommer, på kallelsen du fick senast (jag säger "
        "vilket möte det gäller).\n"
        "• `/narvaro kommer inte [orsak]` – anmäl förhinder. Är du ledamot frågar jag "
        "ersättarna i din förening om någon kan gå i stället.\n"
        "   Exempel: `/narvaro kommer inte krockar med jobbet`\n"
        "• `/narvaro läst [timmar]` – du har läst underlaget, gärna med hur lång tid det tog: "
        "`/narvaro läst 2,5`\n"
        "• `/narvaro incheckning [distans]` – checka in på mötet som pågår "
        "(från en halvtimme före start).\n"
        "• `/narvaro [nr]` – sekreterare och ordförande: öppna närvarolistan och bocka av.\n"
        "• `/narvaro lista [nr]` – närvaron på ett möte, per förening.\n"
        "• `/narvaro statistik` – hur ofta varje förening varit med på stormötena det senaste "
        "året.\n"
        "Skriv `förmöte` eller mötets nummer först för ett annat möte: "
        "`/narvaro förmöte kommer`, `/narvaro 12 kommer inte sjuk`, `/narvaro förmöte lista`."
    ),
    "narvaro.usage": (
        "Det där förstod jag inte. Skriv till exempel `/narvaro kommer`, "
        "`/narvaro kommer inte nr 3 sjuk` eller `/narvaro lista 3`. Mer med `/narvaro hjälp`."
    ),
    "narvaro.no_meeting_ahead": (
        "Det finns inget kommande möte att svara på. Se rådets möten med `/mote`."
    ),
    "narvaro.no_meeting_now": (
        "Det pågår inget möte just nu och inget har hållits än. Välj ett med nummer, "
        "till exempel `/narvaro 3`. Se numren med `/mote`."
    ),
    "narvaro.no_meeting_yet": (
        "Rådet har inte haft något möte än. Se en närvarolista för ett kommande möte med "
        "nummer, till exempel `/narvaro lista 3`."
    ),
    "narvaro.answer.started": (
        "{meeting} har redan börjat, så det går inte att svara längre. "
        "Är du där? Checka in med `/narvaro incheckning`."
    ),
    "narvaro.answer.substitute_only": (
        "Som ersättare behöver du inte svara på kallelsen. Om en ledamot i din förening får "
        "förhinder frågar jag dig om du kan gå i stället."
    ),
    "narvaro.answer.coming": "Tack! Du är anmäld till {meeting}.",
    "narvaro.answer.away": (
        "Tack för att du säger till. Du är anmäld som frånvarande från {meeting}."
    ),
    "narvaro.answer.asked": (
        "Jag frågar ersättarna för {forening} om någon kan gå i stället: {names}."
    ),
    "narvaro.answer.nobody_covered": (
        "{forening} har ingen ersättare att fråga, men föreningen har fler företrädare kallade "
        "till mötet."
    ),
    "narvaro.answer.nobody": (
        "{forening} har ingen ersättare att fråga, så jag har sagt till sekreteraren."
    ),
    "narvaro.answer.replaced": (
        "Obs: {substitute} har redan lovat att gå i ditt ställe. "
        "Säg till sekreteraren vem av er som går."
    ),
    "narvaro.substitute.ask": (
        "Hej! {absent} ({forening}) kan inte komma på {meeting} i *{council}*. Kan du gå i stället?"
    ),
    "narvaro.substitute.yes": "Ja, jag kan gå",
    "narvaro.substitute.no": "Nej",
    "narvaro.substitute.accepted": (
        "Tack! Du går i stället för {absent} på {meeting}. Du står med i närvarolistan."
    ),
    "narvaro.substitute.declined": "Tack för svaret. Då frågar jag de andra ersättarna.",
    "narvaro.substitute.declined_last": (
        "Tack för svaret! Det finns inga fler ersättare att fråga, så jag säger till {absent} "
        "att ingen kan gå i stället."
    ),
    "narvaro.substitute.taken": (
        "Tack! En annan ersättare hann tacka ja, så du behöver inte gå på {meeting}."
    ),
    "narvaro.substitute.not_needed": (
        "Det behövs ingen ersättare för {absent} på {meeting} längre. Tack ändå!"
    ),
    "narvaro.substitute.settled": (
        "Det är löst: {substitute} går i stället för {absent} på {meeting}. "
        "Tack för att du var beredd!"
    ),
    "narvaro.substitute.found": "{substitute} går i ditt ställe på {meeting}.",
    "narvaro.substitute.none_could": (
        "Tyvärr kan ingen av ersättarna i {forening} gå i ditt ställe på {meeting} i *{council}*."
    ),
    "narvaro.substitute.nobody": (
        "{absent} ({forening}) har anmält förhinder till {meeting} i *{council}*, och det finns "
        "ingen ersättare kvar att fråga. {forening} kan saknas på mötet."
    ),
    "narvaro.substitute.missing": (
        "Inför {meeting} i *{council}*: ingen ersättare har tackat ja för {forening} "
        "({absent} har anmält förhinder). {forening} kan saknas på mötet."
    ),
    "narvaro.substitute.unknown": ("Jag hittar inte den frågan längre. Mötet kan ha ställts in."),
    "narvaro.substitute.not_yours": "Den frågan gällde någon annan, så jag har inte ändrat något.",
    "narvaro.read": "Tack! Jag har noterat att du har läst underlaget till {meeting}.",
    "narvaro.read.hours": {
        "one": " Din inläsningstid: {count} timme.",
        "other": " Din inläsningstid: {count} timmar.",
    },
    "narvaro.read.usage": (
        "Det där kunde jag inte läsa. Efter `läst` kan du skriva hur många timmar läsningen "
        "tog (högst 24, gärna med decimalkomma) och mötets nummer om det gäller ett annat "
        "möte, till exempel `/narvaro läst 2,5` eller `/narvaro läst 2,5 nr 12`."
    ),
    "narvaro.other": "Menade du {meeting}? Skriv då `/narvaro {id} {word}`.",
    "narvaro.checkin.no_meeting": (
        "Det pågår inget möte att checka in på just nu. "
        "Incheckningen öppnar en halvtimme före mötet."
    ),
    "narvaro.checkin.closed": (
        "Incheckningen till möte nr {meeting} är stängd. Den är öppen från en halvtimme före "
        "mötet tills det slutar."
    ),
    "narvaro.checkin.done": "Välkommen! Du är incheckad på {meeting} ({presence}).",
    "narvaro.checkin.late": " Jag har noterat att du kom kl. {time}.",
    "narvaro.checkin.already": "Du är redan incheckad på {meeting}.",
    "narvaro.checkin.prompt": (
        "*{meeting} börjar snart.* Är du här? Checka in, så kommer du med i närvarolistan."
    ),
    "narvaro.checkin.button": "Jag är här",
    "narvaro.checkin.button_remote": "Jag är med på distans",
    "narvaro.modal.title": "Närvaro",
    "narvaro.modal.submit": "Spara",
    "narvaro.modal.cancel": "Avbryt",
    "narvaro.modal.intro": (
        "*{meeting}*\nMarkera var och en. Fyll bara i tider för den som kom sent eller gick tidigt."
    ),
    "narvaro.modal.too_many": (
        "Listan har {total} personer, men bara de första {shown} får plats här. De övriga "
        "checkar in själva med `/narvaro incheckning`."
    ),
    "narvaro.modal.arrived": "{name}: kom sent, kl.",
    "narvaro.modal.left": "{name}: gick tidigt, kl.",
    "narvaro.register.not_yet": (
        "Möte nr {meeting} har inte börjat än. Närvaron kan registreras från en halvtimme före "
        "mötet."
    ),
    "narvaro.register.left_before_arrived": (
        "{name} kan inte ha gått innan hen kom. Kolla tiderna."
    ),
    "narvaro.register.saved": "Närvaron för {meeting} är sparad: {summary}.",
    "narvaro.count.present": {
        "one": "{count} närvarande",
        "other": "{count} närvarande",
    },
    "narvaro.count.remote": {
        "one": "{count} på distans",
        "other": "{count} på distans",
    },
    "narvaro.count.absent": {
        "one": "{count} frånvarande",
        "other": "{count} frånvarande",
    },
    "narvaro.status.coming": "kommer",
    "narvaro.status.not_coming": "har anmält förhinder",
    "narvaro.status.none": "inget svar",
    "narvaro.list.title": "*Närvaro: {meeting}*",
    "narvaro.list.line": "• {name} – {status}{details}",
    "narvaro.list.arrived": ", kom kl. {time}",
    "narvaro.list.left": ", gick kl. {time}",
    "narvaro.list.replaces": ", ersätter {name}",
    "narvaro.list.replaced_by": ", ersätts av {name}",
    "narvaro.list.reason": " ({reason})",
    "narvaro.stats.title": {
        "one": "*Närvaro per förening sedan {since}* ({count} stormöte med registrerad närvaro)",
        "other": "*Närvaro per förening sedan {since}* ({count} stormöten med registrerad närvaro)",
    },
    "narvaro.stats.line": "• {forening}: {attended} av {meetings} ({percent} %)",
    "narvaro.stats.often_missing": {
        "one": " – har saknats på {count} stormöte",
        "other": " – har saknats på {count} stormöten",
    },
    "narvaro.stats.note": (
        "Har en förening saknats flera gånger? Ordföranden kan gärna höra av sig till "
        "föreningen och fråga hur det går, och om något skulle göra det lättare att vara med."
    ),
    "narvaro.stats.none": (
        "Ingen närvaro är registrerad för något stormöte det senaste året. "
        "Registrera den under mötet med `/narvaro`."
    ),
    "arvode.help": (
        "*/arvode – arvodesunderlag*\n"
        "• `/arvode mitt [period]` – ditt eget underlag, till exempel `/arvode mitt november`.\n"
        "• `/arvode mina uppgifter` – visa vad du har angett. Ändra med "
        "`/arvode mina uppgifter lön 28000 skift ja resa 120` (månadslön och resekostnad per "
        "möte i hela kronor, skift ja/nej). Radera med `/arvode mina uppgifter radera`.\n"
        "• `/arvode [period]` – sekreteraren: allas underlag som sammanfattning och CSV-fil. "
        "Period: tom (den här månaden), `november`, `2026-11` eller `2026`.\n"
        "• `/arvode inställningar` – rådets regler. Sekreterare och ordförande ändrar, "
        "till exempel `/arvode inställningar nivå 1 halvdag 600 heldag 1000 gräns 4 läsning 2 "
        "tak 45000`.\n"
        "   nivå 1 (helt arvode), 2 (förlorad inkomst och resor) eller 3 (ingen ersättning) · "
        "halvdag/heldag i kronor · gräns: fler timmar än så ger heldag · läsning: timmar "
        "inläsning per möte, eller nej · tak: månadsbelopp som begränsar förlorad inkomst, "
        "eller inget · maxtimmar: förlorad inkomst per dag (8) · månadstimmar: lön delas med "
        "(165).\n"
        "Bara sekreteraren ser andras underlag och uppgifter."
    ),
    "arvode.settings.usage": (
        "Skriv vad som ska ändras och värdet, till exempel "
        "`/arvode inställningar nivå 1 halvdag 600 heldag 1000 gräns 4 läsning 2 tak 45000`."
    ),
    "arvode.settings.unknown": (
        "Jag känner inte igen inställningen `{name}`. Det som går att ändra är nivå, halvdag, "
        "heldag, gräns, läsning, tak, maxtimmar och månadstimmar, till exempel "
        "`/arvode inställningar heldag 1000`."
    ),
    "arvode.settings.bad_level": (
        "Nivån ska vara 1, 2 eller 3, inte `{value}`. 1 är helt arvode, 2 förlorad inkomst och "
        "resor, 3 ingen ersättning. Till exempel `/arvode inställningar nivå 1`."
    ),
    "arvode.settings.bad_month_hours": (
        "`{value}` fungerar inte som månadstimmar. Skriv ett heltal från 1 till {limit}, "
        "till exempel `/arvode inställningar månadstimmar 165`."
    ),
    "arvode.bad_amount": (
        "`{value}` fungerar inte som belopp för {name}. Skriv hela kronor utan mellanslag, "
        "till exempel `{usage} {name} 600`."
    ),
    "arvode.bad_hours": (
        "`{value}` fungerar inte som antal timmar för {name}. Skriv timmar upp till {limit}, "
        "gärna med decimalkomma, till exempel `{usage} {name} 2,5`."
    ),
    "arvode.bad_yes_no": (
        "Skriv ja eller nej för {name}, inte `{value}`. Till exempel `{usage} {name} ja`."
    ),
    "arvode.settings.title": "*Arvodesregler för {council}*",
    "arvode.settings.changed": "Klart, arvodesreglerna för {council} är ändrade.",
    "arvode.settings.rules": (
        "Nivå {level}: {level_text}\n"
        "Halvdagsarvode {half} kr · heldagsarvode {full} kr (mer än {over} på en dag "
        "är heldag, högst ett heldagsarvode per dag)\n"
        "Inläsning: {reading}\n"
        "Förlorad arbetsinkomst: månadslön / {month_hours} per timme, högst {max_day} "
        "om dagen (utom för skiftarbetare) · {cap}\n"
        "Resor: det var och en anger. Distansdeltagande ersätts som fysiskt."
    ),
    "arvode.level.1": "helt arvode (halv- eller heldag), förlorad arbetsinkomst och resor",
    "arvode.level.2": "förlorad arbetsinkomst och resor, inget arvode",
    "arvode.level.3": "ingen ersättning",
    "arvode.settings.cap": "tak {cap} kr i månaden",
    "arvode.settings.no_cap": "inget tak är satt",
    "arvode.settings.reading": {
        "one": "{count} timme per möte för den som läst underlaget",
        "other": "{count} timmar per möte för den som läst underlaget",
    },
    "arvode.settings.no_reading": "räknas inte",
    "arvode.profile.usage": (
        "Skriv till exempel `/arvode mina uppgifter lön 28000 skift ja resa 120`, "
        "eller bara `/arvode mina uppgifter` för att se vad du har angett."
    ),
    "arvode.profile.unknown": (
        "Jag känner inte igen `{name}`. Du kan ange lön (månadslön), skift (ja/nej) och resa "
        "(kronor per möte), till exempel `/arvode mina uppgifter lön 28000 skift nej resa 120`."
    ),
    "arvode.profile.not_member": (
        "Du är inte med i något brukarråd här, så det finns inget arvode att räkna på."
    ),
    "arvode.profile.show": (
        "*Dina uppgifter för arvodet*\nMånadslön: {salary} · skiftarbete: {shift} · "
        "resa per möte: {travel}"
    ),
    "arvode.profile.not_given": "inte angiven",
    "arvode.profile.kronor": "{amount} kr",
    "arvode.profile.saved": "Sparat.",
    "arvode.profile.privacy": (
        "Bara du och rådets sekreterare ser dina uppgifter. Förlorad arbetsinkomst kräver intyg "
        "från arbetsgivaren, som du lämnar till sekreteraren. Radera med "
        "`/arvode mina uppgifter radera`."
    ),
    "arvode.profile.erased": "Dina uppgifter för arvodet är raderade.",
    "arvode.profile.nothing": "Du har inga sparade uppgifter för arvodet.",
    "arvode.yes": "ja",
    "arvode.no": "nej",
    "arvode.period.not_understood": (
        "Jag förstod inte `{text}` som en period. Skriv en månad eller ett år, till exempel "
        "`/arvode november`, `/arvode 2026-11` eller `/arvode 2026`."
    ),
    "arvode.report.title": "*Arvodesunderlag för {council}, {period}*",
    "arvode.report.own_title": "*Ditt arvodesunderlag i {council}, {period}*",
    "arvode.report.empty": "Ingen registrerad närvaro som ger ersättning under {period}.",
    "arvode.report.person": (
        "• *{name}*{forening}: {day_fees} · förlorad arbetsinkomst "
        "{income_hours} tim ({income} kr) · resor {travel} kr · summa {total} kr"
    ),
    "arvode.report.own_line": (
        "• {meeting}: {hours} tim möte, {reading} tim inläsning · {day_fee} ({amount} kr) · "
        "förlorad arbetsinkomst {income_hours} tim ({income} kr) · resa {travel} kr{notes}"
    ),
    "arvode.report.note": " · _{note}_",
    "arvode.report.meeting_nr": "{meeting} (nr {id})",
    "arvode.report.unregistered": (
        ":warning: Närvaron är inte registrerad för {meetings}. Registrera med `/narvaro "
        "&lt;nr&gt;`."
    ),
    "arvode.report.without_formoten": (
        "Förmötena ingår inte: deras närvaro är föreningarnas egen. Ordföranden kan ta fram den "
        "med `/narvaro lista &lt;nr&gt;`."
    ),
    "arvode.report.file": "Hela underlaget finns som CSV-fil i vårt direktmeddelande.",
    "arvode.report.file_failed": (
        "Jag kunde inte skicka CSV-filen just nu. Försök igen om en stund."
    ),
    "arvode.report.file_title": "Arvodesunderlag {council} {period}",
    "arvode.count.full": {
        "one": "{count} heldag",
        "other": "{count} heldagar",
    },
    "arvode.count.half": {
        "one": "{count} halvdag",
        "other": "{count} halvdagar",
    },
    "arvode.count.no_day_fee": "inget dagarvode",
    "arvode.day_fee.full": "heldag",
    "arvode.day_fee.half": "halvdag",
    "arvode.day_fee.none": "inget",
    "arvode.csv.filename": "arvodesunderlag-{period}.csv",
    "arvode.csv.header": (
        "Möte|Datum|Mötestyp|Namn|Förening|Deltagande|Från|Till|Mötestimmar|Inläsningstimmar|"
        "Arvode|Arvode kr|Förlorad arbetsinkomst timmar|Timersättning kr|"
        "Förlorad arbetsinkomst kr|Resa kr|Summa kr|Anmärkning"
    ),
    "arvode.csv.present": "på plats",
    "arvode.csv.remote": "på distans",
    "fees.note.day_fee_elsewhere": "dagarvodet räknas på ett tidigare möte samma dag",
    "fees.note.day_limit": "förlorad inkomst begränsad till dagens maxtimmar",
    "fees.note.no_end": "mötet saknar sluttid, timmarna kunde inte räknas",
    "fees.note.unpaid_level": "rådet ger ingen ersättning (nivå 3)",
    # kallelse
    "what.send_kallelse": "skicka kallelser och ändra vad de innehåller",
    "kallelse.help": (
        "*/kallelse – kallelsen till rådets möten*\n"
        "• `/kallelse` – förhandsvisa kallelsen till nästa stormöte (bara du ser den) och "
        "skicka den med en knapp. `/kallelse förmöte` eller `/kallelse 12` för ett annat möte.\n"
        "• `/kallelse status` (eller `/kallelse 12 status`) – vem kallelsen har kommit fram "
        "till, vem den väntar på och varför den inte gick fram.\n"
        "• `/kallelse underlag &lt;länk&gt; [titel]` – lägg till underlag, till exempel "
        "`/kallelse underlag https://example.org/budget.pdf Budget 2027`. Kommer underlaget "
        "efter kallelsen får alla veta det.\n"
        "• Det här står i kallelserna till rådets stormöten:\n"
        "   `/kallelse syfte Att brukarna ska kunna påverka vården på mottagningen.`\n"
        "   `/kallelse leds av @Olle` · `/kallelse kontakt @Sara`\n"
        "   `/kallelse paus kl. 14.30, 20 minuter` · `/kallelse fika Kaffe och smörgås "
        "serveras.`\n"
        "   `/kallelse förberedelse Läs underlaget och fråga din förening vad den vill ta upp.`\n"
        "   Förmötena och arbetsgrupperna har sina egna: skriv `förmöte` eller `arbetsgrupp` "
        "först, till exempel `/kallelse förmöte paus kl. 10.45`. "
        "Skriv mötets nummer först för att ändra bara det mötet: "
        "`/kallelse 12 förberedelse Läs budgetförslaget.` Ta bort med `ta bort`, till exempel "
        "`/kallelse 12 syfte ta bort`.\n"
        "• `/kallelse förkortning LSS = lagen om stöd och service till vissa funktionshindrade` "
        "– förkortningar förklaras i kallelsen när dagordningen använder dem. "
        "`/kallelse förkortningar` visar listan.\n"
        "• `/kallelse e-post anna@example.org` – få kallelsen med e-post också, med en "
        "kalenderinbjudan. `/kallelse e-post ta bort` tar bort adressen. Sekreterare och "
        "ordförande kan lägga in adressen åt en ledamot som inte använder Slack: "
        "`/kallelse e-post @Anna anna@example.org`.\n"
        "Kallelsen ska gå ut minst så många dagar före mötet som rådet har bestämt "
        "(`/brukarrad inställningar kallelse 7`). Alla ledamöter får den som direktmeddelande "
        "och svarar med knapparna i den."
    ),
    "kallelse.usage": (
        "Skriv mötets nummer efter `nr`, till exempel `/kallelse nr 12`. Se numren med `/mote`."
    ),
    "kallelse.no_meeting": (
        "Inget stormöte är planerat än, så det finns ingen kallelse att skicka. Planera ett med "
        "`/mote stormöte &lt;när&gt;`, eller välj ett annat möte med dess nummer: `/kallelse 12`."
    ),
    "kallelse.no_formote": "Inget förmöte är planerat. Planera ett med `/mote förmöte "
    "&lt;när&gt;`.",
    "kallelse.council_wide": (
        "`{word}` gäller hela rådet, inte ett visst möte eller en sorts möten. Skriv det "
        "direkt efter `/kallelse`, utan mötesnummer eller `förmöte`."
    ),
    "kallelse.arbetsgrupp_number": (
        "Skriv arbetsgruppsmötets nummer, till exempel `/kallelse 12` eller "
        "`/kallelse 12 underlag &lt;länk&gt;`. Se numren med `/mote`."
    ),
    "kallelse.heading": "Kallelse till {kind} – {council}",
    "kallelse.when": "När",
    "kallelse.place": "Var",
    "kallelse.place_later": "meddelas senare",
    "kallelse.link": "Länk",
    "kallelse.purpose": "Syfte",
    "kallelse.leader": "Leds av",
    "kallelse.contact": "Kontaktperson",
    "kallelse.agenda": "Dagordning",
    "kallelse.agenda_empty": "Dagordningen är inte klar än.",
    "kallelse.documents": "Underlag",
    "kallelse.practical": "Praktiskt",
    "kallelse.breaks": "Pauser",
    "kallelse.food": "Fika och mat",
    "kallelse.preparation": "Förberedelse",
    "kallelse.glossary": "Förkortningar",
    "kallelse.action": "Åtgärd {id}: {text}",
    "kallelse.action_owner": "ansvarig {owner}, {due}",
    "kallelse.presents_self": " (presenterar själv)",
    "kallelse.the_secretary": "rådets sekreterare",
    "kallelse.footer.answer": (
        "Svara med knapparna här nedanför, så vet vi vilka som kommer. Kan du inte komma "
        "tillfrågas en ersättare från din förening."
    ),
    "kallelse.footer.substitute": (
        "Du får kallelsen som ersättare. Om någon från din förening inte kan komma får du "
        "en fråga om att gå i deras ställe."
    ),
    "kallelse.footer.channel": (
        "Alla ledamöter och ersättare får kallelsen som direktmeddelande från mig och svarar där."
    ),
    "kallelse.footer.contact": "Frågor om mötet? Hör av dig till {contact}.",
    "kallelse.button.coming": "Jag kommer",
    "kallelse.button.not_coming": "Jag kan inte (ersättare kallas)",
    "kallelse.button.read": "Jag har läst underlaget",
    "kallelse.answered.coming": (
        "*Ditt svar:* du kommer. Välkommen! Du kan ändra svaret här nedanför."
    ),
    "kallelse.answered.not_coming": (
        "*Ditt svar:* du kan inte komma. Tack för att du sa till! Du kan ändra svaret här "
        "nedanför om det ändras."
    ),
    "kallelse.answered.read": "Du har läst underlaget. Tack!",
    "kallelse.preview.intro": (
        "*Förhandsvisning av kallelsen (möte nr {id})* – bara du ser den. Så här ser den ut:"
    ),
    "kallelse.preview.audience_channel": {
        "one": (
            "När du skickar den kommer den i kanalen, och som direktmeddelande med svarsknappar "
            "till rådets enda ledamot."
        ),
        "other": (
            "När du skickar den kommer den i kanalen, och som direktmeddelande med svarsknappar "
            "till rådets {count} ledamöter och ersättare."
        ),
    },
    "kallelse.preview.audience_formote": {
        "one": (
            "Det här är ett förmöte: kallelsen skickas inte i kanalen, bara som direktmeddelande "
            "till föreningarnas enda företrädare."
        ),
        "other": (
            "Det här är ett förmöte: kallelsen skickas inte i kanalen, bara som direktmeddelande "
            "till föreningarnas {count} företrädare."
        ),
    },
    "kallelse.preview.email": {
        "one": "{count} av dem får den också med e-post, med en kalenderinbjudan.",
        "other": "{count} av dem får den också med e-post, med en kalenderinbjudan.",
    },
    "kallelse.preview.no_email": (
        "Ingen får den med e-post: jag har ingen e-postserver inställd (SMTP_URL)."
    ),
    "kallelse.preview.missing": (
        "Kallelsen saknar {fields}. Lägg till med till exempel `/kallelse syfte …` eller "
        "`/kallelse förberedelse …` – skriv `/kallelse hjälp` för fler exempel."
    ),
    "kallelse.preview.breaks_outside": (
        "*Stämmer pausen?* Kl. {times} ligger utanför mötets tid. Ändra den för det här "
        "mötet med `/kallelse {id} paus …`."
    ),
    "kallelse.preview.on_time": "Sista dag att skicka den enligt rådets regler: {last_day}.",
    "kallelse.preview.late": {
        "one": (
            "*Kallelsen är sen.* Enligt rådets regler skulle den ha gått ut senast {last_day}, "
            "{count} dag före mötet. Du kan skicka den ändå – säg gärna till ledamöterna varför "
            "den kommer sent."
        ),
        "other": (
            "*Kallelsen är sen.* Enligt rådets regler skulle den ha gått ut senast {last_day}, "
            "{count} dagar före mötet. Du kan skicka den ändå – säg gärna till ledamöterna "
            "varför den kommer sent."
        ),
    },
    "kallelse.preview.sent": (
        "Kallelsen skickades {when}. Den skickas bara en gång. Nytt underlag lägger du till "
        "med `/kallelse underlag &lt;länk&gt; [titel]`, så får alla veta det."
    ),
    "kallelse.field.purpose": "syfte",
    "kallelse.field.leader": "vem som leder mötet",
    "kallelse.field.contact": "kontaktperson",
    "kallelse.field.breaks": "pauser",
    "kallelse.field.food": "fika och mat",
    "kallelse.field.preparation": "förberedelse",
    "kallelse.button.send": "Skicka kallelsen",
    "kallelse.button.send_anyway": "Skicka ändå",
    "kallelse.confirm.title": "Skicka en sen kallelse?",
    "kallelse.confirm.text": (
        "Sista dagen enligt rådets regler var {last_day}. Vill du skicka kallelsen ändå?"
    ),
    "kallelse.late_needs_confirm": (
        "Kallelsen är sen enligt rådets regler. Tryck på *Skicka ändå* om den ska gå ut ändå."
    ),
    "kallelse.already_sent": (
        "Kallelsen till möte nr {id} är redan skickad, och den skickas bara en gång. Nytt "
        "underlag lägger du till med `/kallelse underlag &lt;länk&gt; [titel]`."
    ),
    "kallelse.sent": {
        "one": (
            "Klart! Kallelsen till {meeting} är köad som direktmeddelande till {count} "
            "person{channel}{email}: levererad till {arrived}"
        ),
        "other": (
            "Klart! Kallelsen till {meeting} är köad som direktmeddelande till {count} "
            "personer{channel}{email}: levererad till {arrived}"
        ),
    },
    "kallelse.sent.channel": " och till kanalen",
    "kallelse.sent.email": {
        "one": ", och med e-post till {count} av dem",
        "other": ", och med e-post till {count} av dem",
    },
    "kallelse.status.email.delivered": "e-post skickad",
    "kallelse.status.email.waiting": "e-post väntar",
    "kallelse.status.email.failed": "e-posten gick inte fram",
    "kallelse.status.title": "*Kallelsen till {meeting}*",
    "kallelse.status.not_sent": (
        "Den är inte skickad än. Förhandsvisa och skicka den med `/kallelse`."
    ),
    "kallelse.status.delivered": {
        "one": "Har kommit fram till {count} person:",
        "other": "Har kommit fram till {count} personer:",
    },
    "kallelse.status.waiting": {
        "one": "Väntar på Slack, {count} person (jag försöker igen tills den kommer fram):",
        "other": "Väntar på Slack, {count} personer (jag försöker igen tills den kommer fram):",
    },
    "kallelse.status.failed": {
        "one": "Kunde inte levereras till {count} person – hör gärna av dig på annat sätt:",
        "other": "Kunde inte levereras till {count} personer – hör gärna av dig på annat sätt:",
    },
    "kallelse.status.not_sent_to": {
        "one": "Inte skickad till {count} person (med i rådet sedan kallelsen gick ut):",
        "other": "Inte skickad till {count} personer (med i rådet sedan kallelsen gick ut):",
    },
    "kallelse.status.error.account_inactive": "kontot i Slack är avstängt",
    "kallelse.status.error.user_disabled": "kontot i Slack är avstängt",
    "kallelse.status.error.user_not_found": "kontot finns inte i Slack",
    "kallelse.status.error.cannot_dm_bot": "det går inte att skicka direktmeddelanden dit",
    "kallelse.status.error.meeting_cancelled": "mötet är inställt",
    "kallelse.status.error.not_a_member": "personen är inte längre med i rådet",
    "kallelse.status.error.other": "Slack svarade {code}",
    "kallelse.sent.waiting": {
        "one": ", {count} väntar på Slack (jag skickar den igen tills den kommer fram)",
        "other": ", {count} väntar på Slack (jag skickar den igen tills den kommer fram)",
    },
    "kallelse.sent.late": " Den gick ut senare än rådets regler säger, och det är antecknat.",
    "kallelse.document.usage": (
        "Skriv länken och gärna en titel, till exempel "
        "`/kallelse underlag https://example.org/budget.pdf Budget 2027`. "
        "Länken ska börja med https:// eller http://."
    ),
    "kallelse.document.added": "Klart, *{title}* är underlag till {meeting}.",
    "kallelse.document.before_sending": " Det kommer med i kallelsen.",
    "kallelse.document.told": {
        "one": (
            " Kallelsen var redan skickad, så jag har berättat det för {count} "
            "person{thread}{email}."
        ),
        "other": (
            " Kallelsen var redan skickad, så jag har berättat det för {count} "
            "personer{thread}{email}."
        ),
    },
    "kallelse.document.thread": " och i kallelsens tråd",
    "kallelse.document.notice": (
        "Nytt underlag till kallelsen för {meeting} ({council}): {document}"
    ),
    "kallelse.scope.kind": "kallelserna till {meetings}",
    "kallelse.scope.meeting": "kallelsen till möte nr {id}",
    "kallelse.text.set": "Klart, jag har ändrat {field} i {scope}.",
    "kallelse.text.cleared": "Klart, jag har tagit bort {field} ur {scope}.",
    "kallelse.text.council_hint": (
        " Vill du ändra bara ett möte? Skriv mötets nummer först: `/kallelse 12 {word} …`."
    ),
    "kallelse.text.kind_hint": (
        " Förmötena och arbetsgrupperna har sina egna: `/kallelse förmöte {word} …`."
    ),
    "kallelse.usage.purpose": (
        "Skriv syftet efter ordet, till exempel "
        "`/kallelse syfte Att brukarna ska kunna påverka vården på mottagningen.`"
    ),
    "kallelse.usage.leader": "Skriv vem som leder mötet, till exempel `/kallelse leds av @Olle`.",
    "kallelse.usage.contact": (
        "Skriv vem som är kontaktperson, till exempel `/kallelse kontakt @Sara`."
    ),
    "kallelse.usage.breaks": (
        "Skriv när pauserna är, till exempel `/kallelse paus kl. 14.30, 20 minuter`."
    ),
    "kallelse.usage.food": (
        "Skriv vad som serveras, till exempel "
        "`/kallelse fika Kaffe och smörgås. Säg till om du har en allergi.`"
    ),
    "kallelse.usage.preparation": (
        "Skriv hur ledamöterna kan förbereda sig, till exempel "
        "`/kallelse förberedelse Läs underlaget och fråga din förening vad den vill ta upp.`"
    ),
    "kallelse.not_member": (
        "{who} är inte med i rådet. Lägg först till personen med `/brukarrad ledamot`."
    ),
    "kallelse.not_for_formote": (
        "{who} är inte med bland föreningarnas företrädare och kan inte se förmötet. "
        "Välj någon från en förening."
    ),
    "kallelse.term.usage": (
        "Skriv förkortningen, ett likhetstecken och vad den betyder, till exempel "
        "`/kallelse förkortning LSS = lagen om stöd och service till vissa funktionshindrade`. "
        "Ta bort en med `/kallelse förkortning LSS ta bort`."
    ),
    "kallelse.term.set": (
        "Klart, *{abbreviation}* förklaras som ”{meaning}” i kallelser där den används."
    ),
    "kallelse.term.removed": "Klart, *{abbreviation}* förklaras inte längre.",
    "kallelse.term.unknown": (
        "Rådet har ingen förkortning *{abbreviation}*. Se listan med `/kallelse förkortningar`."
    ),
    "kallelse.term.list": (
        "*Rådets förkortningar*\n{items}\nDe förklaras i kallelsen när de används i den."
    ),
    "kallelse.term.list_empty": (
        "Rådet har inga förkortningar än. Lägg till en med till exempel "
        "`/kallelse förkortning LSS = lagen om stöd och service till vissa funktionshindrade`."
    ),
    "kallelse.email.usage": (
        "Skriv din e-postadress, till exempel `/kallelse e-post anna@example.org`. "
        "Ta bort den med `/kallelse e-post ta bort`."
    ),
    "kallelse.email.set_own": (
        "Klart, du får rådets kallelser med e-post också, med en kalenderinbjudan. Adressen "
        "används bara till det, och du tar bort den med `/kallelse e-post ta bort`."
    ),
    "kallelse.email.set_other": "Klart, {who} får rådets kallelser med e-post också.",
    "kallelse.email.removed_own": "Klart, din e-postadress är borttagen.",
    "kallelse.email.removed_other": "Klart, e-postadressen för {who} är borttagen.",
    "kallelse.mail.subject": "Kallelse: {kind} {when} – {council}",
    "kallelse.mail.moved_subject": "Ny tid: {kind} {when} – {council}",
    "kallelse.mail.cancel_subject": "Inställt: {kind} {when} – {council}",
    "kallelse.mail.document_subject": "Nytt underlag: {kind} {when} – {council}",
    "kallelse.mail.greeting": "Hej {name}!",
    "kallelse.mail.moved": (
        "Mötet har fått en ny tid. Kalenderinbjudan i det här mejlet ersätter den förra."
    ),
    "kallelse.mail.answer": (
        "Svara gärna med knapparna i kallelsen i Slack, så vet vi vilka som kommer. "
        "Kan du inte komma, eller har du frågor? Hör av dig till {contact}."
    ),
    "kallelse.mail.calendar": "En kalenderinbjudan till mötet finns med i mejlet.",
    "kallelse.mail.cancel_body": (
        "Mötet ({meeting}) i {council} är inställt. Kalenderinbjudan i det här mejlet tar bort "
        "mötet ur din kalender.\n\nFrågor? Hör av dig till {contact}."
    ),
    "kallelse.mail.document_body": (
        "Det finns nytt underlag till kallelsen för {meeting} ({council}):\n\n{document}"
    ),
    # protokoll
    "what.write_minutes": "skriva protokollet",
    "what.approve_minutes": "justera protokollet",
    "what.see_minutes": "se var protokollet står",
    "what.see_actions": "se rådets åtgärder",
    "what.close_actions": "avsluta andras åtgärder (din egen kan du alltid avsluta)",
    "refused.justerare": (
        "Det är bara de som valts att justera protokollet som kan {what}. Sekreteraren "
        "väljer justerare med `/protokoll justerare @person`."
    ),
    "refused.amendment.same_person": (
        "Protokollet är justerat, så en ändring behöver två personer: den som ber om den "
        "och någon annan som bekräftar. Be ordföranden eller sekreteraren att bekräfta."
    ),
    "refused.amendment.roles": (
        "En ändring i ett justerat protokoll bekräftas av ordföranden och sekreteraren "
        "tillsammans: den ena ber om den, den andra bekräftar."
    ),
    "protokoll.help": (
        "*/protokoll – protokollet från mötet*\n"
        "Under mötet skriver sekreteraren (eller ordföranden) rader, antingen här eller i "
        "kallelsens tråd (eller tråden som `/protokoll start` gör):\n"
        "• `punkt 3` – nu gäller det punkt 3 på dagordningen (`punkt 5.1`: första under 5).\n"
        "• `nästa punkt` – nästa punkt.\n"
        "• `beslut: …`, `info: …`, `notering: …`\n"
        "• `åtgärd: @person vad som ska göras senast 15 december` – en åtgärd med ansvarig.\n"
        "• `avslag: skälet` – punkten tas inte vidare; den som skickade den får skälet.\n"
        "• `flyttas` – punkten flyttas till nästa möte.\n"
        "• `justerare: @Anna` – den eller de mötet väljer att justera protokollet. Väljer ni "
        "ingen, justerar rådets justerare som var med på mötet.\n"
        "Efter mötet:\n"
        "• `/protokoll utkast` – utkastet, med knappar för att ändra varje punkt, och "
        "dokumentet (DOCX och Markdown) i ditt DM.\n"
        "• `/protokoll redigera 3` – ändra punkt 3.\n"
        "• `/protokoll justerare @Anna` – välj justerare efter mötet.\n"
        "• `/protokoll justera` – skicka till justerarna.\n"
        "• `/protokoll publicera` – när alla har justerat: till rådet, och besked till alla "
        "som skickat punkter. Ett råd som publicerar utan justering "
        "(`/brukarrad inställningar justering av`) publicerar direkt.\n"
        "• `/protokoll status` – var protokollet står, med justeringsloggen.\n"
        "Skriv `förmöte` först för förmötets protokoll (`/protokoll förmöte punkt 2`, "
        "`/protokoll förmöte utkast`). Efter mötet väljer ett mötesnummer sist ett annat möte: "
        "`/protokoll utkast 12`."
    ),
    "protokoll.usage": (
        "Jag förstod inte det. Skriv till exempel `/protokoll utkast`, "
        "`/protokoll förmöte utkast` eller `/protokoll utkast 12`. `/protokoll hjälp` visar allt."
    ),
    "protokoll.no_meeting": "Jag hittar inget möte nummer {id} som har börjat och som du kan se.",
    "protokoll.no_meeting_yet": (
        "Det finns inget möte som har börjat än. Protokollet kan börja en halvtimme före mötet."
    ),
    "protokoll.empty_agenda": (
        "Mötet har ingen dagordning än, så det finns inga punkter att skriva under. "
        "Se `/dagordning`."
    ),
    "protokoll.not_a_minutes_thread": "Den här tråden hör inte till något protokoll.",
    "protokoll.line.unknown": (
        "Jag förstod inte raden. Börja med `punkt 3`, `nästa punkt`, `beslut:`, `åtgärd:`, "
        "`info:`, `notering:`, `avslag:`, `justerare:` eller `flyttas`. `/protokoll hjälp` "
        "visar exempel."
    ),
    "protokoll.line.empty": "Skriv vad som gäller efter `{kind}:`, till exempel `{kind}: …`.",
    "protokoll.line.action_owner": (
        "En åtgärd behöver en ansvarig: nämn hen med @ eller skriv rådsmedlemmens namn först. "
        "Till exempel `åtgärd: @Vera ta fram nya telefontider senast 15 december` eller "
        "`åtgärd: Vera ta fram nya telefontider senast 15 december`."
    ),
    "protokoll.line.formote_owner": (
        "{who} kan inte vara ansvarig för en åtgärd från förmötet: det som sägs på förmötet "
        "stannar hos föreningarnas företrädare. Skriv någon av dem, till exempel "
        "`åtgärd: @Anna ta med frågan till stormötet`."
    ),
    "protokoll.line.no_next": "Punkt {last} är den sista. Skriv `punkt 1`–`punkt {last}`.",
    "protokoll.line.no_item": (
        "Dagordningen har ingen punkt {number}. Skriv `punkt 1`–`punkt {last}`."
    ),
    "protokoll.line.no_current": (
        "Skriv först vilken punkt det gäller, till exempel `punkt 1`, så hamnar raden rätt."
    ),
    "protokoll.locked": (
        "Protokollet är justerat och låst. En ändring görs med `/protokoll redigera &lt;punkt&gt;`"
        " "
        "och behöver bekräftas av både ordföranden och sekreteraren."
    ),
    "protokoll.nothing_yet": (
        "Det finns inget skrivet i protokollet än. Börja med `/protokoll start` eller "
        "`/protokoll punkt 1`."
    ),
    "protokoll.started": (
        "Protokollet är igång. Skriv raderna i tråden (eller med `/protokoll`), till exempel "
        "`punkt 1` och sedan `beslut: …`."
    ),
    "protokoll.thread.intro": (
        "*Protokoll* – skriv raderna här i tråden, en rad per meddelande:\n"
        "`punkt 3`, `nästa punkt`, `beslut: …`, `info: …`, `notering: …`, "
        "`åtgärd: @person … senast &lt;när&gt;`, `avslag: skälet`, `flyttas`\n"
        "Dagordningen:\n{items}"
    ),
    "protokoll.topic": "Nu: *{number}. {title}*",
    "protokoll.noted": "Antecknat under {number}. {title}: {kind}.",
    "protokoll.kind.decision": "Beslut",
    "protokoll.kind.action": "Åtgärd",
    "protokoll.kind.info": "Info",
    "protokoll.kind.note": "Notering",
    "protokoll.kind.rejection": "Avslag",
    "protokoll.kind.postponed": "Flyttas",
    "protokoll.draft.hint": (
        "Det här är utkastet. Ändra en punkt med knappen, skicka till justerarna med "
        "`/protokoll justera`. Dokumentet (DOCX och Markdown) finns i ditt DM med mig."
    ),
    "protokoll.blocks.more": "Resten av protokollet finns i dokumentet.",
    "protokoll.button.edit": "Ändra",
    "protokoll.button.approve": "Justera",
    "protokoll.button.propose": "Föreslå ändring",
    "protokoll.button.amendment_yes": "Bekräfta ändringen",
    "protokoll.button.amendment_no": "Avböj",
    "protokoll.modal.edit_title": "Ändra punkt {number}",
    "protokoll.modal.locked": (
        "Protokollet är justerat. Det du sparar här blir en begäran om ändring som "
        "ordföranden och sekreteraren båda måste stå bakom."
    ),
    "protokoll.modal.more": {
        "one": "_{count} rad till visas när du sparar den här sidan._",
        "other": "_{count} rader till visas när du sparar den här sidan._",
    },
    "protokoll.modal.new": "*Lägg till en rad*",
    "protokoll.modal.kind": "Vad för slags rad",
    "protokoll.modal.text": "Text",
    "protokoll.modal.owner": "Ansvarig",
    "protokoll.modal.due": "Senast",
    "protokoll.modal.proposal": "Vad vill du ändra, och hur?",
    "protokoll.modal.send": "Skicka",
    "protokoll.edited": {
        "one": "Klart, en ändring sparad i utkastet.",
        "other": "Klart, {count} ändringar sparade i utkastet.",
    },
    "protokoll.amendment.asked": {
        "one": (
            "Protokollet är justerat, så ändringen väntar på att bekräftas. Jag har frågat "
            "{count} person."
        ),
        "other": (
            "Protokollet är justerat, så ändringen väntar på att bekräftas. Jag har frågat "
            "{count} personer."
        ),
    },
    "protokoll.amendment.ask_short": "En ändring i ett justerat protokoll väntar på dig.",
    "protokoll.amendment.ask": (
        "{who} vill ändra punkt {number}. {title} i det justerade protokollet. "
        "Så här skulle punkten lyda:"
    ),
    "protokoll.amendment.gone": "Den ändringen är redan bekräftad eller avböjd.",
    "protokoll.amendment.confirmed": "Tack! Ändringen är gjord och antecknad i loggen.",
    "protokoll.amendment.declined": "Ändringen är avböjd; protokollet är som förut.",
    "protokoll.justera.nobody": (
        "Det finns ingen att skicka protokollet till: ingen är vald att justera, och ingen "
        "av rådets justerare var med på mötet. Välj någon som var med, till exempel "
        "`/protokoll justerare @Anna`. Publicerar rådet utan justering: "
        "`/brukarrad inställningar justering av`."
    ),
    "protokoll.justera.already": (
        "Version {version} är redan hos justerarna. Ändra i utkastet först, så kan du skicka "
        "en ny version."
    ),
    "protokoll.justera.sent": "Klart, version {version} är skickad till {who} för justering.",
    "protokoll.justera.ask": (
        "Hej! Här är protokollet (version {version}) att justera. Läs gärna igenom det och "
        "tryck *Justera* om det stämmer, eller *Föreslå ändring*."
    ),
    "protokoll.justera.locked": "Protokollet är redan justerat av alla. Tack!",
    "protokoll.justera.stale": (
        "Det här är version {version}, men protokollet har ändrats sedan dess (nu version "
        "{current}). Justera den senaste versionen när den kommer."
    ),
    "protokoll.approve.thanks": "Tack! Du har justerat protokollet.",
    "protokoll.approve.locked": "Tack! Alla har nu justerat, och protokollet är låst.",
    "protokoll.approve.already": "Du har redan justerat den här versionen. Tack!",
    "protokoll.propose.empty": "Skriv vad du vill ändra, så att sekreteraren förstår.",
    "protokoll.propose.sent": "Tack! Ditt förslag är skickat till sekreteraren.",
    "protokoll.notice.approved": (
        "{name} har justerat protokollet från {meeting} i {council}. Kvar: {waiting}."
    ),
    "protokoll.notice.locked": (
        "Alla justerare har godkänt protokollet från {meeting} i {council}. Det är låst nu. "
        "Publicera med `/protokoll publicera`."
    ),
    "protokoll.notice.proposal": (
        "{name} föreslår en ändring i protokollet från {meeting} i {council}:\n> {text}\n"
        "Ändra med `/protokoll utkast` och skicka en ny version med `/protokoll justera`."
    ),
    "protokoll.notice.amended": (
        "{name} har bekräftat din ändring i protokollet från {meeting} i {council}. "
        "Den står nu i protokollet; publicera med `/protokoll publicera`."
    ),
    "protokoll.notice.amendment_declined": (
        "{name} har avböjt din ändring i protokollet från {meeting} i {council}."
    ),
    "protokoll.publish.not_locked": (
        "Protokollet kan publiceras när alla justerare har godkänt det. Se läget med "
        "`/protokoll status`. Vill rådet publicera utan justering: "
        "`/brukarrad inställningar justering av`."
    ),
    "protokoll.publish.already": "Protokollet är redan publicerat.",
    "protokoll.published": "Klart, protokollet (version {version}) är publicerat {where}.",
    "protokoll.republished": "Klart, den rättade versionen {version} är publicerad {where}.",
    "protokoll.published.channel": "i kanalen",
    "protokoll.published.formote": "till föreningarnas företrädare",
    "protokoll.published.actions": {
        "one": "{count} åtgärd följs nu upp på kommande möten.",
        "other": "{count} åtgärder följs nu upp på kommande möten.",
    },
    "protokoll.published.emailed": {
        "one": "{count} person fick det också med e-post.",
        "other": "{count} personer fick det också med e-post.",
    },
    "protokoll.published.late": {
        "one": "Det kom {count} dag efter sista dagen för protokollet.",
        "other": "Det kom {count} dagar efter sista dagen för protokollet.",
    },
    "protokoll.feedback.settled": (
        "Hej! Protokollet från {council} är klart. Din punkt *{title}*: {status} – {outcome}"
    ),
    "protokoll.feedback.link": "Läs protokollet: {link}",
    "protokoll.status.not_started": "Protokollet från {meeting} är inte påbörjat.",
    "protokoll.status.draft": (
        "Protokollet från {meeting} är ett utkast (version {version} skickades senast). "
        "Sista dag: {due}."
    ),
    "protokoll.status.justering": (
        "Protokollet från {meeting} är hos justerarna (version {version}). Sista dag: {due}."
    ),
    "protokoll.status.locked": (
        "Protokollet från {meeting} är justerat och låst (version {version}), men inte "
        "publicerat. Sista dag: {due}."
    ),
    "protokoll.status.published": (
        "Protokollet från {meeting} är publicerat (version {version}). Sista dag var {due}."
    ),
    "protokoll.status.waiting": "Väntar på: {names}.",
    "protokoll.status.approval": "• Justerat av {name}, {at} (version {version})",
    "protokoll.status.proposal": "• {name} föreslog, {at}: {text}",
    "protokoll.status.pending": "• Ändring nr {id} från {name}, {at}, väntar på bekräftelse",
    "protokoll.mail.subject": "Protokoll: {council}, {meeting}",
    "protokoll.mail.greeting": "Hej {name}!\n\nHär är det justerade protokollet.",
    "protokoll.mail.footer": (
        "Protokollet finns också som dokument i bilagan. Frågor? Hör av dig till rådets "
        "sekreterare."
    ),
    "protokoll.doc.title": "Protokoll – {council}",
    "protokoll.doc.when": "{kind} {when}",
    "protokoll.doc.place": "Plats: {place}",
    "protokoll.doc.status.draft": "Utkast – inte justerat",
    "protokoll.doc.status.justering": "Hos justerarna (version {version})",
    "protokoll.doc.status.locked": "Justerat (version {version})",
    "protokoll.doc.status.published": "Justerat och publicerat (version {version})",
    "protokoll.doc.attendance_title": "Närvaro",
    "protokoll.doc.present": "{group}, närvarande: {names}",
    "protokoll.doc.remote": "{group}, på distans: {names}",
    "protokoll.doc.absent": "{group}, frånvarande: {names}",
    "protokoll.doc.unknown": "{group}, närvaro inte registrerad: {names}",
    "protokoll.doc.replaces": "{name} (ersätter {replaced})",
    "protokoll.doc.no_register": "Ingen närvaro är registrerad.",
    "protokoll.doc.item": "{number}. {title}",
    "protokoll.doc.item_carried": "{number}. {title} (från ett tidigare möte)",
    "protokoll.doc.submitted_by": "Anmäld av {name}, {group}",
    "protokoll.doc.followed": "Åtgärd {id}: {text} – ansvarig {owner}, {due}",
    "protokoll.doc.decision": "Beslut: {text}",
    "protokoll.doc.info": "Info: {text}",
    "protokoll.doc.note": "Notering: {text}",
    "protokoll.doc.rejection": "Avslag: {text}",
    "protokoll.doc.action": "Åtgärd: {text} – ansvarig {owner}, senast {due}",
    "protokoll.doc.action_no_due": "Åtgärd: {text} – ansvarig {owner}",
    "protokoll.doc.postponed": "Flyttas till nästa möte.",
    "protokoll.doc.postponed_because": "Flyttas till nästa möte: {text}",
    "protokoll.doc.settled": "Redan {status}: {text}",
    "protokoll.doc.settled_bare": "Redan {status}.",
    "protokoll.doc.not_reached": "Hanns inte med – flyttas till nästa möte.",
    "protokoll.doc.nothing": "Inget att anteckna.",
    "protokoll.doc.next_title": "Nästa möte",
    "protokoll.doc.signatures_title": "Underskrifter",
    "protokoll.doc.secretary": "Vid protokollet: {names}",
    "protokoll.doc.chair": "Ordförande: {names}",
    "protokoll.doc.justerare": "Justerare: {names}",
    "protokoll.doc.log_title": "Justeringslogg",
    "protokoll.doc.approved": "Justerat av {name}, {at} (version {version})",
    "protokoll.doc.amended": (
        "Ändrat efter justeringen, {at}: begärt av {requested}, bekräftat av {confirmed}"
    ),
    "reminder.justering": (
        "Hej! Protokollet från mötet ({meeting}) väntar på din justering; det ska ut senast "
        "*{due}*. Du hittar det i ditt DM med mig, med knapparna *Justera* och "
        "*Föreslå ändring*."
    ),
    "reminder.forsenat": (
        "Hej! Protokollet från mötet ({meeting}) skulle ha skickats ut senast *{due}*, men "
        "är inte publicerat än. Hör gärna med sekreteraren hur det går; `/protokoll status` "
        "visar var det står."
    ),
    "paminnelser.what.justering": "när ett protokoll väntar på din justering (justerare)",
    "paminnelser.what.forsenat": "när ett protokoll inte har kommit ut i tid (ordförande)",
    "paminnelser.anchor.justering": "sista dagen för protokollet",
    "paminnelser.anchor.forsenat": "dagen efter sista dagen för protokollet",
    # /atgard
    "atgard.help": (
        "*/atgard – rådets åtgärder*\n"
        "Åtgärder kommer från protokollens `åtgärd:`-rader och står under uppföljning på "
        "varje dagordning tills de är klara.\n"
        "• `/atgard` – alla öppna åtgärder.\n"
        "• `/atgard klar &lt;nr&gt; [kommentar]` – markera en åtgärd som klar, till exempel "
        "`/atgard klar 3 Nya tider finns på webben`. Den ansvariga, ordföranden och "
        "sekreteraren kan göra det."
    ),
    "atgard.usage": (
        "Skriv `/atgard` för att se åtgärderna, eller `/atgard klar &lt;nr&gt; [kommentar]`, "
        "till exempel `/atgard klar 3`."
    ),
    "atgard.none": "{council} har inga öppna åtgärder just nu.",
    "atgard.title": "*Öppna åtgärder i {council}*",
    "atgard.line": "• {id}. {text} – ansvarig {owner}, {due}",
    "atgard.overdue": " _(försenad)_",
    "atgard.mine": " _(din)_",
    "atgard.hint": "Klar? Skriv `/atgard klar &lt;nr&gt; [kommentar]`.",
    "atgard.not_found": "Jag hittar ingen åtgärd nummer {id} i det här rådet. Se `/atgard`.",
    "atgard.already_closed": "Åtgärd {id} är redan klar.",
    "atgard.closed": "Klart, åtgärd {id} ({text}) är avslutad. Tack!",
    "atgard.notice.closed": "{name} har markerat åtgärd {id} i {council} som klar: {text}",
    # personuppgifter
    "minadata.help": (
        "*/minadata – det jag har sparat om dig*\n"
        "• `/minadata` – visa allt jag har sparat om dig, i alla råd. Bara du ser svaret.\n"
        "• `/minadata export` – få allt som en JSON-fil i vårt direktmeddelande.\n"
        "• `/minadata radera` – radera dina uppgifter. Jag förklarar först vad som händer, "
        "och du bekräftar med en knapp.\n"
        "Det fungerar i alla kanaler och i direktmeddelanden, och gäller bara dig själv."
    ),
    "minadata.nothing": "Jag har inga uppgifter sparade om dig.",
    "minadata.title": "*Det här har jag sparat om dig*",
    "minadata.person": "Namn: {name} · e-post: {email} · känd av mig sedan {since}",
    "minadata.no_email": "ingen sparad",
    "minadata.roles.title": "*Dina roller*",
    "minadata.role_line": "• {council}: {role}{forening}, från {start}{end}",
    "minadata.role.ended": " till {end}",
    "minadata.role.ongoing": " (pågår)",
    "minadata.points.title": "*Punkter du har skickat*",
    "minadata.point_line": "• {council}: nr {id} {title} – {status} (skickad {sent})",
    "minadata.attendance.title": "*Dina svar och din närvaro*",
    "minadata.attendance_line": "• {council}, {kind} {day}: {parts}",
    "minadata.attendance.answer.coming": "svarade att du kommer",
    "minadata.attendance.answer.not_coming": "svarade att du inte kommer",
    "minadata.attendance.reason": "skäl: {reason}",
    "minadata.attendance.presence": "i närvaron: {presence}",
    "minadata.attendance.read": "har läst handlingarna",
    "minadata.attendance.replaced": "gick i en ledamots ställe",
    "minadata.attendance.nothing": "inget svar",
    "minadata.fees.none": "*Arvode*: inga uppgifter sparade.",
    "minadata.reminders.own": (
        "*Påminnelser*: du har egna inställningar. Se och ändra dem med `/paminnelser`."
    ),
    "minadata.reminders.default": (
        "*Påminnelser*: du har standardinställningarna, så inget är sparat om dig."
    ),
    "minadata.actions.title": "*Åtgärder du är ansvarig för*",
    "minadata.action_line": "• {council}: nr {id} {text} – {status}{due}",
    "minadata.action.due": ", senast {due}",
    "minadata.action.open": "öppen",
    "minadata.action.done": "klar",
    "minadata.none": "inga",
    "minadata.more": {
        "one": "…och {count} till. Alla finns med i `/minadata export`.",
        "other": "…och {count} till. Alla finns med i `/minadata export`.",
    },
    "minadata.log": {
        "one": (
            "*Loggen*: {count} händelse där du står som den som gjorde något. Loggen sparar vad "
            "som hände och när, med id-nummer, inte vad du skrev."
        ),
        "other": (
            "*Loggen*: {count} händelser där du står som den som gjorde något. Loggen sparar vad "
            "som hände och när, med id-nummer, inte vad du skrev."
        ),
    },
    "minadata.footer": (
        "Bara du ser det här. Hämta allt som en fil med `/minadata export`, eller radera "
        "med `/minadata radera`."
    ),
    "minadata.usage": (
        "Skriv `/minadata` för att se dina uppgifter, `/minadata export` för att få dem som "
        "en fil eller `/minadata radera` för att radera dem."
    ),
    "minadata.export.title": "Dina uppgifter i Brukarbot",
    "minadata.export.sent": (
        "Klart! Jag har skickat allt jag har sparat om dig som en JSON-fil i vårt direktmeddelande."
    ),
    "minadata.export.failed": (
        "Jag kunde inte skicka filen just nu, och ingenting har ändrats. Försök gärna igen "
        "om en stund."
    ),
    "minadata.erase.confirm": (
        "*Vill du radera dina uppgifter?*\n"
        "Det här händer om du trycker på *Radera mina uppgifter*:\n"
        "• Dina roller i alla råd avslutas, och påminnelserna till dig slutar.\n"
        "• Ditt namn byts mot ”f.d. ledamot”. Din e-post, dina uppgifter för arvodet och "
        "dina skäl till frånvaro raderas.\n"
        "• Punkter du skickat till möten som inte har varit än tas tillbaka.\n"
        "Det här sparas, men utan ditt namn: närvaron på möten som har varit, protokoll som "
        "inte är justerade än, och punkter och åtgärder som redan är avgjorda. De är rådets "
        "handlingar, och där står du som ”f.d. ledamot”.\n"
        "Justerade protokoll är rådets arkiv och ändras inte: där står ditt namn kvar.\n"
        "Det går inte att ångra. Vill du vara med igen kan sekreteraren lägga till dig på nytt."
    ),
    "minadata.erase.button": "Radera mina uppgifter",
    "minadata.erase.cancel_button": "Avbryt",
    "minadata.erase.done": (
        "Klart. Dina uppgifter är raderade och dina roller avslutade. Justerade protokoll "
        "står kvar som de justerades, med ditt namn, eftersom de är rådets arkiv. "
        "Tack för din tid i rådet!"
    ),
    "minadata.erase.cancelled": "Okej, ingenting är raderat.",
    # /brukarrad inställningar gallring
    "gallring.show": {
        "one": (
            "*{council}* sparar uppgifter om den som har lämnat rådet i {count} månad. Ändra med "
            "till exempel `/brukarrad inställningar gallring 24`."
        ),
        "other": (
            "*{council}* sparar uppgifter om den som har lämnat rådet i {count} månader. Ändra "
            "med till exempel `/brukarrad inställningar gallring 24`."
        ),
    },
    "gallring.changed": {
        "one": (
            "Klart. Uppgifter om den som har lämnat rådet (och inte är med i något annat råd) "
            "raderas nu efter {count} månad."
        ),
        "other": (
            "Klart. Uppgifter om den som har lämnat rådet (och inte är med i något annat råd) "
            "raderas nu efter {count} månader."
        ),
    },
    "gallring.bad_value": (
        "Skriv gallringen som ett antal månader från {low} till {high}, till exempel "
        "`/brukarrad inställningar gallring 24`."
    ),
    # /brukarrad logg
    "refused.chair": "Det är bara rådets ordförande som kan {what}.",
    "what.see_audit": "se loggen över ändringar i rådet",
    "audit.usage": (
        "Skriv `/brukarrad logg` för de senaste ändringarna, eller till exempel "
        "`/brukarrad logg 50` (högst {limit})."
    ),
    "audit.title": {
        "one": "*Logg över ändringar i {council}* (den senaste)",
        "other": "*Logg över ändringar i {council}* (de senaste {count})",
    },
    "audit.empty": "Inget har loggats i *{council}* än.",
    "audit.line": "• {at} – {who}: {what}",
    "audit.bot": "Brukarbot",
    "audit.council_created": "skapade rådet",
    "audit.member_added": "lade till {person} som {role}{forening}",
    "audit.member_removed": "avslutade rollen {role} för {person}",
    "audit.settings_changed": "ändrade rådets regler ({changes})",
    "audit.fee_settings_changed": "ändrade arvodesreglerna",
    "audit.reminder_timing_changed": "ändrade när påminnelsen ”{kind}” går ut",
    "audit.retention_changed": {
        "one": "ändrade gallringen till {count} månad",
        "other": "ändrade gallringen till {count} månader",
    },
    "audit.kallelse_sent_late": (
        "skickade kallelsen till möte nr {meeting} för sent (sista dagen var {last_day})"
    ),
    "audit.amendment_requested": (
        "begärde en ändring i det justerade protokollet, möte nr {meeting}"
    ),
    "audit.amendment_confirmed": (
        "bekräftade en ändring i det justerade protokollet, möte nr {meeting}"
    ),
    "audit.amendment_declined": "avböjde en ändring i det justerade protokollet, möte nr {meeting}",
    "audit.fees_exported": "tog ut arvodesunderlaget för {period}",
    "audit.person_erased.request": "raderade sina uppgifter",
    "audit.person_erased.retention": (
        "gallrade uppgifterna om {person} (gallringstiden hade gått ut)"
    ),
    # hemfliken
    "audit.person_erased.uninstalled": (
        "gallrade uppgifterna om {person} (appen togs bort ur deras Slack-arbetsyta)"
    ),
    "home.title": "Brukarbot",
    "home.none": (
        "Du är inte med i något brukarråd än. Rådets sekreterare lägger till ledamöter med "
        "`/brukarrad ledamot @person &lt;roll&gt; [förening]`."
    ),
    "home.council": "*{name}* (<#{channel}>) – du är {roles}",
    "home.kallelse": "   _Kallelsen till {meeting} har kommit fram till {arrived} av {total}._",
    "home.kallelse.waiting": " _{waiting} väntar på Slack._",
    "home.kallelse.emailed": " _E-post skickad till {emailed}._",
    "home.kallelse.failed": " _Till {failed} gick den inte fram – se `/kallelse {id} status`._",
    "home.meetings": "_Kommande möten_",
    "home.no_meetings": "• Inga möten planerade än.",
    "home.points": "_Dina senaste punkter_",
    "home.point": "• *{title}* (nr {id}) – {status}",
    "home.actions": "_Dina åtgärder_",
    "home.action": "• Åtgärd {id}: {text} – {due}",
    "home.hint": (
        "Skicka en punkt med `/punkt`, se dagordningen med `/dagordning` och välj dina "
        "påminnelser med `/paminnelser`. Det som finns sparat om dig ser du med `/minadata`."
    ),
    # Justerare per möte, och protokoll utan justering
    "protokoll.justerare.usage": (
        "Skriv vem som ska justera, till exempel `justerare: @Anna` eller "
        "`/protokoll justerare @Anna och @Lina`."
    ),
    "protokoll.justerare.chosen": (
        "Antecknat: att justera protokollet valdes {names}. Protokollet går till dem när du "
        "skriver `/protokoll justera`."
    ),
    "protokoll.justerare.not_member": (
        "Jag hittar ingen {name} i rådet. Skriv till exempel `justerare: @Anna` med den som "
        "ska justera."
    ),
    "protokoll.justerare.ambiguous": (
        "Flera i rådet heter {name}. Skriv hela namnet, eller till exempel `justerare: @Anna`."
    ),
    "protokoll.justerare.not_eligible": (
        "{name} kan inte justera det här protokollet: justerare väljs bland föreningarnas "
        "företrädare som får läsa det."
    ),
    "protokoll.justerare.absent": (
        "{name} var anmäld frånvarande från mötet, så jag ber inte hen att justera. "
        "Välj någon som var med."
    ),
    "protokoll.doc.chosen": "Att justera protokollet valdes {names}",
    "protokoll.doc.status.unjustered": (
        "Inte justerat: rådet publicerar sina protokoll utan justering (version {version})"
    ),
    "protokoll.published.unjustered": (
        "Det är inte justerat, som rådet har valt, och det står i protokollet."
    ),
    "settings.justering.show_on": (
        "*{council}* justerar sina protokoll innan de publiceras. Publicera utan justering "
        "med `/brukarrad inställningar justering av`."
    ),
    "settings.justering.show_off": (
        "*{council}* publicerar sina protokoll utan justering. Justera igen med "
        "`/brukarrad inställningar justering på`."
    ),
    "settings.justering.on": (
        "Klart. Protokollen justeras nu innan de publiceras: välj justerare på mötet med "
        "`justerare: @person`, annars justerar rådets justerare som var med."
    ),
    "settings.justering.off": (
        "Klart. Protokollen publiceras nu utan justering med `/protokoll publicera`, och det "
        "står i protokollet att det inte är justerat."
    ),
    "settings.justering.usage": (
        "Skriv `/brukarrad inställningar justering på` eller `/brukarrad inställningar "
        "justering av`."
    ),
    "audit.justering_changed.on": "bestämde att protokollen ska justeras",
    "audit.justering_changed.off": "bestämde att protokollen publiceras utan justering",
}
