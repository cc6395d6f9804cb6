"""Password policy: long enough, not a well-known password, not the person's own email."""

from __future__ import annotations

MIN_LENGTH = 12
MAX_LENGTH = 256

# The most common leaked passwords and patterns; a long list adds little once length >= 12 is required.
_COMMON = {
    "123456789012",
    "password1234",
    "qwertyuiop12",
    "iloveyou1234",
    "passwordpassword",
    "password123!",
    "1234567890ab",
    "qwerty123456",
    "welcome12345",
    "letmein12345",
    "administrator",
    "changeme1234",
    "abc123456789",
    "football1234",
    "baseball1234",
    "monkey123456",
    "sunshine1234",
    "princess1234",
    "dragon123456",
    "trustno1trustno1",
    "superman1234",
    "starwars1234",
    "1q2w3e4r5t6y",
    "zaq12wsxcde3",
    "qazwsxedcrfv",
    "asdfghjkl123",
    "p@ssw0rd1234",
    "passw0rd1234",
    "welcome@1234",
    "admin1234567",
    "recruiter123",
    "hiring123456",
    "summer202420",
    "winter202420",
    "companyname1",
    "123123123123",
    "111111111111",
    "000000000000",
    "aaaaaaaaaaaa",
    "abcdefghijkl",
    "password!234",
    "qwerty!23456",
}


def password_problem(password: str, email: str = "") -> str | None:
    """Why a password is refused, in plain words, or None when it is acceptable."""
    if len(password) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"Use at most {MAX_LENGTH} characters."
    lowered = password.lower()
    if lowered in _COMMON or len(set(lowered)) <= 3:
        return "This password is too common; choose another."
    local = email.split("@", 1)[0].lower()
    if len(local) >= 4 and local in lowered:
        return "Do not use your email address in your password."
    return None
