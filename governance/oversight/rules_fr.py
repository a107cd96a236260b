"""French handoff rules: the phrase tables put together, then what is ordinary.

Positive rules live in ``phrases_fr`` (sick-leave return, bereavement, requests for a person),
``phrases_fr_health`` (mental health), ``phrases_fr_conflict`` and ``phrases_fr_work``
(evaluation, disciplinary), then ``phrases_fr_more``, ``phrases_fr_life`` and
``phrases_fr_third`` (families added when French by other authors was missed: each adds to
its category, whose priority decides; ``phrases_fr_third`` also brings masks for ``NEGATIVE``).
``NEGATIVE`` lists phrases blanked out before the positive rules of the named categories run
(all categories when the tuple is empty).
"""

from __future__ import annotations

from governance.oversight.phrases_fr import BEREAVEMENT, HUMAN_REQUEST, SICK_LEAVE_RETURN
from governance.oversight.phrases_fr_conflict import CONFLICT_HARASSMENT
from governance.oversight.phrases_fr_health import MENTAL_HEALTH
from governance.oversight.phrases_fr_life import (
    BEREAVEMENT_MORE,
    CONFLICT_LIFE,
    DISCIPLINARY_MORE,
    SICK_LEAVE_MORE,
)
from governance.oversight.phrases_fr_more import (
    CONFLICT_MORE,
    HUMAN_REQUEST_MORE,
    MENTAL_HEALTH_MORE,
    PERFORMANCE_MORE,
)
from governance.oversight.phrases_fr_third import (
    BEREAVEMENT_THIRD,
    CONFLICT_THIRD,
    DISCIPLINARY_THIRD,
    HUMAN_REQUEST_THIRD,
    MENTAL_HEALTH_THIRD,
    NEGATIVE_THIRD,
    PERFORMANCE_THIRD,
    SICK_LEAVE_THIRD,
)
from governance.oversight.phrases_fr_work import DISCIPLINARY, PERFORMANCE_EVALUATION
from governance.oversight.settings import Category

# In the order of the original single table; the engine ranks rules by category priority.
POSITIVE: tuple[tuple[str, Category, str], ...] = (
    SICK_LEAVE_RETURN + CONFLICT_HARASSMENT + PERFORMANCE_EVALUATION + MENTAL_HEALTH
    + DISCIPLINARY + BEREAVEMENT + HUMAN_REQUEST
    + CONFLICT_MORE + PERFORMANCE_MORE + MENTAL_HEALTH_MORE + HUMAN_REQUEST_MORE
    + SICK_LEAVE_MORE + DISCIPLINARY_MORE + BEREAVEMENT_MORE + CONFLICT_LIFE
    + SICK_LEAVE_THIRD + CONFLICT_THIRD + PERFORMANCE_THIRD + MENTAL_HEALTH_THIRD
    + DISCIPLINARY_THIRD + BEREAVEMENT_THIRD + HUMAN_REQUEST_THIRD
)

NEGATIVE: tuple[tuple[str, tuple[Category, ...], str], ...] = (
    ("ressources-humaines", ("human-request",),
     r"\b(?:capital humain|facteur humain|droits (?:de l'homme|humains)|"
     r"sciences humaines|erreur humaine|(?:a|de) taille humaine|relations humaines|corps "
     r"humain|etre humain est)\b"),
    ("procedure-disciplinaire", ("disciplinary",),
     r"\b(?:procedure|regime|politique|regles?|echelle des sanctions|sanctions?)"
     r" (?:disciplinaires? )?(?:(?:est|sont)(?:-elle|-il|-elles|-ils)? |)(?:decrite?s?|"
     r"definie?s?|prevue?s?|detaillee?s?|"
     r"expliquee?s?) (?:dans|par) (?:le|la|l')\b|\bechelle des sanctions\b"),
    ("licenciement-pour-inaptitude", ("disciplinary",),
     r"\blicenci\w*\b[^.?!]{0,60}\b(?:inaptitude|inapte|medecin du travail)\b|"
     r"\binapt\w*\b[^.?!]{0,120}\blicenci\w*"),
    ("licenciement-au-retour", ("disciplinary",),
     r"\b(?:licenci|vire|virer|renvoy)\w*\b[^.?!]{0,30}\b(?:a mon retour|pendant mon arret|"
     r"apres mon arret|durant mon arret|a ma reprise|pendant mon absence)\b"),
    ("suicide-d-un-proche", ("mental-health",),
     r"\b(?:mon|ma|notre|son|sa)\b[^.?!]{0,25}\bs'est suicidee?\b|\ba mis fin a ses jours\b"),
    ("menace-de-sanction", ("conflict-harassment",),
     r"\bmenace\w* (?:de|d') ?(?:me |m'|une |un )?(?:licenciement|sanction|avertissement|mise a pied|"
     r"blame|procedure disciplinaire|licencier|virer|sanctionner|mettre a pied|renvoyer|"
     r"donner un avertissement|convoquer|suspendre)\b"),
    ("accuse-de", ("conflict-harassment",),
     r"\baccus\w* (?:de|d') ?(?:\w+ )?(?:harcelement|discrimination|racisme|sexisme)\b"),
    ("craquer-pour", ("mental-health",),
     r"\bcraque\w* pour\b"),
    ("gerer-un-conflit", ("conflict-harassment",),
     r"\b(?:gerer|resoudre|desamorcer|arbitrer|prevenir|mediation (?:d'un|des)) (?:un |les |des "
     r"|)conflits?\b(?! avec)"),
    ("reproche-comportement", ("conflict-harassment",),
     r"\b(?:reproche\w*|accus\w*)\b[^.?!]{0,10}\b(?:un|une|des|mon|ma|mes|"
     r"d'avoir eu (?:un|une|des)) (?:comportement|attitude|propos|gestes?|remarques?|"
     r"blagues?)s? (?:\w+ )?(?:inappropri|deplace|sexiste|raciste|agressi|deplacee|insultant)"
     r"\w*"),
    ("conflit-d-interets", ("conflict-harassment",),
     r"\bconflits? d'interets?\b|\bconflits? (?:de|d') (?:calendrier|agenda|planning|horaires?"
     r"|dates?|reservation|salle|version)\b|\b(?:calendrier|agenda|planning) en conflit\b"),
    ("formation-harcelement", ("conflict-harassment",),
     r"\b(?:formation|politique|charte|module|affiche|sensibilisation|guide|procedure|"
     r"referent\w*|e-?learning|atelier|webinaire|session|campagne|semaine|journee|enquete)s?"
     r"(?: obligatoires?)? (?:sur le |sur la prevention du |contre le |"
     r"de lutte contre le |de prevention du |anti-? ?|en matiere de |contre les |sur les |de "
     r"lutte contre les |de prevention des |)"
     r"(?:harcelement|discriminations?|violences?)(?: (?:sexuel|"
     r"moral|sexiste|conjugal|intrafamilial)\w*)?\b|\blutte contre (?:le harcelement|les "
     r"discriminations)\b"),
    ("avertissement-ecran", ("disciplinary",),
     r"\b(?:affiche|affichent|montre|indique)\w* (?:un |une |l'|des )?(?:(?:message|"
     r"bandeau|fenetre|pop-?up|notification)s? d')?(?:avertissement|alerte)\b|\b(?:message|"
     r"bandeau|fenetre|pop-?up|notification|icone|triangle)s? d'(?:avertissement|alerte)\b|"
     r"\bavertissements? (?:sur|pour|concernant|lors d') (?:une |la |les )?(?:mise a jour|"
     r"mises a jour|logiciel|ordinateur|antivirus|certificat|navigateur|application|appli|"
     r"telechargement)\b|\bavertissements? (?:pour|de|sur) (?:un |une |le |la )?(?:justificatif|champ|"
     r"fichier|document|mot de passe|connexion|doublon)\b"),
    ("avertissement-objets", ("disciplinary",),
     r"\b(?:avertissements?|alertes?) (?:meteo|de securite|de phishing|incendie|de "
     r"depassement|de budget|de quota|du navigateur|systeme|de connexion|d'expiration)\b|"
     r"\bsanctions? (?:internationales?|economiques?|financieres? internationales?)\b|"
     r"\bpays sous sanctions?\b|\bdiscipline (?:budgetaire|fiscale)\b"),
    ("evaluation-objets", ("performance-evaluation",),
     r"\b(?:evaluation|appreciation|notation)s? (?:des|de la|du|d'une?) (?:frais|notes? de "
     r"frais|fournisseurs?|risques?|projets?|depenses?|formations?|prestataires?|"
     r"candidats?|dossiers?|logiciels?|securite|besoins?|couts?|charges?|postes?)\b|"
     r"\b(?:periode|calendrier|campagne|procedure|grille|formulaire|processus) "
     r"(?:d'|des |de l')?evaluations? (?:des|de la|du|pour les|pour tous|annuelles? pour "
     r"(?:toute|l'ensemble))\b|\bnotes? de frais\b|\bnote de service\b"),
    ("arret-objets", ("sick-leave-return",),
     r"\b(?:politique|regles?|regime) (?:generale?s? |)(?:des |d'|en matiere d')?arrets? "
     r"maladie (?:pour les|des) (?:prestataires|interimaires|contractuels|stagiaires)\b"),
    ("deuil-d-un-collegue", ("bereavement",),
     r"\b(?:obseques|enterrement|deces|funerailles|deuil|mort|ceremonie) (?:d'un|d'une|du|de "
     r"la|de notre|de nos|de mon|de ma|de l'|de son|de sa|des) ?(?:ancien |ancienne |)"
     r"(?:collegue|collaborat\w*|salariee?|manager|responsable|cheffe?|client\w*|stagiaire|"
     r"agent)s?\b|"
     r"\b(?:un|une|mon|ma|notre|nos|des|d'un|d'une|a un|a une|au|a la) (?:collegue|"
     r"collaborat(?:eur|rice)|coequipi(?:er|ere)|membre de (?:l'|mon |notre )equipe|salariee?|"
     r"manager|responsable|cheffe?|stagiaire|agent|n\+1)s? (?:est |sont |etait |qui est |)"
     r"(?:en deuil|endeuillee?s?|qui "
     r"(?:a|vient de|viennent de|ont) perdu (?:son|sa|ses|leur|leurs)\b)"),
    ("licenciements-collectifs", ("disciplinary",),
     r"\b(?:les|des|vagues? de|plans? de|plan social et) licenciements\b|\blicenciements? "
     r"(?:economiques?|collectifs?|massifs?)\b"),
    ("recadrage-sur-les-chiffres", ("disciplinary",),
     r"\b(?:point de |)(?:recadrage|recadr\w*)\W*(?:\w+ ){0,2}sur (?:mes|mon|ma) (?:chiffres|"
     r"resultats|objectifs|performances?|ventes|productivite|rendement|taux|indicateurs|kpi)\b"),
    ("date-de-mon-entretien", ("performance-evaluation",),
     r"\b(?:quand (?:a lieu|aura lieu|est|se passe|se deroule|se fait)|(?:la )?date de|a quelle "
     r"date (?:a lieu|aura lieu|est)|comment (?:preparer|se prepare|se deroule)|combien de temps "
     r"dure)\W+(?:\w+ ){0,2}mon entretien annuel\b|\bmon entretien annuel (?:a|aura) lieu "
     r"(?:quand|avant|apres|en|le|au)\b"),
    ("deja-eu-mon-entretien", ("performance-evaluation",),
     r"\bdeja (?:eu|fait|passe|signe|termine) (?:mon|ma) (?:entretien annuel|evaluation|"
     r"entretien d'evaluation)\b"),
    ("convocation-disciplinaire", ("conflict-harassment",),
     r"(?:^|(?<=[.?!]))[^.?!]*\b(?:on me convoque|m'a convoquee?|m'ont convoquee?|je suis convoquee?|ma "
     r"convocation)\b[^.?!]*\b(?:disciplinaire|prealable|sanction|licenciement)\b[^.?!]*"),
    ("sanctionne-pour-comportement", ("conflict-harassment",),
     r"\b(?:licencie|sanctionne|convoque|vire|renvoye|mise? a pied|averti|blame)\w* (?:pour|a "
     r"cause d'|en raison d'|suite a) (?:un |une |des |mon |ma |mes |)[\"']?(?:comportement|"
     r"attitude|propos|gestes?|remarques?|blagues?)s? (?:\w+ )?[\"']?(?:inappropri|deplace|"
     r"sexiste|raciste|agressi|insultant)\w*|\b(?:j'ai|et|d'avoir|j'aurais) "
     r"(?:dit|fait|envoye|ecrit|tenu|eu) (?:des|"
     r"un|une) (?:choses|propos|blagues|remarques|messages|gestes|comportement|mots)s? "
     r"(?:\w+ )?(?:deplace|inappropri|limite|sexiste|raciste|insultant)\w*"),
    ("deuil-politique", ("bereavement",),
     r"\bconge (?:pour |de )deces (?:prevu|accorde) par (?:la convention|l'accord|la loi)\b"),
    *NEGATIVE_THIRD,
)

# Bare keyword rules ("harcèlement", "disciplinaire") do not fire on a question about documents
# or rules that says nothing about the writer (« où est la procédure disciplinaire ? »).
GENERIC: frozenset[str] = frozenset({
    "harcelement", "discrimination", "toxique", "disciplinaire", "avertissement", "sanction",
    "licenciement", "mise-a-pied", "burnout", "depression", "anxiete", "deuil", "obseques",
    "medecin-du-travail", "mi-temps-therapeutique", "visite-de-reprise", "faute",
})
DOCUMENT = (
    r"\b(?:politiques?|procedures?|processus|regles?|reglement|code de conduite|intranet|"
    r"formations?|ateliers?|formulaires?|modeles?|charte|definition|qu'est-ce qui constitue|"
    r"considere\w*|defini\w*|guide|loi|echelle|evenements?|affiches?|referent\w*|statistiques|"
    r"bilan social|enquete (?:diversite|annuelle|de satisfaction)|webinaire|secouristes?|"
    r"sensibilisation|dispositifs?|outils?|c'est quoi|qu'est-ce qu'une?|horaires|adresse|numero|"
    r"coordonnees|mail|ou (?:est|sont|trouver)|qui (?:contacter|joindre|appeler)|visites? "
    r"periodiques?|en general|de (?:maniere|facon) generale|en theorie|exactement|combien de "
    r"temps|reconnue?s? comme|en quoi consiste|obligatoires?)\b"
)
PERSONAL = (
    r"\b(?:me|mon|ma|mes|moi|je suis|j'ai|j'etais|je me|on m'|nous|notre(?! (?:note|fiche|faq|"
    r"wiki|intranet|guide|support|newsletter|procedure|charte|politique|convention|accord|"
    r"reglement|documentation|site|page|entreprise|societe|groupe|organisation)\b)|nos|m'a|m'ont|je "
    r"(?:dois|vais|reprends|reviens|passe|serai|risque))\b"
)
