from urllib.parse import unquote

from iomdesk.core.outreach import MAILTO_LIMIT, address_lines, bcc_batches, contact_card, mailbox, mailto_for


def test_mailto_percent_encodes_name_and_address():
    assert mailto_for("Knowledge Mareyanadzo", "kmareyanadzo@iom.int") == (
        "mailto:Knowledge%20Mareyanadzo%20%3Ckmareyanadzo@iom.int%3E"
    )
    url = mailto_for("Ana Kovač", "akovac@iom.int")
    assert url == "mailto:Ana%20Kova%C4%8D%20%3Cakovac@iom.int%3E"
    assert unquote(url) == "mailto:Ana Kovač <akovac@iom.int>"


def test_names_with_special_characters_are_quoted():
    assert mailbox("Diop, Awa", "ADiop@iom.int") == '"Diop, Awa" <ADiop@iom.int>'
    assert mailbox('Sam "The Voice" Lee', "s@x.org") == '"Sam \\"The Voice\\" Lee" <s@x.org>'
    assert mailto_for("Diop, Awa", "a@x.org") == "mailto:%22Diop%2C%20Awa%22%20%3Ca@x.org%3E"
    assert "&" not in mailto_for("Tom & Jerry", "tj@x.org")


def test_address_lines_for_pasting():
    assert address_lines([("Ana Kovač", "akovac@iom.int"), ("Mamadou Sow", "msow@iom.int")]) == (
        "Ana Kovač <akovac@iom.int>\nMamadou Sow <msow@iom.int>"
    )


def test_bcc_fits_one_link_when_short():
    plan = bcc_batches(["a@iom.int", "b@iom.int", "A@IOM.INT"])
    assert plan.urls == ["mailto:?bcc=a@iom.int,b@iom.int"]
    assert not plan.split


def test_bcc_above_the_limit_is_split_and_loses_nobody():
    addresses = [f"person.number{i:04d}@example-media-outlet.org" for i in range(300)]
    plan = bcc_batches(addresses)
    assert plan.split
    assert all(len(url) <= MAILTO_LIMIT for url in plan.urls)
    assert [a for batch in plan.batches for a in batch] == addresses
    assert len(plan.urls) == len(plan.batches) >= 5


def test_contact_card_text():
    card = contact_card("Knowledge Mareyanadzo", "", "IOM Zimbabwe", "Zimbabwe",
                        [("+263 4335044", "work")], ["kmareyanadzo@iom.int"])
    assert card == "Knowledge Mareyanadzo\nIOM Zimbabwe, Zimbabwe\nWork: +263 4335044\nEmail: kmareyanadzo@iom.int"
