"""French phrase tables (6/6): mental health, from exhaustion to suicidal wording.

Same format as ``phrases_fr``; suicidal wording (rule ``suicide``) is ``handoff.URGENT``.
"""

from __future__ import annotations

from governance.oversight.settings import Category

MENTAL_HEALTH: tuple[tuple[str, Category, str], ...] = (
    ("burnout", "mental-health",
     r"\bburn-? ?out\b|\bepuisement (?:professionnel)?\b|\bepuise(?:e|s|es)?\b"),
    ("depression", "mental-health", r"\bdepress(?:ion|if|ive|ifs)\b|\bdeprime(?:e)?\b"),
    ("anxiete", "mental-health",
     r"\banxi(?:ete|eux|euse)\b|\bangoiss\w*|\bcrises? de panique\b|\bpaniqu\w*"),
    ("suicide", "mental-health",
     r"\bsuicid\w*|\bme (?:tuer|foutre en l'air|faire du mal|fais du mal)\b|\ben finir\b|"
     r"\b(?:idees|pensees) (?:noires|sombres|suicidaires|morbides)\b|\bme (?:jeter|balancer) (?:sous|par|"
     r"du haut|d'un|dans|de)\b|\bsauter "
     r"(?:par la fenetre|d'un pont|du toit|sous un)\b|\bme pendre\b|\bme tirer une balle\b|"
     r"\bmettre fin a mes jours\b|\bme supprimer\b|\bsi je n'(?:etais|existais) plus\b|\bsi "
     r"je (?:disparaissais|mourais|partais pour de bon)\b|\b(?:plus simple|mieux) si je "
     r"(?:n'etais|ne suis) plus la\b|\bplus simple sans moi\b|"
     r"\b(?:plus|pas) envie de vivre\b|\b(?:envie de|veux|voudrais|vais) crever\b|\bmieux sans moi\b|"
     r"\b(?:pas|plus) envie de me "
     r"reveiller\b|\bne plus me reveiller\b|\b(?:envie de|veux|voudrais|prefere|preferais) "
     r"mourir\b|\bautomutil\w*"),
    ("n-en-peux-plus", "mental-health",
     r"\b(?:je n'en peux plus|j'en peux plus|n'en peux plus|je craque|je vais craquer|"
     r"j'ai craque|je n'y arrive plus|j'y arrive plus|je ne tiens plus|je tiens plus|"
     r"(?:je n'arrive|j'arrive|je ne parviens) plus a (?:faire face|gerer|tenir|dormir|avancer|travailler|"
     r"me lever|me "
     r"concentrer|me motiver|venir|aller au (?:travail|boulot|bureau)|sortir du lit|sourire|"
     r"rien faire|rien|penser|reflechir|decrocher)|"
     r"je ne sais plus (?:quoi faire|comment faire|comment m'en sortir|ou j'en suis)|je "
     r"sature|je coule|ne (?:plus |)rien valoir|je ne vaux rien|je ne sers a rien|je (?:fais|"
     r"passe) des nuits blanches|a l'idee (?:du lundi|d'y aller|d'y retourner|d'aller au "
     r"(?:travail|boulot|bureau)|de retourner au (?:travail|boulot|bureau)|de revenir au "
     r"(?:travail|bureau)))\b|\b(?:envie de vomir|nausees?|mal au ventre)\b[^.?!]{0,40}"
     r"\b(?:travail|boulot|lundi|bureau|bosser)\b"),
    ("a-bout", "mental-health",
     r"\b(?:a bout|au bout du rouleau|au bout de (?:ma vie|mes forces|moi)|je suis au bout|"
     r"tout s'ecroule|mon monde s'ecroule|je m'ecroule|je m'effondre|au point de (?:ne plus|"
     r"ne pas|ne rien|pleurer|vomir|trembler|craquer)|ne plus (?:dormir|manger|pouvoir "
     r"dormir)|a bout de nerfs|a bout de souffle|sous l'eau|"
     r"deborde\w*|submerge\w*|surmenage|surmene\w*|detresse|desespoir|desespere\w*|"
     r"mal-? ?etre|souffrance (?:au travail|psychologique|morale)|ma sante mentale|"
     r"(?:tres|trop|super|completement|vraiment) (?:stresse\w*|mal|seule?|triste|fatigue\w*)|"
     r"peter (?:un|les) (?:plomb|cable)s?|pete (?:un|les) (?:plomb|cable)s?)\b"),
    ("disparaitre", "mental-health",
     r"\benvie de (?:disparaitre|tout (?:arreter|lacher|plaquer)|m'enfuir|dormir pour "
     r"toujours)\b|\bdisparaitre\b|\bme noyer\b|\bje me noie\b|\bje ne vois pas d'issue\b|"
     r"\bje redoute (?:le travail|d'aller|le lundi|mes journees|chaque jour|de venir|de "
     r"retourner)\b|\bdu mal a me lever\b|\bla peur au ventre\b|\bca (?:ne )?va pas (?:fort|tres "
     r"fort)\b|\bca va vraiment pas\b|"
     r"\b(?:je sombre|en train de sombrer|vais sombrer|je suis en train de couler)\b|"
     r"\btout me (?:parait|semble|pese|est)\w* (?:trop |tellement |si )?(?:lourd|insurmontable|"
     r"difficile|impossible|trop)\b|\bje suis dans le dur\b|\ben vrille dans ma tete\b|"
     r"\b(?:je pars|ma tete part|je suis parti\w*) en vrille\b|\bdans ma tete\b[^.?!]{0,20}"
     r"\b(?:ca ne va|ca va) (?:pas|plus)\b"),
    ("psy", "mental-health",
     r"\b(?:ma|mon) (?:psy|psychiatre|psychologue|therapeute|psychotherapeute)\b|\b(?:je vois|"
     r"je consulte|je suis suivie? par|suivie? par) (?:un|une) (?:psy|psychiatre|psychologue|"
     r"therapeute)\b|\ba fleur de peau\b|\ble moral dans les chaussettes\b|\bj'etouffe\b|"
     r"\bl'impression d'etouffer\b|\bje suis (?:a plat|lessivee?|rincee?|cramee?|carbonisee?)"
     r"\b|\b(?:impression|peur) de (?:sombrer|couler|craquer|devenir folle?|perdre pied|"
     r"m'effondrer|exploser|ne pas tenir)\b|\bpeur d'aller (?:au travail|travailler|au bureau|"
     r"au boulot)\b|\benvie de tout quitter\b|"
     r"\bne vois plus (?:l'interet|le sens|de sens|d'issue|comment)\b|\bplus (?:aucun |de |)"
     r"(?:sens|interet) (?:a|de) (?:continuer|vivre|me lever)\b|\b(?:plus aucune|aucune|"
     r"perdu toute|perdu ma) motivation\b|\bje bois (?:de plus en plus|trop|pour tenir|plus)\b|"
     r"\bje suis (?:completement |totalement |)vide(?:e)?\b|\bboule au ventre\b|"
     r"\bcoeur (?:s'emballe|bat trop|qui s'emballe)\b|\b(?:j'arrive|je n'arrive|n'arrive) plus a "
     r"respirer\b|\bpalpitations\b|\bpeur d'etre jugee?\b|\bau bord du gouffre\b"),
    ("moral", "mental-health",
     r"\bmoralement (?:c'est|ca|je)\b|\ble moral (?:est )?(?:a zero|au plus bas|en berne)\b|"
     r"\bpas le moral\b|\bdeven(?:ir|u|ue) (?:fou|folle|dingue)\b|\bje deviens (?:fou|folle|"
     r"dingue)\b|\b(?:cachets|medicaments|somniferes|anxiolytiques|antidepresseurs|calmants|"
     r"alcool)\b[^.?!]{0,20}\bpour (?:tenir|dormir|supporter|aller au travail|tenir le coup)\b|"
     r"\bje prends des (?:antidepresseurs|anxiolytiques|calmants)\b|\bje bois (?:tous les "
     r"soirs|chaque soir|pour oublier|pour tenir)\b|\bsur les nerfs\b|\bn'arrive (?:pas|plus) a "
     r"(?:me detendre|decompresser|souffler)\b|\btout (?:abandonner|laisser tomber|lacher|plaquer|"
     r"envoyer (?:balader|promener|valser))\b|"
     r"\b(?:plus|pas) (?:gout|envie) (?:a|de) rien\b|\bje ne me sens (?:pas|plus) bien (?:du tout|"
     r"psychologiquement|moralement|mentalement|dans ma tete|dans ma peau|au travail)\b|"
     r"\b(?:psychologiquement|mentalement|moralement|nerveusement) (?:je|ca|c'est|epuise\w*|a "
     r"bout|atteinte?|fragile|au plus bas|k\.?o)\b"),
    ("me-detruit", "mental-health",
     r"\bme (?:detruit|detruisent|bouffe|bouffent|ronge|rongent|consume|epuise)\b|\bje ne dors "
     r"(?:pas|plus)\b|\bperdu \d+ ?(?:kilos|kg)\b|\brumine\w*\b|\b(?:tellement|trop) de "
     r"(?:pression|stress)\b|\bje me sens (?:vraiment |tres |)pas bien\b"),
    ("a-bout-de-forces", "mental-health",
     r"\b(?:perdre|perds|perdu) les pedales\b|\ba bout de forces?\b|\b(?:j'ai|je n'ai|j'ai meme|"
     r"je n'ai meme) plus (?:la force|"
     r"l'energie|la force de rien|aucune force|aucune energie)\b|\b(?:je suis |suis |)sous "
     r"(?:anxiolytiques|antidepresseurs|calmants|somniferes|xanax|lexomil|traitement pour "
     r"(?:la depression|l'anxiete|dormir))\b|\bje (?:ne )?tiens (?:a peine|plus le coup|"
     r"pas le coup)\b|\bplus d'energie\b|\bau fond du trou\b|\bje ne m'en sors plus\b|"
     r"\bje perds pied\b|\bje craque\w*\b|\bcrises? de (?:larmes|pleurs)\b|\bje me sens "
     r"oppresse\w*|\benvie de pleurer\b|\ben souffrance\b|\bje ne supporte plus (?:mon "
     r"travail|mon poste|le travail|rien|la pression)\b|\bje ne me reconnais plus\b|\ba deux "
     r"doigts de craquer\b"),
    ("couler", "mental-health",
     r"\bau bord (?:des larmes|de la crise de nerfs|du burn-? ?out|de la depression)\b|"
     r"\bc'est (?:trop|beaucoup trop) pour moi\b|\btout est (?:trop|devenu trop|tellement|si)"
     r"(?: lourd| dur| difficile| pesant)?\b(?! (?:cher|long|lent|loin|complique a))|\b(?:je me "
     r"sens|je suis|me sens) (?:\w+ )?(?:piegee?|prise? au piege|sans issue|dans une impasse)"
     r"\b|\bl'ombre de moi-? ?meme\b|\benvie de (?:m'effondrer|hurler|craquer|tout casser|partir "
     r"en courant)\b|\bje (?:ne )?dors (?:que |plus que |)\d+ ?(?:h|heures)\b|\bperdu (?:le sommeil|"
     r"l'appetit)\b|\bplus d'appetit\b|\b(?:je ne me sens|je me sens) "
     r"(?:plus|pas) capable de rien\b|\bincapable de (?:rien|faire quoi que ce soit)\b|\bplus "
     r"capable de rien\b|\bl'impression de couler\b|\bje ne ressens plus rien\b|\bplus (?:aucune|de) "
     r"(?:joie|emotion|plaisir)\b|\b(?:tellement|trop|si) "
     r"stresse\w*|\b(?:n'arrive plus a|ne peux plus) manger\b|\bje ne mange plus\b"),
    ("a-ma-limite", "mental-health",
     r"\ba ma limite\b|\b(?:je ne vais|je vais) pas tenir\b|\bje (?:ne )?tiens plus\b|"
     r"\bpeur tout le temps\b|\b(?:mes )?mains tremblent\b|\bje tremble\b|\bje me reveille "
     r"(?:toutes les nuits|la nuit|chaque nuit)\b|\bje me sens (?:tellement|si|trop|"
     r"completement) (?:seule?|mal|nulle?|vide|inutile)\b"),
    ("pleurer", "mental-health",
     r"\b(?:je pleure|pleure tous|en pleurs|en larmes|pleurer au travail|"
     r"je ne dors plus|je dors plus|insomnies?)\b(?! de rire)"),
    ("stress", "mental-health",
     r"\b(?:stress (?:permanent|chronique|enorme|insupportable|au travail)|trop de stress|"
     r"tellement de stress|pression (?:insupportable|permanente|enorme))\b"),
    ("je-vais-mal", "mental-health",
     r"\b(?:je vais (?:tres |vraiment |)mal|je ne vais pas bien|je vais pas bien|ca ne va pas|"
     r"ca va pas du tout|je me sens (?:tres |vraiment |)(?:mal|vide|nul|nulle|inutile|seule?|"
     r"perdue?|abandonnee?))\b"),
    ("envie-de-rien", "mental-health",
     r"\b(?:j'ai |)(?:plus |)envie de rien\b|\bje me traine\b|\bje fais des malaises\b|"
     r"\bmalaises?\b[^.?!]{0,20}\b(?:stress|travail|boulot|pression)\b|\b(?:le travail|le "
     r"boulot|mon travail|mon poste|ce job|ce poste|cette situation) me rend malade\b|\b(?:je "
     r"n'en|j'en|n'en) dors (?:plus|pas)\b|\bje vais (?:exploser|peter un (?:plomb|cable)|"
     r"m'effondrer|m'ecrouler)\b|\bau bord de (?:l'explosion|la crise|l'effondrement|la "
     r"rupture)\b|\bfond du (?:trou|gouffre)\b|\becrase\w* (?:par|sous) (?:la charge|le "
     r"travail|les dossiers|la pression|le boulot)\b|\bje tiens a peine debout\b|\bperdu (?:le "
     r"gout|l'envie) (?:de tout|de vivre|de rien)\b|\b(?:plus|pas) (?:de )?gout a (?:rien|la "
     r"vie)\b|\bscarifi\w*|\bje me coupe\b|\b(?:je (?:vais|pourrais|risque de|pense|crains "
     r"de)|peur de) (?:\w+ ){0,3}faire une (?:connerie|betise|grosse betise)\b(?! (?:dans|sur|avec|"
     r"en))|\b(?:peur de|sur le point de|pres de|finir par|a deux doigts de) craquer\b"),
)
