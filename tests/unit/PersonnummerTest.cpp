#include "domain/Personnummer.h"

#include <catch2/catch.hpp>

#include <iterator>
#include <set>
#include <string>

// Every number used here has been checked with a separate Luhn computation: the ones meant to
// fail on something else (date, length, ...) still have a correct check digit, so the test
// really exercises the rule it names.

namespace {

// A fixed "today" so that century and future-date rules give the same answer every day.
const QDate kToday(2024, 6, 15);

tf::PersonnummerResult check(const char *input)
{
    return tf::validatePersonnummer(QString::fromUtf8(input), kToday);
}

std::string normalized(const char *input)
{
    return check(input).normalized.toStdString();
}

std::string error(const char *input)
{
    return check(input).error.toStdString();
}

void requireValid(const char *input)
{
    INFO("input: " << input);
    const tf::PersonnummerResult r = check(input);
    CHECK(r.valid);
    CHECK(r.error.isEmpty());
    CHECK(r.normalized.size() == 13);
}

void requireInvalid(const char *input)
{
    INFO("input: " << input);
    const tf::PersonnummerResult r = check(input);
    CHECK_FALSE(r.valid);
    CHECK_FALSE(r.error.isEmpty());
    CHECK(r.normalized.isEmpty());
    CHECK_FALSE(r.samordningsnummer);
}

} // namespace

TEST_CASE("Personnummer: valid 10-digit numbers", "[personnummer]")
{
    requireValid("811218-9876");
    requireValid("8112189876");
    CHECK(normalized("811218-9876") == "19811218-9876");
    CHECK(normalized("8112189876") == "19811218-9876");
    CHECK_FALSE(check("811218-9876").samordningsnummer);
}

TEST_CASE("Personnummer: valid 12-digit numbers", "[personnummer]")
{
    requireValid("19121212-1212");
    requireValid("191212121212");
    requireValid("19811218-9876");
    CHECK(normalized("19121212-1212") == "19121212-1212");
    CHECK(normalized("191212121212") == "19121212-1212");
    CHECK(normalized("198112189876") == "19811218-9876");
}

TEST_CASE("Personnummer: surrounding whitespace is ignored", "[personnummer]")
{
    requireValid("  811218-9876\t\n");
    CHECK(normalized("  811218-9876\t\n") == "19811218-9876");
    CHECK(normalized(" 191212121212 ") == "19121212-1212");
}

TEST_CASE("Personnummer: century of 10-digit numbers", "[personnummer]")
{
    SECTION("the most recent century that is not in the future")
    {
        CHECK(normalized("121212-1212") == "20121212-1212");
        CHECK(normalized("240615-1239") == "20240615-1239"); // today
        CHECK(normalized("240616-1238") == "19240616-1238"); // tomorrow -> last century
    }
    SECTION("plus means 100 years or older")
    {
        CHECK(normalized("121212+1212") == "19121212-1212");
        CHECK(normalized("811218+9876") == "18811218-9876");
        CHECK(normalized("240615+1239") == "19240615-1239"); // exactly 100 today
        CHECK(normalized("240616+1238") == "18240616-1238");
    }
    SECTION("the default today is the current date")
    {
        CHECK(tf::validatePersonnummer(QStringLiteral("19121212-1212")).valid);
        const QString tenDigits = QStringLiteral("121212-1212");
        const QString expected = QDate::currentDate().year() >= 2100
            ? QStringLiteral("21121212-1212")
            : QStringLiteral("20121212-1212");
        CHECK(tf::validatePersonnummer(tenDigits).normalized == expected);
    }
}

TEST_CASE("Personnummer: plus sign with a four-digit year is rejected", "[personnummer]")
{
    requireInvalid("19121212+1212");
    requireInvalid("191212121212+");
    CHECK(error("19121212+1212")
        == "Plustecken kan bara användas med tvåsiffrigt årtal (ÅÅMMDD+NNNN). "
           "Med fyrsiffrigt årtal skrivs ett bindestreck (ÅÅÅÅMMDD-NNNN).");
}

TEST_CASE("Personnummer: wrong check digit", "[personnummer]")
{
    const std::string message
        = "Kontrollsiffran stämmer inte. Kontrollera att alla siffror är rätt inskrivna.";
    for (const char *input : {"811218-9877", "8112189870", "19121212-1213", "191212121211",
             "121212+1213", "701063-2390"}) {
        INFO("input: " << input);
        requireInvalid(input);
        CHECK(error(input) == message);
    }
}

TEST_CASE("Personnummer: impossible dates", "[personnummer]")
{
    SECTION("February 30")
    {
        requireInvalid("900230-1233");
        CHECK(error("900230-1233") == "Datumet 1990-02-30 finns inte.");
        CHECK(error("19900230-1233") == "Datumet 1990-02-30 finns inte.");
    }
    SECTION("day 00 and day 32")
    {
        requireInvalid("900100-1230");
        requireInvalid("901232-1239");
        CHECK(error("900100-1230") == "Datumet 1990-01-00 finns inte.");
        CHECK(error("901232-1239") == "Datumet 1990-12-32 finns inte.");
    }
    SECTION("month 13 and month 00")
    {
        requireInvalid("901301-1235");
        requireInvalid("900001-1230");
        requireInvalid("19901301-1235");
        CHECK(error("901301-1235") == "Månaden 13 finns inte. Månaden ska vara 01–12.");
        CHECK(error("900001-1230") == "Månaden 00 finns inte. Månaden ska vara 01–12.");
    }
}

TEST_CASE("Personnummer: leap days", "[personnummer]")
{
    requireValid("20000229-1235");
    requireValid("000229-1235");
    CHECK(normalized("000229-1235") == "20000229-1235");

    // 1900 is not a leap year (divisible by 100 but not by 400).
    requireInvalid("19000229-1235");
    requireInvalid("000229+1235");
    CHECK(error("19000229-1235") == "Datumet 1900-02-29 finns inte.");
    CHECK(error("000229+1235") == "Datumet 1900-02-29 finns inte.");
}

TEST_CASE("Personnummer: samordningsnummer", "[personnummer]")
{
    SECTION("valid, day 61-91")
    {
        for (const char *input : {"701063-2391", "19701063-2391", "900161-1236", "9001911230"}) {
            INFO("input: " << input);
            requireValid(input);
            CHECK(check(input).samordningsnummer);
        }
        // The normalized form keeps the day as entered.
        CHECK(normalized("701063-2391") == "19701063-2391");
        CHECK(normalized("9001911230") == "19900191-1230");
    }
    SECTION("the underlying date must exist")
    {
        requireInvalid("900290-1230"); // 90 - 60 = February 30
        requireInvalid("900192-1239"); // 92 - 60 = January 32
        CHECK(error("900290-1230") != error("900230-1233"));
        CHECK(error("900290-1230").find("1990-02-30") != std::string::npos);
    }
}

TEST_CASE("Personnummer: wrong number of digits", "[personnummer]")
{
    const std::string message = "Personnumret ska ha 10 eller 12 siffror.";
    for (const char *input : {"811218987", "811218-987", "81121898761", "811218-98761",
             "1912121212121", "19121212-12121", "1", "12345678901234"}) {
        INFO("input: " << input);
        requireInvalid(input);
        CHECK(error(input) == message);
    }
}

TEST_CASE("Personnummer: characters other than digits and one separator", "[personnummer]")
{
    const std::string message
        = "Personnumret får bara innehålla siffror och ett bindestreck eller plustecken.";
    // The last one is written with Arabic-Indic digits, which QChar::isDigit() would accept.
    for (const char *input :
        {"81121A-9876", "abcdefghij", "811218 9876", "811218/9876", "811218–9876", "٨١١٢١٨-٩٨٧٦"}) {
        INFO("input: " << input);
        requireInvalid(input);
        CHECK(error(input) == message);
    }
}

TEST_CASE("Personnummer: misplaced or repeated separator", "[personnummer]")
{
    for (const char *input : {"8112-189876", "1912-12121212", "8112189876-", "+8112189876",
             "811218-98-76", "811218--9876", "811218-+9876"}) {
        INFO("input: " << input);
        requireInvalid(input);
    }
    CHECK(error("8112-189876") == error("8112189876-"));
    CHECK(error("811218--9876") == error("81-1218-9876"));
    CHECK(error("8112-189876") != error("811218--9876"));
}

TEST_CASE("Personnummer: empty input", "[personnummer]")
{
    requireInvalid("");
    requireInvalid("   \t ");
    CHECK(error("") == "Personnumret är tomt.");
    CHECK(error(" ") == "Personnumret är tomt.");
    CHECK(
        tf::validatePersonnummer(QString(), kToday).error.toStdString() == "Personnumret är tomt.");
}

TEST_CASE("Personnummer: dates in the future", "[personnummer]")
{
    requireInvalid("20900101-1239");
    requireInvalid("20240616-1238"); // tomorrow
    requireInvalid("20240676-1235"); // samordningsnummer for tomorrow
    requireValid("20240615-1239"); // today
    CHECK(error("20900101-1239") == "Datumet 2090-01-01 ligger i framtiden.");
}

TEST_CASE("Personnummer: each kind of error has its own message", "[personnummer]")
{
    const char *oneExamplePerReason[] = {
        "", // empty
        "81121A-9876", // wrong characters
        "811218--9876", // more than one separator
        "811218987", // wrong length
        "8112-189876", // separator in the wrong place
        "19121212+1212", // plus with a four-digit year
        "901301-1235", // impossible month
        "900230-1233", // impossible date
        "900290-1230", // samordningsnummer whose date does not exist
        "20900101-1239", // date in the future
        "811218-9877", // wrong check digit
    };
    std::set<std::string> messages;
    for (const char *input : oneExamplePerReason) {
        INFO("input: " << input);
        requireInvalid(input);
        messages.insert(error(input));
    }
    CHECK(messages.size() == std::size(oneExamplePerReason));
}

TEST_CASE("generated personnummer are valid and keep their date", "[personnummer]")
{
    const QDate today(2024, 6, 15);
    for (int number = 0; number < 1000; number += 37) {
        const QDate birth = QDate(1931, 2, 28).addDays(number * 23);
        const QString generated = tf::makePersonnummer(birth, number);
        const auto result = tf::validatePersonnummer(generated, today);
        INFO(generated.toStdString());
        CHECK(result.valid);
        CHECK(result.normalized == generated);
        CHECK(generated.startsWith(birth.toString(QStringLiteral("yyyyMMdd"))));
    }
}

TEST_CASE("the age is read from the personnummer on a given day", "[personnummer][age]")
{
    const QString pnr = tf::makePersonnummer(QDate(1940, 3, 10), 123);
    CHECK(tf::birthDateOf(pnr) == QDate(1940, 3, 10));
    CHECK(tf::ageOn(pnr, QDate(2026, 3, 9)) == 85);
    CHECK(tf::ageOn(pnr, QDate(2026, 3, 10)) == 86);
    // Born on a leap day: a year older on 1 March in other years.
    const QString leap = tf::makePersonnummer(QDate(1944, 2, 29), 7);
    CHECK(tf::ageOn(leap, QDate(2026, 2, 28)) == 81);
    CHECK(tf::ageOn(leap, QDate(2026, 3, 1)) == 82);
    CHECK(tf::ageOn(leap, QDate(2028, 2, 29)) == 84);
    // A samordningsnummer has 60 added to the day.
    const tf::PersonnummerResult samordning
        = tf::validatePersonnummer(QStringLiteral("701063-2391"));
    REQUIRE(samordning.valid);
    REQUIRE(samordning.samordningsnummer);
    CHECK(tf::birthDateOf(samordning.normalized) == QDate(1970, 10, 3));
    CHECK(tf::ageOn(samordning.normalized, QDate(2026, 10, 3)) == 56);
    // Nothing to read: no age rather than a guess.
    CHECK_FALSE(tf::ageOn(QString(), QDate(2026, 1, 1)).has_value());
    CHECK_FALSE(tf::ageOn(QStringLiteral("19121212-1213"), QDate(2026, 1, 1)).has_value());
    CHECK_FALSE(tf::ageOn(pnr, QDate(1939, 1, 1)).has_value());
}
