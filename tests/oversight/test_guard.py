"""The decision guard (R12): answers never state an HR decision as made."""

from __future__ import annotations

import pytest

from governance.oversight import AnswerGuardSettings, DecisionGuard, GuardFinding, apply


@pytest.fixture(scope="module")
def guard() -> DecisionGuard:
    return DecisionGuard()


DECISIONS = [
    ("en", "leave", "Good news: your leave request has been approved."),
    ("en", "leave", "Your holiday request for August is refused."),
    ("en", "leave", "I have approved your request for three days off."),
    ("en", "leave", "You are granted 5 additional days of leave."),
    ("en", "leave", "Your manager approved your request last week."),
    ("en", "sanction", "You are hereby given a formal warning."),
    ("en", "sanction", "A written warning has been issued and added to your file."),
    ("en", "dismissal", "You are dismissed with immediate effect."),
    ("en", "dismissal", "Your employment contract is terminated as of today."),
    ("en", "rating", "Your performance rating is 2 out of 5."),
    ("en", "rating", "I rate your performance as below expectations."),
    ("en", "salary", "Your salary will be increased to 42,000 euros from March."),
    ("en", "salary", "You will receive a 3% raise next month."),
    ("fr", "leave", "Votre demande de congé a été acceptée."),
    ("fr", "leave", "Vos congés d'août sont refusés."),
    ("fr", "leave", "Je vous accorde vos trois jours de RTT."),
    ("fr", "leave", "Votre manager a validé votre demande."),
    ("fr", "sanction", "Vous faites l'objet d'un avertissement."),
    ("fr", "sanction", "Un blâme vous a été notifié."),
    ("fr", "dismissal", "Vous êtes licencié pour faute grave."),
    ("fr", "dismissal", "Votre contrat est rompu à compter d'aujourd'hui."),
    ("fr", "rating", "Votre note annuelle est 3/5."),
    ("fr", "salary", "Votre salaire sera augmenté de 3 % en mars."),
    ("fr", "salary", "Vous bénéficiez d'une augmentation de 200 euros."),
]

EXPLANATIONS = [
    ("en", "Leave requests are approved by your manager."),
    ("en", "Once your leave is approved, you will receive a confirmation email."),
    ("en", "If your request is refused, you can ask HR for the reasons."),
    ("en", "Your request will be approved or refused by your manager within five days."),
    ("en", "Has your leave been approved? You can check in the leave tool."),
    ("en", "A warning can be issued for repeated lateness, after a meeting with HR."),
    ("en", "Salaries are reviewed every April by the compensation committee."),
    ("en", "Your manager decides on your rating after the annual review."),
    ("en", "You are entitled to 25 days of paid leave per year."),
    ("en", "Your leave request has been submitted and is pending approval."),
    ("en", "I cannot approve your leave; only your manager can."),
    ("en", "If your manager approved your request, you will see it in the tool."),
    ("fr", "Les demandes de congés sont validées par votre manager."),
    ("fr", "Si votre demande est refusée, vous pouvez en demander les raisons aux RH."),
    ("fr", "Une fois que votre congé est accepté, vous recevez un e-mail."),
    ("fr", "Votre demande sera acceptée ou refusée par votre responsable sous cinq jours."),
    ("fr", "Votre congé a-t-il été accepté ? Vérifiez dans l'outil."),
    ("fr", "Les salaires sont revus chaque année en avril."),
    ("fr", "Vous avez droit à 25 jours de congés payés par an."),
    ("fr", "Votre demande de congé est en attente de validation."),
    ("fr", "Vous pouvez être licencié pour faute grave si la procédure est respectée."),
]


@pytest.mark.parametrize(("lang", "kind", "text"), DECISIONS)
def test_an_answer_stating_an_hr_decision_is_found(
        guard: DecisionGuard, lang: str, kind: str, text: str) -> None:
    finding = guard.check(text, lang)
    assert finding is not None
    assert finding.kind == kind
    assert finding.rule.startswith(f"{lang}.")


@pytest.mark.parametrize(("lang", "text"), EXPLANATIONS)
def test_explaining_a_policy_or_a_process_is_not_a_decision(
        guard: DecisionGuard, lang: str, text: str) -> None:
    assert guard.check(text, lang) is None


def test_a_decision_anywhere_in_a_longer_answer_is_found(guard: DecisionGuard) -> None:
    answer = ("Thanks for your message. Leave requests are approved by your manager. "
              "In your case, your leave request has been approved for 3-5 June. Enjoy!")
    finding = guard.check(answer, "en")
    assert finding is not None
    assert finding.kind == "leave"


def test_the_other_language_is_checked_too(guard: DecisionGuard) -> None:
    finding = guard.check("Vous êtes licencié.", "en")
    assert finding is not None
    assert finding.rule.startswith("fr.")


def test_a_finding_carries_no_answer_text(guard: DecisionGuard) -> None:
    finding = guard.check("Your salary will be increased to 42,000 euros.", "en")
    assert finding is not None
    assert "42,000" not in repr(finding)


@pytest.mark.parametrize(("lang", "phrase"), [("en", "only a person at HR can take"),
                                              ("fr", "seule une personne des RH")])
def test_replace_swaps_the_answer_for_a_person_decides_message(lang: str, phrase: str) -> None:
    settings = AnswerGuardSettings.model_validate(
        {"action": "replace", "contact": {"channel": "tel:+33100000000", "hours": "9-17"}})
    out = apply("Your leave is approved.", GuardFinding("leave", "en.x"), settings, lang)
    assert phrase in out
    assert "tel:+33100000000" in out
    assert "9-17" in out
    assert "approved." not in out


@pytest.mark.parametrize(("lang", "marker"), [
    ("en", "DRAFT \u2013 human decision required"),
    ("fr", "BROUILLON \u2013 décision humaine requise"),
])
def test_mark_keeps_the_answer_under_a_draft_marker(lang: str, marker: str) -> None:
    settings = AnswerGuardSettings(action="mark")
    out = apply("Your leave is approved.", GuardFinding("leave", "en.x"), settings, lang)
    assert out.startswith(marker)
    assert out.endswith("Your leave is approved.")
