"""Page furniture, judged on one line alone: what kind of non-article line it is, if any.

Image markers and credits, captions' labels, "read also" markers, end markers (another article, a
widget or a comment section follows), calls to action, prompts addressed to the reader, footer
notices, hashtags, counters, datelines, bylines and wire credits. The patterns are phrasings shared
by news sites in French, English, German and Spanish, not lines of particular pages.
"""

from __future__ import annotations

import re

from recoupe.article import metadata

# A line that closes a sentence or a clause (quotes and a trailing "(jzs/ats)" allowed after it).
TERMINAL = re.compile(r"[.!?…:;。！？：]\s*[»\"”’)\]]*\s*$|[»”\"]\s*[.!?]?\s*$|[.!?]\s*\([^()]{1,30}\)\s*$")
# A line that closes a sentence.
SENTENCE_END = re.compile(r"[.!?…。！？]\s*[»\"”’)\]]*\s*$")
OPENING = re.compile(r"^[«\"“„'‘(\[]")
WORD = re.compile(r"\w+", re.U)
# Image markers: a line that stands for a picture ("- Ảnh 1.", "Image 3", "(Photo de fichier)").
_IMAGE_MARKER = re.compile(
    r"(?:^|[-–—|]\s*)(?:ảnh|image|photo|foto|bild|picture|illustration)\s*\d{0,3}\s*\.?$|^\(?photo d[e’'] ?(?:fichier|archives?)\)?$",
    re.I,
)
# Credits of an image or video, always page furniture ("Image: watson", "Crédit Photo : X / AFP").
_CREDIT = re.compile(
    r"^(?:image|images|photo|photos|video|vidéo|foto|fotos|bild|picture|crédits?(?:\s+photos?)?|"
    r"photo\s+credit|image\s+credit|credit|copyright|source\s+de\s+l[’']image|image\s+source|"
    r"fuente\s+de\s+la\s+imagen|getty\s+images|©)\s*[:,/]|©|\b(?:getty\s+images|shutterstock|"
    r"istock(?:photo)?|afp\s+photo|reuters/|ap\s+photo|keystone|dpa-bildfunk)\b"
    r"|\b(?:photo|foto|image|imagen|crédito|credit)\s*:\s*[\w .,/&'’-]{2,40}\)?\s*$"
    r"|^(?:photo(?:graph)?s?|images?|illustrations?|fotos?)\s+(?:by|courtesy\s+of|von|por)\s+\S|^archivo\s*/\s*\w",
    re.I,
)
# Explicit caption labels (BBC's "Pie de foto" as machine-translated, "Légende", "Caption").
CAPTION_LABEL = re.compile(
    r"^(?:pied(?:\s+de\s+la)?\s+photo|pie\s+de\s+foto|légende(?:\s+photo)?|caption|above|ci-dessus|"
    r"bildunterschrift)\s*[:,]\s*",
    re.I,
)
# Teaser markers: the next short line is a link to another article ("Lire aussi", "Read more").
TEASER = re.compile(
    r"^(?:[»>▶►•]\s*)?(?:à |a )?(?:lire|voir)\s+(?:aussi|également|egalement|encore|plus)|^read\s+(?:more|also|next)"
    r"|^see\s+also|^related(?:\s+(?:articles?|stories|content|coverage|links?))?\s*(?::|$)|^more\s+on\s+this"
    r"|^(?:lea|leer|ver|vea|mira|mire|mirá|lee|leé)\s+(?:también|más|además)|^también\s+(?:lea|lee|leé|mira|mirá|vea)\b"
    r"|^inf[oó]rmate\s+más\W*$|^más\s+sobre\b|^keep\s+reading\W*$|^relacionad[oa]s\s*:?$|^articles?\s+en\s+relation\s*:?$|^(?:lea|mira|mire|vea|lee)\s*:|^puedes\s+ver\b|^lesen\s+sie\s+(?:hier\s+)?(?:auch|mehr|einen\s+weiteren)|^mehr\s+zum\s+thema|^(?:also|read)\s*:",
    re.I,
)
# A "read also" marker followed on the same line by the title it links to.
_INLINE_TEASER = re.compile(r"^[^:]{2,30}:\s*\S")
_INLINE_TEASER_MARKER = re.compile(r"^(?:le|te)\s+puede\s+interesar\s*:", re.I)
# End markers: what follows is another article, a widget or a list of links.
_END = re.compile(
    r"pourrai(?:t|ent)\s+(?:également\s+|aussi\s+)?vous\s+intéresser|vous\s+(?:aimerez|pourriez\s+aimer)"
    r"|you\s+(?:may|might|will)\s+(?:also\s+)?(?:like|enjoy|be\s+interested)|^recommended(?:\s+for\s+you)?\s*:?$"
    r"|^(?:more|other|top|latest|popular)\s+(?:stories|news|articles|videos|from)\b|^most\s+(?:read|popular|viewed|shared)"
    r"|^les\s+plus\s+(?:lus|partagés|commentés|populaires)|^(?:sur\s+le\s+)?même\s+(?:sujet|catégorie|auteur|thème)"
    r"|^dans\s+la\s+même\s+rubrique|^(?:nos\s+)?derni(?:ers|ères)\s+(?:articles|actualités|vidéos)"
    r"|^\d*\s*(?:commentaires?|comments?|réactions?|kommentare?|comentarios?)\s*(?:\(\d+\))?\s*:?$"
    r"|^(?:laisser|ajouter|écrire|poster)\s+un\s+commentaire|^(?:leave|post|add|write)\s+a\s+(?:comment|reply)"
    r"|^join\s+the\s+(?:conversation|discussion)|^trending\b|^à\s+la\s+une\s*:?$|^tags?\s*:|^mots[- ]clés\s*:"
    r"|^(?:share|partager)\s+(?:this|cet)\s+(?:article|story|page)|^no\s+data$"
    r"|^related\s+(?:posts|articles|stories)\s*:?$|^(?:about|more\s+about)\s+the\s+author\s*:?$"
    r"|^(?:también\s+)?(?:te|le)\s+puede\s+interesar\s*:?$|^(?:notas|artículos|noticias)\s+relacionad[oa]s\b"
    r"|^(?:seguí|sigue|seguir)\s+leyendo\s*:?$|^(?:las|los|lo)\s+más\s+(?:leíd[oa]s|vist[oa]s?|populares)(?:\s+(?:de|del|en)\s+.{1,30})?\s*:?$|^últimas\s+noticias\s*:?$"
    r"|^(?:meist\s*(?:gelesen|kommentiert|geteilt|gesehen)|meest\s+(?:gelezen|bekeken)|(?:i\s+)?più\s+lett[ie]|mais\s+lid[ao]s)\s*:?$"
    r"|^(?:further|more)\s+reading\s*:?$|^editors?[’']?s?\s+(?:recommendations|picks)\b|^related\s*[—–-]"
    r"|^(?:etiquetas|temas(?:\s+en\s+esta\s+nota)?|schlagw(?:ö|oe)rter|themen)\s*:|^getaggt\s+(?:mit|in)\b|^(?:eingeordnet|abgelegt)\s+unter\b"
    r"|^(?:hinterlasse|schreibe)\s+(?:einen|deinen)\s+kommentar|^deja\s+(?:un|tu)\s+comentario|^comentar?\s*:?$"
    r"|^à\s+propos\s+de\s+l[’']auteur|^über\s+den\s+autor|^sobre\s+el\s+autor|^(?:pour|to)\s+(?:aller\s+plus\s+loin|approfondir)\s*:?$",
    re.I,
)
# The start of a comment section, or a comment's own header ("jdoe says:", "X on May 2 at 4 pm said:").
_COMMENTS = re.compile(
    r"^[\[(]?\s*\d*\s*(?:commentaires?|comments?|réactions?|responses?|replies|kommentare?|comentarios?|antworten|respuestas)\b"
    r"(?:\s*\(\w*(?:\s\w+)?\))?(?:\s+(?:to|à|sur|zu|a)\b.*)?\s*[\])]?\s*:?$|^no\s+(?:responses?|comments?)\s+(?:so\s+far|yet)\b"
    r"|^(?:top\s+rated\s+|newest\s+|oldest\s+|reader\s+)?comments?\s*\(|^(?:voir|afficher|show|view)\s+(?:les\s+)?(?:\d+\s+)?(?:commentaires|comments)"
    r"|^there\s+(?:are|is)\s+(?:\d+|no|one)\s+(?:comments?|responses?|replies)\b|^il\s+y\s+a\s+\d+\s+commentaires?\b"
    r"|^(?:\d+|one|two|three)\s+(?:thoughts?|réflexions?|comments?|responses?|replies)\s+(?:on|to|sur|à)\s.{1,100}(?<![.!])$"
    r"|^\S{2,40}\s+(?:says|said|wrote|a\s+écrit|schreibt|dice|escribió)\s*:$"
    r"|^.{2,40}\s+(?:on|le|am)\s+.{6,40}\s+(?:at|à|um)\s+.{3,12}\s*(?:said|says|a\s+écrit|schrieb)?\s*:?$",
    re.I,
)
# Calls to action and navigation phrasing on a short line.
_CTA = re.compile(
    r"^(?:plus\s+de|more\s+from|more\s+in|voir\s+plus|see\s+more|show\s+more|load\s+more|afficher\s+plus)\b"
    r"|^click\s+to\b|^(?:filed|posted)\s+(?:under|in)\b|^permalink\b|^rating\s*:|^votes?\s*:"
    r"|^(?:abonnez[- ]vous|s[’']abonner|inscrivez[- ]vous|subscribe|sign\s+(?:up|in)|log\s*in|se\s+connecter"
    r"|connexion|suivez[- ]nous|follow\s+us|partager|share|compartir|tweet|imprimer|print|envoyer|email|e-mail|"
    r"facebook|twitter|whatsapp|linkedin|telegram|pinterest|copier\s+le\s+lien|copy\s+link|newsletter|"
    r"advertisement|publicité|annonce|sponsored|sponsorisé|contenu\s+sponsorisé|click\s+here|cliquez\s+ici|"
    r"accueil|home|menu|search|rechercher|recherche|retour|back\s+to\s+top|haut\s+de\s+page|skip\s+to|"
    r"aller\s+au\s+contenu|notre\s+direct|en\s+direct|live\b|watch|regarder|écouter|listen|podcast|"
    r"télécharger|download|cookies?|privacy|confidentialité|mentions\s+légales|terms|conditions|"
    r"tous\s+droits\s+réservés|all\s+rights\s+reserved|contact|about\s+us|à\s+propos|"
    r"informations?\s+sur\s+l[’']article|article\s+information)\b",
    re.I,
)
# Prompts addressed to the reader (newsletter, notifications, comment rules), up to a long line.
_PROMPT_WORD = re.compile(
    r"newsletter|notifications?|abonne|abonnement|inscri|s[’']inscrire|subscri|sign\s+up|télécharge|podcast|"
    r"download\s+(?:the|our)|application|\bapp\b|commentaires?|comments\b|cookies?|publicité|"
    r"javascript|navigateur|browser|ad\s*blocker|bloqueur|letters?\s+to\s+the\s+editor|"
    r"canal\s+de\s+(?:telegram|youtube|whatsapp)|(?:telegram|youtube|whatsapp)\s+channel|chaîne\s+(?:telegram|youtube|whatsapp)",
    re.I,
)
_ADDRESS = re.compile(
    r"\b(?:vous|votre|vos|notre|nos|nous|you|your|our|we|us|sie|ihr|usted|su|tu|tus|te|nuestr[oa]s?)\b", re.I
)
# Notices that are about the page, not the story: affiliate disclosures, paywall offers.
_NOTICE = re.compile(
    r"\b(?:receives?|earns?|may\s+(?:receive|earn))\s+(?:a\s+)?(?:small\s+)?(?:compensation|commissions?)\b|"
    r"\baffiliate\s+(?:links?|commissions?|partners?)\b|\bauto[- ]?renew|\brenews?\s+automatically\b|"
    r"^(?:instant|immediate)\s+(?:online\s+)?access\b",
    re.I,
)
HASHTAG = re.compile(r"#\w+")
# Imperatives that open a call to action, whatever follows them.
_CTA_START = re.compile(
    r"^(?:sign\s+up|subscribe|register|download|follow\s+us|abonnez[- ]vous|inscrivez[- ]vous|"
    r"téléchargez|suivez[- ]nous|retrouvez[- ]nous|rejoignez[- ]nous|recevez\s+(?:nos|notre|chaque|gratuitement)|"
    r"melden\s+sie\s+sich|abonnieren\s+sie|suscríbete|descarga|únete|síguenos|"
    r"follow\s+(?:\S+\s+){0,3}on\s+(?:twitter|facebook|instagram|linkedin|telegram|x)|"
    r"for\s+the\s+latest\s+(?:news|stories|updates|headlines)\b.{0,80}\b(?:download|follow|subscribe|sign\s+up))\b",
    re.I,
)
# "Follow <outlet> on Twitter ... (and on Facebook, send us a message ...)": may run long.
_FOLLOW = re.compile(r"^follow\b", re.I)
# Syndication notes: metadata about the article, not its text.
_SYNDICATION = re.compile(
    r"^(?:cet\s+article|this\s+(?:article|story)|dieser\s+artikel|este\s+artículo)\s+"
    r"(?:est\s+paru|a\s+(?:été|d['’]abord\s+été)\s+publié|was\s+(?:originally\s+|first\s+)?published|"
    r"originally\s+appeared|first\s+appeared|erschien|fue\s+publicado)",
    re.I,
)
_CONSENT = re.compile(
    r"\b(?:cookies?|consent(?:ement)?|opt[- ]out|personal\s+(?:information|data)|données\s+personnelles|"
    r"privacy|confidentialité|tracking|traceurs|preferences|préférences|datenschutz|einwilligung)\b",
    re.I,
)
# Footer legal notices.
_LEGAL = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}|19\d\d|20\d\d)|all\s+rights\s+reserved|tous\s+droits\s+réservés|"
    r"alle\s+rechte\s+vorbehalten|todos\s+los\s+derechos\s+reservados|registered\s+trademarks?\s+of|"
    r"\bunder\s+(?:a|the)\s+creative\s+commons\b|^all\s+content\s+(?:is\s+)?licen[cs]ed\b|\bprotected\s+by\s+recaptcha\b",
    re.I,
)
_URL_LINE = re.compile(r"^(?:[\w ]{0,20}:\s*)?(?:https?://|www\.)\S+$", re.I)
_SOURCE_LINE = re.compile(r"^(?:sources?|quelle|fuente|fonte)\s*:\s*\S+", re.I)
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2b00-\u2bff]")
_COUNTER = re.compile(r"^[\d\s.,:/()+%k×x-]*(?:\w+)?\s*[\d\s.,:/()+%k-]*$", re.I)


def _is_hashtags(line: str) -> bool:
    tags = HASHTAG.findall(line)
    return bool(tags) and (
        line.startswith("#") and len(line) <= 60 or len(tags) >= max(2, len(line.split()) // 2)
    )


def _is_counter(line: str) -> bool:
    return len(line) <= 25 and bool(re.search(r"\d", line)) and bool(_COUNTER.match(line))


def label(line: str) -> str | None:
    """The kind of page furniture `line` is, judged on the line alone; None for content."""
    n = len(line)
    if n <= 250 and _IMAGE_MARKER.search(line):
        return "image"
    if n <= 500 and _LEGAL.search(line):
        return "legal"
    if n <= 160 and _CREDIT.search(line):
        return "credit"
    if _is_hashtags(line):
        return "hashtags"
    if n <= 120 and _COMMENTS.search(line):
        return "comments"
    if n <= 120 and _END.search(line):
        return "end"
    if n <= 250 and _INLINE_TEASER.match(line) and (TEASER.search(line) or _INLINE_TEASER_MARKER.match(line)):
        return "link"  # "Lea también: <headline>": the marker and its link on one line
    if n <= 80 and TEASER.search(line):
        return "teaser"
    if _SOURCE_LINE.match(line) and n <= 300 and "http" in line:
        return "source"  # "Source : <url>": the article this page republishes ends here
    if _SOURCE_LINE.match(line) and n <= 60:
        return "credit"  # "Quelle: Infografik WELT": the source of a picture or chart
    if _URL_LINE.match(line):
        return "url"
    if _is_counter(line):
        return "counter"
    if metadata.is_date_line(line):
        return "date"
    if metadata.is_credit_line(line):
        return "wire"
    if metadata.is_byline(line) or metadata.is_author_title(line):
        return "byline"
    if (n <= 200 or n <= 300 and _FOLLOW.match(line)) and (_CTA_START.search(line) or EMOJI.match(line)):
        return "cta"  # "Sign up to ...", "Abonnez-vous ...", "🎧 Retrouvez ...": addressed to the reader
    if n <= 200 and _SYNDICATION.search(line):
        return "syndication"
    if n <= 90 and _CTA.search(line) and not SENTENCE_END.search(line):
        return "cta"
    if n <= 280 and _PROMPT_WORD.search(line) and _ADDRESS.search(line) and not OPENING.match(line):
        return "prompt"
    if n <= 400 and _NOTICE.search(line):
        return "prompt"
    if n <= 2000 and len(set(m.lower() for m in _CONSENT.findall(line))) >= 2 and _ADDRESS.search(line):
        return "prompt"  # a cookie or consent notice, however long
    if n <= 100 and EMOJI.search(line) and not SENTENCE_END.search(line.strip("".join(EMOJI.findall(line)))):
        return "link"
    return None
