"""Hypothesis strategies shared by the screening fuzz tests: resume-like word soup and plain text."""

from hypothesis import strategies as st

WORDS = st.sampled_from(
    [
        "Jan",
        "2019",
        "-",
        "–",
        "â€“",
        "Present",
        "Zendesk",
        "CRM",
        "Customer",
        "Service",
        "Representative",
        "|",
        "Acme",
        "Corp",
        "\n",
        "EXPERIENCE",
        "EDUCATION",
        "Bachelor",
        "of",
        "Arts",
        "in",
        "Go",
        "R",
        "5+",
        "years",
        "experience",
        "03/2018",
        "since",
        "Summer",
        "$",
        "35,000",
        "weekends",
        "•",
        "Skills:",
        "e-mail",
        "support",
        "é",
        "日本",
    ]
)
TEXT = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=80).map(" ".join))
