"""Messages of the arrangement steps: the confirmation letter of a payment arrangement
(services/followup/arrangement_letter.py), a term's request that is no longer due
(services/still_due.py), and the upgrade of the shipped policies (services/policies.py).

Each code maps to (English, Dutch) with {name} placeholders; Dutch in plain B1 language.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ the confirmation letter
    "arrangement.confirmation_step": (
        "Confirmation of the payment arrangement",
        "Bevestiging van de betalingsregeling",
    ),
    "arrangement.confirmation_reason": (
        "The payment arrangement of {made_on} is confirmed in writing: {terms:|# term|# terms}, "
        "{total} in total.",
        "De betalingsregeling van {made_on} wordt schriftelijk bevestigd: "
        "{terms:|# termijn|# termijnen}, samen {total}.",
    ),
    "event.followup.confirmation_letter": (
        "Confirmation letter of the payment arrangement ready for the next letter batch "
        "({terms:|# term|# terms}, € {total} in total; it asks the first term of € {first}).",
        "Bevestigingsbrief van de betalingsregeling klaar voor de volgende briefbatch "
        "({terms:|# termijn|# termijnen}, samen € {total}; de brief vraagt de eerste termijn van "
        "€ {first}).",
    ),
    "cli.arrangement.letter": (
        "Confirmation letter {communication} waits for the next letter batch (debtordesk letters "
        "--pending).",
        "Bevestigingsbrief {communication} wacht op de volgende briefbatch (debtordesk letters "
        "--pending).",
    ),
    # ------------------------------------------------------------------ output time
    "stale.arrangement_ended": (
        "Not sent: the payment arrangement it belongs to has ended (completed, broken or "
        "cancelled).",
        "Niet verstuurd: de betalingsregeling waar dit bij hoort is afgelopen (betaald, niet "
        "nagekomen of gestopt).",
    ),
    # ------------------------------------------------------------------ the shipped policies
    "policies.shipped_upgraded": (
        "The shipped policy '{policy}' got the steps of payment arrangements and broken "
        "promises: {steps}.",
        "Het standaardbeleid '{policy}' heeft de stappen voor betalingsregelingen en "
        "niet-nagekomen afspraken gekregen: {steps}.",
    ),
    "policies.shipped_kept": (
        "The policy '{policy}' was changed by a clerk and stays as it is. Add the steps for "
        "payment arrangements and broken promises yourself if you want them ({steps}): "
        "Settings > Dunning policies.",
        "Het beleid '{policy}' is door een medewerker aangepast en blijft zoals het is. Voeg de "
        "stappen voor betalingsregelingen en niet-nagekomen afspraken zelf toe als u ze wilt "
        "({steps}): Instellingen > Aanmaanbeleid.",
    ),
}
