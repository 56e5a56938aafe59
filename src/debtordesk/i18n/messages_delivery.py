"""Messages of the delivery check of sent SMS (services/outbox_delivery.py, ``debtordesk delivery``):
code -> (English, Dutch) with {name} placeholders."""

MESSAGES: dict[str, tuple[str, str]] = {
    # ----------------------------------------------------------------- why and what
    "delivery.undelivered": (
        "{provider} could not deliver the SMS: {detail}.",
        "{provider} kon de sms niet afleveren: {detail}.",
    ),
    "delivery.no_provider": (
        "{provider} cannot be asked about delivery: it is not set up (or its key is missing) under "
        "Settings > Providers. Set it up again to see whether its messages arrived.",
        "{provider} kan niet naar de aflevering worden gevraagd: die provider is niet ingesteld (of "
        "de sleutel ontbreekt) onder Instellingen > Providers. Stel hem opnieuw in om te zien of "
        "de berichten zijn aangekomen.",
    ),
    # ----------------------------------------------------------------- timeline
    "event.outbox.delivered": (
        "{step}: SMS to {to} delivered.",
        "{step}: sms naar {to} afgeleverd.",
    ),
    "event.outbox.undelivered": (
        "{step}: the SMS to {to} did not arrive ({provider}: {detail}). Call the customer or "
        "check the mobile number.",
        "{step}: de sms naar {to} is niet aangekomen ({provider}: {detail}). Bel de klant of "
        "controleer het mobiele nummer.",
    ),
    # ----------------------------------------------------------------- command line
    "cli.delivery.done": (
        "Delivery of the SMS of the last {days:|day|# days}: asked {asked} of {candidates}; "
        "delivered "
        "{delivered}, did not arrive {undelivered}, still on the way {pending}, cannot be known "
        "{not_available}.",
        "Aflevering van de sms'en van de laatste {days:|dag|# dagen}: {asked} van {candidates} "
        "nagevraagd; afgeleverd {delivered}, niet aangekomen {undelivered}, nog onderweg "
        "{pending}, niet na te gaan {not_available}.",
    ),
    "cli.delivery.undelivered": (
        "Did not arrive: customer {customer} ({to}), {step}: {reason}",
        "Niet aangekomen: klant {customer} ({to}), {step}: {reason}",
    ),
    "cli.delivery.problem": (
        "Not asked ({count}): {reason}",
        "Niet nagevraagd ({count}): {reason}",
    ),
    "cli.delivery.cancelled": (
        "Stopped before every message was asked; the rest is asked at the next check.",
        "Gestopt voordat elk bericht was nagevraagd; de rest volgt bij de volgende controle.",
    ),
}
