"""Joint statements whose signatories are named in the first paragraph, as a list after a
role in the plural with their countries between (issue 14: pages of shapes the rules were
not written on)."""

from legation.importer.recognise import recognise


def joint(*lines):
    header = ["Ministry of Foreign Affairs of Esterria", "Joint Statement on the Harlow Crossing"]
    return "\n\n".join([*header, "4 November 2025", *lines]).encode()


def test_three_ministers_listed_after_their_countries_sign():
    page = recognise(
        joint(
            "The Foreign Ministers of Esterria, Coravia and Norland, Pavel Orsk, Ina Meller "
            "and Jonas Haldor, met in Vessa on 4 November 2025.",
            "They agreed to reopen the crossing at Harlow in the spring.",
        ),
        "joint.txt",
    )
    assert page.doc_type == "joint_statement"
    assert sorted(page.speakers) == ["Ina Meller", "Jonas Haldor", "Pavel Orsk"]


def test_a_french_declaration_names_its_two_ministers_after_the_plural():
    page = recognise(
        "\n\n".join(
            [
                "Ministère des Affaires étrangères d'Esterria",
                "Déclaration conjointe sur le passage de Harlow",
                "4 novembre 2025",
                "Les ministres des Affaires étrangères d'Esterria et de Coravie, Pavel Orsk et "
                "Ina Meller, ont adopté ce jour à Vessa la déclaration suivante :",
                "Le passage de Harlow sera rouvert au printemps.",
            ]
        ).encode(),
        "declaration.txt",
    )
    assert page.doc_type == "joint_statement"
    assert sorted(page.speakers) == ["Ina Meller", "Pavel Orsk"]


def test_the_first_paragraph_under_a_signatory_line_is_read_for_the_list():
    page = recognise(
        joint(
            "Joint statement with:",
            "The Hon Ina Meller, Minister for Foreign Affairs of Coravia",
            "Foreign ministers Pavel Orsk and Ina Meller met in Vessa today for yearly talks.",
            "They agreed to reopen the crossing at Harlow in the spring.",
        ),
        "joint.txt",
    )
    assert sorted(page.speakers) == ["Ina Meller", "Pavel Orsk"]


def test_ministers_named_in_passing_under_short_lines_do_not_sign():
    page = recognise(
        joint(
            "Joint Statement",
            "At the invitation of Foreign Minister Ina Meller, the Foreign Minister of "
            "Esterria, Pavel Orsk, visited Coravia.",
            "The two Ministers agreed to reopen the crossing at Harlow.",
        ),
        "joint.txt",
    )
    assert page.speakers == []
