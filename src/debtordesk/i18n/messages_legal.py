"""Messages of the Dutch legal rules: collection costs, statutory interest, the 14-day letter,
prescription, payment references, and the calculator.

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ------------------------------------------------------------------ statutory interest
    "interest.no_rate": (
        "There is no statutory interest rate for {day}: the rate table starts on {first}. Add the rate "
        "for that date to the table, or calculate from {first} on.",
        "Er is geen wettelijke rente bekend voor {day}: de rentetabel begint op {first}. Voeg het "
        "percentage voor die datum toe aan de tabel, of reken vanaf {first}.",
    ),
    "interest.duplicate_rate": (
        "The interest rate table has two rows starting on {valid_from}. Remove one of them.",
        "De rentetabel heeft twee regels die ingaan op {valid_from}. Verwijder er één.",
    ),
    "interest.negative_rate": (
        "The interest rate starting on {valid_from} is negative. Correct it in the rate table.",
        "Het rentepercentage dat ingaat op {valid_from} is negatief. Verbeter het in de rentetabel.",
    ),
    "interest.negative_contractual_rate": (
        "The agreed interest rate {rate} % is negative. Enter the rate from the contract.",
        "Het afgesproken rentepercentage {rate} % is negatief. Vul het percentage uit het contract in.",
    ),
    "interest.negative_principal": (
        "Interest cannot be calculated on a negative amount ({amount}). Enter the open principal.",
        "Over een negatief bedrag ({amount}) kan geen rente worden berekend. Vul de openstaande "
        "hoofdsom in.",
    ),
    "interest.table_empty": (
        "The statutory interest rate table is empty, so no interest can be calculated. Add the "
        "current rates.",
        "De tabel met wettelijke rente is leeg, dus er kan geen rente worden berekend. Voeg de "
        "huidige percentages toe.",
    ),
    "interest.table_outdated": (
        "The newest statutory interest rate in the table starts on {newest}, more than {months} months "
        "ago. The rates change every 1 January and 1 July: add the current rates before relying on "
        "the interest.",
        "Het nieuwste wettelijke rentepercentage in de tabel gaat in op {newest}, meer dan {months} "
        "maanden geleden. De percentages veranderen elk jaar op 1 januari en 1 juli: voeg de huidige "
        "percentages toe voordat u op de rente vertrouwt.",
    ),
}
