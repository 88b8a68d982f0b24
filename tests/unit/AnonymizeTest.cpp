// The anonymised copy of the minutes names no client: no name, name part,
// personnummer or apartment survives, and the initials come out right.
#include <catch2/catch.hpp>

#include "services/MinutesDocument.h"
#include "services/MinutesPdf.h"
#include "services/scheduling/AgendaBuilder.h"

using namespace tf;

namespace {
MinutesDocument withClients(const QList<std::pair<QString, QString>> &namesAndApartments)
{
    MinutesDocument document;
    qint64 id = 0;
    for (const auto &[name, apartment] : namesAndApartments) {
        Client client;
        client.id = ++id;
        client.name = name;
        client.apartment = apartment;
        client.personnummer = QStringLiteral("19400101-1234");
        document.clients.insert(client.id, client);
    }
    return document;
}
} // namespace

TEST_CASE("the apartment is printed once, whether typed as 12 or Lgh 12", "[minutes][anonymize]")
{
    CHECK(apartmentLabel(QStringLiteral("12")) == QStringLiteral("lgh 12"));
    CHECK(apartmentLabel(QStringLiteral("Lgh 12")) == QStringLiteral("lgh 12"));
    CHECK(apartmentLabel(QStringLiteral("lgh. 3B")) == QStringLiteral("lgh 3B"));
    CHECK(apartmentLabel(QStringLiteral("Lägenhet 4")) == QStringLiteral("lgh 4"));
    CHECK(apartmentLabel(QStringLiteral("Storgatan 5")) == QStringLiteral("Storgatan 5"));
    CHECK(apartmentLabel(QString()).isEmpty());
    CHECK(AgendaBuilder::clientTitle(QStringLiteral("Greta Gransson"), QStringLiteral("Lgh 1"))
        == QStringLiteral("Greta Gransson, lgh 1"));
    CHECK(AgendaBuilder::clientTitle(QStringLiteral("Greta Gransson"), QStringLiteral("1"))
        == QStringLiteral("Greta Gransson, lgh 1"));
}

TEST_CASE("clients who share a name part keep their own initials", "[minutes][anonymize]")
{
    const auto document = withClients(
        {{QStringLiteral("Lars Ali"), QString()}, {QStringLiteral("Lars Lind"), QString()}});
    CHECK(MinutesPdf::anonymizeText(
              QStringLiteral("Lars Ali och Lars Lind åt lunch. Lars ville ha kaffe."), document)
        == QStringLiteral("L. A. och L. L. åt lunch. L. ville ha kaffe."));
    CHECK(MinutesPdf::anonymizeText(QStringLiteral("Alis dotter ringde."), document)
        == QStringLiteral("L. A.:s dotter ringde."));
}

TEST_CASE("a name at the end of a sentence gets one full stop", "[minutes][anonymize]")
{
    const auto document = withClients({{QStringLiteral("Maria Nilsson"), QString()}});
    CHECK(MinutesPdf::anonymizeText(QStringLiteral("Samtal med Maria Nilsson."), document)
        == QStringLiteral("Samtal med M. N."));
    CHECK(MinutesPdf::anonymizeText(QStringLiteral("Ring Nilsson... i morgon"), document)
        == QStringLiteral("Ring M. N... i morgon"));
}

TEST_CASE("no personnummer or apartment survives anonymisation", "[minutes][anonymize]")
{
    const auto document = withClients({{QStringLiteral("Greta Gransson"), QStringLiteral("Lgh 12")},
        {QStringLiteral("Olle Berg"), QStringLiteral("Storgatan 5")}});
    const QString copy = MinutesPdf::anonymizeText(
        QStringLiteral("Greta Gransson, lgh 12 (19400101-1234) och Olle Berg, Storgatan 5, "
                       "401231-4321: hemtjänst."),
        document);
    INFO(copy.toStdString());
    for (const char *trace :
        {"Greta", "Gransson", "Olle", "Berg", "12", "Storgatan", "1234", "4321", "lgh"})
        CHECK_FALSE(copy.contains(QString::fromUtf8(trace), Qt::CaseInsensitive));
    CHECK(copy.contains(QStringLiteral("G. G.")));
    CHECK(copy.contains(QStringLiteral("O. B.")));
    CHECK(copy.contains(QStringLiteral("hemtjänst")));
}
