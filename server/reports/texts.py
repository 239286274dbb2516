"""What an observer reads when an answer is refused, in the languages forms are written in.

SMS replies (the next issue) send these same texts, so they stay short and name the problem.
"""

from __future__ import annotations

from collections.abc import Mapping

TEXTS: Mapping[str, Mapping[str, str]] = {
    "unknown_question": {
        "en": "This form has no such question.",
        "fr": "Ce formulaire n'a pas cette question.",
        "es": "Este formulario no tiene esta pregunta.",
        "ar": "لا يحتوي هذا النموذج على هذا السؤال.",
    },
    "required": {
        "en": "This question needs an answer.",
        "fr": "Cette question demande une réponse.",
        "es": "Esta pregunta necesita una respuesta.",
        "ar": "هذا السؤال يحتاج إلى إجابة.",
    },
    "not_yes_no": {
        "en": "Answer yes or no.",
        "fr": "Répondez oui (yes) ou non (no).",
        "es": "Responda sí (yes) o no (no).",
        "ar": "أجب بنعم (yes) أو لا (no).",
    },
    "not_a_number": {
        "en": "Give a whole number.",
        "fr": "Donnez un nombre entier.",
        "es": "Indique un número entero.",
        "ar": "أدخل عددًا صحيحًا.",
    },
    "out_of_range": {
        "en": "Give a number from {low} to {high}.",
        "fr": "Donnez un nombre de {low} à {high}.",
        "es": "Indique un número de {low} a {high}.",
        "ar": "أدخل عددًا من {low} إلى {high}.",
    },
    "unknown_option": {
        "en": "This is not one of the choices.",
        "fr": "Ce n'est pas l'un des choix.",
        "es": "No es una de las opciones.",
        "ar": "هذا ليس أحد الخيارات.",
    },
    "no_choices_here": {
        "en": "Give one value, not a list of choices.",
        "fr": "Donnez une valeur, pas une liste de choix.",
        "es": "Indique un valor, no una lista de opciones.",
        "ar": "أدخل قيمة واحدة، لا قائمة خيارات.",
    },
    "too_long": {
        "en": "Use at most {limit} characters.",
        "fr": "Utilisez au plus {limit} caractères.",
        "es": "Use como máximo {limit} caracteres.",
        "ar": "استخدم {limit} حرفًا على الأكثر.",
    },
    "bad_time": {
        "en": "Give a time as HH:MM (24 hours).",
        "fr": "Donnez une heure au format HH:MM (24 heures).",
        "es": "Indique una hora como HH:MM (24 horas).",
        "ar": "أدخل الوقت بصيغة HH:MM (24 ساعة).",
    },
    "answered_twice": {
        "en": "This question is answered twice.",
        "fr": "Cette question a deux réponses.",
        "es": "Esta pregunta tiene dos respuestas.",
        "ar": "هذا السؤال له إجابتان.",
    },
}


def problem_text(code: str, language: str, **values: object) -> str:
    texts = TEXTS[code]
    return texts.get(language, texts["en"]).format(**values)
