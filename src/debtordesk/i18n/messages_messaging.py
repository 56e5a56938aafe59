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
            "{seconds} seconds.",
            "{provider} vraagt om minder verzoeken tegelijk. Er is niets gedaan; probeer het over "
            "{seconds} seconden opnieuw.",
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
