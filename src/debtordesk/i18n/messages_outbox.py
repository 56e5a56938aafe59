"""Messages of the outbox and the message templates: each code maps to (English, Dutch) with {name}
placeholders."""

MESSAGES: dict[str, tuple[str, str]] = {}

# -- message templates (messaging/templates.py, messaging/render.py) ---------------------------------
MESSAGES.update(
    {
        "messages.template_syntax": (
            "The message template {file} has an error on line {line}: {detail}. Correct the "
            "template (or delete your copy to use the standard one).",
            "Het berichtsjabloon {file} heeft een fout op regel {line}: de sjabloontaal (Jinja) "
            "klopt daar niet, bijvoorbeeld een {{% block %}} zonder {{% endblock %}} of een haakje "
            "dat niet is gesloten. Verbeter het sjabloon (of verwijder uw kopie om het "
            "standaardsjabloon te gebruiken). Technische melding (Engels): {detail}.",
        ),
        "messages.template_error": (
            "The message template {file} cannot be filled in (line {line}, block {block}): "
            "{detail}. Check the names of the values it uses.",
            "Het berichtsjabloon {file} kan niet worden ingevuld (regel {line}, blok {block}): er "
            "staat een naam of filter in die de berichten niet kennen, of een waarde die daar niet "
            "past. Controleer de namen van de waarden die het gebruikt. Technische melding "
            "(Engels): {detail}.",
        ),
        "messages.layout_error": (
            "The e-mail layout {file} cannot be filled in (line {line}): {detail}. Check the names "
            "of the values it uses (README.md beside the templates), or delete your copy to use "
            "the standard layout.",
            "De opmaak van de e-mail, {file}, kan niet worden ingevuld (regel {line}): er staat "
            "een naam of filter in die de berichten niet kennen, of een waarde die daar niet past. "
            "Controleer de namen van de waarden die het gebruikt (README.md bij de sjablonen), of "
            "verwijder uw kopie om de standaardopmaak te gebruiken. Technische melding (Engels): "
            "{detail}.",
        ),
        "messages.template_missing": (
            "The message template {file} builds on {name}, which does not exist. Restore that "
            "file or correct the name.",
            "Het berichtsjabloon {file} bouwt voort op {name}, maar dat bestaat niet. Zet dat "
            "bestand terug of verbeter de naam.",
        ),
        "messages.template_loop": (
            "The message template {file} builds on {name}, which builds on it again. Remove the "
            "loop.",
            "Het berichtsjabloon {file} bouwt voort op {name}, dat weer op het eerste voortbouwt. "
            "Haal die kringloop weg.",
        ),
        "messages.template_markup": (
            "The message template {file} uses {tag}, which an e-mail text cannot hold. Use only "
            "<b>, <i> and <br/>, and a blank line between paragraphs.",
            "Het berichtsjabloon {file} gebruikt {tag}, en dat kan niet in de tekst van een "
            "e-mail. Gebruik alleen <b>, <i> en <br/>, en een lege regel tussen alinea's.",
        ),
        "messages.template_copy_failed": (
            "The message templates could not be copied to {folder}: {detail}. Check that the "
            "folder can be written to and that the disk is not full.",
            "De berichtsjablonen konden niet naar {folder} worden gekopieerd: {detail}. Controleer "
            "of er in die map geschreven mag worden en of de schijf niet vol is.",
        ),
        "messages.sms_empty": (
            "The SMS of the message template {file} is empty. Fill in its 'sms' block.",
            "De sms van het berichtsjabloon {file} is leeg. Vul het blok 'sms' in.",
        ),
        "messages.subject_empty": (
            "The e-mail of the message template {file} has no subject. Fill in its 'subject' "
            "block.",
            "De e-mail van het berichtsjabloon {file} heeft geen onderwerp. Vul het blok "
            "'subject' in.",
        ),
        "messages.check_ucs2.link": (
            "With a payment link this SMS needs UCS-2 because of {characters}: then a part holds "
            "70 characters instead of 160 ({segments} parts). Replace those characters.",
            "Met een betaallink heeft deze sms UCS-2 nodig door {characters}: dan past er 70 "
            "tekens in een deel in plaats van 160 ({segments} delen). Vervang die tekens.",
        ),
        "messages.check_ucs2.no_link": (
            "Without a payment link this SMS needs UCS-2 because of {characters}: then a part "
            "holds 70 characters instead of 160 ({segments} parts). Replace those characters.",
            "Zonder betaallink heeft deze sms UCS-2 nodig door {characters}: dan past er 70 "
            "tekens in een deel in plaats van 160 ({segments} delen). Vervang die tekens.",
        ),
        "messages.check_segments.link": (
            "With a typical name and payment link this SMS takes {segments} parts; at most "
            "{limit} are sent. Make the text shorter.",
            "Met een gewone naam en betaallink wordt deze sms {segments} delen; er worden er "
            "hoogstens {limit} verstuurd. Maak de tekst korter.",
        ),
        "messages.check_segments.no_link": (
            "Without a payment link (IBAN and payment reference instead) this SMS takes "
            "{segments} parts; at most {limit} are sent. Make the text shorter.",
            "Zonder betaallink (met IBAN en betalingskenmerk) wordt deze sms {segments} delen; "
            "er worden er hoogstens {limit} verstuurd. Maak de tekst korter.",
        ),
    }
)

# -- why a message did not go (services/outbox_*.py) ------------------------------------------------
MESSAGES.update(
    {
        "outbox.opted_out.sms": (
            "Not sent: the customer does not want SMS messages (opt-out on the customer card).",
            "Niet verstuurd: de klant wil geen sms-berichten (afgemeld op de klantkaart).",
        ),
        "outbox.opted_out.email": (
            "Not sent: the customer does not want e-mails (opt-out on the customer card).",
            "Niet verstuurd: de klant wil geen e-mails (afgemeld op de klantkaart).",
        ),
        "outbox.no_mobile": (
            "Not sent: the customer has no mobile number. Add one on the customer card, or "
            "send a letter.",
            "Niet verstuurd: de klant heeft geen mobiel nummer. Vul er een in op de klantkaart, "
            "of stuur een brief.",
        ),
        "outbox.bad_mobile": (
            "Not sent: the mobile number {value} is not a full international number (such as "
            "+31612345678). Correct it on the customer card.",
            "Niet verstuurd: het mobiele nummer {value} is geen volledig internationaal nummer "
            "(zoals +31612345678). Verbeter het op de klantkaart.",
        ),
        "outbox.no_email": (
            "Not sent: the customer has no e-mail address. Add one on the customer card, or "
            "send a letter.",
            "Niet verstuurd: de klant heeft geen e-mailadres. Vul er een in op de klantkaart, of "
            "stuur een brief.",
        ),
        "outbox.bad_email": (
            "Not sent: the e-mail address {value} is not valid. Correct it on the customer card.",
            "Niet verstuurd: het e-mailadres {value} is niet geldig. Verbeter het op de "
            "klantkaart.",
        ),
        # letters outside GSM-7 make it a UCS-2 message, with far fewer characters a part
        "outbox.sms_too_long": (
            "Not sent: the SMS would take {segments} parts ({characters} characters, {encoding} "
            "because of {non_gsm}); at most {limit:|1 part is|# parts are} allowed. Let names be "
            "written without special letters (outbox setting transliterate_names), shorten the "
            "template, or allow more parts (outbox setting max_sms_segments).",
            "Niet verstuurd: de sms zou {segments} delen worden ({characters} tekens, {encoding} "
            "door {non_gsm}); er {limit:|mag hoogstens 1 deel|mogen hoogstens # delen} zijn. Laat "
            "namen zonder bijzondere letters schrijven (outbox-instelling transliterate_names), "
            "maak het sjabloon korter of sta meer delen toe (outbox-instelling max_sms_segments).",
        ),
        # only GSM-7 letters: transliteration cannot make it shorter
        "outbox.sms_too_long_gsm": (
            "Not sent: the SMS would take {segments} parts ({characters} characters, {encoding}); "
            "at most {limit:|1 part is|# parts are} allowed. Shorten the template, or allow more "
            "parts (outbox setting max_sms_segments).",
            "Niet verstuurd: de sms zou {segments} delen worden ({characters} tekens, {encoding}); "
            "er {limit:|mag hoogstens 1 deel|mogen hoogstens # delen} zijn. Maak het sjabloon "
            "korter of sta meer delen toe (outbox-instelling max_sms_segments).",
        ),
        # a 14-day e-mail whose letter or text does not say what the law requires (outbox_legal)
        "outbox.fourteen_day_letter_refused": (
            "Not sent: this 14-day e-mail would carry a letter made with the letter template "
            "'{template}', which does not state the term and the costs as the law requires. "
            "{problems} Correct the template; the e-mail stays in the outbox and is tried again "
            "with a later send.",
            "Niet verstuurd: deze veertiendagenmail zou een brief meenemen die is gemaakt met het "
            "briefsjabloon '{template}', en dat noemt de termijn en de kosten niet zoals de wet "
            "eist. {problems} Verbeter het sjabloon; de e-mail blijft in de outbox en wordt bij "
            "een latere verzending opnieuw geprobeerd.",
        ),
        "outbox.fourteen_day_email_refused": (
            "Not sent: the text of this 14-day e-mail (message template '{template}') does not "
            "state the term and the costs as the law requires. {problems} Correct the template; "
            "the e-mail stays in the outbox and is tried again with a later send.",
            "Niet verstuurd: de tekst van deze veertiendagenmail (berichtsjabloon '{template}') "
            "noemt de termijn en de kosten niet zoals de wet eist. {problems} Verbeter het "
            "sjabloon; de e-mail blijft in de outbox en wordt bij een latere verzending opnieuw "
            "geprobeerd.",
        ),
        "outbox.gave_up": (
            "Not sent after {attempts} attempts: the provider could not be reached ({detail}). "
            "Check the connection and the provider settings, then retry.",
            "Niet verstuurd na {attempts} pogingen: de provider was niet bereikbaar ({detail}). "
            "Controleer de verbinding en de providerinstellingen en probeer het daarna opnieuw.",
        ),
        "outbox.delivery_failed": (
            "{provider} took the message but could not deliver it ({detail}). Check the number "
            "with the customer, or send a letter.",
            "{provider} nam het bericht aan maar kon het niet afleveren ({detail}). Controleer het "
            "nummer bij de klant, of stuur een brief.",
        ),
        "outbox.not_found": (
            "Unknown whether it was sent: {provider} did not answer, and it has no record of the "
            "message (yet). Check in the provider's portal; retry only if it is not there.",
            "Onbekend of het verstuurd is: {provider} gaf geen antwoord en kent het bericht (nog) "
            "niet. Kijk in het portaal van de provider; probeer het alleen opnieuw als het er "
            "niet staat.",
        ),
        "outbox.no_lookup": (
            "Unknown whether it was sent: {provider} did not answer, and it cannot be asked "
            "about a message afterwards. Check in the provider's portal; retry only if it is not "
            "there.",
            "Onbekend of het verstuurd is: {provider} gaf geen antwoord, en daar kan achteraf niet "
            "naar een bericht worden gevraagd. Kijk in het portaal van de provider; probeer het "
            "alleen opnieuw als het er niet staat.",
        ),
        "outbox.lookup_failed": (
            "Unknown whether it was sent: {provider} did not answer, and asking about the message "
            "failed too ({detail}). It will be asked again with the next batch.",
            "Onbekend of het verstuurd is: {provider} gaf geen antwoord, en navragen lukte ook "
            "niet ({detail}). Bij de volgende verzending wordt het opnieuw nagevraagd.",
        ),
        "outbox.interrupted_email": (
            "Unknown whether it was sent: sending stopped (the program was closed or stopped) "
            "before the mail server's answer was recorded. Look for message {message_id} in the "
            "sent mail or the server's log; retry only if it is not there.",
            "Onbekend of het verstuurd is: het versturen stopte (het programma werd gesloten of "
            "gestopt) voordat het antwoord van de mailserver was vastgelegd. Zoek bericht "
            "{message_id} in de verzonden e-mail of het log van de server; probeer het alleen "
            "opnieuw als het er niet staat.",
        ),
        "outbox.internal_error": (
            "Unknown whether it was sent: an error in DebtorDesk ({detail}) after the message "
            "was handed over. Check in the provider's portal; the log file has the details.",
            "Onbekend of het verstuurd is: een fout in DebtorDesk ({detail}) nadat het bericht "
            "was overgedragen. Kijk in het portaal van de provider; het logbestand heeft de "
            "details.",
        ),
        # {channel} as a word, and as the id to type in the command
        "outbox.no_provider": (
            "No provider is chosen for {channel:@outbox.messages}, so they were not sent: they "
            "stay prepared. Choose one under Settings › Providers or with: debtordesk providers "
            "use {channel} PROVIDER (debtordesk providers list shows them). Without one, "
            "debtordesk paylink-export writes the payment requests for a provider's upload portal.",
            "Er is geen provider gekozen voor {channel:@outbox.messages}, dus die zijn niet "
            "verstuurd: ze blijven klaargezet staan. Kies er een bij Instellingen › Providers "
            "of met: debtordesk providers use {channel} PROVIDER (debtordesk providers list toont "
            "ze). Zonder provider schrijft debtordesk paylink-export de betaalverzoeken voor het "
            "uploadportaal van een provider.",
        ),
        "outbox.sms_sender_missing": (
            "The SMS provider {provider} has no sender (name or number). Enter it under Settings "
            "› Providers; the SMS messages wait until then.",
            "De sms-provider {provider} heeft geen afzender (naam of nummer). Vul die in bij "
            "Instellingen › Providers; tot dan wachten de sms-berichten.",
        ),
        "outbox.window_closed": (
            "No {channel:@outbox.messages} now: outside the sending window ({window:window}). "
            "They go from {opens}.",
            "Nu geen {channel:@outbox.messages}: buiten het verzendvenster ({window:window}). "
            "Ze gaan vanaf {opens}.",
        ),
        # {cap} is hourly or daily; the setting names are what the clerk types
        "outbox.cap_reached": (
            "The {cap:@outbox.cap} limit of {channel:@outbox.messages} is reached; the rest wait "
            "for a later batch (outbox settings {channel}.hourly_cap and {channel}.daily_cap).",
            "De limiet {cap:@outbox.cap} voor {channel:@outbox.messages} is bereikt; de rest "
            "wacht op een latere verzending (outbox-instellingen {channel}.hourly_cap en "
            "{channel}.daily_cap).",
        ),
        "outbox.channel_stopped": (
            "Sending {channel:@outbox.messages} stopped for this batch: the provider cannot take "
            "them now (see below). The messages stay in the outbox.",
            "Het versturen van {channel:@outbox.messages} is voor deze keer gestopt: de provider "
            "kan ze nu niet aannemen (zie hieronder). De berichten blijven in de outbox.",
        ),
        "outbox.progress": (
            "Sending messages: {done} of {total}",
            "Berichten versturen: {done} van {total}",
        ),
        "outbox.bad_window": (
            "'{value}' is not a sending window. Write the days and hours, for example "
            "'mon-sat 09:00-20:00', 'mon-fri', 'all 08:00-21:00 holidays'.",
            "'{value}' is geen verzendvenster. Schrijf de dagen en uren, bijvoorbeeld "
            "'ma-za 09:00-20:00', 'ma-vr', 'alle 08:00-21:00 feestdagen'.",
        ),
        "outbox.unknown_setting": (
            "There is no outbox setting '{key}'. Known settings: {known}.",
            "Er is geen outbox-instelling '{key}'. Bekende instellingen: {known}.",
        ),
        "outbox.rate_above_documented.sms": (
            "The SMS rate of {rate} a second is above the {limit} a second that {provider} "
            "documents. Keep it only when your contract with {provider} allows more: otherwise "
            "{provider} refuses part of the messages for a while and the outbox has to retry them.",
            "Het sms-tempo van {rate} per seconde is hoger dan de {limit} per seconde die {provider} "
            "opgeeft. Houd het alleen aan als uw contract met {provider} meer toestaat: anders "
            "weigert {provider} een deel van de berichten even en moet de outbox ze opnieuw "
            "proberen.",
        ),
        "outbox.rate_above_documented.email": (
            "The e-mail rate of {rate} a second is above the {limit} a second that {provider} "
            "documents. Keep it only when your contract with {provider} allows more.",
            "Het e-mailtempo van {rate} per seconde is hoger dan de {limit} per seconde die "
            "{provider} opgeeft. Houd het alleen aan als uw contract met {provider} meer toestaat.",
        ),
        "outbox.bad_setting": (
            "'{value}' cannot be used for {key}: expected {expected:@outbox.expected}.",
            "'{value}' kan niet voor {key}: verwacht {expected:@outbox.expected}.",
        ),
        # the words among the expected values of outbox.bad_setting (a number range stays as is)
        "outbox.expected.yes": ("yes", "ja"),
        "outbox.expected.no": ("no", "nee"),
        "outbox.expected.none": ("none", "geen"),
        "outbox.communication_missing": (
            "Message {communication} does not exist (any more).",
            "Bericht {communication} bestaat niet (meer).",
        ),
        "outbox.not_a_message": (
            "Communication {communication} is a {channel:@handover.channel}, not an SMS or e-mail.",
            "Communicatie {communication} is een {channel:@handover.channel}, geen sms of e-mail.",
        ),
        "outbox.retry_not_allowed": (
            "Only a failed or uncertain message can be sent again; this one has the status "
            "“{status:@outbox.status}”.",
            "Alleen een mislukt of onzeker bericht kan opnieuw worden verstuurd; dit bericht heeft "
            "de status “{status:@outbox.status}”.",
        ),
        "outbox.retry_superseded": (
            "This step was planned again meanwhile (message {other}); send that one instead.",
            "Deze stap is intussen opnieuw gepland (bericht {other}); verstuur dat bericht.",
        ),
        "outbox.cancel_not_allowed": (
            "This message cannot be cancelled: it has the status “{status:@outbox.status}”.",
            "Dit bericht kan niet worden geannuleerd: het heeft de status "
            "“{status:@outbox.status}”.",
        ),
        "outbox.resolve_not_allowed": (
            "Only an uncertain message can be marked as sent or not sent; this one has the status "
            "“{status:@outbox.status}”.",
            "Alleen een onzeker bericht kan als verstuurd of niet verstuurd worden gemarkeerd; "
            "dit bericht heeft de status “{status:@outbox.status}”.",
        ),
    }
)

# -- words for the ids of the outbox, shared by the outbox page and the command line -----------------
MESSAGES.update(
    {
        # a message's status and channel as the outbox page's columns show them (also the CLI's
        # 'outbox' list, and {status:@outbox.status} in a message)
        "outbox.status.planned": ("Planned", "Gepland"),
        "outbox.status.prepared": ("Prepared", "Klaargezet"),
        "outbox.status.queued": ("Queued", "In de wachtrij"),
        "outbox.status.generated": ("Made", "Aangemaakt"),
        "outbox.status.sending": ("Sending", "Wordt verstuurd"),
        "outbox.status.sent": ("Sent", "Verstuurd"),
        "outbox.status.printed": ("Printed", "Afgedrukt"),
        "outbox.status.delivered": ("Delivered", "Afgeleverd"),
        "outbox.status.dispatched": ("Dispatched", "Verzonden"),
        "outbox.status.failed": ("Failed", "Mislukt"),
        "outbox.status.cancelled": ("Cancelled", "Geannuleerd"),
        "outbox.status.uncertain": ("Uncertain: check", "Onzeker: controleren"),
        "outbox.channel.sms": ("SMS", "Sms"),
        "outbox.channel.email": ("E-mail", "E-mail"),
        # a channel's messages in a sentence: {channel:@outbox.messages}
        "outbox.messages.sms": ("SMS messages", "sms-berichten"),
        "outbox.messages.email": ("e-mails", "e-mails"),
        # {cap:@outbox.cap}: "the hourly limit" / "de limiet per uur"
        "outbox.cap.hourly": ("hourly", "per uur"),
        "outbox.cap.daily": ("daily", "per dag"),
    }
)

# -- the customer's timeline -------------------------------------------------------------------------
MESSAGES.update(
    {
        # {channel:@cli.channel}: the channel's word (sms, e-mail), also for entries stored before
        "event.outbox.sent": (
            "{step}: {channel:@cli.channel} sent to {to}.",
            "{step}: {channel:@cli.channel} verstuurd naar {to}.",
        ),
        "event.outbox.failed": (
            "{step}: {channel:@cli.channel} to {to} not sent; the provider refused it (see the "
            "outbox).",
            "{step}: {channel:@cli.channel} naar {to} niet verstuurd; de provider weigerde het (zie "
            "de outbox).",
        ),
        "event.outbox.refused": (
            "{step}: {channel:@cli.channel} not sent (opted out, or no valid number or address; see "
            "the outbox).",
            "{step}: {channel:@cli.channel} niet verstuurd (afgemeld, of geen geldig nummer of "
            "adres; zie de outbox).",
        ),
        "event.outbox.uncertain": (
            "{step}: unknown whether the {channel:@cli.channel} to {to} was sent; check it in the "
            "outbox.",
            "{step}: onbekend of de {channel:@cli.channel} naar {to} verstuurd is; controleer het in "
            "de outbox.",
        ),
        "event.outbox.retried": (
            "{step}: {channel:@cli.channel} queued again.",
            "{step}: {channel:@cli.channel} opnieuw in de wachtrij gezet.",
        ),
        "event.outbox.cancelled": (
            "{step}: {channel:@cli.channel} cancelled before it went out.",
            "{step}: {channel:@cli.channel} geannuleerd voordat het wegging.",
        ),
        "event.outbox.resolved_sent": (
            "{step}: {channel:@cli.channel} found at the provider: sent.",
            "{step}: {channel:@cli.channel} gevonden bij de provider: verstuurd.",
        ),
        "event.outbox.resolved_failed": (
            "{step}: {channel:@cli.channel} not at the provider: not sent.",
            "{step}: {channel:@cli.channel} niet bij de provider: niet verstuurd.",
        ),
    }
)

# -- the command line (cli/outbox.py) ------------------------------------------------------------------
MESSAGES.update(
    {
        "cli.send.summary": (
            "Sent {sent}, failed {failed}, uncertain {uncertain}, again later {retry_later}, "
            "cancelled as no longer due {cancelled_stale}, waiting {held}.",
            "Verstuurd {sent}, mislukt {failed}, onzeker {uncertain}, later opnieuw "
            "{retry_later}, geannuleerd omdat niet meer nodig {cancelled_stale}, wachtend {held}.",
        ),
        "cli.send.cancelled": (
            "Stopped on request; messages under way were finished, the rest stay in the outbox.",
            "Gestopt op verzoek; berichten die onderweg waren zijn afgemaakt, de rest blijft in "
            "de outbox.",
        ),
        "cli.outbox.empty": (
            "The outbox is empty.",
            "De outbox is leeg.",
        ),
        # outbox --status …: nothing with these statuses (there may be other messages)
        "cli.outbox.none_with_status": (
            "There are no messages with the status {statuses} in the outbox.",
            "Er staan geen berichten met de status {statuses} in de outbox.",
        ),
        "cli.outbox.or": (" or ", " of "),
        "cli.outbox.retried": (
            "Message {communication} is queued again.",
            "Bericht {communication} staat weer in de wachtrij.",
        ),
        "cli.outbox.cancelled": (
            "Message {communication} is cancelled.",
            "Bericht {communication} is geannuleerd.",
        ),
        "cli.outbox.resolved": (
            "Message {communication} now has the status “{status:@outbox.status}”.",
            "Bericht {communication} heeft nu de status “{status:@outbox.status}”.",
        ),
        "cli.outbox.setting": (
            "{key} = {value}",
            "{key} = {value}",
        ),
        # a setting's value as 'outbox settings' shows it: the words the command takes to set it
        "cli.outbox.yes": ("yes", "ja"),
        "cli.outbox.no": ("no", "nee"),
        "cli.outbox.no_cap": ("none", "geen"),
    }
)
