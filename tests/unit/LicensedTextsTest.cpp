// An organisation's licensed form texts: a file per instrument, checked
// against the instrument's items and points, shown in the form in place of
// the neutral labels; a file that does not fit is refused naming the item.
#include <catch2/catch.hpp>

#include "domain/risk/LicensedTexts.h"
#include "services/care/LicensedForms.h"
#include "support/CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tf;

namespace {
// The texts of a whole form, as an organisation would write them.
QJsonObject licensedRoag()
{
    QJsonObject items;
    for (const RiskItem &item : roagInstrument().items) {
        QJsonObject options;
        for (const RiskOption &option : item.options)
            options.insert(option.key,
                QJsonObject {{QStringLiteral("points"), option.points},
                    {QStringLiteral("label"),
                        QStringLiteral("Blankettens text %1/%2").arg(item.key, option.key)}});
        items.insert(item.key,
            QJsonObject {{QStringLiteral("label"), QStringLiteral("Blankettens fråga ") + item.key},
                {QStringLiteral("options"), options}});
    }
    return {{QStringLiteral("instrument"), QStringLiteral("roag")},
        {QStringLiteral("source"), QStringLiteral("ROAG-J, licens 2027")},
        {QStringLiteral("items"), items}};
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

QString refusal(const QJsonObject &object)
{
    LicensedTexts texts;
    QString error;
    CHECK_FALSE(parseLicensedTexts(bytes(object), &texts, &error));
    return error;
}

// Changes one value inside items.<item>.options.<option>.
QJsonObject withOption(QJsonObject root, const QString &item, const QString &option,
    const QString &field, const QJsonValue &value)
{
    QJsonObject items = root.value(QStringLiteral("items")).toObject();
    QJsonObject text = items.value(item).toObject();
    QJsonObject options = text.value(QStringLiteral("options")).toObject();
    QJsonObject answer = options.value(option).toObject();
    answer.insert(field, value);
    options.insert(option, answer);
    text.insert(QStringLiteral("options"), options);
    items.insert(item, text);
    root.insert(QStringLiteral("items"), items);
    return root;
}
} // namespace

TEST_CASE(
    "licensed form texts fit their instrument or are refused naming the item", "[risk][licensed]")
{
    LicensedTexts texts;
    QString error;
    REQUIRE(parseLicensedTexts(bytes(licensedRoag()), &texts, &error));
    const RiskInstrument form = withLicensedTexts(roagInstrument(), texts);
    CHECK(form.verbatimTexts);
    CHECK(form.item(QStringLiteral("teeth"))->label == QStringLiteral("Blankettens fråga teeth"));
    CHECK(form.item(QStringLiteral("teeth"))->options.first().label
        == QStringLiteral("Blankettens text teeth/0"));
    CHECK(form.item(QStringLiteral("teeth"))->options.first().points == 0);
    CHECK_FALSE(roagInstrument().verbatimTexts); // the built-in one keeps its labels

    // Other points than the program's.
    QString why = refusal(withOption(
        licensedRoag(), QStringLiteral("teeth"), QStringLiteral("3"), QStringLiteral("points"), 2));
    CHECK(why.contains(QStringLiteral("Tänder")));
    CHECK(why.contains(QStringLiteral("poäng")));
    // An answer the instrument does not have.
    why = refusal(withOption(
        licensedRoag(), QStringLiteral("voice"), QStringLiteral("4"), QStringLiteral("points"), 4));
    CHECK(why.contains(QStringLiteral("Röst")));
    // An empty text.
    why = refusal(withOption(licensedRoag(), QStringLiteral("lips"), QStringLiteral("1"),
        QStringLiteral("label"), QString()));
    CHECK(why.contains(QStringLiteral("Läppar")));
    // An item missing, an unknown item, an unknown instrument.
    QJsonObject root = licensedRoag();
    QJsonObject items = root.value(QStringLiteral("items")).toObject();
    items.remove(QStringLiteral("saliva"));
    root.insert(QStringLiteral("items"), items);
    CHECK(refusal(root).contains(QStringLiteral("Saliv")));
    items.insert(QStringLiteral("saliva"),
        licensedRoag().value(QStringLiteral("items")).toObject().value(QStringLiteral("saliva")));
    items.insert(QStringLiteral("smell"), QJsonObject {});
    root.insert(QStringLiteral("items"), items);
    CHECK(refusal(root).contains(QStringLiteral("smell")));
    root = licensedRoag();
    root.insert(QStringLiteral("instrument"), QStringLiteral("roag2"));
    CHECK(refusal(root).contains(QStringLiteral("roag2")));
    CHECK_FALSE(refusal({}).isEmpty());
}

TEST_CASE(
    "the form shows the licensed texts when installed, else the neutral labels", "[risk][licensed]")
{
    const QString folder = licensedFormsFolder();
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("roag.json"));
    QFile::remove(path);
    QString problem;
    CHECK_FALSE(formInstrument(roagInstrument(), &problem).verbatimTexts);
    CHECK(problem.isEmpty());

    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes(licensedRoag()));
    file.close();
    const RiskInstrument shown = formInstrument(roagInstrument(), &problem);
    CHECK(shown.verbatimTexts);
    CHECK(shown.item(QStringLiteral("voice"))->label == QStringLiteral("Blankettens fråga voice"));
    CHECK(problem.isEmpty());

    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes(withOption(
        licensedRoag(), QStringLiteral("gums"), QStringLiteral("2"), QStringLiteral("points"), 3)));
    file.close();
    CHECK_FALSE(formInstrument(roagInstrument(), &problem).verbatimTexts);
    CHECK(problem.contains(QStringLiteral("Tandkött")));
    QFile::remove(path);
}

TEST_CASE("cli risk texts check says whether a file fits", "[risk][licensed][cli]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("roag.json"));
    const QString bad = dir.filePath(QStringLiteral("fel.json"));
    QFile goodFile(good);
    REQUIRE(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(bytes(licensedRoag()));
    goodFile.close();
    QFile badFile(bad);
    REQUIRE(badFile.open(QIODevice::WriteOnly));
    badFile.write(bytes(withOption(licensedRoag(), QStringLiteral("teeth"), QStringLiteral("0"),
        QStringLiteral("points"), 1)));
    badFile.close();
    test::CliRun run = test::runCli(
        {QStringLiteral("risk"), QStringLiteral("texts"), QStringLiteral("check"), good});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.json().object().value(QStringLiteral("instrument")).toString()
        == QStringLiteral("roag"));
    CHECK(run.json().object().value(QStringLiteral("valid")).toBool());
    run = test::runCli(
        {QStringLiteral("risk"), QStringLiteral("texts"), QStringLiteral("check"), bad});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("Tänder")));
    CHECK(run.out.isEmpty());
}
