"""Messages of the follow-up workstation: calls and their outcomes, the call list, promises to pay,
disputes, payment arrangements and notes (domain/arrangements.py, promises.py, calls.py,
services/followup/, ``debtordesk calls``, ``log-call``, ``promises``, ``arrangement``).

Each code maps to (English, Dutch) with {name} placeholders. Dutch in plain B1 language (social
collection); the timeline codes (``event.followup.*``) are rendered when the timeline is read.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ arrangement schedules
    "arrangement.nothing_to_arrange": (
        "There is nothing to arrange: the total is {total}. Choose open invoices with an amount "
        "to pay (whole cents).",
        "Er is niets te regelen: het totaal is {total}. Kies openstaande facturen met een bedrag "
        "om te betalen (hele centen).",
    ),
    "arrangement.terms_or_amount": (
        "Give either the number of terms or the amount per term, not both and not neither.",
        "Geef het aantal termijnen of het bedrag per termijn, niet allebei en niet geen van beide.",
    ),
    "arrangement.bad_terms": (
        "Number of terms: {terms} is not possible. Type a whole number of 1 or more.",
        "Aantal termijnen: {terms} kan niet. Typ een heel getal van 1 of meer.",
    ),
    "arrangement.too_many_terms": (
        "{terms} terms is more than the {maximum} terms an arrangement may have. Choose at most "
        "{maximum} terms or a higher amount per term.",
        "{terms} termijnen is meer dan de {maximum} termijnen die een regeling mag hebben. Kies "
        "hoogstens {maximum} termijnen of een hoger bedrag per termijn.",
    ),
    "arrangement.term_too_small": (
        "With this many terms a term would be {amount}, below the minimum of {minimum} per term. "
        "Choose at most {terms} terms.",
        "Met zoveel termijnen wordt een termijn {amount}, minder dan het minimum van {minimum} per "
        "termijn. Kies hoogstens {terms} termijnen.",
    ),
    "arrangement.bad_term_amount": (
        "Amount per term: {amount} is not possible. Type an amount above 0 in whole cents, e.g. "
        "50.00.",
        "Bedrag per termijn: {amount} kan niet. Typ een bedrag boven 0 in hele centen, "
        "bijvoorbeeld 50,00.",
    ),
    "arrangement.term_amount_too_small": (
        "Amount per term: {amount} is below the minimum of {minimum} per term. Choose {minimum} "
        "or more.",
        "Bedrag per termijn: {amount} is minder dan het minimum van {minimum} per termijn. Kies "
        "{minimum} of meer.",
    ),
    "arrangement.term_amount_too_many": (
        "With {amount} per term the arrangement needs {terms} terms, more than the maximum of "
        "{maximum}. Choose at least {needed} per term.",
        "Met {amount} per termijn zijn {terms} termijnen nodig, meer dan het maximum van "
        "{maximum}. Kies minstens {needed} per termijn.",
    ),
    "arrangement.bad_interval_days": (
        "Interval: '{days}' is not a number of days. Type a whole number of days of 1 or more.",
        "Periode: '{days}' is geen aantal dagen. Typ een heel aantal dagen van 1 of meer.",
    ),
    "arrangement.interval_too_long": (
        "Interval: {days} days between terms is more than the {maximum} days allowed. Choose a "
        "shorter interval or monthly terms.",
        "Periode: {days} dagen tussen termijnen is meer dan de toegestane {maximum} dagen. Kies "
        "een kortere periode of maandelijkse termijnen.",
    ),
    "arrangement.no_terms": (
        "The schedule has no terms. Add at least one term.",
        "Het schema heeft geen termijnen. Voeg minstens één termijn toe.",
    ),
    "arrangement.bad_term": (
        "Term {number}: {amount} is not possible. Every term is at least 0.01, in whole cents.",
        "Termijn {number}: {amount} kan niet. Elke termijn is minstens 0,01, in hele centen.",
    ),
    "arrangement.edited_term_too_small": (
        "Term {number}: {amount} is below the minimum of {minimum} per term. Raise it, or merge "
        "it with another term.",
        "Termijn {number}: {amount} is minder dan het minimum van {minimum} per termijn. Verhoog "
        "het bedrag, of voeg de termijn samen met een andere.",
    ),
    "arrangement.same_day": (
        "Term {number} falls on {due}, the same day as the term before. Give each term its own "
        "date.",
        "Termijn {number} valt op {due}, dezelfde dag als de termijn ervoor. Geef elke termijn een "
        "eigen datum.",
    ),
    "arrangement.first_term_past": (
        "The first term falls on {due}, before today ({today}). Choose a date from today.",
        "De eerste termijn valt op {due}, vóór vandaag ({today}). Kies een datum vanaf vandaag.",
    ),
    "arrangement.sum_differs": (
        "The terms add up to {sum}, not to the total of {total} (difference {difference}). "
        "Change a term so they add up exactly.",
        "De termijnen tellen op tot {sum}, niet tot het totaal van {total} (verschil "
        "{difference}). Pas een termijn aan zodat ze precies optellen.",
    ),
    "arrangement.negative_paid": (
        "The amount paid cannot be negative ({paid}).",
        "Het betaalde bedrag kan niet negatief zijn ({paid}).",
    ),
    # ------------------------------------------------------------------ promise decisions
    "promise.pending.not_yet": (
        "Promised {amount} by {date}: the date has not come yet.",
        "Belofte {amount} uiterlijk {date}: die datum is nog niet bereikt.",
    ),
    "promise.pending.snapshot": (
        "Promised {amount} by {date}; {paid} seen paid so far. Waiting for an open-items import "
        "exported on {needed} or later (newest: {export_date}) before judging it.",
        "Belofte {amount} uiterlijk {date}; tot nu toe {paid} betaald gezien. Wacht op een import "
        "van openstaande posten van {needed} of later (nieuwste: {export_date}) voor het oordeel.",
    ),
    "promise.kept.ledger": (
        "Promise kept: {paid} paid of the {amount} promised by {date}.",
        "Belofte nagekomen: {paid} betaald van de {amount} beloofd voor {date}.",
    ),
    "promise.kept.closed": (
        "Promise kept: the invoices are paid (promised {amount} by {date}).",
        "Belofte nagekomen: de facturen zijn betaald ({amount} beloofd voor {date}).",
    ),
    "promise.kept.link": (
        "Promise kept: {paid} paid through a payment link (promised {amount} by {date}).",
        "Belofte nagekomen: {paid} betaald via een betaallink ({amount} beloofd voor {date}).",
    ),
    "promise.broken": (
        "Promise broken: {paid} paid of the {amount} promised by {date} (import of {export_date}).",
        "Belofte niet nagekomen: {paid} betaald van de {amount} beloofd voor {date} (import van "
        "{export_date}).",
    ),
}
