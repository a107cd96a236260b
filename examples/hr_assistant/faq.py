"""A tiny bilingual HR FAQ that behaves like a chat model for demos and tests.

It answers from a few topics (leave, payroll dates, remote work, training, expenses) in
English or French and, like a real LLM, repeats details the user gave, so that
pseudonymisation (what the model receives) and restoration (what the user sees) are visible.
"""

from __future__ import annotations

import re
import unicodedata

TOPICS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "leave": (
        ("leave", "holiday", "vacation", "day off", "days off", "conge", "conges", "vacances",
         "rtt"),
        "Full-time employees get 25 days of paid leave a year, plus RTT days depending on "
        "your contract. Requests go through the HR portal, at least two weeks ahead.",
        "Les salariés à temps plein ont 25 jours de congés payés par an, plus des RTT selon "
        "leur contrat. Les demandes se font sur le portail RH, au moins deux semaines avant.",
    ),
    "payroll": (
        ("payroll", "payslip", "salary", "paid", "pay day", "payday", "paie", "salaire", "bulletin",
         "virement"),
        "Salaries are paid on the 25th of each month (the previous working day if it falls "
        "on a weekend); payslips are in the HR portal on the same day.",
        "Les salaires sont versés le 25 de chaque mois (le jour ouvré précédent si c'est un "
        "week-end) ; les bulletins sont sur le portail RH le même jour.",
    ),
    "remote": (
        ("remote", "home office", "work from home", "wfh", "teletravail", "distance"),
        "You may work remotely up to two days a week with your manager's agreement; the "
        "remote-work charter is on the intranet.",
        "Vous pouvez télétravailler jusqu'à deux jours par semaine avec l'accord de votre "
        "manager ; la charte télétravail est sur l'intranet.",
    ),
    "training": (
        ("training", "course", "learning", "formation", "cpf", "cours"),
        "Training requests go through the learning catalogue; your CPF account can fund "
        "certified courses. Ask your manager to validate the request.",
        "Les demandes de formation passent par le catalogue ; votre CPF peut financer les "
        "formations certifiantes. Demandez la validation à votre manager.",
    ),
    "expenses": (
        ("expense", "expenses", "receipt", "reimburse", "frais", "note de frais",
         "rembourse"),
        "Submit expense claims within 30 days with the receipts in the expenses tool; they "
        "are reimbursed with the next salary.",
        "Déclarez vos notes de frais sous 30 jours avec les justificatifs dans l'outil de "
        "frais ; elles sont remboursées avec le salaire suivant.",
    ),
}
FALLBACK = (
    "I can help with leave, payroll dates, remote work, training and expenses.",
    "Je peux vous aider sur les congés, les dates de paie, le télétravail, la formation et "
    "les notes de frais.",
)
_FRENCH = re.compile(
    r"\b(je|j|mon|ma|mes|est|les|des|une|bonjour|merci|pour|quand|combien|comment|vous|"
    r"suis|ai|puis|nous|quel|quelle|sur|avec)\b")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def language_of(text: str) -> str:
    folded = _fold(text)
    return "fr" if len(_FRENCH.findall(folded)) >= 2 or "ç" in text else "en"


def answer(question: str) -> str:
    """The assistant's reply to the latest user message."""
    lang = language_of(question)
    folded = _fold(question)
    for keywords, english, french in TOPICS.values():
        if any(re.search(rf"\b{re.escape(k)}", folded) for k in keywords):
            body = french if lang == "fr" else english
            break
    else:
        body = FALLBACK[1] if lang == "fr" else FALLBACK[0]
    quoted = " ".join(question.split())
    if len(quoted) > 300:
        quoted = quoted[:300] + "…"
    if lang == "fr":
        return f"Vous avez écrit : « {quoted} ». {body}"
    return f'You wrote: "{quoted}". {body}'


def chunks(text: str, size: int = 7) -> list[str]:
    """Stream pieces small enough to split placeholders across events."""
    return [text[i:i + size] for i in range(0, len(text), size)]
