#include "ImportBench.h"

#include "Stats.h"
#include "domain/Personnummer.h"
#include "domain/io/CsvReader.h"
#include "services/Workspace.h"
#include "services/register/RegisterImport.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QHash>
#include <QJsonArray>

namespace tf::bench {

namespace {
constexpr int kClients = 8000;

QByteArray clientsCsv(Workspace &workspace)
{
    const QList<Unit> units = workspace.units().all();
    // People whose name is theirs alone, as a record system names them.
    QHash<QString, int> named;
    const QList<Person> people = workspace.people().all();
    for (const Person &person : people)
        ++named[person.name];
    QStringList unique;
    for (const Person &person : people) {
        if (named.value(person.name) == 1)
            unique << person.name;
    }
    const QChar separator = QLatin1Char(';');
    QString text = csvLine(exportHeader(RegisterKind::Clients), separator);
    for (int i = 0; i < kClients; ++i) {
        // Born 1920–1943, birth numbers 900–999: not the generator's.
        const QDate born = QDate(1920, 1, 1).addDays(i);
        text += csvLine(
            {makePersonnummer(born, 900 + i % 100), QStringLiteral("Importerad Kund %1").arg(i),
                units.at(i % units.size()).name, QStringLiteral("%1").arg(1000 + i),
                unique.isEmpty() ? QString() : unique.at(i % unique.size()),
                unique.isEmpty() ? QString() : unique.at((i * 7) % unique.size()),
                QDate(2025, 1, 1).addDays(i % 300).toString(Qt::ISODate)},
            separator);
    }
    return text.toUtf8();
}
} // namespace

QJsonObject measureImport(Workspace &workspace, int runs)
{
    const QByteArray csv = clientsCsv(workspace);
    ImportOptions options;
    options.kind = RegisterKind::Clients;
    QList<double> times;
    ImportReport report;
    for (int run = 0; run < qMin(runs, 3); ++run) {
        Transaction outer(workspace.database()); // never committed: rolled back
        times << timeMs([&] { report = RegisterImport(workspace).run(csv, options); });
    }
    QJsonObject result = figure(times, 10000);
    result.insert(QStringLiteral("rows"), kClients);
    result.insert(QStringLiteral("report"),
        QJsonObject {{QStringLiteral("created"), report.created},
            {QStringLiteral("updated"), report.updated},
            {QStringLiteral("rejected"), int(report.rejected.size())}});
    return result;
}

} // namespace tf::bench
