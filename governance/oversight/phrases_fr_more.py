"""French phrase tables (4/6): phrase families added after the first tuning round.

The first round fitted its development sets and missed French written by other hands, so each
rule here is a family (a verb with its conjugations, a construction such as « on m'a ... »),
not a sentence. Same format as ``phrases_fr``; ``rules_fr`` appends each table to its category.
"""

from __future__ import annotations

from governance.oversight.phrases_fr import BOSS, PEER
from governance.oversight.settings import Category

# Traits a discriminating remark or a slur is about.
TRAIT = (r"(?:origines?|couleur(?: de peau)?|accent|religion|voile|foulard|nom|prenom|"
         r"physique|poids|handicap|fauteuil|age|grossesse|orientation|sexualite|"
         r"homosexualite|bisexualite|transidentite|genre|nationalite|pays|ethnie|enfants|"
         r"maternite|vie privee|vie perso|conjointe?|mari|femme|copine?|couple|cheveux|"
         r"tenues?|corps|apparence|taille|calvitie|maladie|diabete|begaiement)")
GROUP = (r"(?:pd|pedes?|homos?|gays?|lesbiennes?|gouines?|trans|noirs?|noires|renois|arabes?|"
         r"rebeus?|juifs?|juives|feujs?|musulmane?s?|femmes|filles|nanas|blondes?|gros|grosses|"
         r"handicapes?|asiatiques?|chinois|roms?|gitans?|etrangers?|immigres?|vieux|seniors?|"
         r"africain(?:e|s|es)?|maghrebin(?:e|s|es)?|antillais(?:e|es)?|blacks?|beurs?|"
         r"mamans?|meres?|enceintes?)")

CONFLICT_MORE: tuple[tuple[str, Category, str], ...] = (
    ("handicap-ignore", "conflict-harassment",
     r"\b(?:en fauteuil|handicap\w*|rqth|malvoyante?|malentendante?|sourde?|aveugle|"
     r"bequilles)\b[^.?!]{0,80}\b(?:refuse\w*|ne veut pas|veut pas|ne veulent pas|pas "
     r"question|se moque\w*)\b|\b(?:refuse\w*|ne veut pas|veut pas|ne veulent pas)\b"
     r"[^.?!]{0,60}\b(?:mon handicap|ma rqth|mon fauteuil|mes bequilles)\b|"
     r"\b(?:c'est|c'etait|ce serait|ce sera) a moi "
     r"de m'adapter\b"),
    ("reproches-incessants", "conflict-harassment",
     r"\bme (?:fai[st]|font|faisait|faisaient|fera) (?:\w+ )?(?:reproches|reflexions|"
     r"remontrances|scenes?)\b|\bme (?:met|mettent|mene\w*) la misere\b|\bcompliments? "
     r"(?:\w+ )?(?:genants?|insistants?|deplaces|lourds|sur mon (?:physique|corps|decollete))\b|"
     r"\b(?:on me refuse|m'a refuse|m'ont refuse|me refusent|me refuse)\w*\b[^.?!]{0,40}(?<!ce )\b(?:que|"
     r"qu') ?(?:les autres|mes collegues|tout le monde|eux|elles|mon collegue|ma collegue) "
     r"(?:\w+ )?(?:obtien\w*|ont|recoiv\w*|peuvent|accord\w*|donn\w*)\b|"
     r"\b(?:pour|sur|a cause de) des (?:broutilles|riens|betises|"
     r"peccadilles|conneries|broutilles)\b|\bpour un oui ou (?:pour )?un non\b"),
    ("represailles", "conflict-harassment",
     r"\b(?:j'ai|je lui ai|je leur ai) (?:refuse|dit non|decline|repousse|rejete|ignore|"
     r"signale|denonce|conteste)\w*\b[^.?!]{0,80}\b(?:depuis|du coup|resultat|maintenant|"
     r"en retour|pour se venger)\W+(?:\w+ )?(?:il|elle|ils|elles|on|(?:mon|ma) \w+) (?:ne )?"
     r"(?:me|m')|\bse venge\w*|\bvengeance\b|\bpour me punir\b|\ben represailles?\b"),
    ("placardise", "conflict-harassment",
     r"\bm'(?:a|ont|avait|avaient)(?: \w+)? (?:enleve|retire|pris|supprime|confisque)\w* "
     r"(?:mon|ma|mes) (?:bureau|poste de travail|place|chaise|responsabilites|titre|"
     r"fonctions|attributions|delegations?)\b|\b(?:m'|me )(?:a |ont |avait |)(?:mise?|"
     r"installee?|releguee?|deplacee?|collee?|envoyee?|casee?) (?:\w+ ){0,2}(?:dans le couloir|"
     r"dans un placard|au sous-sol|dans un coin|au fond (?:du|de la)|dans un local|dans un "
     r"debarras|dans la cave|a cote des (?:photocopieuses|toilettes|poubelles)|sans bureau|"
     r"sans fenetre)\b"),
    ("objets-lances", "conflict-harassment",
     r"\b(?:jet|balanc|project)\w* (?:\w+ ){0,3}(?:dans ma direction|vers moi|a ma figure|a la "
     r"figure|par terre|au sol|contre le mur|a travers (?:le bureau|la piece))\b|\blanc\w* "
     r"(?:\w+ ){0,3}(?:dans ma direction|vers moi|a ma figure|a la figure)\b"),
    ("remarques-sur-moi", "conflict-harassment",
     rf"\b(?:remarques?|commentaires?|reflexions?|blagues?|vannes?|piques?|moqueries?|"
     rf"allusions?|questions? (?:deplacees|indiscretes))\b[^.?!]{{0,20}}\b(?:sur|a propos de|"
     rf"concernant) (?:mon|ma|mes) {TRAIT}\b|\b(?:blagues?|vannes?|remarques?|moqueries?|"
     rf"plaisanteries?|commentaires?|insultes?|propos)\b[^.?!]{{0,15}}\b(?:sur|contre) les "
     rf"{GROUP}\b|\ben me (?:regardant|fixant|visant|montrant du doigt)\b|\b(?:mots?|"
     r"lettres?|messages?|dessins?|tags?) (?:anonymes?|insultants?|orduriers?|haineux)\b|"
     r"\b(?:mis|laisse|glisse|colle|ecrit|depose)\w* (?:un |une |des )?(?:mots?|lettres?|"
     r"messages?|dessins?|insultes?|tags?) (?:\w+ )?(?:dans|sur) mon (?:casier|bureau|vestiaire|"
     r"pare-brise|voiture|ecran|poste)\b"),
    ("ne-me-parle-plus", "conflict-harassment",
     r"\bme (?:parle|parlent|adresse|adressent|repond|repondent) (?:plus|jamais|presque "
     r"plus|quasiment plus|quasi plus)\b(?! (?:de|d')\b)|\bpasse\w* par (?:les autres|"
     r"d'autres|un collegue|une collegue|mes collegues|quelqu'un d'autre|un intermediaire|"
     r"(?:mon|ma|le|la) n\+\d|(?:mon|ma) binome) pour (?:me|m')"),
    ("propos-racistes", "conflict-harassment",
     r"\bretourne\w* (?:dans|chez|en|au) (?:ton|ta|tes|votre|vos) (?:pays|bled|brousse|"
     r"village)\b|\b(?:dit|dire|crie|lance|ecrit)\w* de (?:retourner|rentrer) (?:dans|chez|en|au) "
     r"(?:mon|ma) (?:pays|bled)\b|\brentre\w* (?:dans|chez) (?:ton|ta|votre) (?:pays|bled)\b|\b(?:bamboula|"
     r"bougnoule|youpin|niakoue|negro|negresse|bicot|raton|chinetoque|bridee?|pedale|"
     r"tarlouze|travelo|gouine|tapette)s?\b|\b(?:sale|espece de|gros|grosse) pd\b|"
     rf"\bles {GROUP}(?: (?:avec|qui ont) (?:des |)enfants| enceintes| de (?:plus de )?\d+ ans| "
     r"comme (?:vous|toi))? (?:c'est (?:complique|pas (?:possible|ideal|pour|compatible|fiable|"
     r"serieux|travailleur))|(?:c'est|sont) (?:tous |toutes |)des (?:voleu|feignant|faineant|"
     r"menteu|hysteriques|fain\w+|profiteu)\w*|ce "
     r"n'est pas (?:possible|ideal|pour|compatible)|ne sont pas "
     r"(?:faite?s|adaptee?s|fiables)|sont pas (?:faite?s|fiables)|ca (?:ne )?passe pas)\b|"
     r"\b(?:une|un) (?:femme|maman|mere|senior|handicapee?) (?:a ce poste|pour ce poste|dans "
     r"cette equipe)\b[^.?!]{0,20}\b(?:complique|pas possible|pas ideal|impossible)\b"),
    ("veut-me-faire-partir", "conflict-harassment",
     r"\b(?:veut|veulent|voudrait|cherche\w*|essai\w*|essay\w*|fai\w* tout pour) (?:que je "
     r"(?:me plante|craque|parte(?= ?[,.;!?]| ?$)|parte (?:de|d')(?: \w+)? "
     r"(?:equipe|boite|societe|entreprise|agence|service|poste|ici)|demissionne|echoue|m'en aille|"
     r"me casse|lache|abandonne|"
     r"fasse une faute|commette une faute)|(?:a |de )?me (?:faire (?:partir|craquer|tomber|"
     r"demissionner|echouer|sauter|virer)|pousser (?:a la faute|dehors|vers la sortie|a bout)|"
     r"pieger|couler|nuire|mettre en echec|griller))\b|\b(?:objectifs?|delais|deadlines?|taches|missions|"
     r"plannings?|horaires) (?:\w+ )?(?:impossibles?|"
     r"irrealisables?|inatteignables?|intenables?)\b[^.?!]{0,20}\b(?:expres|volontairement|"
     r"pour me)\b|\b(?:expres|volontairement|deliberement) pour (?:me|que je)\b"),
    ("dispute-avec-chef", "conflict-harassment",
     rf"\b(?:mon|ma|mes) (?:{BOSS}|{PEER}|client\w*)s?\b[^.?!]{{0,40}}\b(?:pendant|lors "
     r"d'|apres|au cours d') ?(?:une|la|notre) (?:dispute|altercation|engueulade|prise de "
     r"bec|embrouille|clash)\b"),
)

PERFORMANCE_MORE: tuple[tuple[str, Category, str], ...] = (
    ("note-modifiee", "performance-evaluation",
     r"\b(?:modifi|chang|baiss|abaiss|rabaiss|degrad|retouch|corrig|revis)\w* (?:(?:ma|mon) "
     r"(?:note|notation|evaluation|appreciation|classement)\b(?! (?:de|des|du|d') ?(?:frais|"
     r"service|fournisseur))|la (?:note|notation|evaluation|appreciation) (?:finale|annuelle|"
     r"globale|de mon (?:entretien|evaluation|n\+1|manager|chef|responsable))\b)|"
     r"\brevu\w* (?:ma|mon|la) (?:note|notation|evaluation|"
     r"appreciation)\w* a la baisse\b|\bla (?:note|notation|evaluation|appreciation) (?:que|"
     r"qu') ?(?:m'a|m'avait|m'ont|m'avaient|on m'a|on m'avait|j'ai|j'avais|je) (?:\w+ )?"
     r"(?:donn|mis|attribu|eu|recu|obtenu)\w*"),
    ("mal-note", "performance-evaluation",
     r"\b(?:me|m'|je|j')\b[^.?!]{0,25}\bmal (?:not|evalu|jug|class)(?:e|ee|es|ees|er)\b"),
    ("plan-impose", "performance-evaluation",
     r"\bplan (?:d'accompagnement|de progres|d'amelioration|de remediation|d'action)\b"
     r"[^.?!]{0,30}\b(?:qu'on m'impose|m'impose\w*|on m'a (?:mis|impose)|je suis|me (?:met|"
     r"mettre|mettent)|pour moi|que je dois (?:reussir|tenir|respecter))\b|\b(?:mis|mise|place|"
     r"placee) (?:sous|en|dans un) plan (?:d'accompagnement|de progres|d'amelioration|de "
     r"remediation|d'action)\b|\b(?:mon|ce) plan (?:d'accompagnement|d'amelioration|de progres|"
     r"de remediation)\b"),
    ("evaluation-sans-moi", "performance-evaluation",
     r"\b(?:rempli|redige|fait|signe|valide|boucle|cloture|saisi|complete|ecrit)\w* (?:mon|ma) "
     r"(?:entretien|evaluation|bilan|compte[- ]rendu|cr|grille|fiche)\b[^.?!]{0,30}\bsans "
     r"(?:moi|m'en parler|me consulter|mon avis|m'avoir|me demander|me voir|echanger)\b|"
     r"\b(?:demande|oblige|force|pousse)\w* (?:de|a) signer (?:mon|ma|l') ?(?:entretien|"
     r"evaluation|bilan|compte[- ]rendu|cr)\b"),
    ("niveau-attentes", "performance-evaluation",
     r"\b(?:me mettre|m'a mis|m'ont mis|on m'a mis|me met|m'attribuer|me donner|avoir eu|eu|"
     r"obtenu|recu)\b[^.?!]{0,25}\W(?:depasse|depassant|au-? ?dela|superieur|tres au-dessus|"
     r"excede|largement au-dessus|conforme|atteint|au niveau)(?: (?:des|les|aux))? attentes\b"),
    ("essai-renouvele", "performance-evaluation",
     r"\b(?:mon|ma) (?:renouvellement|prolongation|non-? ?renouvellement|rupture|non-? ?"
     r"validation|non-? ?confirmation) (?:de (?:ma |la )?|d')periode d'essai\b|\b(?:ma |la )?"
     r"(?:fin de )?periode d'essai\b[^?!]{0,80}\b(?:si (?:je suis|je serai|on me) (?:gardee?|"
     r"confirmee?|validee?|titularisee?|conservee?)|aucun (?:retour|bilan|feedback)|pas (?:eu |)"
     r"(?:de|d'|un) (?:retour|bilan|feedback|point)|personne (?:ne )?m'a (?:fait|donne|dit))\b|"
     r"\bsi (?:je suis|je serai|je vais etre|on va me) (?:gardee?|confirmee?|titularisee?|"
     r"conservee?)\b"),
    ("ca-va-plomber", "performance-evaluation",
     r"\b(?:plomb|impact|affect|penalis|pourri|ruin|compromet|entach|plomber|nuire a|faire "
     r"baisser|jouer sur|peser sur)\w* (?:mon|ma|mes) (?:evaluation|note|notation|entretien "
     r"annuel|appreciation|classement|bilan annuel)\b|\b(?:recadr\w*|remontrances?|reproches?|"
     r"critiques?|savon)\b[^.?!]{0,20}\bsur (?:mes|mon|ma) (?:chiffres|resultats|objectifs|"
     r"performances?|ventes|productivite|rendement|taux|indicateurs|kpi)\b"),
)

MENTAL_HEALTH_MORE: tuple[tuple[str, Category, str], ...] = (
    ("sauter", "mental-health",
     r"\bsauter (?:du|d'un|d'une|de la|de mon|par la|par une|dans le|sous (?:le|un|une)) "
     r"(?:\w+ )?(?:pont|fenetre|toit|balcon|vide|train|metro|rer|tram|voiture|camion|falaise|"
     r"immeuble|haut|parking|viaduc|quai)\b|\b(?:pense|pensais|pensee?|songe|songeais|envie) "
     r"a (?:me jeter|en finir|mourir|me tuer|me supprimer|me faire du mal|tout arreter pour de "
     r"bon)\b|\b(?:plus simple|mieux|plus facile|plus leger|un soulagement|personne ne (?:le )?"
     r"remarquerait)\b[^.?!]{0,20}\bsi (?:je n'|j'|je ne |je )?(?:etais|existais|suis|serais) "
     r"(?:plus|pas) (?:la|de ce monde|en vie)\b|\bsi (?:je n'|j')existais plus\b|\bsi je ne me "
     r"(?:reveillais|reveille|reveillerais) (?:pas|plus)\b|\bne jamais me reveiller\b"),
    ("boire-pour-tenir", "mental-health",
     r"\bje (?:bois|picole|fume|me drogue)\b[^.?!]{0,50}\bpour (?:tenir|oublier|supporter|"
     r"decompresser|affronter|tenir le coup|me calmer|passer|survivre|dormir|venir)\b|\b(?:je "
     r"bois|je picole|je me sers)\b[^.?!]{0,25}\b(?:alcool|verres?|bieres?|vin|whisky|vodka|"
     r"rhum|apero|bouteilles?|canettes?|coups?)\b[^.?!]{0,40}\b(?:pour|tous les|chaque|le "
     r"midi|le matin|de plus en plus|en cachette|des le)\b|\b(?:je picole|picoler|je me bourre|"
     r"je me saoule|je me soule|je me mets minable)\b"),
    ("plus-la-force", "mental-health",
     r"\bplus (?:la force|le courage|l'energie|la motivation|l'envie) (?:de|d') (?:rien|vivre|"
     r"continuer|me lever|venir|travailler|bosser|lutter|me battre|faire semblant|tenir|sortir|"
     r"aller (?:au|bosser|travailler))\b|\bplus (?:la force|le courage|l'energie|l'envie)\W+"
     r"(?:plus\b|$)"),
    ("pleurer-en-cachette", "mental-health",
     r"\bpour pleurer\b|\bpleur(?:e|es|ent|ais|ait|er|ant)\b[^.?!]{0,20}\b(?:aux toilettes|en "
     r"cachette|dans ma voiture|dans la voiture|en rentrant|en partant|sur le trajet|tous les "
     r"(?:soirs|jours|matins)|chaque (?:soir|jour|matin)|au (?:bureau|travail|boulot)|sans "
     r"raison|sans arret)\b|\bm'enferme\w* (?:aux |dans les )?toilettes\b|\b(?:je n'arrete|"
     r"j'arrete|je ne peux pas m'empecher|je peux pas m'empecher) (?:pas )?de pleurer\b|\bje "
     r"(?:me mets|me suis mise?) a pleurer\b|\bj'ai pleure\b(?! de rire)|\bje fonds en larmes\b"),
    ("je-me-devalorise", "mental-health",
     r"\bje me (?:devalorise|deteste|degoute|hais|trouve (?:nulle?|inutile|minable))\b|\bje me "
     r"sens (?:\w+ )?(?:de trop|une merde|un poids|minable)\b"),
)

HUMAN_REQUEST_MORE: tuple[tuple[str, Category, str], ...] = (
    ("transmettre-ma-demande", "human-request",
     r"\b(?:transmettre|transmettez|transferer|transferez|passer|passez|faire suivre|remonter|"
     r"remontez|confier|confiez)\b (?:ma demande|mon dossier|mon message|ma question|ma requete|"
     r"cette demande|cette conversation|la conversation|l'echange|ce message|mon cas) (?:a|vers|"
     r"aupres d'|aupres de) (?:un|une|des|quelqu'un|l'equipe|le service|la personne)\b"),
    ("plus-le-bot", "human-request",
     r"\b(?:ne )?(?:souhaite|veux|voudrais) (?:pas|plus) (?:poursuivre|continuer|parler|"
     r"echanger|discuter|ecrire|dialoguer) avec (?:l'|le |la |un |une |ce |cette |votre |vos )"
     r"(?:assistant|bot|robot|chatbot|ia|machine|outil|programme|automate|logiciel)\b|"
     r"\b(?:stop|arrete|assez|marre|fini|basta)\W+(?:du|de|avec le|avec la|de ce|de cette|le|la|"
     r"ce|cette|l'|les|avec les|des) ?(?:robot|bot|machine|ia|chatbot|assistant|automate|"
     r"reponses? automatiques?)s?\b"),
    ("se-voir", "human-request",
     r"\bse (?:voir|rencontrer|parler|appeler) (?:en vrai|en personne|de visu|en face|"
     r"physiquement|en presentiel|en visio|au telephone|de vive voix)\b|\b(?:on (?:peut|"
     r"pourrait)|peut-on|pourrait-on|est-ce qu'on (?:peut|pourrait)|possible de) se (?:voir|"
     r"rencontrer|parler|appeler|telephoner)\b(?! pour (?:le|la|les|un|une|l')\b)|"
     r"\b(?:je (?:ne )?(?:veux|prefere|souhaite|"
     r"voudrais) pas|je (?:ne )?peux pas) (?:l'|le |en |vous )?(?:ecrire|taper|mettre par "
     r"ecrit|detailler ici|expliquer ici|dire ici)\b"),
    ("rappel-seul", "human-request",
     r"^ ?(?:(?:un|svp|stp|merci|je veux|je voudrais)\W*){0,2}(?:rappel|appel|rappel "
     r"telephonique|appel telephonique|rappelez-moi|appelez-moi)(?:\W*(?:svp|stp|s'il vous "
     r"plait|s'il te plait|merci|!|\?))*\W* ?$"),
)
