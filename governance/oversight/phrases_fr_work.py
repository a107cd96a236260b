"""French phrase tables (3/6): performance evaluation and disciplinary matters.

Same format as ``phrases_fr``.
"""

from __future__ import annotations

from governance.oversight.phrases_fr import BOSS
from governance.oversight.settings import Category

PERFORMANCE_EVALUATION: tuple[tuple[str, Category, str], ...] = (
    ("mon-evaluation", "performance-evaluation",
     r"\b(?:mon|ma|mes) (?:derniere?s? |dernier |propre |)(?:entretien (?:annuel|individuel|"
     r"d'evaluation|de performance|d'appreciation|de mi-? ?annee|semestriel|de fin d'annee|"
     r"d'objectifs|de fin de periode d'essai)|evaluations?|notation|"
     r"note (?:annuelle|de "
     r"performance|finale)|appreciation|bilan (?:annuel|de performance)|revue de performance|"
     r"revue annuelle|classement|ranking|entretien de performance|feedback 360|niveau de "
     r"performance|"
     r"resultat d'evaluation|objectifs? annuels?)\b(?! (?:des|de la|du|d'une?|de) (?:frais|notes? "
     r"de frais|fournisseurs?|projets?|depenses?))"),
    ("contester-evaluation", "performance-evaluation",
     r"\b(?:contest\w*|recours|desaccord|pas d'accord|injuste\w*|mauvaise|basse|faible|"
     r"negative|severe|sanction\w*|remettre en cause|revoir)\b[^.?!]{0,30}\b(?:evaluation|"
     r"note|notation|entretien annuel|appreciation)s?\b"),
    ("m-a-note", "performance-evaluation",
     r"\b(?:m'a|m'ont|on m'a|je suis|j'ai ete) (?:mal |injustement |quand meme |tres mal |"
     r"severement |)(?:note|notee|evalue|"
     r"evaluee|classe|classee)\b|\bj'ai (?:eu|recu|obtenu) (?:une |un |la |)(?:mauvaise |"
     r"basse |faible |)(?:note|evaluation|appreciation)\b"),
    ("note-recue", "performance-evaluation",
     r"\b(?:m'a mis|m'ont mis|j'ai eu|j'ai obtenu|j'ai recu|on m'a mis|ai eu|m'a donne|"
     r"m'a attribue)\b[^.?!]{0,10}\b\d(?:[.,]\d)? ?(?:sur|/) ?\d+\b|\bmes objectifs\b"
     r"[^.?!]{0,30}\b(?:pas atteints|non atteints|rates|manques|modifies|changes)\b|"
     r"\b(?:note|evaluation|notation|appreciation) (?:que j'ai|qu'on m'a) (?:recue?|eue?|"
     r"obtenue?|donnee?|mise?|attribuee?)\b|\b(?:evaluation|note|notation|appreciation)s?\b"
     r"[^.?!]{0,50}\b(?:injuste|partiale?|biaisee?|fausse|pas juste|severe|incorrecte?)\b|"
     r"\bmon bilan (?:de fin d'annee|de mi-annee|annuel|de l'annee)\b|\b(?:change|modifie|"
     r"baisse|revu)e? ma note\b|\bma note (?:a ete )?(?:changee|modifiee|baissee|revue)\b|"
     r"\bcalibration\b[^.?!]{0,40}\b(?:ma|mon) (?:note|evaluation|classement)\b|\blow "
     r"performer\b|\bsous-? ?performant\w*|\bma note\b[^.?!]{0,40}\b(?:basse|mauvaise|"
     r"injuste|faible|baisse|moins bonne)\b|\b(?:mes performances|ma performance)\b|"
     r"\b(?:evaluation|note|notation|appreciation)\b[^.?!]{0,20}\b(?:mauvaise|negative|basse|"
     r"faible|injuste)\b|\bj'ai (?:recu|eu|obtenu)\W+(?:insuffisant|insatisfaisant|partiellement "
     r"satisfaisant|peu satisfaisant|a ameliorer|partiellement "
     r"atteint|non atteint|pas atteint)\b|\bmon bilan (?:de fin )?de periode d'essai\b"),
    ("compte-rendu", "performance-evaluation",
     r"\b(?:le )?(?:retour|feedback|commentaires?) de mon (?:manager|chef|responsable|n\+1)\b"
     r"[^.?!]{0,50}\b(?:injustifie\w*|injuste\w*|dur|severe|faux|biaise\w*|negatif)\b|"
     r"\b(?:mon|ma) (?:compte[- ]rendu|cr|synthese|fiche|formulaire|grille) (?:d'|de l'|du )?"
     r"(?:entretien annuel|entretien d'evaluation|evaluation)\b|\b(?:commentaires?|appreciations?"
     r"|remarques?) (?:de|dans|sur) mon entretien\b(?! (?:professionnel|prealable))|\bmon bilan "
     r"de fin de periode d'essai\b|\bmon\W+(?:a ameliorer|insuffisant|partiellement atteint|"
     r"non atteint)\b|\b(?:a ameliorer|insuffisant|partiellement atteint|non atteint)\W+"
     r"(?:a|sur|dans) (?:mon|ma)\b"),
    ("note-passee", "performance-evaluation",
     r"\bma note (?:est passee|a baisse|a chute|a ete (?:baissee|divisee|revue))\b"),
    ("note-attribuee", "performance-evaluation",
     r"\b(?:attribue|donne|mis)\w* (?:la |une )?(?:note|mention|appreciation)\b|\bmoins "
     r"performant\w*|\ba cause de (?:mon|ma) (?:evaluation|entretien|note|notation)\b|"
     r"\bjuge\w* insuffisant\w*|\bentretien (?:annuel|d'evaluation|individuel)\b[^.?!]{0,30}"
     r"\b(?:mal passe|s'est mal|catastroph\w*|negati\w*|injuste\w*)|\bremet\w* en (?:cause|"
     r"question) (?:mon travail|mes competences|mes resultats)\b|\bremis en (?:cause|question) mon "
     r"travail\b|\bn'atteins pas (?:mes|les) objectifs\b|\bobjectifs non atteints\b|"
     r"\bn'(?:atteins|atteint|atteignais|atteignait|atteindrais|ai pas atteint|avais pas "
     r"atteint)(?: pas)? (?:mes|les|tous mes|mes propres) (?:objectifs|attendus|attentes|"
     r"resultats|chiffres|cibles)\b|\battendus du poste\b"),
    ("mon-entretien", "performance-evaluation",
     r"\bmon (?:dernier )?entretien\b(?! (?:professionnel|prealable|de recrutement|d'embauche|"
     r"de depart|de sortie|de reprise|de retour|disciplinaire|de mobilite|telephonique|de "
     r"licenciement))[^.?!]{0,60}\b(?:note|notation|evaluation|objectifs|reproche\w*|critiqu\w*|"
     r"injuste\w*|negati\w*|mauvais\w*|pas d'accord|contest\w*|insuffisant|ameliorer|prime|"
     r"augmentation)\b|\breproche\w* (?:mes|mon|ma) (?:resultats|performances?|travail|manque|"
     r"niveau)\b|\bmes objectifs\b[^.?!]{0,30}\b(?:irrealistes|pas realistes|inatteignables|"
     r"impossibles|intenables)\b|\bperiode d'essai\b(?! (?:peut|doit|est-elle|sera))"
     r"[^.?!]{0,30}\b(?:prolongee|renouvelee|non "
     r"concluante|rompue|pas concluante)\b|\b(?:pas|plus) (?:encore |assez |vraiment |du tout "
     r"|)(?:au niveau|a la hauteur)\b|"
     r"\bplan de (?:progres|performance)\b|\bplan d'action individuel\b|\bpip\b"),
    ("pip", "performance-evaluation",
     r"\bmaillon faible\b|\ba cause de mes (?:resultats|performances|chiffres)\b|\bpas (?:encore )?prete? "
     r"pour (?:une|la|ma) promotion\b|\bplan d'amelioration\b(?! (?:continue|de (?:la "
     r"qualite|l'usine|l'entrepot|process)))|\bplan de (?:remediation|redressement|"
     r"suivi individuel)\b|"
     r"\b(?:n'ai|n'avais|n'aurais|ai|avais) pas le niveau\b|\bsi je ne (?:m'ameliore|"
     r"progresse|m'ameliorais|progressais|me redresse|remonte) pas\b|\b(?:je dois|je devais|je "
     r"devrais|il faut que je) (?:m'ameliorer|progresser|faire mes preuves)\b|\b(?:evaluation|"
     r"notation|appreciation|jugement)s? (?:de|sur) (?:mon travail|mes performances|ma "
     r"performance|mes resultats|mon niveau|mon investissement|mes competences)\b|"
     r"\binsuffisance (?:professionnelle|de resultats)\b|\bsous-? ?performance\b"),
    ("sous-les-attentes", "performance-evaluation",
     r"\b(?:ne repond pas|ne repondant pas|ne repondrais pas|en dessous|en-dessous|au-? ?dessous|"
     r"sous|en deca|loin) (?:des|aux|de mes) (?:attentes|objectifs)\b|\battentes (?:non|"
     r"partiellement) (?:atteintes|"
     r"satisfaites)\b|\b(?:atteint partiellement|partiellement atteints?)\b"),
    ("pas-assez-performant", "performance-evaluation",
     r"\b(?:je ne suis|je suis|que je suis|j'etais|je serais|suis) (?:pas assez|pas|peu|"
     r"insuffisamment|trop peu|moins) (?:performante?|productive?|efficace|bonne?|rapide|"
     r"precise?|dynamique|polyvalente?|reactive?|autonome|rigoureuse?|impliquee?|organisee?|"
     r"competente?|fiable|investie?|proactive?|force de proposition)\b|\bsous-? ?evalue\w*|"
     r"\bcompte[- ]rendu (?:de|d') ?(?:mon|ma) (?:entretien|evaluation|bilan)\b(?! "
     r"(?:professionnel|prealable|de recrutement|d'embauche))|\bperiode d'essai\b[^.?!]{0,30}"
     r"\b(?:se passe mal|s'est mal passee|ne se passe pas bien|pas satisfait\w*|mal partie|"
     r"compromise|en danger)\b|\b(?:pas|plus|peu|pas du tout) (?:satisfait|content)e?s? (?:de "
     r"mon travail|de moi|de mes (?:resultats|performances))\b|"
     r"\breproche\w* (?:un |une |mon |ma |mes |le |la |)(?:manque de (?:performance|resultats|"
     r"rigueur|productivite|implication|autonomie|investissement)|resultats|performances?|"
     r"niveau|lenteur|insuffisance)\b|\bsous-? ?not(?:e|ee|es|ees)\b|\bne (?:fais|fait) pas "
     r"le (?:job|boulot|travail)\b|\b(?:mon travail|mes resultats|ma performance|mes "
     r"performances|mon implication|mon investissement|mes chiffres)\b[^.?!]{0,25}\b(?:etai(?:t|"
     r"ent) |est |sont |)(?:juge\w* )?(?:insatisfaisant\w*|insuffisant\w*|mediocre\w*|"
     r"decevant\w*|pas a la hauteur|moyen\w*|faibles?|mauvais\w*)\b"),
    ("ma-note", "performance-evaluation",
     r"\b(?:mon|ma) (?:note|notation|rating|review|ranking)\b(?! (?:de |du |des |d')"
     r"(?!cette|\d(?:[.,]\d)? ?(?:sur|/) ?\d|l'annee|l'an\b|fin|performance|mi-? ?annee|ce semestre|"
     r"entretien|"
     r"evaluation|l'entretien|l'evaluation|annuelle))|\bmes objectifs\b"
     r"[^.?!]{0,50}\b(?:pas|non) atteints\b|"
     r"\bne merite pas (?:cette|la|ma|une telle|une si) (?:\w+ )?(?:note|evaluation|"
     r"appreciation|notation)\b|\b(?:m'a|m'ont|j'ai|on m'a)\b[^.?!]{0,20}\b(?:la |une )?"
     r"(?:pire|plus basse|plus mauvaise|moins bonne) (?:note|evaluation|notation)\b|\bj'ai "
     r"eu (?:un |une |la note )?\d(?:[.,]\d)? (?:alors que|contre|au lieu de|cette annee|"
     r"a mon)\b|\b(?:point|bilan|entretien) (?:annuel|de fin d'annee|individuel de fin)\b"
     r"[^.?!]{0,40}\b(?:decevant\w*|negati\w*|mauvais\w*|injuste\w*|insuffisant\w*)"),
    ("periode-essai-non-validee", "performance-evaluation",
     r"\bperiode d'essai\b[^.?!]{0,60}\b(?:ne va pas le faire|ca ne va pas|ne convient pas|"
     r"pas convaincue?s?|pas satisfaite?s?|ne passera pas|pas concluante?)\b|"
     r"\b(?:rompre|romp\w*|renouvel\w*|prolong\w*|mettre fin a|interromp\w*|arreter|casser)\b "
     r"(?:ma|mon) periode d'essai\b|\b(?:je manque|je manquais|je manquerais|que je manque|"
     r"mon manque|un manque|son manque) (?:d'|de |cruel de |total de )(?:autonomie|rigueur|"
     r"implication|investissement|initiative|resultats|productivite|organisation|"
     r"professionnalisme|leadership|motivation|reactivite|competences?|fiabilite|"
     r"engagement|serieux|efficacite)\b|"
     r"\b(?:renouvellement|prolongation|rupture|non-? ?validation|echec|fin anticipee) de ma "
     r"periode d'essai\b|\bma periode d'essai\b[^.?!]{0,80}\b(?:(?:pas|non) (?:\w+ ){0,2}"
     r"(?:validee|confirmee|concluante)|(?:renouvel|prolong|"
     r"romp|interromp)\w*)|\bperiode d'essai\b[^.?!]{0,80}\bpeur (?:qu'elle|qu'on|que) "
     r"[^.?!]{0,30}\b(?:pas|non) (?:validee?|confirmee?|renouvelee?)|"
     r"\bpas (?:\w+ )?valid\w* ma periode d'essai\b|\brefuse\w* de valider ma periode d'essai\b|"
     r"\bma periode d'essai\b[^.?!]{0,20}\b(?:pas|non) (?:ete )?validee\b|\b(?:recale|echoue|"
     r"rate)\w* (?:a |)ma periode d'essai\b"),
    ("retour-negatif", "performance-evaluation",
     r"\b(?:m'a|m'ont|on m'a) (?:donne|fait|transmis|envoye|adresse|fait part d')\w* (?:un |"
     r"une |des |)(?:\w+ ){0,2}(?:retour|feedback|avis|commentaire|critique)s? (?:\w+ )?"
     r"(?:negati|mauvais|defavorable|dur\b|severe|injuste|catastroph|assassin|cinglant)\w*"
     r"(?! (?:du|d'un|des) clients?)|"
     r"\bj'ai (?:recu|eu|obtenu) (?:un|une|des) (?:\w+ ){0,2}(?:retour|feedback|avis|"
     r"commentaire|appreciation)s? (?:\w+ )?(?:negati\w*|mauvais\w*|defavorable\w*|dur|"
     r"severe\w*|injuste\w*|catastroph\w*)\b(?! (?:du|d'un|des) clients?)|\b(?:retour|feedback|"
     r"avis) (?:\w+ )?(?:negati\w*|defavorable\w*|dur|severe\w*|injuste\w*) de (?:mon|ma) "
     r"(?:manager|chef|cheffe|responsable|n\+1|superieure?|directeur|directrice)\b"),
    ("objectifs-pas-atteints", "performance-evaluation",
     r"\b(?:pas|jamais|non) (?:avoir )?atteint (?:mes|tous mes|mon|l'|les|ses) (?:\w+ )?(?:objectifs?|"
     r"chiffres|quotas?|resultats|cibles?)\b|\b(?:ecrit|note|mis|marque|indique|mentionne|"
     r"reproche)\w* dans (?:mon|ma) (?:bilan|evaluation|entretien|compte[- ]rendu|cr|synthese|"
     r"fiche|appreciation|revue)\b|\b(?:suis|je suis|j'ai ete|on m'a) (?:passee?|"
     r"descendue?|retrogradee?|mise?)\b[^.?!]{0,30}\W(?:non atteint|partiellement atteint|"
     r"insuffisant|a ameliorer|en dessous des attentes|insatisfaisant)\b|"
     r"\bne pas l'avoir atteint\b|\b(?:mon|ma) (?:compte[- ]rendu|cr|synthese|fiche|support) "
     r"(?:d'|de l'|du )?entretien\b(?! (?:professionnel|prealable|d'embauche|de recrutement))|"
     r"\b(?:j'ai (?:eu|recu|obtenu)|on m'a (?:mis|donne|attribue)|m'a (?:mis|donne|attribue)|je "
     r"suis (?:note|notee|classe|classee)) (?!.*\b(?:anglais|langue|test|examen|toeic|toefl|quiz|permis|"
     r"certification|"
     r"diplome|bac|ecole|cours)\b)(?:un |une |la note |la lettre |en |)[b-e](?:\+|-"
     r"(?!\w))?(?=\s|$|[,.;!?])|\b(?:m'a|m'ont|on m'a) (?:mis|donne|attribue|emis) (?:un |une )?"
     r"(?:avis|appreciation|note|evaluation|commentaire)s? (?:negati\w*|defavorable\w*|"
     r"mauvais\w*|mitige\w*|insuffisant\w*|basse?)\b"),
    ("mention-recue", "performance-evaluation",
     r"\b(?:j'ai (?:eu|recu|obtenu)|on m'a (?:mis|donne|attribue|colle)|m'(?:a|ont) (?:mis|"
     r"donne|attribue|colle|note)|je n'ai (?:eu )?que|j'ai juste eu)\b[^.?!]{0,20}\W(?:a ameliorer|"
     r"insuffisant|insatisfaisant|passable|partiellement \w+|non acquis|en cours d'acquisition|"
     r"en dessous des attentes|"
     r"satisfaisant|moyen|peut mieux faire|conforme|en progres|en progression|en "
     r"developpement|a developper|debutant|a confirmer|decevant)\b|\bretrograde\w* dans (?:le|mon) "
     r"classement\b|\b(?:mon travail|mes resultats|ma performance|mes performances|mon "
     r"implication|mes chiffres)\b[^.?!]{0,25}\b(?:pas|plus|peu) (?:satisfaisant|suffisant|"
     r"assez bon|a la hauteur|au niveau)\w*"),
    ("attentes-non-remplies", "performance-evaluation",
     r"\b(?:note|evalue|juge|considere|qualifie)\w* (?:mon|ma|mes) [\w-]+(?: \w+)? comme "
     r"(?:insuffisant|insatisfaisant|faible|mauvais|moyen|a ameliorer|pas au niveau)\w*|"
     r"\bmon annee (?:est |a ete |)(?:ratee|mauvaise|catastrophique|insuffisante|decevante)\b|"
     r"\bpas (?:eu|obtenu) la (?:note|evaluation|appreciation) (?:attendue|esperee|que "
     r"j'esperais|meritee)\b|\b(?:je suis|j'etais|suis|que j'etais|que je suis) (?:le|la) (?:moins bon|"
     r"moins bonne|"
     r"plus mauvaise?|plus faible|dernier|derniere|moins performante?) (?:de|du|des)\b|"
     r"\b(?:refus|pas|non|report)\w*\b[^.?!]{0,15}\b(?:ma )?titularisation\b|\bma "
     r"titularisation\b[^.?!]{0,20}\b(?:refusee|reportee|pas)\b|\bje suis\W+(?:en dessous|en-dessous|"
     r"sous la barre|dans les derniers|parmi les "
     r"(?:moins|derniers))\b|\bne (?:remplit|remplis|satisfait|satisfais|correspond|atteint|atteins|"
     r"rencontre) pas "
     r"(?:les|aux|a mes|mes) attentes\b|\b(?:je ne suis|je suis|que je suis|j'etais|je n'etais|"
     r"que je n'etais|je serais|suis|n'etais|n'etait) (?:pas assez|insuffisamment|trop peu|"
     r"peu) (?:impliquee?|investie?|rigoureuse?|autonome|reactive?|motivee?|competente?|"
     r"organisee?|proactive?|serieuse?|fiable|productive?|performante?|efficace)\b"),
    ("points-negatifs", "performance-evaluation",
     r"\bn'a (?:retenu|vu|note|mentionne|parle|garde) que (?:les |mes |le |)(?:points "
     r"negatifs|negatif|erreurs|defauts|points faibles)\b|\b(?:pas d'accord|contest\w*|"
     r"injuste|revoir)\b[^.?!]{0,30}\b(?:niveau|taux) d'atteinte\b|\b(?:coche|ecrit|mis|note)"
     r"\w*\W+(?:insuffisant|insatisfaisant|a ameliorer|non atteint)\b|\ba cause (?:de |d')"
     r"(?:mon|ma|mes|une|la) (?:mauvaise |basse |)(?:evaluation|entretien annuel|note|notation|"
     r"appreciation|resultats? d'evaluation|classement)\b"),
)


DISCIPLINARY: tuple[tuple[str, Category, str], ...] = (
    ("disciplinaire", "disciplinary", r"\bdisciplinaires?\b|\bdiscipline\b"),
    ("avertissement", "disciplinary", r"\bavertissements?\b|\bblames?\b"),
    ("sanction", "disciplinary", r"\bsanction(?:s|ne|nee|ner|nes|nees)?\b"),
    ("mise-a-pied", "disciplinary", r"\bmise a pied\b|\bmis(?:e)? a pied\b|\bmettre a pied\b"),
    ("accuse", "disciplinary",
     r"\bm'accus\w*\b|\b(?:je suis|suis|j'ai ete) accusee?\b|\baccusations? (?:contre|"
     r"envers) moi\b"),
    ("licenciement", "disciplinary",
     r"\b(?=licenci)(?<!mener a un )(?<!conduire a un )(?<!aboutir a un )(?<!entrainer un )"
     r"(?<!deboucher sur un )"
     r"licenci(?:e|ee|es|er|ement|ements|ent)\b|\b(?=renv)(?<!\ble )(?<!\bla )(?<!\bles )"
     r"(?<!\bl')(?<!\blui )(?<!\bleur )(?:renvoi(?:e|ee|er)?|renvoy(?:e|ee|er))\b(?! (?:le|la|les|un|une|"
     r"des|mon|ma|mes|ce|cette|ces|votre|vos|l'|vers|a|au|aux|sur|par)\b)"),
    ("vire", "disciplinary",
     r"\b(?:m'a|m'ont|suis|ete|etais|etait|serais|serai) (?:fait )?vire(?:e)?\b|\b(?:recu|"
     r"receptionne|m'a envoye|m'ont envoye)\w* (?:un|une) (?:recommande|lettre recommandee|"
     r"courrier recommande)\b|\bpour (?:une |ma |)faute\b(?! de)|"
     r"\b(?:commis|reproche\w*) (?:une )?faute\b|\bpuni\w*|\bpunition\b|\b(?:dit|demande|"
     r"ordonne) de rentrer chez moi\b|\bjusqu'a nouvel ordre\b|\brenvoye\w* chez moi\b|"
     r"\b(?:dit|demande|ordonne|interdit)\w* (?:de ne (?:pas|plus)|de pas|de plus) (?:revenir|"
     r"venir|me presenter|remettre les pieds)\b|\b(?:m'a|m'ont|on m'a|je suis|suis) "
     r"interdit\w* (?:de venir|d'acces|l'acces|de revenir|de me presenter)\b"),
    ("perdre-emploi", "disciplinary",
     r"\b(?:me|etre|va me|vont me|veut me|veulent me|vont-ils me|va-t-il me) (?:faire )?"
     r"vire(?:e|r|nt|ra|ront|rait|raient)?\b|\bperdre mon (?:emploi|travail|poste|job|boulot)\b|\b(?:mener|"
     r"conduire|aboutir) a un licenciement\b|\b(?:entrainer|deboucher sur) un licenciement\b"),
    ("faute", "disciplinary",
     r"\bfaute (?:grave|lourde|professionnelle)\b|\bentretien prealable\b"),
    ("convocation", "disciplinary",
     r"\b(?:convoqu(?:e|ee|es|ees|er|ation)|convocations?)\b[^.?!]{0,40}\b(?:entretien(?! "
     r"(?:annuel|professionnel|d'evaluation|individuel|de mi|de fin d'annee|de recrutement|"
     r"d'embauche|de reprise|de retour|de carriere))|sanction|rh|direction|"
     r"disciplin\w*|reunion|bureau|drh|rrh|patron|faits|plainte|reclamation|incident|faute|"
     r"comportement|retards?|absences?)|\bmise en garde\b|\b(?:on|direction|employeur|rh|drh|entreprise|"
     r"societe|"
     rf"{BOSS}|ils|elles|il|elle) me reproche\w* (?:des|mes|un|une|"
     r"mon|ma|d'avoir|d'etre) (?:\w+ ){0,2}(?:retards?|absences?|comportement|attitude|propos|"
     r"erreurs?|fautes?|manquements?|mail|message|insubordination|vol|fraude|tenue|"
     r"insulte\w*)\b|\b(?:faits|ce) (?:qu'on me reproche|"
     r"qui me sont reproches|reproches)\b|\bon me reproche des faits\b"),
    ("recadrage", "disciplinary",
     r"\brappel a l'ordre\b|\b(?:m'a |me |ete |suis |m'ont )recadre\w*|\brecadrage\b"),
    ("contrat-rompu", "disciplinary",
     r"\bmon contrat\b[^.?!]{0,20}\b(?:rompu|resilie|rupture)\b|\bretrogradation\b|"
     r"\b(?:m'a|m'ont|on m'a|j'ai ete|je suis|suis) retrograde\w*\b(?! (?:dans|de\W))|"
     r"\bmutation (?:disciplinaire|"
     r"sanction|forcee)\b|\b(?:suite a|a cause d'|apres) (?:une|ma|cette|la) (?:faute|erreur "
     r"grave|incident)\b|\brupture (?:conventionnelle )?(?:forcee|imposee|sous la "
     r"pression)\b|\b(?:veulent|veut|voudraient|oblige\w*|pousse\w*|force\w*)\b[^.?!]{0,25}"
     r"\b(?:signe\w*|accepte\w*) (?:une |la |ma )?rupture conventionnelle\b|\bsinon (?:ils|"
     r"on|elle|il) (?:me vire\w*|me licencie\w*|me sanctionne\w*|me renvoie\w*)"),
    ("enquete-contre-moi", "disciplinary",
     r"\bsuspendu\w*\b[^.?!]{0,30}\b(?:enquete|procedure|decision|entretien)\b|\b(?:m'a|on "
     r"m'a|m'ont|je suis|suis|ete) suspendue?\b|\bsuspendue? de mes fonctions\b|\bconvoqu\w*"
     r"\b[^.?!]{0,30}\bsans (?:savoir|connaitre|qu'on me dise) (?:pourquoi|le motif|la "
     r"raison)\b|\b(?:on me|me|m') (?:soupconne|suspecte)\w*\b|\b(?:je suis|suis|j'ai ete) "
     r"(?:soupconnee?|suspectee?)\b|\b(?:enquete|procedure|"
     r"plainte|rapport|signalement|dossier|courrier|remontee)\b[^.?!]{0,20}\b(?:contre moi|a mon encontre|me "
     r"concernant|a mon sujet)\b|\b(?:fais|fait|faire) l'objet d'une (?:enquete|procedure|"
     r"plainte|sanction)\b|\benquete (?:sur|concernant) (?:moi|mes|mon|ma)\b|\bsuspendu\w* "
     r"(?:mes acces|mon badge|mon compte|mon acces)\b|\benquet\w*(?: \w+){0,2} (?:sur|contre|"
     r"concernant|visant) moi\b|\blettre (?:recommandee )?(?:de |d')convocation\b|"
     r"\bconvocation (?:en|par) (?:lettre )?recommande\w*|\blettre recommandee\b[^.?!]{0,40}"
     r"\b(?:convo\w*|rh|direction|employeur|drh|patron)\b"),
)
