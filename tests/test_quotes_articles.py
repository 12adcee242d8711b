"""Whole articles, quote by quote (issue 3, language layer, second round of the quote catalogue).

The short cases of tests/test_quotes_catalogue.py test one construction at a time; real pages go
wrong on who a quote belongs to across a WHOLE article: a speaker named once then followed by
pronouns, roles ('le magistrat', 'ce dernier', 'l'intéressée'), paragraphs of quoted sentences with
no verb of saying, speakers that alternate. Each article here is written for this file (never taken
from a corpus page or a gold file), in varied genres, with every quote a careful reader finds and
its speaker as the text names them (the conventions of the gold files: see
tests/test_quotes_catalogue.py's module doc). They are scored with the evaluator's own matching
(`recoupe.evaluate.language._match_quotes` on Span lists), so the figures mean what `recoupe eval
quotes` means: quotes matched / gold, predicted, speakers right / matched.

The test asserts per-article floors a little under what the code reached when they were last
raised (so a regression fails; a floor only moves up). `python tests/test_quotes_articles.py`
prints the per-article table; `-v` lists the items wrong.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass

import pytest

from recoupe.evaluate.language import MATCH_DICE, Span, _dice, _match_quotes, _same_speaker
from recoupe.language.analyse import analyse
from recoupe.model import Article

NB = "\u00a0"


@dataclass(frozen=True)
class Piece:
    span: str  # an exact piece of the text, searched after the previous piece
    speaker: str


@dataclass(frozen=True)
class Story:
    name: str
    genre: str
    text: str
    quotes: tuple[Piece, ...]
    floor: tuple[int, int]  # (quotes matched, speakers right) the code must keep at least


def S(name: str, genre: str, text: str, quotes: list[tuple[str, str]], floor: tuple[int, int]) -> Story:
    return Story(name, genre, text, tuple(Piece(s, w) for s, w in quotes), floor)


# fmt: off
STORIES: list[Story] = [
    S("incendie", "news dispatch, three speakers and their roles",
      "Un incendie a ravagé un entrepôt de la zone industrielle de Vernay dans la nuit de lundi à mardi.\n"
      "Le feu s'est déclaré vers deux heures du matin. Une centaine de pompiers ont été mobilisés. "
      "« Le bâtiment était entièrement embrasé à notre arrivée », a expliqué le commandant Éric Fontaine, "
      "du service départemental d'incendie et de secours. Selon lui, aucun produit dangereux n'était stocké sur le site.\n"
      "L'officier a ajouté que les causes du sinistre restaient inconnues. « Une enquête est ouverte, nous ne "
      "privilégions aucune piste pour l'instant », a-t-il précisé.\n"
      "Le maire de Vernay, Nathalie Perrin, s'est rendue sur place dès l'aube. Elle a annoncé qu'une cellule d'aide "
      "serait mise en place pour les quarante salariés de l'entreprise. « Ces familles ne doivent pas se retrouver "
      "seules face à cette épreuve », a insisté l'élue.\n"
      "Le directeur de l'entrepôt, Karim Belkacem, ne cache pas son désarroi. « Trente ans de travail sont partis en "
      "fumée en quelques heures. » Ce dernier espère pourtant reprendre une partie de l'activité dans un autre "
      "bâtiment. « Nous avons des clients qui comptent sur nous, nous ne les laisserons pas tomber », assure-t-il.\n"
      "La préfecture a indiqué mardi soir que la qualité de l'air ne présentait aucun danger pour les riverains.\n",
      [("Le bâtiment était entièrement embrasé à notre arrivée", "Éric Fontaine"),
       ("aucun produit dangereux n'était stocké sur le site", "Éric Fontaine"),
       ("les causes du sinistre restaient inconnues", "Éric Fontaine"),
       ("Une enquête est ouverte, nous ne privilégions aucune piste pour l'instant", "Éric Fontaine"),
       ("qu'une cellule d'aide serait mise en place pour les quarante salariés de l'entreprise", "Nathalie Perrin"),
       ("Ces familles ne doivent pas se retrouver seules face à cette épreuve", "Nathalie Perrin"),
       ("Trente ans de travail sont partis en fumée en quelques heures.", "Karim Belkacem"),
       ("Nous avons des clients qui comptent sur nous, nous ne les laisserons pas tomber", "Karim Belkacem"),
       ("la qualité de l'air ne présentait aucun danger pour les riverains", "La préfecture")],
      (9, 9)),
    S("proces", "court report: judge, prosecutor, lawyers, the accused, a witness",
      "Le tribunal correctionnel de Rennes a jugé jeudi Julien Marchal, 34 ans, poursuivi pour abus de confiance.\n"
      "Dès l'ouverture de l'audience, la présidente, Hélène Garnier, a rappelé les faits. L'ancien comptable est "
      "accusé d'avoir détourné près de 200 000 euros au détriment de l'association qui l'employait.\n"
      "« Je reconnais avoir fait des erreurs, mais je n'ai jamais voulu voler qui que ce soit », a déclaré le "
      "prévenu à la barre, la voix tremblante. La magistrate l'a interrompu : « Des erreurs pendant six ans, "
      "monsieur ? »\n"
      "Appelée comme témoin, la trésorière de l'association, Monique Lebrun, a décrit une gestion opaque. « Il "
      "refusait de nous montrer les relevés bancaires, il disait que tout était en ordre », a-t-elle raconté.\n"
      "Pour le procureur, Antoine Ferrand, le dossier ne laisse aucune place au doute. « Il s'agit d'un système "
      "organisé, méthodique, qui a mis en péril une structure venant en aide aux plus démunis », a-t-il lancé, "
      "avant de requérir deux ans de prison dont un avec sursis.\n"
      "L'avocate de la défense, Me Sarah Cohen, a plaidé la relaxe partielle. « Mon client a remboursé une partie "
      "des sommes, il a perdu son emploi et sa réputation », a-t-elle fait valoir. Me Cohen a aussi estimé que "
      "l'association avait manqué de contrôles pendant des années.\n"
      "Le jugement a été mis en délibéré au 14 mai.\n",
      [("Je reconnais avoir fait des erreurs, mais je n'ai jamais voulu voler qui que ce soit", "Julien Marchal"),
       ("Des erreurs pendant six ans, monsieur ?", "Hélène Garnier"),
       ("Il refusait de nous montrer les relevés bancaires, il disait que tout était en ordre", "Monique Lebrun"),
       ("le dossier ne laisse aucune place au doute", "Antoine Ferrand"),
       ("Il s'agit d'un système organisé, méthodique, qui a mis en péril une structure venant en aide aux plus démunis", "Antoine Ferrand"),
       ("Mon client a remboursé une partie des sommes, il a perdu son emploi et sa réputation", "Sarah Cohen"),
       ("l'association avait manqué de contrôles pendant des années", "Sarah Cohen")],
      (7, 6)),
    S("budget", "political story: a woman minister and a man of the opposition",
      "La ministre du Travail, Claire Vasseur, a présenté mercredi son projet de réforme de l'assurance chômage.\n"
      f"Devant les députés, elle a défendu un texte « juste et nécessaire ». «{NB}Nous voulons que le travail paie "
      f"toujours plus que l'inactivité{NB}», a-t-elle martelé. La ministre a assuré que les demandeurs d'emploi les plus "
      "fragiles seraient protégés.\n"
      "L'opposition ne l'entend pas de cette oreille. Le député Thomas Reynaud dénonce « une réforme brutale, écrite "
      f"sans les partenaires sociaux ». «{NB}On fait payer la crise à ceux qui n'y sont pour rien{NB}», a lancé "
      "l'élu dans l'hémicycle. Il a annoncé le dépôt d'une motion de censure.\n"
      "Interrogée sur ce point à la sortie de la séance, Claire Vasseur s'est dite « sereine ». « Le débat aura lieu, "
      "c'est la démocratie. Mais je ne reculerai pas sur l'essentiel. »\n"
      "Du côté des syndicats, le ton est tout aussi vif. La secrétaire générale de la CFDT, Laure Martin, a affirmé "
      "que son organisation appellerait à manifester le 2 avril. « Personne ne nous a consultés, et on vient nous "
      "expliquer que c'est pour notre bien », ironise-t-elle.\n",
      [("juste et nécessaire", "Claire Vasseur"),
       ("Nous voulons que le travail paie toujours plus que l'inactivité", "Claire Vasseur"),
       ("les demandeurs d'emploi les plus fragiles seraient protégés", "Claire Vasseur"),
       ("une réforme brutale, écrite sans les partenaires sociaux", "Thomas Reynaud"),
       ("On fait payer la crise à ceux qui n'y sont pour rien", "Thomas Reynaud"),
       ("sereine", "Claire Vasseur"),
       ("Le débat aura lieu, c'est la démocratie. Mais je ne reculerai pas sur l'essentiel.", "Claire Vasseur"),
       ("que son organisation appellerait à manifester le 2 avril", "Laure Martin"),
       ("Personne ne nous a consultés, et on vient nous expliquer que c'est pour notre bien", "Laure Martin")],
      (7, 7)),
    S("football", "sports: a match report with the coach and a player",
      "Le FC Montval s'est imposé 2-1 samedi face à Lorient, au terme d'un match longtemps indécis.\n"
      "Menés à la pause, les joueurs de Patrick Duval ont renversé la situation en dix minutes. « À la mi-temps, "
      "je leur ai simplement demandé de jouer sans peur », a confié l'entraîneur en conférence de presse. "
      "« On a vu une autre équipe en seconde période. »\n"
      "Auteur du but de la victoire, Yanis Benali savourait. « C'est le plus beau but de ma carrière, je n'ai pas "
      "réfléchi, j'ai frappé », a souri l'attaquant de 21 ans. Le jeune joueur a dédié ce but à sa mère, présente "
      "dans les tribunes.\n"
      "En face, l'entraîneur lorientais, Franck Morel, regrettait le manque de réalisme de ses joueurs. « Nous "
      "avons eu trois occasions nettes, nous n'en avons mis qu'une. À ce niveau, ça se paie », a-t-il reconnu.\n"
      "Le capitaine de Montval, Olivier Sanchez, blessé à la cheville, pourrait manquer le prochain match. "
      "« Ce n'est rien de grave, je serai là dimanche », a-t-il assuré à la sortie du vestiaire.\n",
      [("je leur ai simplement demandé de jouer sans peur", "Patrick Duval"),
       ("On a vu une autre équipe en seconde période.", "Patrick Duval"),
       ("C'est le plus beau but de ma carrière, je n'ai pas réfléchi, j'ai frappé", "Yanis Benali"),
       ("Nous avons eu trois occasions nettes, nous n'en avons mis qu'une. À ce niveau, ça se paie", "Franck Morel"),
       ("Ce n'est rien de grave, je serai là dimanche", "Olivier Sanchez")],
      (5, 3)),
    S("blog", "a blog post: each paragraph introduces someone, then quoted sentences with no verb of saying",
      "Trois semaines sur les routes de Bretagne : ce que m'ont appris les artisans\n"
      "Je suis parti en mai avec un carnet et une idée simple : écouter ceux qui fabriquent encore les choses à la "
      "main. Voici ce qu'ils m'ont dit.\n"
      "Marie Le Goff est potière à Quimper depuis vingt ans. Elle m'a reçu dans son atelier, les mains encore "
      "couvertes de terre. « Le tour, c'est une école de patience. Tu ne peux pas tricher avec l'argile. » Plus "
      "tard, en servant le café : « Les jeunes veulent apprendre, mais personne ne leur donne le temps. »\n"
      "À Morlaix, j'ai rencontré Yves Tanguy, ébéniste. Un homme de peu de mots. « Un meuble bien fait, ça dure "
      "trois générations. » Il m'a montré une commode de son grand-père. « Regarde les assemblages. Pas une vis. »\n"
      "Enfin, à Vannes, Sophie Quéré tisse le lin. Elle est plus inquiète. « Le métier disparaît. Je suis la "
      "dernière à faire ça dans le département. »\n"
      "Je suis rentré avec le sentiment d'avoir vu un monde qui résiste.\n",
      [("Le tour, c'est une école de patience. Tu ne peux pas tricher avec l'argile.", "Marie Le Goff"),
       ("Les jeunes veulent apprendre, mais personne ne leur donne le temps.", "Marie Le Goff"),
       ("Un meuble bien fait, ça dure trois générations.", "Yves Tanguy"),
       ("Regarde les assemblages. Pas une vis.", "Yves Tanguy"),
       ("Le métier disparaît. Je suis la dernière à faire ça dans le département.", "Sophie Quéré")],
      (5, 5)),
    S("science", "science: a study and a researcher",
      "Les abeilles sauvages déclinent plus vite qu'on ne le pensait, selon une étude publiée lundi dans la revue "
      "Nature Ecology.\n"
      "Les auteurs ont suivi 600 sites en Europe pendant quinze ans. Ils concluent que le nombre d'espèces "
      "observées a reculé de 25 % sur la période. L'étude pointe l'usage des pesticides et la disparition des "
      "haies.\n"
      "« C'est un signal d'alarme très clair », estime Isabelle Roussel, écologue à l'Inrae et co-autrice de "
      "l'étude. La chercheuse souligne que certaines espèces ont disparu de régions entières. « Quand une "
      "abeille sauvage disparaît, ce sont des plantes entières qui ne sont plus pollinisées. »\n"
      "Pour Marc Delmas, entomologiste au Muséum, qui n'a pas participé aux travaux, les chiffres sont "
      "solides. « La méthode est rigoureuse, les résultats sont cohérents avec ce que nous voyons sur le "
      "terrain », juge-t-il. Le scientifique appelle toutefois à la prudence : « Quinze ans, c'est court à "
      "l'échelle d'une population d'insectes. »\n",
      [("le nombre d'espèces observées a reculé de 25 % sur la période", "Les auteurs"),
       ("C'est un signal d'alarme très clair", "Isabelle Roussel"),
       ("certaines espèces ont disparu de régions entières", "Isabelle Roussel"),
       ("Quand une abeille sauvage disparaît, ce sont des plantes entières qui ne sont plus pollinisées.", "Isabelle Roussel"),
       ("les chiffres sont solides", "Marc Delmas"),
       ("La méthode est rigoureuse, les résultats sont cohérents avec ce que nous voyons sur le terrain", "Marc Delmas"),
       ("Quinze ans, c'est court à l'échelle d'une population d'insectes.", "Marc Delmas")],
      (7, 7)),
    S("direct", "a live blog with timestamped entries",
      "EN DIRECT. Tempête Ciara : suivez la situation heure par heure\n"
      "08h15 - Le préfet du Finistère, Laurent Berthier, a maintenu l'alerte rouge. « Restez chez vous, ne prenez "
      "pas la route sauf urgence absolue », a-t-il demandé sur France Bleu.\n"
      "09h02 - Plus de 80 000 foyers sont privés d'électricité. Le directeur régional d'Enedis, Paul Guérin, "
      "indique que les équipes interviendront dès que le vent faiblira.\n"
      "09h40 - « Nous avons eu très peur, le toit de l'école s'est envolé », témoigne Céline, une habitante de "
      "Brest jointe par téléphone.\n"
      "10h25 - La ministre de l'Intérieur, Anne Dorval, annonce qu'elle se rendra sur place dans l'après-midi. "
      "« L'État sera aux côtés des sinistrés », a-t-elle écrit sur X.\n"
      "11h10 - Le préfet fait un nouveau point : « Le pic de la tempête est passé, mais la vigilance reste de mise "
      "jusqu'à ce soir. »\n",
      [("Restez chez vous, ne prenez pas la route sauf urgence absolue", "Laurent Berthier"),
       ("les équipes interviendront dès que le vent faiblira", "Paul Guérin"),
       ("Nous avons eu très peur, le toit de l'école s'est envolé", "Céline"),
       ("qu'elle se rendra sur place dans l'après-midi", "Anne Dorval"),
       ("L'État sera aux côtés des sinistrés", "Anne Dorval"),
       ("Le pic de la tempête est passé, mais la vigilance reste de mise jusqu'à ce soir.", "Laurent Berthier")],
      (6, 6)),
    S("portrait", "a portrait: one subject, a friend, pronouns and 'l'intéressée'",
      "Léa Fournier, la cheffe qui fait rimer cuisine et quartier\n"
      "À 38 ans, Léa Fournier vient de décrocher sa première étoile. Rien ne la prédestinait pourtant aux "
      "fourneaux. « J'ai grandi dans une famille où l'on mangeait des surgelés tous les soirs », raconte-t-elle en "
      "riant.\n"
      "Après des études de droit, elle bifurque à 25 ans. L'intéressée assume ce virage tardif : « Je ne "
      "supportais plus les bureaux. Il me fallait du bruit, du feu, des gens. »\n"
      "Son ami d'enfance, Nicolas Berger, devenu son second, se souvient de ses débuts. « Elle travaillait dix-huit "
      "heures par jour. On la croyait folle », confie-t-il.\n"
      "Aujourd'hui, la cheffe forme des jeunes du quartier sans diplôme. « Je leur dois ça. Le quartier m'a tout "
      "donné », dit-elle simplement.\n",
      [("J'ai grandi dans une famille où l'on mangeait des surgelés tous les soirs", "Léa Fournier"),
       ("Je ne supportais plus les bureaux. Il me fallait du bruit, du feu, des gens.", "Léa Fournier"),
       ("Elle travaillait dix-huit heures par jour. On la croyait folle", "Nicolas Berger"),
       ("Je leur dois ça. Le quartier m'a tout donné", "Léa Fournier")],
      (4, 3)),
    S("hommage", "an obituary quoting relatives",
      "Disparition de Jean-Pierre Aubert, l'instituteur qui avait fondé la fanfare de Saint-Rémy\n"
      "Jean-Pierre Aubert s'est éteint dimanche à l'âge de 86 ans. Pendant quarante ans, il avait enseigné à "
      "l'école du village et animé la fanfare qu'il avait créée en 1968.\n"
      "« Papa vivait pour la musique et pour ses élèves. Il n'a jamais su s'arrêter », confie sa fille, "
      "Catherine Aubert. Elle se souvient des répétitions du jeudi soir dans la cuisine familiale.\n"
      "Son ancien élève et successeur à la tête de la fanfare, Damien Roux, salue « un homme d'une patience "
      "infinie ». « Il m'a mis une trompette dans les mains à huit ans. Je lui dois tout », explique-t-il.\n"
      "Le maire, Gérard Petit, a annoncé que la salle des fêtes porterait son nom.\n"
      "Les obsèques auront lieu vendredi à 10 heures en l'église de Saint-Rémy.\n",
      [("Papa vivait pour la musique et pour ses élèves. Il n'a jamais su s'arrêter", "Catherine Aubert"),
       ("un homme d'une patience infinie", "Damien Roux"),
       ("Il m'a mis une trompette dans les mains à huit ans. Je lui dois tout", "Damien Roux"),
       ("que la salle des fêtes porterait son nom", "Gérard Petit")],
      (3, 3)),
    S("entretien", "an interview laid out with dashes and the interviewer's questions",
      "Rencontre avec Amélie Caron, navigatrice, avant le départ de la Route du Rhum\n"
      "La skippeuse de 41 ans prendra le départ dimanche à Saint-Malo. Nous l'avons rencontrée sur le ponton.\n"
      "— Dans quel état d'esprit êtes-vous à trois jours du départ ?\n"
      "— Je suis impatiente. Le bateau est prêt, l'équipe a fait un travail énorme.\n"
      "— Vous avez chaviré il y a quatre ans. Y pensez-vous encore ?\n"
      "— Tous les jours. Mais la peur, c'est ce qui vous garde en vie en mer.\n"
      "— Quel est votre objectif ?\n"
      "— Finir, d'abord. Et si je peux jouer le podium, je ne m'en priverai pas.\n",
      [("Je suis impatiente. Le bateau est prêt, l'équipe a fait un travail énorme.", "Amélie Caron"),
       ("Tous les jours. Mais la peur, c'est ce qui vous garde en vie en mer.", "Amélie Caron"),
       ("Finir, d'abord. Et si je peux jouer le podium, je ne m'en priverai pas.", "Amélie Caron")],
      (2, 2)),
    S("conference", "a press conference with journalists' questions",
      "Le président du club, Bernard Lemoine, a tenu une conférence de presse mardi pour annoncer le départ de "
      "l'entraîneur.\n"
      "« Nous avons décidé d'un commun accord de mettre fin à notre collaboration », a déclaré le dirigeant en "
      "ouvrant la séance. Interrogé sur le nom du successeur, il a refusé de se prononcer. « Vous le saurez en "
      "temps voulu. »\n"
      "Un journaliste lui a demandé si les résultats décevants expliquaient cette décision. « Les résultats, bien "
      "sûr, mais pas seulement. Il y avait aussi des désaccords sur le projet », a répondu Bernard Lemoine.\n"
      "Le directeur sportif, Alain Mercier, assis à ses côtés, a pris la parole à son tour. « Le recrutement de "
      "cet été sera décisif. Nous avons besoin de joueurs d'expérience. »\n",
      [("Nous avons décidé d'un commun accord de mettre fin à notre collaboration", "Bernard Lemoine"),
       ("Vous le saurez en temps voulu.", "Bernard Lemoine"),
       ("Les résultats, bien sûr, mais pas seulement. Il y avait aussi des désaccords sur le projet", "Bernard Lemoine"),
       ("Le recrutement de cet été sera décisif. Nous avons besoin de joueurs d'expérience.", "Alain Mercier")],
      (4, 4)),
    S("quartier", "local news: a mayor and residents, unnamed and named",
      "À Villeneuve, la fermeture de la dernière boulangerie du centre inquiète les habitants.\n"
      "Depuis le 1er mars, le rideau de fer reste baissé. « C'était le seul commerce où l'on se croisait "
      "encore », regrette Josiane, 72 ans, qui habite la rue depuis un demi-siècle.\n"
      "Pour Mehdi Saïdi, qui tient le tabac voisin, la fermeture pèse déjà sur son chiffre d'affaires. « Les gens "
      "venaient chercher leur pain et passaient chez moi. Maintenant, ils vont au supermarché. »\n"
      "Le maire, Philippe Caradec, assure qu'il cherche un repreneur. « Nous proposons un loyer réduit pendant "
      "deux ans. J'ai bon espoir de trouver quelqu'un avant l'été », affirme l'édile. Il reconnaît toutefois que "
      "la commune a tardé à réagir.\n",
      [("C'était le seul commerce où l'on se croisait encore", "Josiane"),
       ("la fermeture pèse déjà sur son chiffre d'affaires", "Mehdi Saïdi"),
       ("Les gens venaient chercher leur pain et passaient chez moi. Maintenant, ils vont au supermarché.", "Mehdi Saïdi"),
       ("qu'il cherche un repreneur", "Philippe Caradec"),
       ("Nous proposons un loyer réduit pendant deux ans. J'ai bon espoir de trouver quelqu'un avant l'été", "Philippe Caradec"),
       ("la commune a tardé à réagir", "Philippe Caradec")],
      (6, 6)),
    S("usine", "business: a chief executive and a union representative, alternating",
      "Le groupe Valmet va supprimer 300 postes dans son usine de Chalon-sur-Saône, a annoncé jeudi sa direction.\n"
      "Le PDG, François Delorme, justifie cette décision par la chute des commandes. « Le marché a reculé de 40 % "
      "en deux ans. Nous n'avons pas d'autre choix », a-t-il expliqué lors d'une réunion avec les salariés.\n"
      "Le délégué CGT, Sébastien Moulin, conteste ce diagnostic. « Le groupe a versé 50 millions de dividendes "
      "l'an dernier. On ne nous fera pas croire qu'il n'y a pas d'argent », tempête le syndicaliste.\n"
      "Le dirigeant promet un accompagnement. « Chaque salarié se verra proposer un reclassement », a assuré "
      "François Delorme. Une promesse qui ne convainc pas Sébastien Moulin : « On a déjà entendu ça en 2015. »\n",
      [("Le marché a reculé de 40 % en deux ans. Nous n'avons pas d'autre choix", "François Delorme"),
       ("Le groupe a versé 50 millions de dividendes l'an dernier. On ne nous fera pas croire qu'il n'y a pas d'argent", "Sébastien Moulin"),
       ("Chaque salarié se verra proposer un reclassement", "François Delorme"),
       ("On a déjà entendu ça en 2015.", "Sébastien Moulin")],
      (4, 3)),
    S("cinema", "culture: a director interviewed, curly English quotes, an actress",
      "Avec « Les Heures claires », Mathieu Lambert signe son troisième long-métrage, en salles mercredi.\n"
      "Le réalisateur a tourné dans le village de son enfance. “Je voulais filmer les lieux avant qu'ils ne "
      "disparaissent”, explique-t-il. Le cinéaste dit avoir mis cinq ans à écrire le scénario.\n"
      "L'actrice principale, Julie Morin, garde un souvenir ému du tournage. “Mathieu nous laissait une liberté "
      "totale. On improvisait beaucoup”, se souvient la comédienne.\n"
      "Le film a reçu le prix du jury au festival d'Angoulême.\n",
      [("Je voulais filmer les lieux avant qu'ils ne disparaissent", "Mathieu Lambert"),
       ("avoir mis cinq ans à écrire le scénario", "Mathieu Lambert"),
       ("Mathieu nous laissait une liberté totale. On improvisait beaucoup", "Julie Morin")],
      (3, 3)),
    S("hopital", "health: a doctor and a patient, 'ce dernier' and 'le médecin'",
      "Aux urgences du centre hospitalier de Dax, l'attente dépasse parfois dix heures.\n"
      "Le docteur Vincent Lacroix, chef du service, ne cache pas son épuisement. « Nous manquons de lits, de "
      "médecins, d'infirmières. Nous faisons ce que nous pouvons », souffle le médecin.\n"
      "Arrivé à 8 heures avec une fracture du poignet, Gilles Martin n'a été pris en charge qu'à 17 heures. Ce "
      "dernier ne blâme pas le personnel. « Ils courent partout, ils sont admirables. C'est le système qui ne "
      "marche plus », dit-il.\n"
      "L'agence régionale de santé affirme que des renforts arriveront en juin. Une annonce accueillie avec "
      "scepticisme par le chef de service : « On nous promet des renforts chaque année. »\n",
      [("Nous manquons de lits, de médecins, d'infirmières. Nous faisons ce que nous pouvons", "Vincent Lacroix"),
       ("Ils courent partout, ils sont admirables. C'est le système qui ne marche plus", "Gilles Martin"),
       ("que des renforts arriveront en juin", "L'agence régionale de santé"),
       ("On nous promet des renforts chaque année.", "Vincent Lacroix")],
      (4, 3)),
    S("chronique", "a column: the author quotes two writers and disagrees",
      "L'école et le téléphone : faut-il tout interdire ?\n"
      "Le débat revient à chaque rentrée. Le philosophe Henri Vautrin l'a résumé d'une formule : « Un enfant qui "
      "ne s'ennuie jamais ne pense jamais. » Je ne suis pas loin de lui donner raison.\n"
      "Mais la sociologue Aurélie Duchamp rappelle, dans un livre paru cet automne, que l'interdiction seule ne "
      "suffit pas. « On ne protège pas les enfants en leur cachant le monde », écrit-elle. Elle plaide pour une "
      "éducation au numérique dès le primaire.\n"
      "Les deux ont raison, au fond. Et c'est bien ce qui rend la question si difficile.\n",
      [("Un enfant qui ne s'ennuie jamais ne pense jamais.", "Henri Vautrin"),
       ("que l'interdiction seule ne suffit pas", "Aurélie Duchamp"),
       ("On ne protège pas les enfants en leur cachant le monde", "Aurélie Duchamp")],
      (3, 3)),
]
# fmt: on


# --- scoring with the evaluator's own matching ------------------------------------------------------


def _gold(story: Story) -> list[Span]:
    out, after = [], 0
    for q in story.quotes:
        start = story.text.find(q.span, after)
        assert start >= 0, f"{story.name}: {q.span!r} is not in the text (after {after})"
        out.append(Span(start, start + len(q.span), q.speaker))
        after = start
    return out


def _pred(story: Story) -> list[Span]:
    article = Article(id=story.name, input="t", body=story.text, content_hash=story.name, language="fr",
                      published=dt.datetime(2026, 3, 11, 12))  # fmt: skip
    return [Span(q.start, q.end, q.speaker_name) for q in analyse(article).quotes]


def score(story: Story) -> tuple[int, int, int, int]:
    """(matched, speakers right, predicted, gold)."""
    gold, pred = _gold(story), _pred(story)
    matched, ok = _match_quotes(gold, pred)
    return matched, ok, len(pred), len(gold)


def _wrong(story: Story) -> list[str]:
    gold, pred = _gold(story), _pred(story)
    used: set[int] = set()
    out = []
    for g, q in zip(gold, story.quotes, strict=True):
        best = max(((_dice(g, p), i) for i, p in enumerate(pred) if i not in used), default=(0.0, -1))
        if best[0] < MATCH_DICE:
            out.append(f"missed {q.span[:50]!r} ({q.speaker})")
            continue
        used.add(best[1])
        if not _same_speaker(q.speaker, pred[best[1]].label):
            out.append(f"speaker {pred[best[1]].label!r} for {q.speaker!r}: {q.span[:40]!r}")
    out += [
        f"extra {story.text[p.start : p.end][:50]!r} ({p.label})" for i, p in enumerate(pred) if i not in used
    ]
    return out


@pytest.mark.parametrize("story", STORIES, ids=[s.name for s in STORIES])
def test_article_floor(story: Story) -> None:
    matched, ok, _, _ = score(story)
    assert (matched, ok) >= story.floor and matched >= story.floor[0] and ok >= story.floor[1], _wrong(story)


def test_the_articles_are_what_they_say() -> None:
    assert 15 <= len(STORIES) <= 30
    assert len({s.name for s in STORIES}) == len(STORIES)
    for story in STORIES:
        assert story.floor[1] <= story.floor[0] <= len(story.quotes)
        assert len(story.text.split()) >= 80, story.name  # whole short articles: 80-230 words
        _gold(story)


def print_table(stories: list[Story], verbose: bool) -> None:
    """The per-article table (matched, predicted, speakers right) and the totals, as in the docs."""
    totals = [0, 0, 0, 0]
    print("| article | genre | matched / gold | predicted | speakers right / matched |")
    for story in stories:
        m, ok, n_pred, n_gold = score(story)
        totals = [a + b for a, b in zip(totals, (m, ok, n_pred, n_gold), strict=True)]
        print(f"| {story.name} | {story.genre} | {m} / {n_gold} | {n_pred} | {ok} / {m} |")
        if verbose:
            for line in _wrong(story):
                print(f"    {line}")
    m, ok, n_pred, n_gold = totals
    p, r = m / max(1, n_pred), m / max(1, n_gold)
    print(f"| all | | {m} / {n_gold} | {n_pred} | {ok} / {m} |")
    print(f"P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f} speakers {ok / max(1, m):.3f}")


if __name__ == "__main__":
    print_table(STORIES, "-v" in sys.argv)
