"""Messages of the follow-up settings (Settings > Follow-up…, services/followup/settings.py), the
customer tags (services/customer_tags.py, ``debtordesk tag``), the timeline export's words without
the GUI (services/timeline_export.catalogue_labels), the call list's delivery reason, and a
customer's charges (services/charges.py, ``debtordesk charges``).

Each code maps to (English, Dutch) with {name} placeholders; Dutch in plain B1 language.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ option titles
    "org.promise_grace_days": (
        "Days after a promise date before a promise can be judged broken",
        "Dagen na de datum van een betaalbelofte voordat de belofte als gebroken kan gelden",
    ),
    "org.term_grace_days": (
        "Days after a term's due date before the term counts as missed",
        "Dagen na de vervaldatum van een termijn voordat de termijn als gemist geldt",
    ),
    "org.arrangement_min_term_amount": (
        "Smallest amount per term of a payment arrangement (€)",
        "Kleinste bedrag per termijn van een betalingsregeling (€)",
    ),
    "org.arrangement_max_terms": (
        "Most terms a payment arrangement may have",
        "Meeste termijnen die een betalingsregeling mag hebben",
    ),
    "org.call_recall_days": (
        "Days before a customer without mobile and e-mail is on the call list again",
        "Dagen voordat een klant zonder mobiel nummer en e-mail weer op de bellijst komt",
    ),
    # ------------------------------------------------------------------ checks
    "followup_settings.what": ("the follow-up settings", "de opvolgingsinstellingen"),
    "followup_settings.out_of_range": (
        "{title}: {value} is not allowed. Choose a whole number from {low} to {high} and save "
        "again.",
        "{title}: {value} kan niet. Kies een heel getal van {low} tot en met {high} en sla "
        "opnieuw op.",
    ),
    "followup_settings.bad_amount": (
        "{title}: '{value}' is not an amount. Type an amount of at least {low} in whole cents, "
        "e.g. 10,00, and save again.",
        "{title}: '{value}' is geen bedrag. Typ een bedrag van minstens {low} in hele centen, "
        "bijvoorbeeld 10,00, en sla opnieuw op.",
    ),
    # ------------------------------------------------------------------ customer tags
    "tags.bad_tag": (
        "Tag '{tag}' is not possible: a tag has 1 to {limit} characters and no comma. Type a "
        "shorter tag.",
        "Label '{tag}' kan niet: een label heeft 1 tot {limit} tekens en geen komma. Typ een "
        "korter label.",
    ),
    "tags.nothing": (
        "Say which tags to add or remove, e.g. --add 'debt help' or --remove vip.",
        "Zeg welke labels erbij of eraf moeten, bijvoorbeeld --add 'schuldhulp' of --remove vip.",
    ),
    "event.tags.changed": (
        "Tags changed: {added_text}{removed_text}.",
        "Labels gewijzigd: {added_text}{removed_text}.",
    ),
    "cli.tag.done": (
        "Customer {customer}: tags now {tags}.",
        "Klant {customer}: labels nu {tags}.",
    ),
    "cli.tag.none": ("(none)", "(geen)"),
    "cli.followup_settings.saved": ("{title}: now {value}.", "{title}: nu {value}."),
    "cli.outcomes.reached": ("reached", "bereikt"),
    "cli.outcomes.not_reached": ("not reached", "niet bereikt"),
    "cli.outcomes.retired": ("retired", "niet meer in gebruik"),
    # what logging a call with the outcome does (CallEffect), in the list's flags
    "cli.outcomes.effect.reported_paid": ("reported paid", "gemeld als betaald"),
    "cli.outcomes.effect.wrong_number": ("wrong number", "verkeerd nummer"),
    "cli.outcomes.effect.promise": ("promise to pay", "betaalbelofte"),
    "cli.outcomes.effect.dispute": ("dispute", "betwisting"),
    "cli.outcomes.effect.arrangement": ("payment arrangement", "betalingsregeling"),
    "cli.outcomes.effect.debt_help": ("debt help", "schuldhulp"),
    "cli.outcomes.saved": (
        "Outcome code {code} saved; calls can be logged with it (log-call --outcome {code}).",
        "Uitkomstcode {code} opgeslagen; gesprekken kunnen ermee worden vastgelegd "
        "(log-call --outcome {code}).",
    ),
    # ------------------------------------------------------------------ timeline export words
    "timeline.export.title": ("Timeline of {number} {name}", "Tijdlijn van {number} {name}"),
    "timeline.export.subtitle": (
        "Exported on {moment}: {count:|# entry|# entries}",
        "Geëxporteerd op {moment}: {count:|# regel|# regels}",
    ),
    "timeline.export.kinds": ("Only: {kinds}", "Alleen: {kinds}"),
    "timeline.export.page": ("page {page}", "pagina {page}"),
    # ------------------------------------------------------------------ call list reason
    "calls.reason.undelivered": (
        "message not delivered",
        "bericht niet bezorgd",
    ),
    # ------------------------------------------------------------------ charges (services/charges.py)
    "charges.reason_needed": (
        "Say why the costs and interest are waived (e.g. 'social collection: income below the "
        "minimum'): the reason is kept with the waiver.",
        "Zeg waarom de kosten en rente worden kwijtgescholden (bijv. 'sociaal incasso: inkomen "
        "onder het minimum'): de reden wordt bij de kwijtschelding bewaard.",
    ),
    "charges.reason_too_long": (
        "The reason is longer than {limit} characters: shorten it and try again.",
        "De reden is langer dan {limit} tekens: maak hem korter en probeer het opnieuw.",
    ),
    "charges.unknown_customer": (
        "Customer {customer} was not found.",
        "Klant {customer} is niet gevonden.",
    ),
    "charges.not_open": (
        "{count:|Charge|Charges} {charges} {count:|is not an open charge|are not open charges} of "
        "customer {customer}: list them with 'debtordesk charges {customer}' and try again.",
        "{count:|Post|Posten} {charges} {count:|is geen openstaande kostenpost|zijn geen "
        "openstaande kosten} van klant {customer}: bekijk ze met 'debtordesk charges {customer}' "
        "en probeer het opnieuw.",
    ),
    "charges.nothing_open": (
        "Customer {customer} has no open collection costs, interest or fees.",
        "Klant {customer} heeft geen openstaande incassokosten, rente of vergoedingen.",
    ),
    "cli.charges.none": ("No charges.", "Geen kosten."),
    # the column titles above the lines of 'debtordesk charges' (in cli.charges.line's columns)
    "cli.charges.col.id": ("Id", "Id"),
    "cli.charges.col.kind": ("Kind", "Soort"),
    "cli.charges.col.amount": ("Amount", "Bedrag"),
    "cli.charges.col.status": ("Status", "Status"),
    "cli.charges.col.invoice": ("Invoice", "Factuur"),
    "cli.charges.col.date": ("Charged on", "Berekend op"),
    "cli.charges.col.reason": ("Reason", "Reden"),
    # one charge in 'debtordesk charges': id, kind, amount, status, invoice, the day it was charged
    "cli.charges.line": (
        "{id:>6}  {kind:<16} {amount:>10}  {status:<16} {invoice:<16} {date}{reason}",
        "{id:>6}  {kind:<16} {amount:>10}  {status:<16} {invoice:<16} {date}{reason}",
    ),
    "cli.charges.kind.costs": ("collection costs", "incassokosten"),
    "cli.charges.kind.interest": ("interest", "rente"),
    "cli.charges.kind.fee": ("fee", "vergoeding"),
    "cli.charges.status.open": ("open", "open"),
    "cli.charges.status.paid": ("paid", "betaald"),
    "cli.charges.status.waived": ("waived", "kwijtgescholden"),
    "cli.charges.paid": (
        "{amount} of charges of customer {customer} marked paid.",
        "{amount} aan kosten van klant {customer} als betaald gemarkeerd.",
    ),
    "event.charges.marked_paid": (
        "Collection costs, interest and fees of € {costs} marked paid: they came in with the "
        "invoices. {reason}",
        "Incassokosten, rente en vergoedingen van € {costs} als betaald gemarkeerd: ze zijn met de "
        "facturen betaald. {reason}",
    ),
    "queue.charges_open": (
        "{customers:|# customer paid their invoices but still has|# customers paid their invoices "
        "but still have} {amount} of collection costs and interest open: show 'Costs left after "
        "payment' to ask for it, waive it or hand it over.",
        "{customers:|# klant betaalde de facturen, maar heeft|# klanten betaalden hun facturen, maar "
        "hebben} nog {amount} aan incassokosten en rente open: toon 'Kosten over na betaling' om "
        "erom te vragen, het kwijt te schelden of het over te dragen.",
    ),
    "cli.charges.waived": (
        "{amount} of charges of customer {customer} waived: {reason}",
        "{amount} aan kosten van klant {customer} kwijtgescholden: {reason}",
    ),
}
