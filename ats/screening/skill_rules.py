"""Token-pattern rules for skills written as actions ('trained new hires', 'by phone')."""

from __future__ import annotations

from collections.abc import Callable, Sequence

CHANNEL_WORDS: dict[str, str] = {
    "phone": "phone-support",
    "phones": "phone-support",
    "telephone": "phone-support",
    "voice": "phone-support",
    "email": "email-support",
    "emails": "email-support",
    "e-mail": "email-support",
    "e-mails": "email-support",
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
            "interns",
            "personnel",
            "reports",
            "volunteers",
            "technicians",
            "contractors",
            "subordinates",
            "crews",
            "managers",
            "clerks",
            "analysts",
            "testers",
        ),
    ),
    (
        "relationship-building",
        (
            "build",
            "built",
            "building",
            "builds",
            "establish",
            "established",
            "establishing",
            "develop",
            "developed",
            "developing",
            "maintain",
            "maintained",
            "maintaining",
            "foster",
            "fostered",
            "fostering",
            "cultivate",
            "cultivated",
            "cultivating",
            "nurture",
            "nurtured",
            "forge",
            "forged",
            "strengthen",
            "strengthened",
        ),
        ("relationships", "relationship", "rapport"),
    ),
    (
        "conflict-resolution",
        ("resolve", "resolved", "resolves", "resolving", "solve", "solved", "mediate", "mediated", "mediating"),
        ("conflict", "conflicts", "disputes"),
    ),
    (
        "problem-solving",
        ("resolve", "resolved", "resolves", "resolving", "solve", "solved", "solves", "solving"),
        ("problem", "problems"),
    ),
    (
        "candidate-interviewing",
        ("interview", "interviewed", "interviewing", "interviews"),
        ("candidates", "applicants", "candidate", "applicant"),
    ),
    (
        "candidate-screening",
        ("screen", "screened", "screening", "prescreened", "pre-screened"),
        ("candidates", "applicants", "resumes", "applications"),
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


_PREPS = frozenset({"by", "via", "over", "through", "on"})
_EMAIL_STARTS = frozenset(
    {"by", "via", "over", "through", "answered", "answering", "handled", "handling", "responded", "answer", "handle"}
)
_EMAIL_FILLERS = frozenset({"the", "customer", "client", "inbound"})
_CHANNEL_LIST = frozenset(_SEPS) | frozenset(CHANNEL_WORDS) | {"media"}
# action word -> (skill id, the objects of that rule): a skill may have several rules, each pairing its
# own actions with its own objects ("escalate ... issues" but not "resolved ... problems" for escalations)
VERBS: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {}
for _sid, _verbs, _objs in VERB_OBJECT:
    for _v in _verbs:
        VERBS[_v] = (*VERBS.get(_v, ()), (_sid, frozenset(_objs)))
WORDS = (
    frozenset(VERBS)
    | {w for _sid, _verbs, objs in VERB_OBJECT for w in objs}
    | _CHANNEL_LIST
    | frozenset(CHANNEL_HEADS)
    | _PREPS
    | _EMAIL_STARTS
    | _EMAIL_FILLERS
    | {"mail", "mails", "e", "-"}
)


def rule_spans(lower: Sequence[str | None], gap: Callable[[int], bool]) -> list[tuple[int, int, str]]:
    """Token spans of the rules: 'action [up to two words] object' ('trained new hires') and the
    channel lists ('phone, email and chat support', 'by phone', 'via e-mail').

    Args:
        lower: each token's lower-case text, or None when it is no word the rules use.
        gap: whether a token is punctuation or space (a gap may not be).
    """
    out: list[tuple[int, int, str]] = []
    n = len(lower)
    for i, w in enumerate(lower):
        if w is None:
            continue
        for sid, objects in VERBS.get(w, ()):
            for j in range(i + 1, min(n, i + 4)):
                if lower[j] in objects:
                    out.append((i, j + 1, "rule:" + sid))
                if gap(j):
                    break
        if w in CHANNEL_WORDS:
            j = i + 1
            while j < n and lower[j] in _CHANNEL_LIST:
                j += 1
            if j < n and lower[j] in CHANNEL_HEADS:
                out.append((i, j + 1, "channel-list"))
            k = i + 1
            while k < n and lower[k] in _SEPS:
                k += 1
            if k > i + 1 and k < n and lower[k] in CHANNEL_WORDS:
                out.append((i, k + 1, "channel-list"))
        if w in _PREPS:
            j = i + 1 + (i + 1 < n and lower[i + 1] == "the")
            if j < n and lower[j] in CHANNEL_WORDS:
                out.append((i, j + 1, "channel-list"))
        if w in _EMAIL_STARTS:
            j = i + 1 + (i + 1 < n and lower[i + 1] in _EMAIL_FILLERS)
            if j + 2 < n and lower[j] == "e" and lower[j + 1] == "-" and lower[j + 2] in ("mail", "mails"):
                out.append((i, j + 3, "channel-list"))
    return out
