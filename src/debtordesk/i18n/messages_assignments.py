"""Messages of assigning customers to clerks (services/assignments.py) and their timeline entries.

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    "assignments.unknown_user": (
        "There is no clerk with number {user_id}. Reload the list of clerks and choose again.",
        "Er is geen medewerker met nummer {user_id}. Laad de lijst met medewerkers opnieuw en kies "
        "opnieuw.",
    ),
    "assignments.unknown_customers": (
        "{count} of the chosen customers no longer exist. Refresh the queue and choose again.",
        "{count} van de gekozen klanten bestaan niet meer. Vernieuw de werklijst en kies opnieuw.",
    ),
    "assignments.nobody_chosen": (
        "No customers are chosen. Select one or more customers first.",
        "Er zijn geen klanten gekozen. Selecteer eerst een of meer klanten.",
    ),
    "event.assignment.assigned": (
        "Assigned to {user}.",
        "Toegewezen aan {user}.",
    ),
    "event.assignment.unassigned": (
        "No longer assigned to {user}.",
        "Niet meer toegewezen aan {user}.",
    ),
}
