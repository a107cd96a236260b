"""French message templates: ce que les salariés écrivent vraiment à un assistant RH.

Same grammar as the English file: ``{slot}`` is generated, ``[[text|LABEL]]`` is an inline gold
span, everything else is unlabelled by construction (so "la pierre", "l'huile d'olive", "Transports
Pierre SA", "le site de Lyon", "ticket 12345678" are negatives).
"""

from __future__ import annotations

import pii_eval_values as v

SLOTS = {
    "dx": v.pick_glued(
        [
            ("une ", "dépression"),
            ("un ", "diabète de type 2"),
            ("un ", "burn-out"),
            ("un ", "cancer du sein"),
            ("une ", "sclérose en plaques"),
            ("une ", "endométriose"),
            ("une ", "épilepsie"),
            ("un ", "TDAH"),
            ("un ", "covid long"),
            ("un ", "trouble bipolaire"),
            ("une ", "hernie discale"),
            ("une ", "fibromyalgie"),
            ("une ", "maladie de Crohn"),
            ("des ", "migraines chroniques"),
            ("un ", "syndrome d'épuisement professionnel"),
            ("une ", "sciatique"),
            ("un ", "lymphome"),
            ("une ", "polyarthrite rhumatoïde"),
        ],
        "HEALTH",
    ),
    "union": v.pick(["CGT", "CFDT", "FO", "CFE-CGC", "SUD", "UNSA", "CFTC"], "TRADE_UNION"),
    "feast": v.pick_glued(
        [
            ("le ", "Ramadan"),
            ("l'", "Aïd"),
            ("l'", "Aïd el-Kébir"),
            ("", "Yom Kippour"),
            ("", "Kippour"),
            ("", "Roch Hachana"),
            ("", "Pessah"),
            ("", "Diwali"),
            ("le ", "Carême"),
        ],
        "RELIGION",
    ),
    "faith": v.pick(
        [
            "musulman",
            "musulmane",
            "juif",
            "juive",
            "catholique pratiquante",
            "protestant",
            "bouddhiste",
            "sikh",
            "orthodoxe",
            "témoin de Jéhovah",
        ],
        "RELIGION",
    ),
    "orient": v.pick(
        [
            "gay",
            "homosexuel",
            "homosexuelle",
            "lesbienne",
            "bisexuel",
            "bisexuelle",
            "bi",
            "pansexuelle",
        ],
        "SEXUAL_ORIENTATION",
    ),
    "company": v.pick(
        [
            "Nordia Conseil",
            "Lumen Logistique",
            "Groupe Martin & Fils",
            "Boulangeries Rose SAS",
            "Transports Pierre SA",
            "Kestrel Santé",
        ],
        None,
    ),
    "hour": v.pick(["9h30", "14h", "10h30", "16h15", "8h", "midi"], None),
    "tool": v.pick(["Lucca", "le portail RH", "Workday", "Teams", "l'intranet"], None),
}

POSITIVE = [
    # identité et coordonnées
    "Bonjour, je suis {full} du site de {site}. Pouvez-vous mettre à jour mon numéro : {phone} ? "
    "merci",
    "bjr c'est {first}, ma nouvelle adresse mail c'est {email} stp change la dans {tool}",
    "Merci d'envoyer mes bulletins de paie à {email} et plus à mon adresse pro. {full}",
    "J'ai déménagé ! nouvelle adresse : {addr}, à partir du {date}. Cordialement, {first}",
    "Pouvez-vous modifier mon adresse postale ({addr}) ? Mon portable reste le {phone}.",
    "Coordonnées de {full} : {email}, {phone}, {addr}",
    "slt je suis {full}, rappelez moi au {phone} svp, le poste {ext} ne marche pas en télétravail",
    "Ma personne à prévenir en cas d'urgence est mon mari {full2}, tél. {phone2}.",
    "Changement de contact d'urgence : {full2} ({email2}), portable {phone2}. Je suis {full}.",
    "J'habite à {city} depuis le mois dernier, est-ce que j'ai encore droit à l'indemnité de "
    "transport pour {site} ?",
    "je vis maintenant à {city}, le télétravail 3 jours par semaine c'est possible ? {first}",
    "Bonjour, ici Mme {last} de la compta. {first2} peut-elle me rappeler au {phone} ?",
    "M. {last} m'a demandé de vous transférer son CV, son mail : {email}",
    "Pouvez-vous prévenir {full2} que je ne pourrai pas venir à l'entretien du {date} ? joignable "
    "au {phone}",
    # banque, sécurité sociale, pièces d'identité
    "Merci de verser mon salaire sur mon nouveau compte, IBAN {iban}. {full}",
    "Nouveau RIB : {iban} (titulaire {full}), à appliquer à partir du {date}.",
    "mon iban a changé : {iban}, les remboursements de la note de frais {invoice} doivent aller "
    "dessus",
    "pour le remboursement du déménagement ({amount}) utilisez {iban} merci",
    "Mon numéro de sécu est le {nir}, je suis né le {dob}.",
    "Je suis {full}, née le {dob}, n° de sécurité sociale {nir}, pour le dossier mutuelle.",
    "NIR : {nir} / date de naissance : {dob} / nom : {full}",
    "voici mon numéro de passeport {passport} pour le déplacement à Montréal, il expire le {date}",
    "N° de carte d'identité : {cni}. Je suis {full}, né(e) le {dob} à {city}.",
    "J'ai une micro-entreprise à côté, mon SIRET est {siret}. Est-ce compatible avec mon contrat ?",
    "Pour la facture du prestataire : SIREN {siren}, contact {full2} {email2}",
    "J'ai payé le repas d'équipe avec ma carte perso {card}, c'est remboursable ? total {amount}",
    "oups j'ai tapé ma carte bancaire {card} dans le formulaire de voyage au lieu de la carte pro",
    "Pour le badge : {full}, né le {dob}, passeport n° {passport}",
    "Ancien salarié de la filiale US, mon SSN était {ssn}, j'en ai besoin pour l'attestation",
    "Pour le dossier de prévoyance : {full}, NIR {nir}, IBAN {iban}, {addr}",
    "mon num de secu {nir} est faux sur la fiche de paie, c'est celui-là le bon. merci {first}",
    "Je suis auto-entrepreneur en plus de mon CDI (SIREN {siren}), faut-il le déclarer ?",
    "Facture de ma société (SIRET {siret}) pour la formation que j'ai donnée le {date} : {amount}",
    "Ma carte {card} a été débitée deux fois pour le séminaire, remboursement sur {iban} svp",
    "Copie de ma CNI n° {cni} en PJ, valable jusqu'au {date}. {full}",
    "Mon passeport {passport} et ma carte d'identité {cni} sont au nom de {full}",
    "voila mon rib {iban} et mon numéro de carte vitale {nir}",
    "Pour ma fille {first2} (née le {dob}, NIR {nir}) à ajouter sur la mutuelle",
    "Mon ancien employeur {company} (SIREN {siren}) ne m'a jamais envoyé mon attestation Pôle "
    "emploi",
    "num de carte {card} pour réserver l'hôtel à {site}, c'est ma carte perso attention",
    "Je loue un studio à côté, SIRET {siret} pour la LMNP, est-ce un cumul d'activité ? {full}",
    "Je suis aussi formateur indépendant : SIREN {siren}, SIRET {siret}. Je dois prévenir ?",
    "Le SIRET de ma micro ({siret}) apparaît sur ma fiche de paie par erreur. {first}",
    "J'ai perdu mon portefeuille le {date} avec ma carte {card} et ma CNI {cni}",
    # santé
    "On m'a diagnostiqué {dx}, j'aurais besoin d'un aménagement de poste. {first}",
    "bonjour je suis en [[arrêt maladie|HEALTH]] du {date} au {date2}, mon médecin parle de "
    "[[burn-out|HEALTH]]",
    "Je suis [[enceinte|HEALTH]] (terme prévu le {date}), comment l'annoncer à mon manager "
    "{full2} ?",
    "Est-ce que je peux avoir des horaires aménagés ? mon enfant {first2} est "
    "[[autiste|HEALTH]] et a des rendez-vous chaque semaine",
    "J'ai la [[RQTH|HEALTH]] depuis {year}, est-ce que l'entreprise doit adapter mon poste ?",
    "Je suis en [[situation de handicap|HEALTH]] ([[fauteuil roulant|HEALTH]]) et l'ascenseur du "
    "bâtiment B est encore en panne",
    "Je traverse une [[dépression|HEALTH]] depuis le {date}, à qui puis-je parler en toute "
    "confidentialité ?",
    "{full} : je serai à l'hôpital pour ma [[chimiothérapie|HEALTH]] le {date}, de retour la "
    "semaine suivante",
    "Après ma [[fausse couche|HEALTH]] j'aimerais quelques jours de congé, merci de ne rien dire "
    "à {first2}",
    "mon médecin m'a mis en [[arrêt maladie|HEALTH]] après mon [[opération du dos|HEALTH]], "
    "l'arrêt est en PJ. {full}",
    "La [[PMA|HEALTH]] est-elle prise en charge ? mes rendez-vous sont le {date} et le {date2}",
    "Je suis [[séropositif|HEALTH]] et j'ai peur que mon équipe l'apprenne, les RH peuvent "
    "m'aider ? ({email})",
    "Je reprends en [[mi-temps thérapeutique|HEALTH]] le {date}, qui prévient la paie ?",
    "dois-je dire à {company} que j'ai {dx} ? je commence le {date}",
    "Pour info {full2} est en [[arrêt maladie|HEALTH]] pour un [[covid long|HEALTH]], il faut "
    "couvrir ses créneaux",
    "Je suis [[diabétique|HEALTH]], j'ai besoin de pauses pour contrôler ma glycémie vers {hour}",
    "mon rendez-vous avec la médecine du travail pour ma [[surdité|HEALTH]] est le {date} à {hour}",
    # syndicat, religion, orientation
    "En tant que délégué {union}, je souhaite consulter le plan de réorganisation avant le {date}",
    "Je suis adhérente à la {union}, la journée de grève sera-t-elle retenue sur mon salaire ?",
    "Je suis {first}, [[délégué syndical|TRADE_UNION]] à l'entrepôt. Appelez-moi au {phone}.",
    "Je fais {feast}, est-ce que je peux finir à 16h et sauter la pause déjeuner ? merci {first}",
    "Je voudrais poser un jour pour {feast} le {date}, je suis {faith}",
    "Y a-t-il une salle de prière ? Je suis {faith} et je prie à midi. {full}",
    "Je suis {orient} et un collègue fait sans arrêt des remarques là-dessus. Que faire ? {first}",
    "Mon conjoint {full2} et moi sommes pacsés, puis-je l'ajouter à la mutuelle ? je suis {orient}",
    "Depuis que j'ai dit que j'étais {orient}, {full2} m'exclut des réunions",
    "Pendant {feast} je voudrais décaler mes horaires à partir du {date}, c'est possible ? {first}",
    "Je suis {faith}, puis-je ne pas participer au pot du vendredi soir ?",
    "Je suis adhérent {union} et élu au CSE, mes heures de délégation sont-elles payées ?",
    "je suis [[Jean-Marc|PERSON]], élu {union}, joignable au {phone}",
    "Je suis {orient}, mon compagnon {full2} et moi voulons demander un congé parental",
    "Je suis basée à {city} et j'aimerais rejoindre l'équipe de {site} à distance",
    "Ma nouvelle CNI : {cni}, l'ancienne a été volée le {date}",
    "Mon numéro de passeport a changé : {passport} (ancien : {passport2})",
    "J'ai travaillé à New York chez {company}, SSN {ssn}, faut-il le mettre dans mon dossier ?",
    "{full2}, notre consultante indépendante : SIREN {siren}, SIRET {siret}, mail {email2}",
    "Pour mon transfert aux États-Unis on me demande mon SSN ({ssn}) et ma date de naissance {dob}",
    # dates et démarches RH
    "Ma date d'entrée est le {date} mais mon contrat dit autre chose. {full}, matricule {ticket}",
    "Quand se termine ma période d'essai ? j'ai commencé le {date}. - {full}",
    "Bonjour c'est {first}, j'ai rdv chez le dentiste le {date} à {hour}, je peux partir plus tôt "
    "?",
    "Je suis né le {dob}, à quel âge je peux partir à la retraite à taux plein ?",
    "Demande d'attestation employeur pour {full} (sortie des effectifs le {date}), à envoyer à "
    "{email}",
    "ma manager {full2} a refusé mes congés du {date}, vous pouvez vérifier ? mon num {phone}",
    "{first2} de la paie peut me rappeler ? {phone}. c'est pour mon dernier bulletin (il manque "
    "{amount})",
    "Merci d'ajouter {full2} (conjoint(e), né(e) le {dob}) comme bénéficiaire de ma prévoyance",
    "Je suis {full}, mon badge ne marche plus, mon bureau est en salle {room}. Portable {phone}",
    "Je signale un harcèlement de la part de {full2} le {date}. Vous pouvez me joindre à {email}",
    "[[pierre|PERSON]] ici, vous pouvez me renvoyer mon contrat à {email} ? nom de famille {last}",
    "[[olive|PERSON]] de la paie demande : votre nom {full} est-il bien orthographié dans {tool} "
    "? répondre à {email}",
    "{full}, {addr}, {phone} : merci de mettre à jour avant l'envoi des documents fiscaux {year}",
    "je suis {first} et {first2} est ma responsable, elle m'a dit de vous demander pour la prime",
    "Pouvez-vous confirmer la date de départ de {full3} au {date} ? Son mail perso : {email3}",
    "Mobilité : {full}, de {city} vers le site de {site} au {date}, IBAN pour la prime {iban}",
    "Madame, Monsieur, je soussigné {full}, né le {dob}, NIR {nir}, IBAN {iban}, accepte la "
    "proposition.",
    "mon tél {phone} et mon mail perso {email} pour la liste d'astreinte, {first}",
    "Bonjour, je m'appelle [[Marie-Claire de La Tour|PERSON]] et {tool} affiche « {last} », "
    "pouvez-vous corriger ?",
]

NEGATIVE = [
    "Combien de jours de congés payés me reste-t-il cette année ?",
    "Quel est le délai de prescription pour les notes de frais ?",
    "Le salaire est versé le 25 de chaque mois, non ? Le mien n'est pas arrivé.",
    "Mon ticket {ticket} pour l'ordinateur est toujours ouvert depuis {ndays} jours.",
    "Commande {order} pour les nouvelles chaises : livraison prévue en salle {room} quand ?",
    "Le support est au poste {ext} mais personne ne répond.",
    "La politique de déplacement {policy} est-elle toujours valable en {year} ?",
    "J'ai déclaré {amount} pour le train, c'est dans le plafond ?",
    "Puis-je reporter {ndays} jours de congés sur {year} ?",
    "Quel est le délai de carence pour un arrêt maladie ?",
    "J'espère que la nouvelle prime sera annoncée avant le T3.",
    "Le site de {site} est-il ouvert les jours fériés ?",
    "Notre équipe a déménagé en salle {room} au 4e étage, merci de mettre à jour le plan.",
    "Le client VPN version {version} plante sans arrêt, une solution ?",
    "Comment fonctionne le congé maternité chez {company} ? C'est pour la page de la politique.",
    "Quelles sont les règles de l'arrêt maladie pour les intérimaires ?",
    "La facture {invoice} de {company} a été payée deux fois, la compta peut vérifier ?",
    "La référence {longnum} sur le colis ne correspond à aucune commande.",
    "Pour la décoration on peut mettre de l'huile d'olive et de la pierre naturelle dans la "
    "cuisine ?",
    "La salle de réunion du 2e étage peut accueillir combien de personnes ? Il nous faut {seats} "
    "places.",
    "Quel est le barème kilométrique {year} ? Toujours {pct} % de plus que l'an dernier ?",
    "Le centre de coût {costcentre} dépasse son budget, qui valide les formations en plus ?",
    "Aura-t-on un jour de congé pour le déménagement du site de {site} ?",
    "Où trouver l'accord d'entreprise sur les heures supplémentaires signé avec les syndicats ?",
    "Comment est calculée la cotisation retraite de {pct} % ?",
    "Quand se termine la période d'adhésion à la mutuelle cette année ?",
    "Le parking du site de {site} est-il gratuit après {hour} ?",
    "L'exercice incendie est à {hour} demain, tout le monde doit sortir ?",
    "Merci de réinitialiser mon mot de passe {tool}, dossier {ticket}.",
    "Le lundi de Pentecôte est-il travaillé cette année ?",
    "Comment demander un bureau assis-debout ? Le budget va jusqu'à {amount}.",
    "Le CSE organise-t-il encore la sortie à la Pierre-Saint-Martin cet hiver ?",
    "Le 13e mois est-il versé en décembre ou lissé sur l'année ?",
    "Notre équipe de 12 a besoin de {ndays} jours de formation, environ {amount}.",
    "La nouvelle cantine ouvre au niveau -1 de 11h30 à 14h, c'est bien ça ?",
    "Le gel des embauches au T4 concerne-t-il le code emploi {policy} ?",
    "Où est le formulaire d'entretien annuel {year} ? Je ne le trouve pas dans {tool}.",
    "Quelle est la différence entre RTT et congés payés ?",
    "La clôture de paie est le 20, après ça passe le mois suivant, c'est ça ?",
    "Les prestataires ont-ils accès à l'appli bien-être ? il reste {seats} licences",
    "Les badgeuses du bâtiment C affichent une erreur depuis la mise à jour {version}.",
    "Combien d'heures de formation par an la convention collective garantit-elle ?",
    "Que deviennent les congés non pris en cas de démission ?",
    "L'imprimante du 3e (n° d'inventaire {longnum}) est encore bloquée.",
    "Le site de {site} est-il fermé entre Noël et le jour de l'an ?",
    "La revalorisation {year} sera-t-elle au-dessus de {pct} % ?",
    "La date limite pour les notes de frais est le 31 mars, c'est toujours vrai ?",
    "La salle Simone Veil est-elle libre jeudi à {hour} ?",
    "Le forfait mobilités durables de {amount} par an est-il cumulable avec le pass Navigo ?",
    "La Saint-Martin est-elle un jour férié en Alsace ?",
]
