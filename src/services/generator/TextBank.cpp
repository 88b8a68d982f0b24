#include "services/generator/TextBank.h"

#include <QStringList>

namespace tf {

namespace {
const char *const kFirstNames[] = {
    "Anna",
    "Eva",
    "Maria",
    "Karin",
    "Sara",
    "Lena",
    "Kerstin",
    "Ingrid",
    "Marie",
    "Birgitta",
    "Åsa",
    "Annika",
    "Margareta",
    "Elisabeth",
    "Linnéa",
    "Elsa",
    "Astrid",
    "Märta",
    "Sigrid",
    "Gunnel",
    "Ulla",
    "Britt",
    "Inger",
    "Solveig",
    "Agneta",
    "Lars",
    "Anders",
    "Johan",
    "Per",
    "Erik",
    "Karl",
    "Mikael",
    "Göran",
    "Björn",
    "Åke",
    "Örjan",
    "Östen",
    "Sven",
    "Nils",
    "Olof",
    "Gösta",
    "Bengt",
    "Stig",
    "Rolf",
    "Kjell",
    "Hassan",
    "Amira",
    "Fatima",
    "Ali",
    "Mirja",
    "Aino",
    "Jelena",
    "Dragan",
    "Nadia",
    "Leila",
    "Tove",
    "Ebba",
    "Hugo",
    "Vilgot",
    "Saga",
};
const char *const kLastNames[] = {
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Pettersson",
    "Jonsson",
    "Jansson",
    "Hansson",
    "Bengtsson",
    "Jönsson",
    "Lindberg",
    "Jakobsson",
    "Magnusson",
    "Olofsson",
    "Lindström",
    "Lindqvist",
    "Lindgren",
    "Axelsson",
    "Berg",
    "Bergström",
    "Lundberg",
    "Lind",
    "Lundgren",
    "Lundqvist",
    "Mattsson",
    "Berglund",
    "Fredriksson",
    "Sandberg",
    "Henriksson",
    "Forsberg",
    "Sjöberg",
    "Wallin",
    "Engström",
    "Eklund",
    "Danielsson",
    "Håkansson",
    "Lundin",
    "Björk",
    "Bergman",
    "Öberg",
    "Åberg",
    "Holm",
    "Ström",
    "Söderberg",
    "Nyström",
    "Hosseini",
    "Ali",
    "Mohammadi",
    "Virtanen",
    "Korhonen",
    "Nieminen",
    "Kovačević",
    "Petrović",
    "Ahmadi",
};
const char *const kSituations[] = {
    "%1 har haft en lugn vecka och sover bättre om nätterna.",
    "%1 har fallit en gång i badrummet, utan synliga skador.",
    "%1 äter mindre än tidigare och har gått ner två kilo sedan förra månaden.",
    "%1 uttrycker oro inför kvällarna och vill ha sällskap efter middagen.",
    "%1 har fått nya läkemedel mot smärta efter läkarbesöket i tisdags.",
    "Anhöriga till %1 önskar ett samtal om hur dagarna ser ut.",
    "%1 vill gärna komma ut på promenad oftare, helst på förmiddagen.",
    "%1 har svårt att tugga och behöver konsistensanpassad kost.",
    "%1 har rodnad på hälen; tryckavlastning påbörjad.",
    "%1 deltog i aktiviteten med sång och uppskattade det mycket.",
    "%1 har varit inlagd på sjukhus och kom hem i går.",
    "%1 önskar duscha på morgonen i stället för på kvällen.",
    "%1 är tröttare än vanligt och vill vila mer under dagen.",
    "%1 har blivit mer orolig nattetid; nattpersonalen har ökat tillsynen.",
};
const char *const kFollowUps[] = {
    "Sjuksköterskan gör en ny riskbedömning före nästa möte.",
    "Arbetsterapeuten ser över hjälpmedlen i lägenheten.",
    "Fast omsorgskontakt återkopplar till kunden och anhöriga.",
    "Fysioterapeuten planerar gångträning två gånger i veckan.",
    "Dietisten kontaktas vid behov.",
    "Teamet följer upp om två veckor.",
    "Dokumenteras i journalen av ansvarig sjuksköterska.",
    "Kunden är delaktig och instämmer i planen.",
};
const char *const kActions[] = {
    "Göra ny fallriskbedömning för %1",
    "Beställa rullator till %1",
    "Väga %1 varje vecka i fyra veckor",
    "Boka samtal med anhöriga till %1",
    "Se över läkemedelslistan för %1 med läkaren",
    "Prova tryckavlastande madrass för %1",
    "Erbjuda %1 promenad tre gånger i veckan",
    "Uppdatera genomförandeplanen för %1",
    "Kontakta dietist om kosten för %1",
    "Ordna tandvårdsbesök för %1",
};
const char *const kItemTitles[] = {
    "%1: nutrition",
    "%1: fallrisk",
    "%1: sömn och oro",
    "%1: hemgång från sjukhus",
    "%1: hjälpmedel",
    "%1: önskemål om aktiviteter",
    "%1: trycksår",
    "%1: munhälsa",
    "%1: samtal med anhöriga",
    "%1: smärta",
};

template <std::size_t N> QString pick(const char *const (&list)[N], int index)
{
    return QString::fromUtf8(list[static_cast<std::size_t>(index) % N]);
}
} // namespace

TextBank::TextBank(std::mt19937_64 &random)
    : m_random(random)
{ }

int TextBank::below(int count)
{
    return static_cast<int>(m_random() % static_cast<quint64>(count));
}

QString TextBank::firstName()
{
    return pick(kFirstNames, below(static_cast<int>(std::size(kFirstNames))));
}

QString TextBank::lastName()
{
    return pick(kLastNames, below(static_cast<int>(std::size(kLastNames))));
}

QString TextBank::minuteNote(const QString &clientName)
{
    QStringList sentences {
        pick(kSituations, below(static_cast<int>(std::size(kSituations)))).arg(clientName)};
    const int followUps = below(4);
    for (int i = 0; i < followUps; ++i)
        sentences << pick(kFollowUps, below(static_cast<int>(std::size(kFollowUps))));
    return sentences.join(QLatin1Char(' '));
}

QString TextBank::actionText(const QString &clientName)
{
    return pick(kActions, below(static_cast<int>(std::size(kActions)))).arg(clientName);
}

QString TextBank::raisedItemTitle(const QString &clientName)
{
    return pick(kItemTitles, below(static_cast<int>(std::size(kItemTitles)))).arg(clientName);
}

} // namespace tf
