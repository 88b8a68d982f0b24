// The CSV files of record and HR systems: encodings, separators, quoting and
// the line numbers a user is told about.
#include <catch2/catch.hpp>

#include "domain/io/CsvReader.h"

#include <QRandomGenerator>

using namespace tf;

TEST_CASE("a UTF-8 file with comma and one with semicolon are read as written", "[import][csv]")
{
    const CsvTable comma = CsvReader::parse(
        QByteArray("\xEF\xBB\xBFnamn,enhet\r\nÅsa Öberg,Solgården\r\nBo Ek,Ekbacken\r\n"));
    CHECK(comma.encoding == QStringLiteral("UTF-8"));
    CHECK(comma.byteOrderMark);
    CHECK(comma.separator == QLatin1Char(','));
    CHECK(comma.header.fields == QStringList {QStringLiteral("namn"), QStringLiteral("enhet")});
    REQUIRE(comma.records.size() == 2);
    CHECK(comma.records.at(0).fields.at(0) == QStringLiteral("Åsa Öberg"));
    CHECK(comma.records.at(1).line == 3);

    const CsvTable semicolon = CsvReader::parse(QByteArray("namn;lägenhet\nÅsa;\"12, 1 tr\"\n"));
    CHECK(semicolon.encoding == QStringLiteral("UTF-8"));
    CHECK_FALSE(semicolon.byteOrderMark);
    CHECK(semicolon.separator == QLatin1Char(';'));
    REQUIRE(semicolon.records.size() == 1);
    CHECK(semicolon.records.at(0).fields.at(1) == QStringLiteral("12, 1 tr"));
}

TEST_CASE("a Windows-1252 file with semicolons is detected and decoded", "[import][csv]")
{
    // "namn;enhet;anteckning" / "Åsa Öberg;Ängsbacken;”citat” – €" in Windows-1252.
    const QByteArray bytes("namn;enhet;anteckning\r\n\xC5sa \xD6"
                           "berg;\xC4ngsbacken;"
                           "\x94"
                           "citat\x94 \x96 \x80\r\n");
    const CsvTable table = CsvReader::parse(bytes);
    CHECK(table.encoding == QStringLiteral("Windows-1252"));
    CHECK(table.separator == QLatin1Char(';'));
    REQUIRE(table.records.size() == 1);
    CHECK(table.records.at(0).fields
        == QStringList {QStringLiteral("Åsa Öberg"), QStringLiteral("Ängsbacken"),
            QStringLiteral("”citat” – €")});
    CHECK(table.problems.isEmpty());
}

TEST_CASE("quoted fields hold separators, quotes and line breaks, and lines are counted in the "
          "file",
    "[import][csv]")
{
    const QByteArray bytes("namn,adress,not\r\n"
                           "\"Ek, Bo\",\"Storgatan 1\r\nLgh 1102\",\"sa \"\"hej\"\"\"\r\n"
                           "\r\n"
                           "Åsa,\"a\nb\nc\",x\n"
                           "Sist,,\n");
    const CsvTable table = CsvReader::parse(bytes);
    REQUIRE(table.records.size() == 3);
    CHECK(table.records.at(0).line == 2);
    CHECK(table.records.at(0).fields
        == QStringList {QStringLiteral("Ek, Bo"), QStringLiteral("Storgatan 1\r\nLgh 1102"),
            QStringLiteral("sa \"hej\"")});
    CHECK(table.records.at(1).line == 5); // the blank line 4 is left out
    CHECK(table.records.at(1).fields.at(1) == QStringLiteral("a\nb\nc"));
    CHECK(table.records.at(2).line == 8);
    CHECK(table.records.at(2).fields == QStringList {QStringLiteral("Sist"), QString(), QString()});
    CHECK(table.problems.isEmpty());
}

TEST_CASE("a quote that never closes is reported with its line", "[import][csv]")
{
    const CsvTable table = CsvReader::parse(QByteArray("namn,enhet\nBo,Ek\n\"Åsa,Ek\nOla,Ek\n"));
    REQUIRE(table.problems.size() == 1);
    CHECK(table.problems.at(0).line == 3);
    CHECK(table.problems.at(0).reason.contains(QStringLiteral("avslutas aldrig")));
    REQUIRE(table.records.size() == 2);
    CHECK(table.records.at(1).line == 3);
}

TEST_CASE("written lines read back to the same fields", "[import][csv]")
{
    const QStringList fields {QStringLiteral("Ek; Bo"), QStringLiteral("\"citat\""),
        QStringLiteral("två\nrader"), QString(), QStringLiteral("vanlig")};
    const QString text = csvLine({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                     QStringLiteral("d"), QStringLiteral("e")},
                             QLatin1Char(';'))
        + csvLine(fields, QLatin1Char(';'));
    const CsvTable table = CsvReader::parse(text.toUtf8());
    CHECK(table.separator == QLatin1Char(';'));
    REQUIRE(table.records.size() == 1);
    CHECK(table.records.at(0).fields == fields);
}

TEST_CASE("any bytes are read without a crash", "[import][csv]")
{
    QRandomGenerator random(16);
    const QByteArray alphabet("\",;\r\n\xC3\xA5\x80\xFF\x00 a", 13);
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes;
        const int size = random.bounded(200);
        for (int i = 0; i < size; ++i)
            bytes += random.bounded(3) == 0 ? char(random.bounded(256))
                                            : alphabet.at(random.bounded(alphabet.size()));
        const CsvTable table = CsvReader::parse(bytes);
        for (const CsvRecord &record : table.records)
            CHECK(record.line >= 1);
    }
    CHECK(CsvReader::parse(QByteArray()).records.isEmpty());
}

TEST_CASE("a quote inside a header field hides no separator from the detection", "[import][csv]")
{
    // Read with commas the line has four fields; the quote after "e-post" is
    // text, so the semicolons after it on the next line count for nothing.
    const CsvTable table
        = CsvReader::parse(QByteArrayLiteral("namn,yrke,enhet,e-post\"\nOlle;Berg\";a;b;c;d\n"));
    CHECK(table.separator == QLatin1Char(','));
    CHECK(table.header.fields.size() == 4);
    REQUIRE(table.records.size() == 1);
    CHECK(table.records.first().fields == QStringList {QStringLiteral("Olle;Berg\";a;b;c;d")});
}
