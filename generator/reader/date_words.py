"""The words of a date in other languages, as pages beside their English text
print them ("Senin, 07 Des 2026 10:15 WIB", "04/12/2026 09h30 · Atualizado há 3
horas", "06 Jeltoqsan 2026", "7 de diciembre de 2026"): month names written in
Latin letters (or transliterated), weekdays, stamp labels, clock times with an
"h" and relative times. Closed lists, as data; ``dates`` reads them."""

from __future__ import annotations

import re

from ..wordlist import longest_first, words_set

# Month names and their usual abbreviations, by month, in languages whose
# pages an English reader meets: Spanish, Portuguese, French, Italian,
# German, Dutch, Indonesian and Malay, Turkish, Polish, Kazakh in Latin
# letters, Russian transliterated and in Cyrillic (genitive, as dates print it). English
# names and their abbreviations are ``dates``' own.
_MONTHS: tuple[tuple[str, ...], ...] = (
    ("enero", "ene", "janeiro", "janvier", "janv", "gennaio", "gen", "januar", "jänner",
     "januari", "ocak", "stycznia", "styczeń", "qańtar", "qantar", "yanvarya", "yanvar", "января"),
    ("febrero", "fevereiro", "fev", "février", "févr", "fevr", "febbraio", "februar",
     "februari", "şubat", "subat", "lutego", "luty", "aqpan", "fevralya", "fevral", "февраля"),
    ("marzo", "março", "marco", "mars", "märz", "maerz", "maart", "maret", "mac", "mart",
     "marca", "marzec", "naýryz", "nauryz", "marta", "марта"),
    ("abril", "abr", "avril", "avr", "aprile", "nisan", "kwietnia", "kwiecień", "sáýir",
     "sauir", "aprelya", "aprel", "апреля"),
    ("mayo", "maio", "mai", "maggio", "mag", "mei", "mayıs", "mayis", "maja", "maj",
     "mamyr", "maya", "мая"),
    ("junio", "junho", "juin", "giugno", "giu", "juni", "haziran", "czerwca", "czerwiec",
     "maýsym", "mausym", "iyunya", "iyun", "июня"),
    ("julio", "julho", "juillet", "juil", "luglio", "lug", "juli", "julai", "temmuz",
     "lipca", "lipiec", "shilde", "iyulya", "iyul", "июля"),
    ("agosto", "ago", "août", "aout", "augustus", "agustus", "agu", "agt", "ogos",
     "ağustos", "agustos", "sierpnia", "sierpień", "tamyz", "avgusta", "avgust", "августа"),
    ("septiembre", "setiembre", "setembro", "set", "septembre", "settembre", "sett",
     "eylül", "eylul", "września", "wrzesnia", "wrzesień", "qyrkúiek", "kyrkuiek",
     "sentyabrya", "sentyabr", "сентября"),
    ("octubre", "outubro", "out", "octobre", "ottobre", "ott", "oktober", "okt", "ekim",
     "października", "pazdziernika", "październik", "qazan", "oktyabrya", "oktyabr", "октября"),
    ("noviembre", "novembro", "novembre", "november", "kasım", "kasim", "listopada",
     "listopad", "qarasha", "noyabrya", "noyabr", "ноября"),
    ("diciembre", "dic", "dezembro", "dez", "décembre", "déc", "dicembre", "dezember",
     "desember", "des", "disember", "dis", "aralık", "aralik", "grudnia", "grudzień",
     "jeltoqsan", "zheltoqsan", "dekabrya", "dekabr", "декабря"),
)  # fmt: skip

FOREIGN_MONTHS: dict[str, int] = {
    name: number for number, names in enumerate(_MONTHS, start=1) for name in names
}
FOREIGN_MONTH = r"(?:" + "|".join(re.escape(n) for n in longest_first(FOREIGN_MONTHS)) + r")\.?"

# Weekdays a stamp prints before its date in those languages.
_WEEKDAYS = words_set(
    "lunes martes miércoles jueves viernes sábado domingo "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunedì martedì mercoledì giovedì venerdì sabato "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "senin selasa rabu kamis jumat sabtu minggu isnin khamis jumaat ahad "
    "pazartesi salı çarşamba perşembe cuma cumartesi pazar"
)
# Labels and zones a stamp prints in them ("Atualizado", "Stand:", "WIB").
_LABELS = words_set(
    "publicado publicada actualizado atualizado atualizada actualizada "
    "publié publiée modifié "
    "pubblicato aggiornato "
    "veröffentlicht aktualisiert stand uhr "
    "gepubliceerd bijgewerkt "
    "diterbitkan diperbarui dikemaskini "
    "yayınlanma güncelleme güncellendi "
    "opublikowano zaktualizowano "
    "wib wita wit msk "
    # the small words around them ("Publié le … à 10h15", "Publicado em … às 9h")
    "le à el em às las um "
    # a clock's marks: "15:04 hs", "오후 3:04", "午後3時"
    "hs hrs 오전 오후 午前 午後"
)
FOREIGN_STAMP_WORDS = (
    r"(?:" + "|".join(re.escape(w) for w in longest_first(_WEEKDAYS | _LABELS)) + r")"
)
# "de" and "del" between a Spanish or Portuguese date's parts.
OF = r"(?:\s+de(?:l)?)?"
# "09h30", "14h": a clock time written with an "h".
H_TIME = r"(?<![\w])\d{1,2}h(?:\d{2})?(?![\w])"
# "há 3 horas", "hace 2 días", "il y a 5 minutes", "vor 3 Stunden": a relative time.
FOREIGN_AGO = (
    r"(?:há|hace|il\s+y\s+a|vor|sejak)\s+\d{1,2}\s+"
    r"(?:horas?|minutos?|d[ií]as?|heures?|minutes?|jours?|stunden?|minuten?|tagen?)"
    r"|\d{1,2}\s+(?:jam|menit|hari)\s+(?:yang\s+)?lalu"
)
# "Atualizado", "mis à jour", "aktualisiert": an update's label in those languages.
FOREIGN_UPDATED = (
    r"actualiza|atualiza|mis\s+à\s+jour|modifié|aggiornat|aktualisiert|bijgewerkt"
    r"|diperbarui|dikemaskini|güncelle|zaktualizowan"
)
