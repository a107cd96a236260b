"""The French statistical backstop: topics the phrase rules miss, named by their features."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from governance.oversight import HandoffClassifier, HandoffSettings, build_classifier
from governance.oversight.backstop import DEFAULT_MODEL, Backstop, prepare
from tests.oversight import handoff_examples as examples

ROOT = Path(__file__).resolve().parents[2]

# Texting French the phrase rules do not read; written for these tests, not from the data set.
MISSED_BY_RULES = [
    ("mental-health", "jsuis tro mal ds ma tete en ce moment au taf"),
    ("mental-health", "g plu la force dalé o boulo"),
    ("conflict-harassment", "mon n+1 arete pa de me criér dssus"),
    ("human-request", "jveu parlé a qq1 de vré"),
    ("disciplinary", "jai u un blam hier"),
    ("sick-leave-return", "je revien de arret lundi jsp comment sa se passe"),
]
OBVIOUS = [
    ("bereavement", "mon père vient de mourir et je dois organiser les obsèques"),
    ("conflict-harassment", "un collègue fait des blagues sexistes sur moi tous les jours"),
    ("performance-evaluation", "mon entretien annuel s'est très mal passé, ma note est injuste"),
    ("mental-health", "je suis à bout, je dors plus, j'ai des crises d'angoisse au boulot"),
]
ORDINARY = [
    "Quand tombe la paie ce mois-ci ?",
    "Comment poser mes RTT dans l'outil ?",
    "Combien de jours de télétravail par semaine sont autorisés ?",
    "Où trouver le formulaire de remboursement des frais de transport ?",
    "La mutuelle couvre-t-elle les lunettes ?",
    "Quel est le montant des tickets restaurant ?",
    "Je voudrais m'inscrire à une formation Excel",
    "À quelle date arrive mon bulletin de salaire ?",
    "peut-on fractionner les congés payés d'été",
]


@pytest.fixture(scope="module")
def backstop() -> Backstop:
    return Backstop.load()


@pytest.fixture(scope="module")
def with_backstop() -> HandoffClassifier:
    return build_classifier(HandoffSettings(statistical_backstop=True))


@pytest.fixture(scope="module")
def rules_only() -> HandoffClassifier:
    return build_classifier(HandoffSettings(statistical_backstop=False))


def test_shipped_model_matches_the_training_data() -> None:
    done = subprocess.run([sys.executable, "bench/train_handoff_backstop.py", "--check"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_shipped_model_records_its_training_data_and_threshold() -> None:
    data = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    assert len(data["training_sha256"]) == 64
    assert 0.5 <= data["threshold"] < 1
    assert len(data["vocabulary"]) <= 20_000
    assert DEFAULT_MODEL.stat().st_size < 3_000_000


@pytest.mark.parametrize(("category", "text"), MISSED_BY_RULES + OBVIOUS)
def test_backstop_alone_finds_the_topic(backstop: Backstop, category: str, text: str) -> None:
    found = backstop.classify(text)
    assert found is not None
    assert found[0] == category
    assert found[1] >= backstop.threshold
    assert 1 <= len(found[2]) <= 5


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_question_is_not_handed_off(backstop: Backstop,
                                             with_backstop: HandoffClassifier,
                                             text: str) -> None:
    assert backstop.classify(text) is None
    assert with_backstop.classify(text, "fr") is None


@pytest.mark.parametrize(("category", "text"), MISSED_BY_RULES)
def test_backstop_answers_when_the_rules_say_nothing(
        rules_only: HandoffClassifier, with_backstop: HandoffClassifier, backstop: Backstop,
        category: str, text: str) -> None:
    assert rules_only.classify(text, "fr") is None
    match = with_backstop.classify(text, "fr")
    assert match is not None
    assert match.category == category
    assert match.rule == f"backstop:{category}"  # no fragment of the message in the rule id
    found = backstop.classify(text)
    assert found is not None
    named = found[2]  # the deciding features, for offline review only
    known = {feature[2:] for feature in backstop.vocabulary}
    assert named
    assert all(feature in known for feature in named)


@pytest.mark.parametrize(("category", "text"), OBVIOUS)
def test_rules_keep_priority(with_backstop: HandoffClassifier, category: str,
                            text: str) -> None:
    match = with_backstop.classify(text, "fr")
    assert match is not None
    assert not match.rule.startswith("backstop:")


@pytest.mark.parametrize(("switch", "handed_off"), [(True, True), (False, False)])
def test_switch_turns_the_backstop_on_and_off(switch: bool, handed_off: bool) -> None:
    classifier = build_classifier(HandoffSettings(statistical_backstop=switch))
    match = classifier.classify(MISSED_BY_RULES[0][1], "fr")
    assert (match is not None) is handed_off


# Turns from the middle or end of a conversation: no topic, and never a reason to hand off.
# Those under six words check the floor (they never reach the model); the longer ones check
# the model itself.
CONVERSATION = [
    "ok", "merci", "oui", "non", "d'accord", "super merci", "ok merci", "hello", "pourquoi ?",
    "et alors ?", "je ne sais pas", "parfait", "c'est noté", "bien reçu", "ça marche",
    "merci pour votre aide", "je n'ai pas compris", "tu peux répéter ?", "rien d'autre",
    "et ensuite ?", "c'est-à-dire ?", "pas vraiment", "je vois", "oui svp", "voilà",
    "je ne suis pas sûr", "vraiment ?", "merci pour votre aide, bonne journée à vous",
    "je ne suis pas sûr d'avoir bien compris", "pouvez-vous reformuler votre réponse s'il vous plaît",
    "ok je vais regarder ça et je reviens vers vous", "résume ce document en trois points clés",
    "est-ce que tu peux me donner un exemple concret ?",
    "j'ai une autre question sur un sujet différent", "non ce n'est pas ce que je voulais dire",
    "je vais en parler à mon manager demain matin",
    "ma collègue m'a dit que c'était possible, c'est vrai ?",
    "bonjour, j'ai une petite question rapide pour vous", "désolé je me suis trompé de question",
    "oublie ma question précédente s'il te plaît", "je reviendrai plus tard avec les documents",
]


@pytest.mark.parametrize("text", CONVERSATION)
def test_conversational_turn_is_not_handed_off(with_backstop: HandoffClassifier,
                                               text: str) -> None:
    assert with_backstop.classify(text, "fr") is None


def test_default_configuration_keeps_most_look_alikes_with_the_bot() -> None:
    """The documented price of the backstop (HandoffSettings): of the classifier's own French
    ordinary questions and look-alikes, 48 of 528 go to a person. A retrain that sends
    noticeably more of them must be a conscious change of the documented figure."""
    texts = [*examples.FR_ORDINARY,
             *(text for lang, text in examples.FAMILY_LOOKALIKES if lang == "fr")]
    classifier = build_classifier(HandoffSettings())
    handed_off = sum(classifier.classify(text, "fr") is not None for text in texts)
    assert handed_off <= 0.10 * len(texts), f"{handed_off} of {len(texts)}"


def test_backstop_is_on_by_default() -> None:
    match = build_classifier(HandoffSettings()).classify(MISSED_BY_RULES[0][1], "fr")
    assert match is not None
    assert match.rule.startswith("backstop:")


def test_request_path_match_names_no_feature(backstop: Backstop) -> None:
    category, text = MISSED_BY_RULES[0]
    found = backstop.classify_prepared(prepare(text), explain=False)
    assert found is not None
    assert found[0] == category
    assert found[2] == ()


def test_backstop_is_french_only(with_backstop: HandoffClassifier) -> None:
    assert with_backstop.classify(MISSED_BY_RULES[0][1], "en") is None


def test_disabled_category_is_not_answered_by_the_backstop(backstop: Backstop) -> None:
    category, text = MISSED_BY_RULES[3]
    classifier = HandoffClassifier(
        [c for c in ("mental-health", "bereavement") if c != category], backstop=backstop)
    match = classifier.classify(text, "fr")
    assert match is None or match.category != category


@pytest.mark.parametrize(("change", "drop", "message"), [
    ({"classes": ["null", "bereavement"]}, None, "classes"),
    ({"log_likelihood": [[0.0]]}, None, "log_likelihood"),
    ({}, "min_words", "no min_words .*retrain"),
    ({"min_words": -3}, None, "min_words must be a whole number"),
    ({"min_words": 6.5}, None, "min_words must be a whole number"),
    ({"threshold": 1.5}, None, "threshold must be between 0 and 1"),
    ({"sharpness": 0}, None, "sharpness must be a positive number"),
])
def test_malformed_model_file_is_refused(tmp_path: Path, change: dict[str, object],
                                         drop: str | None, message: str) -> None:
    data = json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))
    data.update(change)
    if drop is not None:
        del data[drop]
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        Backstop.load(path)
