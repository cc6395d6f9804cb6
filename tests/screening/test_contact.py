"""Contact details."""

from ats.screening.contact import find_contact


def test_contact_fields(resume_text: str) -> None:
    c = find_contact(resume_text)
    assert c.name == "Jane Q. Doe"
    assert c.email == "jane.doe@example.com"
    assert c.phone == "(555) 123-4567"
    assert c.links == ("linkedin.com/in/janedoe",)


def test_name_skips_headings_and_caps_names() -> None:
    c = find_contact("RESUME\nJOHN SMITH\n+44 20 7946 0958\nhttps://github.com/jsmith")
    assert c.name == "John Smith"
    assert c.links == ("https://github.com/jsmith",)
    assert c.phone is not None and c.phone.startswith("+44")
