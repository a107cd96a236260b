"""Human handoff (R11): which messages go to a person, and what the person is told."""

from __future__ import annotations

import pytest

from governance.oversight import (
    CATEGORIES,
    HandoffClassifier,
    HandoffMatch,
    HandoffSettings,
    build_classifier,
    handoff_reply,
)
from governance.oversight.normalise import fold, slang
from tests.oversight import handoff_examples as examples


@pytest.fixture(scope="module")
def classifier() -> HandoffClassifier:
    """The phrase rules on their own; the statistical backstop has its own tests."""
    return build_classifier(HandoffSettings(statistical_backstop=False))


HANDOFF = [
    # sick-leave-return
    ("en", "sick-leave-return", "I'm due back at work on Monday after three months off sick"),
    ("en", "sick-leave-return", "Can I come back part time after my cancer treatment?"),
    ("en", "sick-leave-return", "do I have to see occupational health before I restart?"),
    ("en", "sick-leave-return", "I need a phased return after my hospital stay"),
    ("fr", "sick-leave-return", "Je reprends lundi après trois mois d'arrêt, ça se passe comment ?"),
    ("fr", "sick-leave-return", "le medecin du travail m'a declare inapte"),
    ("fr", "sick-leave-return", "Comment est calculé mon salaire en mi-temps thérapeutique ?"),
    ("fr", "sick-leave-return", "à mon retour d'arrêt maladie, est-ce que je garde mon poste ?"),
    # conflict-harassment
    ("en", "conflict-harassment", "my boss humiliates me in every team meeting"),
    ("en", "conflict-harassment", "I'm being bullied by two people in my team"),
    ("en", "conflict-harassment", "I think I'm not getting promoted because I'm pregnant"),
    ("en", "conflict-harassment", "a coworker threatened me in the car park"),
    ("fr", "conflict-harassment", "mon N+1 me rabaisse devant tout le monde"),
    ("fr", "conflict-harassment", "Un collègue m'envoie des messages déplacés le soir"),
    ("fr", "conflict-harassment", "je subis du harcèlement moral de la part de ma responsable"),
    ("fr", "conflict-harassment", "on m'exclut des réunions à cause de ma religion"),
    # performance-evaluation
    ("en", "performance-evaluation", "how can I appeal my performance rating?"),
    ("en", "performance-evaluation", "My manager gave me a 2 out of 5 and I don't understand why"),
    ("en", "performance-evaluation", "I was put on a performance improvement plan"),
    ("fr", "performance-evaluation", "comment contester mon entretien annuel ?"),
    ("fr", "performance-evaluation", "la note que j'ai reçue est injuste"),
    ("fr", "performance-evaluation", "Mon manager m'a mis 2 sur 5 et je ne comprends pas"),
    # mental-health
    ("en", "mental-health", "I can't cope anymore"),
    ("en", "mental-health", "I've been having panic attacks before every meeting"),
    ("en", "mental-health", "I keep thinking about suicide"),
    ("fr", "mental-health", "je n'en peux plus"),
    ("fr", "mental-health", "chui à bout, je dors plus"),
    ("fr", "mental-health", "je crois que je fais une dépression"),
    # disciplinary
    ("en", "disciplinary", "I've been invited to a disciplinary meeting next week"),
    ("en", "disciplinary", "my manager said I'll get a written warning for being late"),
    ("en", "disciplinary", "I was suspended pending an investigation"),
    ("fr", "disciplinary", "J'ai reçu une convocation à un entretien préalable"),
    ("fr", "disciplinary", "mon chef dit que je vais avoir une mise à pied"),
    ("fr", "disciplinary", "on m'a notifié un blâme, puis-je le contester ?"),
    # bereavement
    ("en", "bereavement", "My father died yesterday, what do I need to do?"),
    ("en", "bereavement", "I need time off for my brother's funeral"),
    ("en", "bereavement", "my grandmother passed away, how many days can I take for the funeral?"),
    ("fr", "bereavement", "Mon père est décédé hier, que dois-je faire ?"),
    ("fr", "bereavement", "j'ai besoin de congés pour les obsèques de mon frère"),
    ("fr", "bereavement", "ma grand-mère nous a quittés ce matin"),
    # human-request
    ("en", "human-request", "human"),
    ("en", "human-request", "I'd rather talk to a real person"),
    ("en", "human-request", "can someone from HR call me?"),
    ("en", "human-request", "transfer me to an agent"),
    ("fr", "human-request", "humain"),
    ("fr", "human-request", "parler à quelqu'un"),
    ("fr", "human-request", "je préfère parler à une vraie personne"),
    ("fr", "human-request", "Pouvez-vous me transférer à un conseiller ?"),
]

ORDINARY = [
    ("en", "How many days of leave do I have?"),
    ("en", "What is the evaluation period for expense claims?"),
    ("en", "How is the annual review calendar set for the whole company?"),
    ("en", "What is the sick leave policy for contractors in general?"),
    ("en", "Where do I find the conflict of interest form?"),
    ("en", "What is the human resources address?"),
    ("en", "How many days of bereavement leave does the policy give?"),
    ("en", "I keep getting a warning that my password expires"),
    ("en", "Where can I find the harassment policy?"),
    ("en", "My colleague's father passed away, how do we send flowers?"),
    ("en", "Who is the contact person for the pension scheme?"),
    ("en", "I'm dead tired after the offsite, can I take a day off on Friday?"),
    ("en", "Is there a disciplinary procedure described in the staff handbook?"),
    ("en", "Does our health insurance reimburse sessions with a psychologist?"),
    ("fr", "Combien de jours de congés me reste-t-il ?"),
    ("fr", "Quelle est la période d'évaluation des notes de frais ?"),
    ("fr", "Comment est fixé le calendrier des entretiens annuels pour toute l'entreprise ?"),
    ("fr", "Quelle est la politique d'arrêt maladie pour les prestataires en général ?"),
    ("fr", "Dois-je déclarer un conflit d'intérêts ?"),
    ("fr", "Quelle est l'adresse postale des ressources humaines ?"),
    ("fr", "Combien de jours de congé pour décès prévoit la politique ?"),
    ("fr", "La prévoyance prévoit-elle un capital décès ?"),
    ("fr", "Comment s'inscrire à la formation obligatoire sur la prévention du harcèlement ?"),
    ("fr", "Une collègue a perdu sa mère, je peux lui donner des jours de RTT ?"),
    ("fr", "Le rapport sur le capital humain est-il publié ?"),
    ("fr", "La procédure disciplinaire est-elle décrite dans le règlement intérieur ?"),
    ("fr", "Comment déclarer un virement de salaire ?"),
]


@pytest.mark.parametrize(("lang", "category", "text"), HANDOFF)
def test_sensitive_topics_are_handed_off_under_their_category(
        classifier: HandoffClassifier, lang: str, category: str, text: str) -> None:
    match = classifier.classify(text, lang)
    assert match is not None
    assert match.category == category


@pytest.mark.parametrize(("lang", "text"), ORDINARY)
def test_ordinary_questions_and_hard_negatives_reach_the_bot(
        classifier: HandoffClassifier, lang: str, text: str) -> None:
    assert classifier.classify(text, lang) is None


def test_every_category_has_rules_in_both_languages(classifier: HandoffClassifier) -> None:
    for lang in ("en", "fr"):
        covered = {rule.split(".")[1] for rule in classifier.rule_ids if rule.startswith(lang)}
        assert covered == set(CATEGORIES)


@pytest.mark.parametrize("text", [
    "ARRÊT MALADIE : je reprends lundi après mon arrêt",
    "arret maladie : je reprends lundi apres mon arret",
    "Arrêt maladie : je reprends lundi après mon arrêt",
])
def test_matching_ignores_case_and_accents(classifier: HandoffClassifier, text: str) -> None:
    match = classifier.classify(text, "fr")
    assert match is not None
    assert match.category == "sick-leave-return"


def test_word_boundaries_keep_unrelated_words_out(classifier: HandoffClassifier) -> None:
    # "humainement" contains "humain"; "personnel" contains "person".
    assert classifier.classify("Est-ce humainement faisable de finir avant vendredi ?",
                               "fr") is None
    assert classifier.classify("Where is my personnel file?", "en") is None


def test_a_match_names_its_rule_and_never_carries_the_text(
        classifier: HandoffClassifier) -> None:
    text = "my manager keeps shouting at me in front of the team"
    match = classifier.classify(text, "en")
    assert match is not None
    assert match.rule in classifier.rule_ids
    assert match.rule.startswith("en.conflict-harassment.")
    assert "shouting" not in repr(match)
    assert "team" not in repr(match)


@pytest.mark.parametrize(("lang", "text", "category"), [
    # A stated situation wins over asking for a person.
    ("en", "is there someone i can talk to? i feel completely overwhelmed and alone",
     "mental-health"),
    # Suicidal wording is always mental-health, whatever else the message says.
    ("en", "my manager harasses me and I keep thinking about killing myself", "mental-health"),
    # Organising the return after a burn-out is a sick-leave return; grief is bereavement.
    ("en", "Returning from burnout sick leave next month, how do we organise my return?",
     "sick-leave-return"),
    ("en", "i just lost my mum and i cant stop crying at work", "bereavement"),
    # A handoff signal wins over an ordinary question in the same message.
    ("fr", "Deux questions : quand sont crédités les tickets resto, et que faire d'un "
           "collègue qui m'insulte tous les jours ?", "conflict-harassment"),
])
def test_when_several_signals_match_the_most_specific_category_wins(
        classifier: HandoffClassifier, lang: str, text: str, category: str) -> None:
    match = classifier.classify(text, lang)
    assert match is not None
    assert match.category == category


@pytest.mark.parametrize(("text", "category"), [
    # A missing apostrophe ("ma" for « m'a ») before a past participle is still the writer's case.
    ("ma responsable ma humiliee devant toute l equipe", "conflict-harassment"),
    ("mon chef m humilie devant les autres", "conflict-harassment"),
    # Texting abbreviations of the evaluation vocabulary.
    ("jai eu une eval pourrie cette annee", "performance-evaluation"),
    ("mon EA s'est mal passé", "performance-evaluation"),
    # A letter grade is not the texting "c" for « c'est ».
    ("j'ai eu un C et je ne sais pas pourquoi", "performance-evaluation"),
    # A dismissal asked about as a possible outcome of a review stays with the review...
    ("est-ce que ma mauvaise évaluation peut mener à un licenciement ?",
     "performance-evaluation"),
    # ...and a threat of dismissal is disciplinary, not a threat in a conflict.
    ("on me menace de me virer si je refuse de changer de site", "disciplinary"),
])
def test_french_spelling_variants_and_overlaps_reach_the_right_category(
        classifier: HandoffClassifier, text: str, category: str) -> None:
    match = classifier.classify(text, "fr")
    assert match is not None
    assert match.category == category


@pytest.mark.parametrize("text", [
    "ma note de frais de mars n'a pas été remboursée",
    "ma touche entrée ne marche plus, qui appeler ?",
    "j'ai eu un B en anglais au test de langue de la formation",
    "j'ai perdu mon badge quand même, comment en refaire un ?",
    "comment faire des avances sur frais de déplacement ?",
    "c'est compliqué avec le nouvel outil de planning, qui peut m'aider ?",
])
def test_french_words_shared_with_the_rewrites_stay_ordinary(
        classifier: HandoffClassifier, text: str) -> None:
    assert classifier.classify(text, "fr") is None


def test_disabled_categories_are_not_handed_off() -> None:
    only_human = build_classifier(HandoffSettings(categories=("human-request",)))
    assert only_human.classify("My father died yesterday", "en") is None
    match = only_human.classify("human", "en")
    assert match is not None
    assert match.category == "human-request"


def test_an_unknown_language_uses_the_english_rules(classifier: HandoffClassifier) -> None:
    match = classifier.classify("I want to talk to a real person", "de-DE")
    assert match is not None
    assert match.category == "human-request"


@pytest.mark.parametrize(("lang", "contact_word"), [("en", "contact HR"),
                                                     ("fr", "Contactez les RH")])
def test_handoff_reply_gives_contact_hours_and_next_step_in_the_users_language(
        lang: str, contact_word: str) -> None:
    settings = HandoffSettings.model_validate(
        {"contact": {"channel": "https://hr.example/rh", "hours": "9-17"}})
    reply = handoff_reply(settings, HandoffMatch("bereavement", "en.bereavement.x"), lang)
    assert contact_word in reply
    assert "https://hr.example/rh" in reply
    assert "9-17" in reply
    assert "{" not in reply


def test_handoff_reply_mentions_the_ticket_only_when_a_webhook_creates_one() -> None:
    match = HandoffMatch("disciplinary", "en.disciplinary.warning")
    without = handoff_reply(HandoffSettings(), match, "en")
    with_hook = handoff_reply(HandoffSettings(webhook_url="https://tickets.example/hook"),
                              match, "en")
    assert "notified" not in without
    assert "notified" in with_hook


@pytest.mark.parametrize(("lang", "number"), [("en", "112"), ("fr", "3114")])
def test_distress_replies_lead_with_emergency_numbers(lang: str, number: str) -> None:
    reply = handoff_reply(HandoffSettings(), HandoffMatch("mental-health", "x"), lang)
    assert reply.index(number) < 120


def test_handoff_settings_reject_a_non_http_webhook_and_unknown_categories() -> None:
    with pytest.raises(ValueError, match="http"):
        HandoffSettings(webhook_url="ftp://tickets")
    with pytest.raises(ValueError, match="categories"):
        HandoffSettings.model_validate({"categories": ["gossip"]})


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_classifiers_own_example_messages_are_all_routed_right(
        classifier: HandoffClassifier, lang: str) -> None:
    handoff = examples.EN if lang == "en" else examples.FR
    ordinary = examples.EN_ORDINARY if lang == "en" else examples.FR_ORDINARY
    wrong: list[tuple[str | None, str | None, str]] = []
    for category, texts in handoff.items():
        for text in texts:
            match = classifier.classify(text, lang)
            if match is None or match.category != category:
                wrong.append((category, match.rule if match else None, text))
    wrong += [(None, m.rule, text) for text in ordinary
              if (m := classifier.classify(text, lang)) is not None]
    assert wrong == []


@pytest.mark.parametrize(("lang", "category", "text"), examples.FAMILIES)
def test_tuned_phrase_families_reach_their_category(
        classifier: HandoffClassifier, lang: str, category: str, text: str) -> None:
    match = classifier.classify(text, lang)
    assert match is not None
    assert match.category == category


@pytest.mark.parametrize(("lang", "text"), examples.FAMILY_LOOKALIKES)
def test_look_alikes_of_the_tuned_families_stay_with_the_bot(
        classifier: HandoffClassifier, lang: str, text: str) -> None:
    assert classifier.classify(text, lang) is None


@pytest.mark.parametrize(("lang", "text", "folded"), [
    # « c'est » already written out is not the texting "c" again.
    ("fr", "c'est quoi, c chaud", "c'est quoi, c'est chaud"),
    ("fr", "g eu un avertissment, jpp", "j'ai eu un avertissement, je n'en peux plus"),
    ("fr", "l'enterement de mon oncle", "l'enterrement de mon oncle"),
    # A letter grade after « eu », « obtenu », « reçu » or « mis » is no texting « c'est ».
    ("fr", "j'ai eu C à l'évaluation", "j'ai eu c a l'evaluation"),
    ("fr", "on m'a mis C, c ouf", "on m'a mis c, c'est ouf"),
    ("en", "my manger harrassed me bc i'm new", "my manager harassed me because i'm new"),
    ("en", "the manger in the nativity scene", "the manger in the nativity scene"),
])
def test_texting_forms_and_misspellings_are_rewritten_before_the_rules(
        lang: str, text: str, folded: str) -> None:
    assert slang(fold(text), lang) == folded


@pytest.mark.parametrize(("lang", "text", "category"), [
    # Being pushed out or given no more work is a weak signal: the review answers first...
    ("fr", "depuis mon évaluation ratée on ne me confie plus aucun projet",
     "performance-evaluation"),
    ("en", "after my bad appraisal I feel I'm being pushed out", "performance-evaluation"),
    # ...and on its own it is still a conflict.
    ("fr", "on ne me confie plus aucun projet depuis des mois", "conflict-harassment"),
    # A dismissal for unfitness or on return from sick leave is about the return.
    ("fr", "je suis en arrêt depuis 5 mois, peuvent-ils me licencier à mon retour ?",
     "sick-leave-return"),
    ("en", "occupational health says I'm unfit for my role, will I be dismissed?",
     "sick-leave-return"),
    # Being accused of inappropriate behaviour is disciplinary, not a conflict.
    ("fr", "la direction me reproche un comportement inapproprié au séminaire", "disciplinary"),
    # Accused of harassment or ill-treatment, with a complaint or an inquiry: disciplinary.
    ("fr", "un patient a porté plainte contre moi pour maltraitance et je suis mise à pied",
     "disciplinary"),
    ("fr", "je fais l'objet d'un signalement pour des remarques jugées sexistes, l'enquête "
           "me concernant commence lundi", "disciplinary"),
    ("fr", "licencié soi-disant parce que j'ai insulté un client. Or c'est lui qui m'a insulté",
     "disciplinary"),
    # Fear of being sidelined when coming back is part of organising the return.
    ("fr", "j'ai peur qu'on me mette au placard quand je reprendrai après ma chimio",
     "sick-leave-return"),
    # Already back for weeks and the distress is back: mental health, not the return.
    ("fr", "cela fait trois semaines que je suis revenue après mon arrêt et ça recommence, "
           "je pleure dans la voiture", "mental-health"),
    # A dismissal as the possible end of a PIP, or a soft threat, stays with the PIP.
    ("fr", "mon plan d'amélioration peut-il déboucher sur un licenciement ? il commence demain",
     "performance-evaluation"),
    ("fr", "mis sous plan d'action, si je ne progresse pas c'est la porte", "performance-evaluation"),
])
def test_weak_and_masked_signals_leave_the_answer_to_the_stronger_topic(
        classifier: HandoffClassifier, lang: str, text: str, category: str) -> None:
    match = classifier.classify(text, lang)
    assert match is not None
    assert match.category == category


@pytest.mark.parametrize(("text", "category"), [
    ("En tant que manager, quelle est la procédure pour préparer la reprise d'un collaborateur "
     "après son arrêt ?", None),
    ("Je suis chef d'équipe : comment notifier un avertissement à une salariée ?", None),
    ("quelles sont les étapes pour évaluer un stagiaire ?", None),
    # The manager's own case still hands off, and so does a report who targets the manager.
    ("En tant que manager, ma propre évaluation s'est mal passée, puis-je la contester ?",
     "performance-evaluation"),
    ("En tant que manager, comment dois-je réagir ? un collaborateur m'a menacé",
     "conflict-harassment"),
    ("En tant que directrice, j'ai appris qu'une enquête interne me vise", "disciplinary"),
])
def test_a_managers_procedural_question_about_a_report_stays_with_the_bot(
        classifier: HandoffClassifier, text: str, category: str | None) -> None:
    match = classifier.classify(text, "fr")
    assert (match.category if match is not None else None) == category


def test_the_benchmark_refuses_to_print_errors_of_the_test_split(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from bench import bench_handoff

    monkeypatch.setattr("sys.argv", ["bench_handoff", "--split", "test", "--show-errors"])
    with pytest.raises(SystemExit) as exited:
        bench_handoff.main()
    assert exited.value.code == 2
    assert "never inspected" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["fr.jsonl", "en.jsonl", "hard_negatives.json", "nope.jsonl"])
def test_the_benchmark_measures_only_development_files_by_name(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], name: str) -> None:
    from bench import bench_handoff

    monkeypatch.setattr("sys.argv", ["bench_handoff", "--files", name, "--show-errors"])
    with pytest.raises(SystemExit) as exited:
        bench_handoff.main()
    assert exited.value.code == 2
    assert "development files" in capsys.readouterr().err


def test_the_benchmark_loads_only_dev_lines_of_the_named_files() -> None:
    from bench import bench_handoff

    rows = bench_handoff.load_files("fr", ["dev", "fr_more_dev2.jsonl", "en_more_dev.jsonl"])
    assert rows
    assert {row["split"] for row in rows} == {"dev"}
    assert {str(row["id"])[:5] for row in rows} == {"fr-h-", "fr-e-"}


def test_the_benchmark_reads_the_extra_sets_hard_negatives_from_the_readme() -> None:
    from bench import bench_handoff

    for lang, extra in (("en", 18), ("fr", 42)):
        ids = bench_handoff.hard_negative_ids(lang)
        assert len({i for i in ids if "-d-" in i}) == extra
