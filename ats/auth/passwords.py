"""Password policy: 12 to 256 characters (long passphrases welcome) and hard to guess according to zxcvbn.

zxcvbn (PyPI, MIT) estimates how many guesses an attacker needs, using lists of leaked passwords, common
words and names, keyboard patterns, dates, years and repeats; `Summer2024!!!` and `password12345` take
fewer than 10^10 guesses and are refused. The email, the name and the company name count as known words.
"""

from __future__ import annotations

from zxcvbn import zxcvbn

MIN_LENGTH = 12
MAX_LENGTH = 256
MIN_GUESSES_LOG10 = 10  # zxcvbn's score 4: "very unguessable", resists an offline attack on a slow hash
ZXCVBN_MAX = 72  # zxcvbn refuses longer input; the first 72 characters must be strong on their own


def password_problem(password: str, email: str = "", extra_words: tuple[str, ...] = ()) -> str | None:
    """Why a password is refused, in plain words, or None when it is acceptable."""
    if len(password) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"Use at most {MAX_LENGTH} characters."
    local = email.split("@", 1)[0].lower()
    if len(local) >= 4 and local in password.lower():
        return "Do not use your email address in your password."
    words = [w for w in (local, email.lower(), *extra_words) if w]
    result = zxcvbn(password[:ZXCVBN_MAX], user_inputs=words)
    if result["guesses_log10"] < MIN_GUESSES_LOG10:
        warning = result["feedback"].get("warning") or "It follows a pattern that is quick to guess."
        return (
            f"This password is too easy to guess. {warning.rstrip('.')}. "
            "A few unrelated words, or a longer passphrase, work well."
        )
    return None
