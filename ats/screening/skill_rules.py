"""Token-pattern rules for skills written as actions ('trained new hires', 'by phone')."""

from __future__ import annotations

from typing import Any

CHANNEL_WORDS: dict[str, str] = {
    "phone": "phone-support",
    "phones": "phone-support",
    "telephone": "phone-support",
    "voice": "phone-support",
    "email": "email-support",
    "emails": "email-support",
    "mail": "email-support",
    "mails": "email-support",
    "chat": "live-chat",
    "chats": "live-chat",
    "social": "social-media-support",
    "sms": "sms-support",
    "text": "sms-support",
}
CHANNEL_HEADS = ["support", "service", "customer", "channels", "inquiries", "enquiries", "queries", "tickets"]
_SEPS = [",", "/", "and", "&", "or", "-", "e"]

# (skill id, action words, object words): 'action [up to two words] object'
VERB_OBJECT: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "training-and-mentoring",
        (
            "trained",
            "train",
            "trains",
            "training",
            "coached",
            "coach",
            "coaching",
            "mentored",
            "mentor",
            "mentoring",
            "onboarded",
            "onboard",
            "onboarding",
        ),
        (
            "new",
            "junior",
            "staff",
            "hires",
            "agents",
            "associates",
            "employees",
            "reps",
            "colleagues",
            "baristas",
            "interns",
            "peers",
            "dozens",
            "members",
            "others",
            "surgeons",
            "soldiers",
            "nurses",
            "students",
            "representatives",
            "cashiers",
            "crew",
            "team",
            "curriculum",
        ),
    ),
    (
        "leadership",
        (
            "lead",
            "led",
            "leading",
            "leads",
            "manage",
            "managed",
            "manages",
            "managing",
            "supervise",
            "supervised",
            "supervises",
            "supervising",
            "oversaw",
            "oversee",
            "oversees",
            "directed",
        ),
        (
            "team",
            "teams",
            "reps",
            "agents",
            "associates",
            "staff",
            "supervisors",
            "employees",
            "people",
            "engineers",
            "developers",
            "nurses",
            "representatives",
            "crew",
            "department",
            "org",
            "organization",
            "unit",
            "shift",
            "workers",
            "cashiers",
            "specialists",
        ),
    ),
    (
        "record-keeping",
        ("document", "documented", "documenting", "documents", "logged", "log", "logging"),
        (
            "interaction",
            "interactions",
            "issues",
            "cases",
            "calls",
            "tickets",
            "notes",
            "details",
            "every",
            "each",
            "all",
            "incidents",
            "care",
        ),
    ),
    (
        "phone-support",
        (
            "inbound",
            "outbound",
            "billing",
            "support",
            "service",
            "tech",
            "technical",
            "collection",
            "customer",
            "difficult",
            "sales",
            "answered",
            "answer",
            "answering",
            "handled",
            "fielded",
            "took",
            "taking",
        ),
        ("calls", "phones", "telephones"),
    ),
    (
        "complaint-resolution",
        (
            "handled",
            "handle",
            "handling",
            "resolved",
            "resolve",
            "resolving",
            "addressed",
            "investigated",
            "managed",
            "guest",
            "customer",
        ),
        ("complaints", "complaint", "disputes"),
    ),
    (
        "escalation-management",
        ("handled", "handle", "own", "owned", "managed", "resolved", "resolving", "escalated"),
        ("escalations", "escalated", "escalation", "cases"),
    ),
    (
        "order-processing",
        (
            "processed",
            "process",
            "processes",
            "processing",
            "entered",
            "took",
            "taking",
            "handled",
            "fulfilled",
            "fulfilling",
            "filled",
            "packed",
            "shipped",
            "placed",
        ),
        ("orders", "order"),
    ),
    (
        "escalation-management",
        ("escalate", "escalates", "escalating"),
        ("issues", "cases", "calls", "tickets", "complaints", "problems", "concerns", "to"),
    ),
    (
        "customer-service",
        ("served", "serve", "serving", "assisted", "assist", "assisting", "helped", "helping", "greeted", "greeting"),
        ("customers", "guests", "clients", "shoppers", "patrons", "passengers", "callers"),
    ),
    (
        "patient-care",
        ("assisted", "cared", "caring", "room", "roomed", "treated", "monitored"),
        ("patients", "patient", "residents"),
    ),
)


def patterns() -> dict[str, list[list[dict[str, Any]]]]:
    """Matcher patterns by rule key ('rule:<skill id>' or 'channel-*')."""
    gap = {"IS_PUNCT": False, "IS_SPACE": False, "OP": "?"}
    out: dict[str, list[list[dict[str, Any]]]] = {
        "rule:" + sid: [[{"LOWER": {"IN": list(verbs)}}, gap, gap, {"LOWER": {"IN": list(objs)}}]]
        for sid, verbs, objs in VERB_OBJECT
    }
    chan = {"LOWER": {"IN": list(CHANNEL_WORDS)}}
    out["channel-list"] = [
        [chan, {"LOWER": {"IN": _SEPS + list(CHANNEL_WORDS) + ["media"]}, "OP": "*"}, {"LOWER": {"IN": CHANNEL_HEADS}}],
        [chan, {"LOWER": {"IN": _SEPS}, "OP": "+"}, {"LOWER": {"IN": list(CHANNEL_WORDS)}}],
        [{"LOWER": {"IN": ["by", "via", "over", "through", "on"]}}, {"LOWER": "the", "OP": "?"}, chan],
        [
            {
                "LOWER": {
                    "IN": [
                        "by",
                        "via",
                        "over",
                        "through",
                        "answered",
                        "answering",
                        "handled",
                        "handling",
                        "responded",
                        "answer",
                        "handle",
                    ]
                }
            },
            {"LOWER": {"IN": ["the", "customer", "client", "inbound"]}, "OP": "?"},
            {"LOWER": "e"},
            {"ORTH": "-"},
            {"LOWER": {"IN": ["mail", "mails"]}},
        ],
    ]
    return out
