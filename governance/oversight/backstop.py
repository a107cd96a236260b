"""A small statistical backstop for French handoff topics the phrase rules miss (issue 6).

Phrase rules fit the French they were tuned on and transfer badly to a new author's wording.
This backstop is a multinomial Naive Bayes over the same folded text the rules read (``fold``
then the texting rewrites): word unigrams and bigrams and character 3-5-grams inside words
(``<`` and ``>`` mark a word's edges). It asks only "which HR topic is this", never "how does
the writer feel" (R13: topic detection, no emotion scoring).

It stays explainable: ``classify`` names the five features that pushed the message towards
its category the most. Features come from the shipped vocabulary, which is built from the
labelled development set (no personal data), so naming them never copies the user's own text
beyond words the model already knew.

Naive Bayes sums hundreds of correlated features, so its raw posterior is almost always 0 or
1. The class scores therefore average the feature log-likelihoods and scale them by a fixed
``sharpness``; the resulting P(handoff) ranks messages usefully and the threshold chosen by
leave-one-author-out validation (bench/train_handoff_backstop.py) applies to it.

Averaged evidence makes a two-word message as confident as a long one, and short
conversational turns (« merci », « pourquoi ? », « je vois ») have no topic to find: the
backstop leaves messages under ``min_words`` words to the rules alone.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from governance.oversight.normalise import fold, slang
from governance.oversight.settings import CATEGORIES, Category

NULL = "null"
DEFAULT_MODEL = Path(__file__).with_name("backstop_fr.json")
_WORD = re.compile(r"[a-z0-9]+")
_TOP = 5

Matrix = npt.NDArray[np.float64]


def words(folded: str) -> list[str]:
    """The words of a folded text as the model splits them (« d'accord » is two)."""
    return _WORD.findall(folded)


def features(folded: str) -> list[str]:
    """The distinct features of a folded, rewritten text (``w:``, ``b:`` and ``c:`` keys)."""
    return _features(words(folded))


def _features(split: list[str]) -> list[str]:
    found: set[str] = set()
    for i, word in enumerate(split):
        found.add(f"w:{word}")
        if i:
            found.add(f"b:{split[i - 1]} {word}")
        edged = f"<{word}>"
        for size in (3, 4, 5):
            found.update(f"c:{edged[j:j + size]}" for j in range(len(edged) - size + 1))
    return sorted(found)


def prepare(text: str) -> str:
    """The text as the French rules read it: folded, texting spellings rewritten."""
    return slang(fold(text), "fr")


def _name(feature: str) -> str:
    return feature[2:]


@dataclass(frozen=True, slots=True, eq=False)
class Backstop:
    """A trained model: ``log_likelihood[i, k]`` is log P(feature i | class k)."""

    classes: tuple[str, ...]
    names: tuple[str, ...]
    vocabulary: dict[str, int]
    log_prior: Matrix
    log_likelihood: Matrix
    sharpness: float
    threshold: float
    min_words: int

    @classmethod
    def load(cls, path: Path = DEFAULT_MODEL) -> Backstop:
        """Read a model written by bench/train_handoff_backstop.py; build it once at startup."""
        data = json.loads(path.read_text(encoding="utf-8"))
        classes = tuple(str(name) for name in data["classes"])
        if classes[0] != NULL or set(classes[1:]) != set(CATEGORIES):
            raise ValueError(f"{path.name}: classes must be null then the 7 categories")
        vocabulary = [str(feature) for feature in data["vocabulary"]]
        weights = np.asarray(data["log_likelihood"], dtype=np.float64)
        if weights.shape != (len(vocabulary), len(classes)):
            raise ValueError(f"{path.name}: log_likelihood must be vocabulary x classes")
        missing = sorted({"sharpness", "threshold", "min_words", "log_prior"} - set(data))
        if missing:
            raise ValueError(f"{path.name}: no {', '.join(missing)} (an older model?); retrain "
                             "it with bench/train_handoff_backstop.py")
        sharpness, threshold, min_words = data["sharpness"], data["threshold"], data["min_words"]
        if not (isinstance(sharpness, int | float) and sharpness > 0):
            raise ValueError(f"{path.name}: sharpness must be a positive number")
        if not (isinstance(threshold, int | float) and 0 < threshold < 1):
            raise ValueError(f"{path.name}: threshold must be between 0 and 1")
        if not (isinstance(min_words, int) and not isinstance(min_words, bool)
                and min_words >= 1):
            raise ValueError(f"{path.name}: min_words must be a whole number of at least 1")
        return cls(classes, tuple(vocabulary), {feature: i for i, feature in enumerate(vocabulary)},
                   np.asarray(data["log_prior"], dtype=np.float64), weights,
                   float(sharpness), float(threshold), min_words)

    def probabilities(self, folded: str) -> tuple[Matrix, list[int]]:
        """P(class) for a prepared text, and the vocabulary rows it contains."""
        return self._probabilities(features(folded))

    def _probabilities(self, found: list[str]) -> tuple[Matrix, list[int]]:
        rows = [i for i in (self.vocabulary.get(f) for f in found) if i is not None]
        scores = self.log_prior.copy()
        if rows:
            scores += self.sharpness * self.log_likelihood[rows].mean(axis=0)
        scores -= scores.max()
        exp = np.exp(scores)
        return exp / exp.sum(), rows

    def classify(self, text: str, categories: frozenset[Category] = frozenset(CATEGORIES),
                 ) -> tuple[Category, float, tuple[str, ...]] | None:
        """(category, P(handoff), top features) when P(handoff) reaches the threshold."""
        return self.classify_prepared(prepare(text), categories)

    def classify_prepared(self, folded: str,
                          categories: frozenset[Category] = frozenset(CATEGORIES), *,
                          explain: bool = True,
                          ) -> tuple[Category, float, tuple[str, ...]] | None:
        """``classify`` on a text already passed through ``prepare`` (the rules' view).

        ``explain=False`` skips naming the deciding features (empty tuple): the request path
        never uses them, as they are fragments of the message."""
        split = words(folded)  # split once: the floor and the features both need it
        if len(split) < self.min_words:
            return None
        probs, rows = self._probabilities(_features(split))
        enabled = [k for k, name in enumerate(self.classes) if name in categories]
        if not enabled or not rows:
            return None
        p_handoff = float(probs[enabled].sum())
        if p_handoff < self.threshold:
            return None
        best = max(enabled, key=lambda k: float(probs[k]))
        category = next(c for c in CATEGORIES if c == self.classes[best])
        if not explain:
            return category, round(p_handoff, 4), ()
        push = self.log_likelihood[rows, best] - self.log_likelihood[rows, 0]
        top: list[str] = []
        for j in np.argsort(-push, kind="stable"):
            name = _name(self.names[rows[int(j)]])
            if push[j] <= 0 or len(top) == _TOP:
                break
            # "<boul" says what "boul" and "<bou" would repeat: name each stretch once.
            if not any(name.strip("<>") in seen or seen.strip("<>") in name for seen in top):
                top.append(name)
        return category, round(p_handoff, 4), tuple(top)
