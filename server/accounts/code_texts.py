"""The text of the SMS that carries a sign-in code, in the person's language.

Short (one segment in Latin script), the code first so phones offer to fill it in, the
network's name so the person knows who sends it, and a warning against passing it on.
"""

from __future__ import annotations

from collections.abc import Mapping

DEFAULT_LANGUAGE = "en"

SIGN_IN_CODE: Mapping[str, str] = {
    "en": "{code} is your {network} sign-in code. It expires in 10 minutes. Never share it.",
    "fr": "{code} est votre code de connexion {network}. Il expire dans 10 minutes. "
    "Ne le partagez jamais.",
    "es": "{code} es tu código de acceso a {network}. Caduca en 10 minutos. No lo compartas nunca.",
    "ar": "{code} هو رمز الدخول إلى {network}. تنتهي صلاحيته خلال 10 دقائق. لا تشاركه مع أحد.",
}


def sign_in_code_text(language: str, *, code: str, network: str) -> str:
    """The message in `language` (or its base language, or English)."""
    base = language.split("-")[0].lower()
    template = (
        SIGN_IN_CODE.get(language) or SIGN_IN_CODE.get(base) or SIGN_IN_CODE[DEFAULT_LANGUAGE]
    )
    return template.format(code=code, network=network)
