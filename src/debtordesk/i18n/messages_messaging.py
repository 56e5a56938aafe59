"""Messages of the messaging package: each code maps to (English, Dutch) with {name} placeholders."""

MESSAGES: dict[str, tuple[str, str]] = {}

# -- the shared HTTP layer (providers/http.py): what went wrong talking to a provider ---------------
MESSAGES.update(
    {
        "http.not_sent.connect": (
            "Could not reach {provider} at {host}: no network, the name does not resolve, or the "
            "connection was refused. Nothing was sent. Check the internet connection and the "
            "provider's base URL.",
            "{provider} op {host} is niet bereikbaar: geen netwerk, de naam is onbekend of de "
            "verbinding werd geweigerd. Er is niets verstuurd. Controleer de internetverbinding en "
            "het basisadres van de provider.",
        ),
        "http.not_sent.timeout": (
            "{provider} at {host} did not accept a connection in time. Nothing was sent. Check the "
            "internet connection (a firewall or proxy may block it) and try again.",
            "{provider} op {host} nam de verbinding niet op tijd aan. Er is niets verstuurd. "
            "Controleer de internetverbinding (een firewall of proxy kan haar blokkeren) en probeer "
            "het opnieuw.",
        ),
        "http.not_sent.certificate": (
            "The certificate of {host} ({provider}) could not be verified, so nothing was sent. "
            "Check the base URL; a company proxy that inspects traffic needs its certificate "
            "installed on this computer. Verification is never switched off.",
            "Het certificaat van {host} ({provider}) kon niet worden gecontroleerd, dus er is niets "
            "verstuurd. Controleer het basisadres; een bedrijfsproxy die verkeer inspecteert heeft "
            "zijn certificaat op deze computer nodig. De controle wordt nooit uitgezet.",
        ),
        "http.not_sent.config": (
            "The base URL of {provider} cannot be used ({host}). Nothing was sent. Enter an "
            "https:// address in the provider settings.",
            "Het basisadres van {provider} is onbruikbaar ({host}). Er is niets verstuurd. Vul in "
            "de providerinstellingen een https://-adres in.",
        ),
        "http.wrong_key": (
            "{provider} refused the key (HTTP {status} {provider_code}): it is wrong, revoked, or "
            "lacks the permission. {detail} Enter the key again under Settings › Providers.",
            "{provider} weigerde de sleutel (HTTP {status} {provider_code}): hij is onjuist, "
            "ingetrokken of heeft de rechten niet. {detail} Voer de sleutel opnieuw in bij "
            "Instellingen › Providers.",
        ),
        "http.rejected": (
            "{provider} refused the request (HTTP {status} {provider_code}): {detail} Sending it "
            "again will not help; correct what the provider names.",
            "{provider} weigerde het verzoek (HTTP {status} {provider_code}): {detail} Opnieuw "
            "versturen helpt niet; verbeter wat de provider noemt.",
        ),
        "http.rate_limited": (
            "{provider} asks to slow down (too many requests). Nothing was done; try again in "
            "{seconds:|1 second|# seconds}.",
            "{provider} vraagt om minder verzoeken tegelijk. Er is niets gedaan; probeer het over "
            "{seconds:|1 seconde|# seconden} opnieuw.",
        ),
        "http.rate_limited_later": (
            "{provider} asks to slow down (too many requests). Nothing was done; try again in a "
            "few minutes.",
            "{provider} vraagt om minder verzoeken tegelijk. Er is niets gedaan; probeer het over "
            "een paar minuten opnieuw.",
        ),
        "http.fault": (
            "{provider} reported a fault on its side (HTTP {status} {provider_code}). {detail} "
            "Try again later; check first whether it was carried out anyway.",
            "{provider} meldde een storing aan zijn kant (HTTP {status} {provider_code}). {detail} "
            "Probeer het later opnieuw; kijk eerst of het toch is uitgevoerd.",
        ),
        "http.unknown.timeout": (
            "{provider} at {host} did not answer in time after the request went out: it may have "
            "been carried out. It is not repeated blindly; check it at the provider.",
            "{provider} op {host} antwoordde niet op tijd nadat het verzoek was verstuurd: het kan "
            "zijn uitgevoerd. Het wordt niet blind herhaald; controleer het bij de provider.",
        ),
        "http.unknown.dropped": (
            "The connection to {provider} at {host} broke after the request went out: it may have "
            "been carried out. It is not repeated blindly; check it at the provider.",
            "De verbinding met {provider} op {host} brak af nadat het verzoek was verstuurd: het "
            "kan zijn uitgevoerd. Het wordt niet blind herhaald; controleer het bij de provider.",
        ),
    }
)

# -- SMS providers (providers/sms.py and one module per provider) ------------------------------------
MESSAGES.update(
    {
        "sms.rejected.wrong_key": (
            "{provider} refused the key (HTTP {status} {provider_code}): it is wrong, revoked, or "
            "lacks the permission to send. {detail} Enter the key again under Settings › Providers.",
            "{provider} weigerde de sleutel (HTTP {status} {provider_code}): hij is onjuist, "
            "ingetrokken of mag niet versturen. {detail} Voer de sleutel opnieuw in bij "
            "Instellingen › Providers.",
        ),
        "sms.rejected.invalid_number": (
            "{provider} refused the mobile number {to}: it is not a valid number (international "
            "form such as +31612345678). {detail} Correct the customer's mobile number.",
            "{provider} weigerde het mobiele nummer {to}: het is geen geldig nummer (internationale "
            "vorm zoals +31612345678). {detail} Verbeter het mobiele nummer van de klant.",
        ),
        "sms.rejected.not_mobile": (
            "{provider} cannot send an SMS to {to}: it is a landline or cannot receive text "
            "messages. {detail} Enter a mobile number for the customer, or send a letter or e-mail.",
            "{provider} kan geen sms sturen naar {to}: het is een vast nummer of het kan geen "
            "sms ontvangen. {detail} Vul een mobiel nummer in voor de klant, of stuur een brief of "
            "e-mail.",
        ),
        "sms.rejected.unsubscribed": (
            "{provider} will not send to {to}: the recipient has opted out (replied STOP). "
            "{detail} Record the opt-out on the customer and use another channel.",
            "{provider} stuurt niet naar {to}: de ontvanger heeft zich afgemeld (STOP). {detail} "
            "Leg de afmelding vast bij de klant en gebruik een ander kanaal.",
        ),
        "sms.rejected.not_permitted": (
            "{provider} does not allow sending to {to} from this account (HTTP {status} "
            "{provider_code}): the country is not enabled, or a trial account may only send to "
            "verified numbers. {detail} Check the account's permissions at the provider.",
            "{provider} staat niet toe dat dit account naar {to} stuurt (HTTP {status} "
            "{provider_code}): het land staat niet aan, of een proefaccount mag alleen naar "
            "geverifieerde nummers sturen. {detail} Controleer de rechten van het account bij de "
            "provider.",
        ),
        "sms.rejected.sender_invalid": (
            "The sender '{sender}' cannot be used with {provider}: use 1 to 11 letters, digits or "
            "spaces with at least one letter (e.g. 'MijnBedrijf'), or a phone number of at most "
            "{digits} digits that the provider has approved. {detail} Change the sender under "
            "Settings › Providers.",
            "De afzender '{sender}' is niet bruikbaar bij {provider}: gebruik 1 tot 11 letters, "
            "cijfers of spaties met minstens één letter (bijv. 'MijnBedrijf'), of een door de "
            "provider goedgekeurd telefoonnummer van hoogstens {digits} cijfers. {detail} Wijzig de "
            "afzender bij Instellingen › Providers.",
        ),
        "sms.rejected.text_invalid": (
            "{provider} refused the text of the message: it is empty or contains what the provider "
            "does not accept. {detail} Check the SMS template of this step.",
            "{provider} weigerde de tekst van het bericht: die is leeg of bevat iets wat de provider "
            "niet accepteert. {detail} Controleer het sms-sjabloon van deze stap.",
        ),
        "sms.rejected.text_too_long": (
            "The message is {length} characters long; {provider} accepts at most {limit}. "
            "{detail} Shorten the SMS template of this step.",
            "Het bericht is {length} tekens lang; {provider} accepteert er hoogstens {limit}. "
            "{detail} Maak het sms-sjabloon van deze stap korter.",
        ),
        "sms.rejected.reference_invalid": (
            "The message reference '{reference}' cannot be used with {provider} (letters and digits, "
            "at most {limit}). {detail} This is a fault in DebtorDesk; please report it.",
            "De berichtreferentie '{reference}' is niet bruikbaar bij {provider} (letters en cijfers, "
            "hoogstens {limit}). {detail} Dit is een fout in DebtorDesk; meld het alstublieft.",
        ),
        "sms.rejected.insufficient_balance": (
            "{provider} refused the message: the account's balance or credit is too low. {detail} "
            "Top up the account at the provider, then send again.",
            "{provider} weigerde het bericht: het saldo of tegoed van het account is te laag. "
            "{detail} Waardeer het account bij de provider op en verstuur daarna opnieuw.",
        ),
        "sms.rejected.blocked": (
            "{provider} blocked the message to {to} (HTTP {status} {provider_code}): it was taken "
            "for spam, or the number is on a block list. {detail} Check the text and the number; "
            "ask the provider when it persists.",
            "{provider} blokkeerde het bericht aan {to} (HTTP {status} {provider_code}): het werd "
            "als spam gezien, of het nummer staat op een blokkeerlijst. {detail} Controleer tekst "
            "en nummer; vraag het de provider als het blijft gebeuren.",
        ),
        "sms.rejected.other": (
            "{provider} refused the message (HTTP {status} {provider_code}): {detail} Sending it "
            "again will not help; correct what the provider names.",
            "{provider} weigerde het bericht (HTTP {status} {provider_code}): {detail} Opnieuw "
            "versturen helpt niet; verbeter wat de provider noemt.",
        ),
        "sms.lookup_unavailable": (
            "{provider} offers no way to look up a message afterwards. Check in the provider's "
            "portal whether it was sent.",
            "{provider} biedt geen manier om een bericht achteraf op te zoeken. Kijk in het portaal "
            "van de provider of het is verstuurd.",
        ),
        "sms.connection_ok": (
            "Connected to {provider}: the key is accepted.",
            "Verbonden met {provider}: de sleutel wordt geaccepteerd.",
        ),
        "sms.connection_ok_balance": (
            "Connected to {provider}: the key is accepted; balance {balance}.",
            "Verbonden met {provider}: de sleutel wordt geaccepteerd; saldo {balance}.",
        ),
        "sms.connection_ok_test_key": (
            "Connected to {provider} with a test key: messages are accepted but not delivered. "
            "Enter the live key to send for real.",
            "Verbonden met {provider} met een testsleutel: berichten worden aangenomen maar niet "
            "afgeleverd. Voer de live-sleutel in om echt te versturen.",
        ),
        "sms.connection_ok_trial": (
            "Connected to {provider}: the key is accepted, but this is a trial account that only "
            "sends to verified numbers.",
            "Verbonden met {provider}: de sleutel wordt geaccepteerd, maar dit is een proefaccount "
            "dat alleen naar geverifieerde nummers stuurt.",
        ),
        "sms.account_inactive": (
            "{provider} says the account is {state}: it cannot send. Check the account at the "
            "provider.",
            "{provider} meldt dat het account {state} is: het kan niet versturen. Controleer het "
            "account bij de provider.",
        ),
        "sms.channel_inactive": (
            "The Bird channel {channel} is {state}, not active: it cannot send. Check the channel "
            "in Bird, or enter another channel id under Settings › Providers.",
            "Het Bird-kanaal {channel} is {state}, niet actief: het kan niet versturen. Controleer "
            "het kanaal in Bird, of vul een ander kanaal-id in bij Instellingen › Providers.",
        ),
        "sms.setting_missing": (
            "{provider} needs the setting '{setting}'. Enter it under Settings › Providers.",
            "{provider} heeft de instelling '{setting}' nodig. Vul die in bij Instellingen › "
            "Providers.",
        ),
        "sms.unexpected_answer": (
            "{provider} answered in a way DebtorDesk does not understand ({detail}). Whether the "
            "message was accepted is unknown; check it at the provider.",
            "{provider} antwoordde op een manier die DebtorDesk niet begrijpt ({detail}). Of het "
            "bericht is aangenomen is onbekend; controleer het bij de provider.",
        ),
    }
)

# -- payment links (providers/tikkie.py, providers/mollie.py, providers/link_common.py) -------------
MESSAGES.update(
    {
        "links.provider_made_none": (
            "{provider} made no payment link.",
            "{provider} maakte geen betaallink.",
        ),
        "links.amount_invalid": (
            "A payment link needs a positive amount in whole cents; {amount} is not one. No link "
            "was made; check the invoices' open amounts.",
            "Een betaallink heeft een positief bedrag in hele centen nodig; {amount} is dat niet. "
            "Er is geen link gemaakt; controleer de openstaande bedragen van de facturen.",
        ),
        "links.description_missing": (
            "{provider} needs a description for a payment link, and this step has neither a name "
            "nor a payment reference. Give the step a name in the dunning policy.",
            "{provider} heeft een omschrijving nodig voor een betaallink, en deze stap heeft geen "
            "naam en geen betalingskenmerk. Geef de stap een naam in het aanmaanbeleid.",
        ),
        "links.bad_answer": (
            "{provider} answered with something that is not a payment link (no id or no https "
            "address). No link was recorded; check the base URL in the provider settings.",
            "{provider} antwoordde met iets dat geen betaallink is (geen id of geen https-adres). "
            "Er is geen link vastgelegd; controleer het basisadres in de providerinstellingen.",
        ),
        "links.bad_id": (
            "“{id}” is not a {provider} payment link id.",
            "“{id}” is geen id van een betaallink van {provider}.",
        ),
        "links.tikkie.reference_invalid": (
            "Tikkie accepts a payment reference of at most {limit} letters, digits, spaces and "
            "! & ' ( ) + , - . / : ? _ `; “{reference}” is not one, so no link was made. Use RF "
            "references or betalingskenmerken for this administration (Settings › Organisation, "
            "'Payment reference').",
            "Tikkie accepteert een betalingskenmerk van hoogstens {limit} letters, cijfers, spaties "
            "en ! & ' ( ) + , - . / : ? _ `; “{reference}” is dat niet, dus er is geen link "
            "gemaakt. Gebruik RF-kenmerken of betalingskenmerken voor deze administratie "
            "(Instellingen › Organisatie, 'Betalingskenmerk').",
        ),
        "links.tikkie.uncertain": (
            "Tikkie did not answer the request for payment reference {reference}, and it was not "
            "found afterwards. No link was recorded and none is requested again; if a request with "
            "this reference shows up in the Tikkie portal, DebtorDesk does not use it. ({detail})",
            "Tikkie beantwoordde het verzoek voor betalingskenmerk {reference} niet, en het was "
            "daarna niet te vinden. Er is geen link vastgelegd en er wordt er geen opnieuw "
            "gevraagd; verschijnt er een verzoek met dit kenmerk in het Tikkie-portaal, dan "
            "gebruikt DebtorDesk het niet. ({detail})",
        ),
        "links.tikkie.wrong_key": (
            "Tikkie refused the API key or the app token (HTTP {status} {code}) at the {environment} "
            "address. A sandbox key and app token work only at api-sandbox.abnamro.com, live ones "
            "only at api.abnamro.com; the app token also needs the “payment request” permission. "
            "Check the base URL and enter the key and token again.",
            "Tikkie weigerde de API-key of het app-token (HTTP {status} {code}) op het "
            "{environment}-adres. Een sandbox-key en -token werken alleen op "
            "api-sandbox.abnamro.com, live-exemplaren alleen op api.abnamro.com; het app-token moet "
            "ook het recht “payment request” hebben. Controleer het basisadres en voer key en "
            "token opnieuw in.",
        ),
        "links.tikkie.connected": (
            "Connected to Tikkie ({environment}): the API key and the app token are accepted.",
            "Verbonden met Tikkie ({environment}): de API-key en het app-token worden geaccepteerd.",
        ),
        "links.mollie.key_format": (
            "This is not a Mollie API key: it must start with live_ or test_ (organisation "
            "access tokens are not supported). Copy the key from Developers › API keys in the "
            "Mollie dashboard.",
            "Dit is geen API-key van Mollie: hij moet met live_ of test_ beginnen "
            "(organisatietokens worden niet ondersteund). Kopieer de key uit Developers › API keys "
            "in het Mollie-dashboard.",
        ),
        "links.mollie.mode_mismatch": (
            "The Mollie key is a {key_mode} key, but this administration is set to {mode}. A test "
            "key makes links nobody can really pay; a live key in a test set-up charges real "
            "money. Enter the {mode} key, or set mode={key_mode}.",
            "De Mollie-key is een {key_mode}-key, maar deze administratie staat op {mode}. Met een "
            "testkey maakt Mollie links die niemand echt kan betalen; met een live-key in een "
            "testopstelling wordt echt geld gevraagd. Voer de {mode}-key in, of stel mode={key_mode} "
            "in.",
        ),
        "links.mollie.connected": (
            "Connected to Mollie with a {mode} key.",
            "Verbonden met Mollie met een {mode}-key.",
        ),
    }
)

# -- provider settings and keys (services/provider_settings.py, services/secrets.py) ---------------
MESSAGES.update(
    {
        "providers.unknown": (
            "There is no provider “{provider}”. Known providers: {known}.",
            "Er is geen provider “{provider}”. Bekende providers: {known}.",
        ),
        "providers.unknown_secret": (
            "{provider} has no key called “{field}”. Its keys: {fields}.",
            "{provider} heeft geen sleutel “{field}”. Zijn sleutels: {fields}.",
        ),
        "providers.unknown_setting": (
            "{provider} has no setting “{key}”. Its settings: {known}.",
            "{provider} heeft geen instelling “{key}”. Zijn instellingen: {known}.",
        ),
        "providers.secret_as_setting": (
            "“{key}” of {provider} is a key: it goes into the keyring, not into the settings. "
            "Use: debtordesk secrets set {provider} {key}",
            "“{key}” van {provider} is een sleutel: die gaat in de sleutelbos, niet in de "
            "instellingen. Gebruik: debtordesk secrets set {provider} {key}",
        ),
        "providers.bad_setting_argument": (
            "“{argument}” is not KEY=VALUE. Write the settings as base_url=https://… sender=Name.",
            "“{argument}” is geen SLEUTEL=WAARDE. Schrijf de instellingen als "
            "base_url=https://… sender=Naam.",
        ),
        "providers.bad_number": (
            "{key} of {provider} must be a whole number from {minimum} to {maximum}; “{value}” is "
            "not.",
            "{key} van {provider} moet een geheel getal van {minimum} tot {maximum} zijn; "
            "“{value}” is dat niet.",
        ),
        "providers.bad_choice": (
            "{key} of {provider} must be one of {choices}; “{value}” is not.",
            "{key} van {provider} moet een van {choices} zijn; “{value}” is dat niet.",
        ),
        "providers.bad_text": (
            "{key} of {provider} may be at most {limit} characters on one line.",
            "{key} van {provider} mag hoogstens {limit} tekens op één regel zijn.",
        ),
        "providers.bad_sender": (
            "The sender “{sender}” cannot be used with {provider}: use 1 to 11 letters, digits or "
            "spaces with at least one letter (e.g. 'MijnBedrijf'), or a phone number of at most "
            "{digits} digits that the provider has approved.",
            "De afzender “{sender}” is niet bruikbaar bij {provider}: gebruik 1 tot 11 letters, "
            "cijfers of spaties met minstens één letter (bijv. 'MijnBedrijf'), of een door de "
            "provider goedgekeurd telefoonnummer van hoogstens {digits} cijfers.",
        ),
        "providers.bad_url": (
            "{key} of {provider} must be an https:// address without a user name or password "
            "(http:// only on this computer, for a test stand-in); “{value}” is not.",
            "{key} van {provider} moet een https://-adres zijn zonder gebruikersnaam of wachtwoord "
            "(http:// alleen op deze computer, voor een testvervanger); “{value}” is dat niet.",
        ),
        "providers.unknown_channel": (
            "There is no channel “{channel}”. Channels: {known}.",
            "Er is geen kanaal “{channel}”. Kanalen: {known}.",
        ),
        "providers.wrong_channel": (
            "{provider} serves the {provider_channel} channel, not {channel}.",
            "{provider} bedient het kanaal {provider_channel}, niet {channel}.",
        ),
        "providers.secret_missing": (
            "{provider} is chosen, but its {field} is not set for administration {administration}, "
            "so no payment links or messages go through it. Enter it under Settings › Providers or "
            "with: debtordesk secrets set {provider} {field}",
            "{provider} is gekozen, maar zijn {field} is niet ingesteld voor administratie "
            "{administration}, dus er gaan geen betaallinks of berichten via. Vul hem in bij "
            "Instellingen › Providers of met: debtordesk secrets set {provider} {field}",
        ),
        "providers.setting_missing": (
            "{provider} needs the setting {key}. Set it under Settings › Providers or with: "
            "debtordesk providers set {provider} {key}=…",
            "{provider} heeft de instelling {key} nodig. Vul die in bij Instellingen › Providers "
            "of met: debtordesk providers set {provider} {key}=…",
        ),
        "providers.not_available": (
            "{provider} cannot be used from here yet in this version of DebtorDesk.",
            "{provider} is in deze versie van DebtorDesk hier nog niet te gebruiken.",
        ),
        "providers.saved": (
            "Settings of {provider} saved for administration {administration}.",
            "Instellingen van {provider} opgeslagen voor administratie {administration}.",
        ),
        "providers.used": (
            "The {channel} channel of administration {administration} now uses {provider}.",
            "Het kanaal {channel} van administratie {administration} gebruikt nu {provider}.",
        ),
        "providers.unused": (
            "The {channel} channel of administration {administration} now uses no provider.",
            "Het kanaal {channel} van administratie {administration} gebruikt nu geen provider.",
        ),
        "secrets.backend": (
            "Keys are kept in the system keyring ({backend}).",
            "Sleutels worden bewaard in de sleutelbos van het systeem ({backend}).",
        ),
        "secrets.backend_testing_only": (
            "Keys are kept in {backend}, chosen by {source}. For testing only: this backend is not "
            "the system's secure keyring and may store keys in plain text.",
            "Sleutels worden bewaard in {backend}, gekozen via {source}. Alleen voor testen: dit is "
            "niet de beveiligde sleutelbos van het systeem en hij kan sleutels als platte tekst "
            "opslaan.",
        ),
        "secrets.no_secure_backend": (
            "No secure keyring was found on this computer, so keys cannot be stored (DebtorDesk "
            "never keeps them in plain text). On Linux, install and unlock a Secret Service such as "
            "GNOME Keyring (package gnome-keyring) or KWallet in your desktop session, then try "
            "again. (Keyring's choice: {backend}.)",
            "Er is op deze computer geen beveiligde sleutelbos gevonden, dus sleutels kunnen niet "
            "worden opgeslagen (DebtorDesk bewaart ze nooit als platte tekst). Installeer en "
            "ontgrendel op Linux een Secret Service zoals GNOME Keyring (pakket gnome-keyring) of "
            "KWallet in uw bureaubladsessie en probeer het opnieuw. (Keuze van keyring: {backend}.)",
        ),
        "secrets.backend_disabled": (
            "The keyring is switched off ({backend} is chosen in keyring's settings), so keys "
            "cannot be stored. Remove that choice (keyringrc.cfg or PYTHON_KEYRING_BACKEND) to use "
            "the system keyring.",
            "De sleutelbos staat uit ({backend} is gekozen in de instellingen van keyring), dus "
            "sleutels kunnen niet worden opgeslagen. Verwijder die keuze (keyringrc.cfg of "
            "PYTHON_KEYRING_BACKEND) om de sleutelbos van het systeem te gebruiken.",
        ),
        "secrets.backend_unloadable": (
            "The keyring backend “{backend}” chosen by {source} cannot be loaded. Correct or remove "
            "that choice.",
            "De sleutelbos “{backend}”, gekozen via {source}, kan niet worden geladen. Verbeter of "
            "verwijder die keuze.",
        ),
        "secrets.timeout": (
            "The keyring did not answer within {seconds} seconds. It may be waiting for you to "
            "unlock it (look for a password window), or its service hangs. Unlock it and try again.",
            "De sleutelbos antwoordde niet binnen {seconds} seconden. Misschien wacht hij tot u hem "
            "ontgrendelt (zoek een wachtwoordvenster), of de dienst hangt. Ontgrendel hem en probeer "
            "het opnieuw.",
        ),
        "secrets.locked": (
            "The keyring is locked. Unlock it (log in again or open the keyring manager) and try "
            "again.",
            "De sleutelbos is vergrendeld. Ontgrendel hem (opnieuw inloggen of via het beheer van "
            "de sleutelbos) en probeer het opnieuw.",
        ),
        "secrets.failed": (
            "The keyring refused the request ({error}). Check that the keyring service runs and is "
            "unlocked.",
            "De sleutelbos weigerde het verzoek ({error}). Controleer of de sleutelbosdienst draait "
            "en ontgrendeld is.",
        ),
        "secrets.empty": (
            "The {field} of {provider} is empty: nothing was stored. Paste the key and press Enter.",
            "De {field} van {provider} is leeg: er is niets opgeslagen. Plak de sleutel en druk op "
            "Enter.",
        ),
        "secrets.stored": (
            "The {field} of {provider} is stored for administration {administration}. {backend}",
            "De {field} van {provider} is opgeslagen voor administratie {administration}. {backend}",
        ),
        "secrets.deleted": (
            "The {field} of {provider} is removed for administration {administration}.",
            "De {field} van {provider} is verwijderd voor administratie {administration}.",
        ),
        "secrets.not_stored": (
            "No {field} of {provider} was stored for administration {administration}.",
            "Er was geen {field} van {provider} opgeslagen voor administratie {administration}.",
        ),
        "secrets.multiline": (
            "The {field} of {provider} has more than one line: nothing was stored. Give only the "
            "key, on one line.",
            "De {field} van {provider} heeft meer dan één regel: er is niets opgeslagen. Geef "
            "alleen de sleutel, op één regel.",
        ),
        "cli.providers.keyring": ("Keyring: {keyring}", "Sleutelbos: {keyring}"),
        "cli.providers.channel": ("Channel {channel}: {provider}", "Kanaal {channel}: {provider}"),
        "cli.providers.line": ("{id} ({title}, {channel})", "{id} ({title}, {channel})"),
        "cli.providers.line_in_use": (
            "{id} ({title}, {channel}) - in use",
            "{id} ({title}, {channel}) - in gebruik",
        ),
        "cli.providers.key_set": ("set", "ingesteld"),
        "cli.providers.key_unset": ("not set", "niet ingesteld"),
        "cli.providers.key_unknown": (
            "unknown (the keyring cannot be read)",
            "onbekend (de sleutelbos is niet te lezen)",
        ),
        "secrets.prompt": (
            "{field} of {provider} (not shown): ",
            "{field} van {provider} (wordt niet getoond): ",
        ),
    }
)

# -- e-mail through the organisation's SMTP server (providers/smtp.py) -------------------------------
MESSAGES.update(
    {
        "smtp.not_sent.connect": (
            "Could not connect to the mail server {host} on port {port}: no network, the name does "
            "not resolve, or the port is closed. Nothing was sent. Check the internet connection and "
            "the server and port under Settings › Providers › E-mail.",
            "Geen verbinding met de mailserver {host} op poort {port}: geen netwerk, de naam is "
            "onbekend of de poort is dicht. Er is niets verstuurd. Controleer de internetverbinding "
            "en de server en poort bij Instellingen › Providers › E-mail.",
        ),
        "smtp.not_sent.timeout": (
            "The mail server {host} did not answer in time on port {port}. Nothing was sent. Check "
            "the connection; on port 465 the server must speak TLS at once, on 587 it starts plain "
            "and switches with STARTTLS — a port and mode that do not match also end like this.",
            "De mailserver {host} antwoordde niet op tijd op poort {port}. Er is niets verstuurd. "
            "Controleer de verbinding; op poort 465 moet de server direct TLS spreken, op 587 begint "
            "hij onversleuteld en schakelt hij over met STARTTLS — een poort en modus die niet "
            "kloppen eindigen ook zo.",
        ),
        "smtp.not_sent.certificate": (
            "The certificate of the mail server {host} could not be verified ({detail}), so nothing "
            "was sent. Check the server name (it must match the certificate); a self-hosted server "
            "needs its CA file in the settings. Verification is never switched off.",
            "Het certificaat van de mailserver {host} kon niet worden gecontroleerd ({detail}), dus "
            "er is niets verstuurd. Controleer de servernaam (die moet bij het certificaat passen); "
            "een eigen server heeft zijn CA-bestand nodig in de instellingen. De controle wordt nooit "
            "uitgezet.",
        ),
        "smtp.not_sent.tls": (
            "The secure connection to the mail server {host} on port {port} failed. Nothing was "
            "sent. Use TLS on port 465 and STARTTLS on port 587, as the mail provider prescribes.",
            "De beveiligde verbinding met de mailserver {host} op poort {port} mislukte. Er is niets "
            "verstuurd. Gebruik TLS op poort 465 en STARTTLS op poort 587, zoals de mailprovider "
            "voorschrijft.",
        ),
        "smtp.not_sent.starttls_missing": (
            "The mail server {host} on port {port} does not offer STARTTLS, and DebtorDesk never "
            "sends mail unencrypted. Nothing was sent. Use port 465 with TLS, or ask the mail "
            "provider for the secure submission port.",
            "De mailserver {host} op poort {port} biedt geen STARTTLS aan, en DebtorDesk verstuurt "
            "nooit onversleuteld. Er is niets verstuurd. Gebruik poort 465 met TLS, of vraag de "
            "mailprovider naar de beveiligde verzendpoort.",
        ),
        "smtp.not_sent.auth_unsupported": (
            "The mail server {host} offers no login on this connection. Nothing was sent. Check the "
            "port (submission is usually 465 or 587), or leave the user name empty if the server "
            "accepts mail from this network without a login.",
            "De mailserver {host} biedt op deze verbinding geen aanmelding aan. Er is niets "
            "verstuurd. Controleer de poort (verzenden gaat meestal via 465 of 587), of laat de "
            "gebruikersnaam leeg als de server mail van dit netwerk zonder aanmelding aanneemt.",
        ),
        "smtp.not_sent.disconnected": (
            "The mail server {host} closed the connection before the message was sent. Nothing was "
            "sent; try again later.",
            "De mailserver {host} verbrak de verbinding voordat het bericht was verstuurd. Er is "
            "niets verstuurd; probeer het later opnieuw.",
        ),
        "smtp.not_sent.deferred": (
            "The mail server {host} asked to try again later ({status} {detail}). Nothing was sent.",
            "De mailserver {host} vroeg het later opnieuw te proberen ({status} {detail}). Er is "
            "niets verstuurd.",
        ),
        "smtp.rejected.wrong_password": (
            "The mail server {host} refused the login of '{username}' ({status} {detail}): the user "
            "name or password is wrong. Some providers need an app password. Enter the password "
            "again under Settings › Providers › E-mail.",
            "De mailserver {host} weigerde de aanmelding van '{username}' ({status} {detail}): de "
            "gebruikersnaam of het wachtwoord klopt niet. Sommige providers vragen een "
            "app-wachtwoord. Voer het wachtwoord opnieuw in bij Instellingen › Providers › E-mail.",
        ),
        "smtp.rejected.sender_refused": (
            "The mail server refused the sender address {sender} ({status} {detail}). Use an address "
            "this account may send from, under Settings › Providers › E-mail.",
            "De mailserver weigerde het afzenderadres {sender} ({status} {detail}). Gebruik een adres "
            "waarvandaan dit account mag versturen, bij Instellingen › Providers › E-mail.",
        ),
        "smtp.rejected.recipient_refused": (
            "The mail server refused the recipient {to} ({status} {detail}). Check the customer's "
            "e-mail address.",
            "De mailserver weigerde de ontvanger {to} ({status} {detail}). Controleer het "
            "e-mailadres van de klant.",
        ),
        "smtp.rejected.recipient_invalid": (
            "'{to}' is not a usable e-mail address. Nothing was sent. Correct the customer's e-mail "
            "address.",
            "'{to}' is geen bruikbaar e-mailadres. Er is niets verstuurd. Verbeter het e-mailadres "
            "van de klant.",
        ),
        "smtp.rejected.header_invalid": (
            "The subject or a name contains a line break. Nothing was sent. Check the e-mail "
            "template of this step.",
            "Het onderwerp of een naam bevat een regelovergang. Er is niets verstuurd. Controleer het "
            "e-mailsjabloon van deze stap.",
        ),
        "smtp.rejected.message_refused": (
            "The mail server refused the message ({status} {detail}): it may be too large or taken "
            "for spam. Sending it again unchanged will not help.",
            "De mailserver weigerde het bericht ({status} {detail}): het is mogelijk te groot of "
            "werd als spam gezien. Ongewijzigd opnieuw versturen helpt niet.",
        ),
        "smtp.rejected.session_refused": (
            "The mail server {host} turned the connection down ({status} {detail}). Check the server "
            "and port, or ask the mail provider whether this network may send.",
            "De mailserver {host} weigerde de verbinding ({status} {detail}). Controleer server en "
            "poort, of vraag de mailprovider of dit netwerk mag versturen.",
        ),
        "smtp.unknown.timeout": (
            "The mail server {host} did not confirm the message {message_id} in time after it was "
            "sent: it may have been accepted. It is not sent again blindly; check the sent mail or "
            "the server's log.",
            "De mailserver {host} bevestigde het bericht {message_id} niet op tijd nadat het was "
            "verstuurd: het kan zijn aangenomen. Het wordt niet blind opnieuw verstuurd; controleer "
            "de verzonden mail of het logboek van de server.",
        ),
        "smtp.unknown.dropped": (
            "The connection to the mail server {host} broke after the message {message_id} was "
            "sent: it may have been accepted. It is not sent again blindly; check the sent mail or "
            "the server's log.",
            "De verbinding met de mailserver {host} brak af nadat het bericht {message_id} was "
            "verstuurd: het kan zijn aangenomen. Het wordt niet blind opnieuw verstuurd; controleer "
            "de verzonden mail of het logboek van de server.",
        ),
        "smtp.connection_ok": (
            "Connected to the mail server {host} on port {port} ({security}, certificate verified); "
            "the login is accepted.",
            "Verbonden met de mailserver {host} op poort {port} ({security}, certificaat "
            "gecontroleerd); de aanmelding wordt geaccepteerd.",
        ),
        "smtp.connection_ok_no_login": (
            "Connected to the mail server {host} on port {port} ({security}, certificate verified); "
            "no login is used.",
            "Verbonden met de mailserver {host} op poort {port} ({security}, certificaat "
            "gecontroleerd); er wordt niet aangemeld.",
        ),
    }
)
