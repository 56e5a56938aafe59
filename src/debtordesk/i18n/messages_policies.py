"""Messages of deleting a dunning policy, choosing the defaults, and finding a policy by name
(Settings > Dunning policies…, ``debtordesk policies default|delete``).

Each code maps to (English, Dutch) with {name} placeholders.
"""

MESSAGES: dict[str, tuple[str, str]] = {
    # ----------------------------------------------------------------- deleting
    "policies.in_use": (
        "The policy '{name}' was not deleted. {uses}",
        "Het beleid '{name}' is niet verwijderd. {uses}",
    ),
    "policies.use.history": (
        "{count:|# communication was|# communications were} planned under it and keep referring "
        "to it, so it cannot be deleted: rename it instead, e.g. '{name} (old)', and let nothing "
        "use it any more.",
        "Er {count:|is # communicatie|zijn # communicaties} onder gepland die ernaar blijven "
        "verwijzen, dus het kan niet worden verwijderd: geef het een andere naam, bijv. "
        "'{name} (oud)', en laat niets het meer gebruiken.",
    ),
    "policies.use.default.consumer": (
        "It is the default for consumers: make another policy the default for consumers first.",
        "Het is de standaard voor consumenten: maak eerst ander beleid de standaard voor "
        "consumenten.",
    ),
    "policies.use.default.business": (
        "It is the default for businesses: make another policy the default for businesses first.",
        "Het is de standaard voor zakelijke klanten: maak eerst ander beleid de standaard voor "
        "zakelijke klanten.",
    ),
    "policies.use.customers": (
        "{count:|# customer has it as their own policy: give them|# customers have it as their "
        "own policy: give them} another policy (or none) first.",
        "{count:|# klant heeft het als eigen beleid: geef die|# klanten hebben het als eigen "
        "beleid: geef ze} eerst ander beleid (of geen).",
    ),
    "policies.use.rules": (
        "{count:|The segment rule|The segment rules} {rules} {count:|chooses|choose} it: let "
        "{count:|it|them} choose another policy or delete {count:|it|them} first.",
        "{count:|De segmentregel|De segmentregels} {rules} {count:|kiest|kiezen} het: laat "
        "{count:|die|ze} eerst ander beleid kiezen of verwijder {count:|die|ze}.",
    ),
    # ----------------------------------------------------------------- the defaults
    "policies.default_of_other.consumer": (
        "The policy '{name}' is the default for consumers, and a policy is the default for one "
        "customer type only. Make another policy the default for consumers first, or save a copy "
        "of it under another name and make that the default.",
        "Het beleid '{name}' is de standaard voor consumenten, en beleid is de standaard voor één "
        "soort klant. Maak eerst ander beleid de standaard voor consumenten, of sla een kopie onder "
        "een andere naam op en maak die de standaard.",
    ),
    "policies.default_of_other.business": (
        "The policy '{name}' is the default for businesses, and a policy is the default for one "
        "customer type only. Make another policy the default for businesses first, or save a copy "
        "of it under another name and make that the default.",
        "Het beleid '{name}' is de standaard voor zakelijke klanten, en beleid is de standaard voor "
        "één soort klant. Maak eerst ander beleid de standaard voor zakelijke klanten, of sla een "
        "kopie onder een andere naam op en maak die de standaard.",
    ),
    "policies.default_for_other.consumer": (
        "The policy '{name}' is meant for businesses only, so it cannot be the default for "
        "consumers (every consumer would be blocked). Set its 'For' to all customers or to "
        "consumers first.",
        "Het beleid '{name}' is alleen voor zakelijke klanten, dus het kan niet de standaard voor "
        "consumenten zijn (elke consument zou worden geblokkeerd). Zet eerst 'Voor' op alle klanten "
        "of op consumenten.",
    ),
    "policies.default_for_other.business": (
        "The policy '{name}' is meant for consumers only, so it cannot be the default for "
        "businesses (every business would be blocked). Set its 'For' to all customers or to "
        "businesses first.",
        "Het beleid '{name}' is alleen voor consumenten, dus het kan niet de standaard voor "
        "zakelijke klanten zijn (elke zakelijke klant zou worden geblokkeerd). Zet eerst 'Voor' op "
        "alle klanten of op zakelijk.",
    ),
    # ----------------------------------------------------------------- by name
    "policies.unknown_name": (
        "There is no dunning policy named '{name}'. The policies are: {names}.",
        "Er is geen aanmaanbeleid met de naam '{name}'. Het beleid dat er is: {names}.",
    ),
    "policies.ambiguous_name": (
        "'{name}' matches more than one dunning policy ({names}): type the name exactly.",
        "'{name}' past bij meer dan één aanmaanbeleid ({names}): typ de naam precies.",
    ),
    # ----------------------------------------------------------------- the command
    "cli.policies.made_default.consumer": (
        "'{name}' is now the default policy for consumers (was: {previous}).",
        "'{name}' is nu het standaardbeleid voor consumenten (was: {previous}).",
    ),
    "cli.policies.made_default.business": (
        "'{name}' is now the default policy for businesses (was: {previous}).",
        "'{name}' is nu het standaardbeleid voor zakelijke klanten (was: {previous}).",
    ),
    "cli.policies.already_default.consumer": (
        "'{name}' is already the default policy for consumers.",
        "'{name}' is al het standaardbeleid voor consumenten.",
    ),
    "cli.policies.already_default.business": (
        "'{name}' is already the default policy for businesses.",
        "'{name}' is al het standaardbeleid voor zakelijke klanten.",
    ),
    "cli.policies.deleted": (
        "The dunning policy '{name}' was deleted.",
        "Het aanmaanbeleid '{name}' is verwijderd.",
    ),
}
