// Bringing units, staff and clients in from CSV and keeping them current:
// the command line's report, bad rows by line, a trial that writes nothing,
// re-imports that update (with the change log) instead of duplicating, and
// exports that import back unchanged. Both engines.
#include <catch2/catch.hpp>

#include "domain/Personnummer.h"
#include "services/Workspace.h"
#include "services/register/RegisterExport.h"
#include "services/register/RegisterImport.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/Query.h"
#include "storage/UnitRepository.h"
#include "storage/care/RiskRepository.h"
#include "support/CliRun.h"
#include "support/TestBackends.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace tf;

namespace {
struct Register
{
    qint64 adminId = 0;
    qint64 solgardenId = 0;
    qint64 ekbackenId = 0;
    qint64 nurseId = 0;
};

Register makeRegister(Workspace &workspace)
{
    Register reg;
    Person admin;
    admin.name = QStringLiteral("Eva Enhetschef");
    admin.profession = QStringLiteral("Enhetschef");
    reg.adminId = workspace.people().create(admin, 0);
    workspace.setActorId(reg.adminId);
    Unit solgarden;
    solgarden.name = QStringLiteral("Solgården avdelning 1");
    reg.solgardenId = workspace.units().create(solgarden, reg.adminId);
    Unit ekbacken;
    ekbacken.name = QStringLiteral("Ekbacken");
    reg.ekbackenId = workspace.units().create(ekbacken, reg.adminId);
    Person nurse;
    nurse.name = QStringLiteral("Sara Sjöström");
    nurse.profession = QStringLiteral("Sjuksköterska");
    nurse.login = QStringLiteral("sasj01");
    nurse.email = QStringLiteral("sara.sjostrom@kommun.se");
    reg.nurseId = workspace.people().create(nurse, reg.adminId);
    return reg;
}

QString pnr(int year, int month, int day, int number)
{
    return makePersonnummer(QDate(year, month, day), number);
}

QString writeFile(const QTemporaryDir &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QString database(const test::TestBackend &backend)
{
    return backend.url.isEmpty() ? backend.spec.path : backend.url;
}

QList<int> rejectedLines(const QJsonObject &report)
{
    QList<int> lines;
    for (const QJsonValue &value : report.value(QStringLiteral("rejected")).toArray())
        lines << value.toObject().value(QStringLiteral("line")).toInt();
    return lines;
}

int count(Workspace &workspace, const QString &sql)
{
    Query query(workspace.database(), sql);
    query.exec();
    REQUIRE(query.next());
    return query.integer(0);
}
} // namespace

TEST_CASE("import of clients names each bad line, writes nothing with a bad row, and a second "
          "import finds everything unchanged",
    "[import][cli]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            {
                Workspace workspace(backend.spec);
                workspace.open();
                makeRegister(workspace);
            }
            QString badDigit = pnr(1938, 4, 12, 123);
            badDigit.chop(1);
            badDigit += QString::number((pnr(1938, 4, 12, 123).right(1).toInt() + 1) % 10);
            const QString twice = pnr(1931, 2, 3, 456);
            const QByteArray csv
                = QStringLiteral(
                    "Personnummer;Namn;Enhet;Lägenhet;Kontaktman;Sjuksköterska;Startdatum\r\n"
                    "%1;Greta Gransson;Solgården avdelning 1;1102;;sasj01;2024-03-01\r\n"
                    "%2;Harald Holm;Solgården avdelning 1;\"1104, 1 tr\";;Sara Sjöström;\r\n"
                    "%3;Ingrid Isaksson;Ekbacken;Storgatan 3;;sara.sjostrom@kommun.se;"
                    "2023-11-15\r\n"
                    "%4;Fel Siffra;Ekbacken;1;;;\r\n"
                    "%5;Okänd Enhet;Lindgården;2;;;\r\n"
                    "%6;Två Gånger;Ekbacken;3;;;\r\n"
                    "%6;Två Gånger Igen;Ekbacken;4;;;\r\n")
                      .arg(pnr(1935, 5, 6, 12), pnr(1940, 7, 8, 34), pnr(1929, 12, 24, 56),
                          badDigit, pnr(1945, 1, 1, 78), twice)
                      .toUtf8();
            QTemporaryDir folder;
            const QString path = writeFile(folder, QStringLiteral("kunder.csv"), csv);
            const QStringList import {QStringLiteral("--database"), database(backend),
                QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("clients"),
                QStringLiteral("--csv"), path};

            // A bad row stops the whole import.
            test::CliRun run = test::runCli(import);
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 1);
            QJsonObject report = run.json().object();
            CHECK(report.keys()
                == QStringList {QStringLiteral("created"), QStringLiteral("read"),
                    QStringLiteral("rejected"), QStringLiteral("unchanged"),
                    QStringLiteral("updated")});
            CHECK(report.value(QStringLiteral("read")).toInt() == 7);
            CHECK(report.value(QStringLiteral("created")).toInt() == 0);
            CHECK(rejectedLines(report) == QList<int> {5, 6, 7, 8});
            const QJsonArray rejected = report.value(QStringLiteral("rejected")).toArray();
            CHECK(rejected.at(0)
                      .toObject()
                      .value(QStringLiteral("reason"))
                      .toString()
                      .contains(QStringLiteral("Personnumret")));
            CHECK(rejected.at(1).toObject().value(QStringLiteral("reason")).toString()
                == QStringLiteral("Enheten ”Lindgården” finns inte."));
            CHECK(rejected.at(2)
                      .toObject()
                      .value(QStringLiteral("reason"))
                      .toString()
                      .contains(QStringLiteral("också på rad 8")));
            CHECK(run.err.contains(QStringLiteral("Ingenting har sparats")));
            {
                Workspace workspace(backend.spec);
                workspace.open();
                CHECK(workspace.clients().all().isEmpty());
            }

            // A trial of the good rows counts and writes nothing.
            run = test::runCli(import
                + QStringList {QStringLiteral("--dry-run"), QStringLiteral("--good-rows-only")});
            CHECK(run.exitCode == 0);
            report = run.json().object();
            CHECK(report.value(QStringLiteral("created")).toInt() == 3);
            CHECK(rejectedLines(report) == QList<int> {5, 6, 7, 8});
            {
                Workspace workspace(backend.spec);
                workspace.open();
                CHECK(workspace.clients().all().isEmpty());
            }

            // The good rows only.
            run = test::runCli(import + QStringList {QStringLiteral("--good-rows-only")});
            CHECK(run.exitCode == 0);
            report = run.json().object();
            CHECK(report.value(QStringLiteral("created")).toInt() == 3);
            CHECK(report.value(QStringLiteral("updated")).toInt() == 0);
            {
                Workspace workspace(backend.spec);
                workspace.open();
                const auto greta = workspace.clients().byPersonnummer(pnr(1935, 5, 6, 12));
                REQUIRE(greta);
                CHECK(greta->apartment == QStringLiteral("1102"));
                CHECK(workspace.risks().movedInOn(greta->id) == QDate(2024, 3, 1));
                const auto harald = workspace.clients().byPersonnummer(pnr(1940, 7, 8, 34));
                REQUIRE(harald);
                CHECK(harald->apartment == QStringLiteral("1104, 1 tr"));
                CHECK(harald->nurseId == workspace.people().byLogin(QStringLiteral("sasj01"))->id);
                CHECK(workspace.clients().all().size() == 3);
            }

            // Again: the same rows are unchanged, nothing is duplicated.
            run = test::runCli(import + QStringList {QStringLiteral("--good-rows-only")});
            CHECK(run.exitCode == 0);
            report = run.json().object();
            CHECK(report.value(QStringLiteral("created")).toInt() == 0);
            CHECK(report.value(QStringLiteral("updated")).toInt() == 0);
            CHECK(report.value(QStringLiteral("unchanged")).toInt() == 3);
            Workspace workspace(backend.spec);
            workspace.open();
            CHECK(workspace.clients().all().size() == 3);
        }
    }
}

TEST_CASE("a re-import updates names, apartments, units and roles with who and when, and keeps "
          "the rest",
    "[import]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            Workspace workspace(backend.spec);
            workspace.open();
            const Register reg = makeRegister(workspace);
            RegisterImport importer(workspace);
            ImportOptions staff;
            staff.kind = RegisterKind::Staff;
            ImportReport report = importer.run(
                QByteArray("namn,yrke,e-post,inloggning,enheter,roll\n"
                           "Kim Karlsson,undersköterska,kim.karlsson@kommun.se,kika01,"
                           "Ekbacken,Kontaktman\n"
                           "Lo Lund,Arbetsterapeut,lo.lund@kommun.se,,\"Ekbacken, Solgården "
                           "avdelning 1\",\n"),
                staff);
            REQUIRE(report.rejected.isEmpty());
            CHECK(report.created == 2);
            const auto kim = workspace.people().byLogin(QStringLiteral("kika01"));
            REQUIRE(kim);
            CHECK(kim->profession == QStringLiteral("Undersköterska"));
            CHECK(workspace.people().unitsOf(kim->id) == QList<qint64> {reg.ekbackenId});

            ImportOptions clients;
            clients.kind = RegisterKind::Clients;
            const QString greta = pnr(1935, 5, 6, 12);
            report = importer.run(QStringLiteral("personnummer;namn;enhet;lägenhet;kontaktman\n"
                                                 "%1;Greta Gransson;Ekbacken;1102;kika01\n")
                                      .arg(greta)
                                      .toUtf8(),
                clients);
            REQUIRE(report.created == 1);
            const qint64 gretaId = workspace.clients().byPersonnummer(greta)->id;
            const int before = count(workspace,
                QStringLiteral("SELECT COUNT(*) FROM change_log WHERE operation = 'update'"));

            // Moved to another unit and apartment, renamed; the staff file
            // finds Kim by e-mail alone and gives a new role and units.
            workspace.setActorId(reg.nurseId);
            report = importer.run(QStringLiteral("personnummer;namn;enhet;lägenhet\n"
                                                 "%1;Greta Gransson-Berg;Solgården avdelning 1;"
                                                 "2201\n")
                                      .arg(greta)
                                      .toUtf8(),
                clients);
            CHECK(report.updated == 1);
            report = importer.run(QByteArray("E-post;Roll;Enheter\n"
                                             "kim.karlsson@kommun.se;Samordnare;"
                                             "Solgården avdelning 1\n"),
                staff);
            CHECK(report.updated == 1);
            CHECK(report.created == 0);

            const Client moved = *workspace.clients().byId(gretaId);
            CHECK(moved.name == QStringLiteral("Greta Gransson-Berg"));
            CHECK(moved.apartment == QStringLiteral("2201"));
            CHECK(moved.unitId == reg.solgardenId);
            CHECK(moved.contactPersonId == kim->id); // not in the file: kept
            const Person kept = *workspace.people().byId(kim->id);
            CHECK(kept.role == QStringLiteral("Samordnare"));
            CHECK(kept.name == QStringLiteral("Kim Karlsson"));
            CHECK(kept.login == QStringLiteral("kika01"));
            CHECK(workspace.people().unitsOf(kim->id) == QList<qint64> {reg.solgardenId});
            CHECK(workspace.people().all().size() == 4);

            CHECK(count(workspace,
                      QStringLiteral("SELECT COUNT(*) FROM change_log WHERE operation = 'update'"))
                > before);
            Query logged(workspace.database(),
                QStringLiteral("SELECT person_id, changed_at FROM change_log WHERE table_name = ? "
                               "AND row_id = ? AND operation = 'update'"));
            logged.bind(QStringLiteral("client")).bind(gretaId).exec();
            REQUIRE(logged.next());
            CHECK(logged.id(0) == reg.nurseId);
            CHECK_FALSE(logged.text(1).isEmpty());
            Query personLogged(workspace.database(),
                QStringLiteral("SELECT person_id FROM change_log WHERE table_name = 'person' AND "
                               "row_id = ? AND operation = 'update'"));
            personLogged.bind(kim->id).exec();
            REQUIRE(personLogged.next());
            CHECK(personLogged.id(0) == reg.nurseId);
        }
    }
}

TEST_CASE("staff rows are checked for profession, e-mail, unit and a login given twice", "[import]")
{
    const test::TestBackend backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    makeRegister(workspace);
    ImportOptions staff;
    staff.kind = RegisterKind::Staff;
    const ImportReport report = RegisterImport(workspace).run(
        QByteArray("namn;yrke;e-post;inloggning;enhet\n"
                   "A Ett;Trollkarl;a@kommun.se;a1;Ekbacken\n"
                   "B Två;Undersköterska;inte-en-adress;b1;Ekbacken\n"
                   "C Tre;Undersköterska;c@kommun.se;c1;Månstrålen\n"
                   "D Fyra;Undersköterska;d@kommun.se;d1;Ekbacken\n"
                   "D Fem;Undersköterska;d5@kommun.se;D1;Ekbacken\n"
                   "E Sex;Undersköterska;e@kommun.se;e1;Ekbacken\n"),
        staff);
    CHECK(report.read == 6);
    REQUIRE(report.rejected.size() == 5);
    CHECK(report.rejected.at(0).line == 2);
    CHECK(report.rejected.at(0).reason.contains(QStringLiteral("Yrket ”Trollkarl” är okänt")));
    CHECK(report.rejected.at(1).reason.contains(QStringLiteral("har inte formen")));
    CHECK(report.rejected.at(2).reason == QStringLiteral("Enheten ”Månstrålen” finns inte."));
    CHECK(report.rejected.at(3).line == 5);
    CHECK(report.rejected.at(4).line == 6);
    CHECK(report.rejected.at(4).reason.contains(QStringLiteral("Inloggningen förekommer också på "
                                                               "rad 5")));
    CHECK(report.created == 0);
    CHECK_FALSE(report.written);
    CHECK(workspace.people().all().size() == 2);
}

TEST_CASE("what export writes imports back unchanged", "[import][cli]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            {
                Workspace workspace(backend.spec);
                workspace.open();
                const Register reg = makeRegister(workspace);
                Unit wing;
                wing.name = QStringLiteral("Solgården flygel B; övre");
                wing.parentId = reg.solgardenId;
                wing.serviceType = ServiceType::Gruppbostad;
                workspace.units().create(wing, reg.adminId);
                workspace.people().setUnits(
                    reg.nurseId, {reg.solgardenId, reg.ekbackenId}, reg.adminId);
                Person nameOnly;
                nameOnly.name = QStringLiteral("Nils \"Nisse\" Namnsson");
                nameOnly.profession = QStringLiteral("Vårdbiträde");
                const qint64 nilsId = workspace.people().create(nameOnly, reg.adminId);
                for (int i = 0; i < 5; ++i) {
                    Client client;
                    client.unitId = i % 2 ? reg.solgardenId : reg.ekbackenId;
                    client.personnummer = pnr(1930 + i, 1 + i, 10 + i, 100 + i);
                    client.name = QStringLiteral("Kund %1").arg(i);
                    client.apartment = i == 3 ? QStringLiteral("Väg 1\nLgh 2") : QString::number(i);
                    client.nurseId = i < 3 ? reg.nurseId : 0;
                    client.contactPersonId = i == 4 ? nilsId : 0;
                    const qint64 id = workspace.clients().create(client, reg.adminId);
                    if (i % 2 == 0)
                        workspace.risks().setMovedInOn(id, QDate(2020, 1, 1).addDays(i), 0);
                }
            }
            QTemporaryDir folder;
            for (const QString &kind :
                {QStringLiteral("units"), QStringLiteral("staff"), QStringLiteral("clients")}) {
                INFO(kind.toStdString());
                const QString path = folder.filePath(kind + QStringLiteral(".csv"));
                test::CliRun run = test::runCli(
                    {QStringLiteral("--database"), database(backend), QStringLiteral("export"),
                        QStringLiteral("--kind"), kind, QStringLiteral("--csv"), path});
                INFO(run.err.toStdString());
                REQUIRE(run.exitCode == 0);
                const int rows = run.json().object().value(QStringLiteral("rows")).toInt();
                CHECK(rows >= 3);
                run = test::runCli(
                    {QStringLiteral("--database"), database(backend), QStringLiteral("import"),
                        QStringLiteral("--kind"), kind, QStringLiteral("--csv"), path});
                INFO(run.err.toStdString() << QString::fromUtf8(run.out).toStdString());
                CHECK(run.exitCode == 0);
                const QJsonObject report = run.json().object();
                CHECK(report.value(QStringLiteral("read")).toInt() == rows);
                CHECK(report.value(QStringLiteral("unchanged")).toInt() == rows);
                CHECK(report.value(QStringLiteral("created")).toInt() == 0);
                CHECK(report.value(QStringLiteral("updated")).toInt() == 0);
                CHECK(report.value(QStringLiteral("rejected")).toArray().isEmpty());
            }
            Workspace workspace(backend.spec);
            workspace.open();
            // The client export is a read of every client, in the access log.
            CHECK(count(workspace,
                      QStringLiteral("SELECT COUNT(DISTINCT client_id) FROM access_log WHERE "
                                     "purpose = 'command_line'"))
                == 5);
        }
    }
}

TEST_CASE("a column mapping given once is remembered for the kind", "[import][cli]")
{
    const test::TestBackend backend = test::sqliteBackend();
    {
        Workspace workspace(backend.spec);
        workspace.open();
        makeRegister(workspace);
    }
    QTemporaryDir config;
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QTemporaryDir folder;
    const QString path = writeFile(folder, QStringLiteral("enheter.csv"),
        QByteArray("Avdelningens benämning,Verksamhet\nLindgården,sabo\n"));
    const QStringList import {QStringLiteral("--database"), backend.spec.path,
        QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("units"),
        QStringLiteral("--csv"), path};
    test::CliRun run = test::runCli(import);
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("ingen kolumn för namn")));
    run = test::runCli(import
        + QStringList {QStringLiteral("--map"), QStringLiteral("Avdelningens benämning=namn"),
            QStringLiteral("--dry-run")});
    CHECK(run.exitCode == 0);
    CHECK(run.json().object().value(QStringLiteral("created")).toInt() == 1);
    run = test::runCli(import); // remembered
    CHECK(run.exitCode == 0);
    CHECK(run.json().object().value(QStringLiteral("created")).toInt() == 1);
    qputenv("XDG_CONFIG_HOME", oldConfig);
    if (oldConfig.isEmpty())
        qunsetenv("XDG_CONFIG_HOME");
}

TEST_CASE(
    "clients whose contact persons share a name export and import back unchanged", "[import][cli]")
{
    for (const test::TestBackend &backend : test::testBackends()) {
        DYNAMIC_SECTION(backend.name.toStdString())
        {
            {
                Workspace workspace(backend.spec);
                workspace.open();
                const Register reg = makeRegister(workspace);
                // Two of the staff are called the same and have neither
                // login nor e-mail: their name alone cannot tell them apart.
                for (int i = 0; i < 2; ++i) {
                    Person namesake;
                    namesake.name = QStringLiteral("Astrid Ali");
                    namesake.profession = QStringLiteral("Undersköterska");
                    Client client;
                    client.unitId = reg.solgardenId;
                    client.personnummer = pnr(1931 + i, 2, 3, 200 + i);
                    client.name = QStringLiteral("Kund %1").arg(i);
                    client.contactPersonId = workspace.people().create(namesake, reg.adminId);
                    workspace.clients().create(client, reg.adminId);
                }
            }
            QTemporaryDir folder;
            const QString path = folder.filePath(QStringLiteral("clients.csv"));
            test::CliRun run = test::runCli({QStringLiteral("--database"), database(backend),
                QStringLiteral("export"), QStringLiteral("--kind"), QStringLiteral("clients"),
                QStringLiteral("--csv"), path});
            REQUIRE(run.exitCode == 0);
            run = test::runCli({QStringLiteral("--database"), database(backend),
                QStringLiteral("import"), QStringLiteral("--kind"), QStringLiteral("clients"),
                QStringLiteral("--csv"), path});
            INFO(run.err.toStdString() << QString::fromUtf8(run.out).toStdString());
            CHECK(run.exitCode == 0);
            const QJsonObject report = run.json().object();
            CHECK(report.value(QStringLiteral("rejected")).toArray().isEmpty());
            CHECK(report.value(QStringLiteral("unchanged")).toInt()
                == report.value(QStringLiteral("read")).toInt());
        }
    }
}
