// Text no one expects: NUL, emoji, right-to-left script and bidi
// overrides, decomposed (NFD) letters, SQL and full-text syntax, a megabyte.
// Each is stored and read back character for character on both engines or
// refused in Swedish; a search for any of it is words, never syntax.
#include <catch2/catch.hpp>

#include "domain/Personnummer.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/MinutesRepository.h"
#include "storage/SearchRepository.h"
#include "support/CliRun.h"
#include "support/MinutesFixture.h"
#include "support/RobustnessReport.h"
#include "support/TestBackends.h"

#include <QRegularExpression>

#include <iterator>

using namespace tf;

namespace {
struct Text
{
    const char *name;
    QString text;
};

QList<Text> oddTexts()
{
    const QString megabyte
        = QStringLiteral("Åsa 👵🏻 går med rullator, שלום. ").repeated(1024 * 1024 / 30);
    return {
        {"NUL", QStringLiteral("före") + QChar(0) + QStringLiteral("efter")},
        {"emoji",
            QStringLiteral("Greta 👵🏻 mår bra 👍🏽 🏳️‍🌈 👨‍👩‍👧")},
        {"right-to-left", QStringLiteral("שלום עליכם مرحبا بكم ١٢٣ Åsa")},
        {"bidi overrides",
            QStringLiteral("Åsa \u202Egnidaer\u202C \u2066isol\u2069 \u200F\u061C"
                           "\u202D\u202A\u202B\u2067\u2068")},
        {"NFD", QStringLiteral("A\u030Asa o\u0308ver a\u0308ngen")},
        {"SQL", QStringLiteral("'; DROP TABLE minute_entries; -- \" OR 1=1 --")},
        {"FTS5 and tsquery syntax", QStringLiteral("NEAR(a b) \"* OR ^ AND NOT (( :* & | !")},
        {"1 MB", megabyte},
    };
}

// What is typed into search, and how many notes it finds: the one note
// holds every word typed here, so a query finds it when it has any word.
struct TypedSearch
{
    const char *typed;
    int hits;
};
const TypedSearch kQueries[] = {{"\"", 0}, {"*", 0}, {"NEAR(", 1}, {"NEAR(Åsa", 1}, {"OR", 1},
    {"AND", 1}, {"NOT", 1}, {"'; DROP", 1}, {"'; DROP TABLE minute_entries; --", 0}, {"((", 0},
    {")", 0}, {"(Åsa", 1}, {"Åsa)", 1}, {"\"Åsa", 1}, {"Åsa*", 1}, {"^Åsa", 1}, {"text:Åsa", 1},
    {"-Åsa", 1}, {":*", 0}, {"& | !", 0}, {"\\", 0}, {"Åsa OR", 1}, {"{text}", 1}, {"👵🏻", 0},
    {"\u202E", 0}, {"Åsa\u202Egnidaer", 1}, {"Åsa NEAR/2 fallrisk", 1}};

// A message meant for a person: Swedish, with none of the engine's words.
bool swedish(const QString &message)
{
    static const QRegularExpression english(
        QStringLiteral("\\b(error|invalid|syntax|failed|sequence|unable|ERROR)\\b"));
    return !message.isEmpty() && !message.contains(english);
}
} // namespace

TEST_CASE("odd text in notes is stored and read back as it was, or refused in Swedish",
    "[robust][minutes]")
{
    const auto texts = oddTexts();
    const test::ReportedCase row(
        QStringLiteral("bad input: NUL, emoji, RTL, bidi, NFD, SQL, 1 MB notes (per engine)"),
        static_cast<int>(texts.size() * test::testBackends().size()));
    for (const auto &backend : test::testBackends()) {
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        MinuteEntry entry;
        entry.agendaItemId = f.itemIds.first();
        entry.text = QStringLiteral("Början.");
        entry = workspace.minutes().saveEntry(entry, f.nurseId);
        for (const Text &t : texts) {
            INFO("engine: " << backend.name.toStdString() << ", text: " << t.name);
            MinuteEntry changed = entry;
            changed.text = t.text;
            try {
                entry = workspace.minutes().saveEntry(changed, f.nurseId);
            } catch (const StorageError &error) {
                INFO("refused: " << error.userMessage().toStdString());
                CHECK(swedish(error.userMessage()));
                // Refused: what was there stays.
                CHECK(workspace.minutes().entries(f.meetingId).first().text == entry.text);
                continue;
            }
            // Read back by another connection, as another program would.
            Workspace reader(backend.spec);
            reader.open();
            const QString stored = reader.minutes().entries(f.meetingId).first().text;
            CHECK(stored.size() == t.text.size());
            CHECK(stored == t.text);
        }
    }
}

TEST_CASE("search syntax typed into the search field is searched as words on both engines",
    "[robust][search]")
{
    const test::ReportedCase row(
        QStringLiteral("bad input: SQL and FTS5/tsquery syntax in search (per engine)"),
        static_cast<int>(std::size(kQueries) * test::testBackends().size()));
    for (const auto &backend : test::testBackends()) {
        Workspace workspace(backend.spec);
        workspace.open();
        const auto f = test::makeMinutesFixture(workspace);
        MinuteEntry entry;
        entry.agendaItemId = f.itemIds.first();
        entry.text
            = QStringLiteral("Åsa gnidaer near drop table text or and not 2 👵🏻 fallrisk.");
        workspace.minutes().saveEntry(entry, f.nurseId);
        for (const TypedSearch &query : kQueries) {
            INFO("engine: " << backend.name.toStdString() << ", query: " << query.typed);
            QList<SearchHit> hits;
            CHECK_NOTHROW(hits = workspace.search().search(QString::fromUtf8(query.typed)));
            // The words in it are searched as words; pure syntax finds nothing.
            CHECK(hits.size() == query.hits);
        }
        // The notes are all still there.
        CHECK(workspace.minutes().entries(f.meetingId).first().text == entry.text);
    }
}

TEST_CASE("personnummer edge cases are read right or refused with a Swedish reason", "[robust]")
{
    const QDate today(2026, 12, 5);
    struct Case
    {
        QString input;
        QString normalized; // empty: refused
    };
    const Case cases[] = {
        {QStringLiteral("19121212-1212"), QStringLiteral("19121212-1212")},
        {QStringLiteral("\u00a0121212-1212\t"), QStringLiteral("20121212-1212")},
        {QStringLiteral("121212+1212"), QStringLiteral("19121212-1212")},
        {QStringLiteral("20000229-0005"), QStringLiteral("20000229-0005")}, // 2000 was a leap year
        {QStringLiteral("19000229-1234"), {}}, // 1900 was no leap year
        {QStringLiteral("000000-0000"), {}},
        {QStringLiteral("１２１２１２-１２１２"), {}}, // full-width digits
        {QStringLiteral("١٢١٢١٢-١٢١٢"), {}}, // Arabic-Indic digits
        {QStringLiteral("121212-121\u0032\u0301"), {}}, // a combining accent
        {QStringLiteral("121212") + QChar(0) + QStringLiteral("-1212"), {}},
        {QStringLiteral("\u202E2121-212121"), {}},
        {QStringLiteral("121212-1212👍"), {}},
        {QStringLiteral("121212--1212"), {}},
        {QStringLiteral("'; DROP TABLE clients; --"), {}},
        {QString(1024 * 1024, QLatin1Char('1')), {}},
        {QStringLiteral("121272-1212"), {}}, // samordningsnummer day 72 - 60 = 12, check digit
        {QString(), {}},
    };
    int held = 0;
    for (const Case &c : cases) {
        INFO("input: " << c.input.left(40).toStdString());
        const PersonnummerResult result = validatePersonnummer(c.input, today);
        const bool right = c.normalized.isEmpty()
            ? !result.valid && swedish(result.error)
            : result.valid && result.normalized == c.normalized;
        CHECK(right);
        held += right;
    }
    test::reportRobustness(QStringLiteral("bad input: personnummer edge cases"),
        static_cast<int>(std::size(cases)), held);
}

TEST_CASE(
    "a megabyte on standard input is read or refused in Swedish, never half taken", "[robust][cli]")
{
    // The one command that reads text from standard input: risk answers.
    const QByteArray padding(1024 * 1024, ' ');
    const QByteArray valid = "{\"voice\":1,\"lips\":1,\"mucosa\":1,\"tongue\":1,\"gums\":1,"
                             "\"teeth\":0,\"dentures\":0,\"saliva\":1,\"swallowing\":1}";
    const QByteArray bigString
        = "{\"voice\":\"" + QByteArray(1024 * 1024, 'a') + "\"," + valid.mid(1);
    const QByteArray nul = QByteArray("{\"voice\":1") + '\0' + valid.mid(10);
    int held = 0;
    const auto score = [](const QByteArray &input) {
        return test::runCli(
            {QStringLiteral("risk"), QStringLiteral("score"), QStringLiteral("--instrument"),
                QStringLiteral("roag"), QStringLiteral("--answers"), QStringLiteral("-")},
            input);
    };
    const auto padded = score(padding + valid + padding);
    INFO(padded.err.toStdString());
    CHECK(padded.exitCode == 0); // a megabyte of spaces around valid answers is fine
    held += padded.exitCode == 0 && padded.json().isObject();
    for (const QByteArray &bad : {bigString, nul}) {
        const auto run = score(bad);
        INFO(run.err.toStdString());
        CHECK(run.exitCode != 0);
        CHECK(run.out.isEmpty());
        CHECK(swedish(run.err));
        held += run.exitCode != 0 && run.out.isEmpty() && swedish(run.err);
    }
    test::reportRobustness(
        QStringLiteral("bad input: 1 MB and NUL on standard input (risk score)"), 3, held);
}
