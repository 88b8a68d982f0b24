#include "services/quality/DeviationImport.h"

#include "domain/StorageError.h"
#include "domain/io/CsvReader.h"
#include "services/Workspace.h"
#include "services/quality/Deviations.h"
#include "services/register/ImportMappings.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/quality/DeviationRepository.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace tf {

namespace {
const QString kDate = QStringLiteral("date");
const QString kCategory = QStringLiteral("category");
const QString kSeverity = QStringLiteral("severity");
const QString kDescription = QStringLiteral("description");
const QString kStatus = QStringLiteral("status");
const QString kUnit = QStringLiteral("unit");
const QString kExternalId = QStringLiteral("externalId");

QString labels(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

// YYYY-MM-DD, also with a time after it as record systems write them.
QDate dayOf(const QString &text)
{
    static const QRegularExpression day(QStringLiteral("^\\s*(\\d{4}-\\d{2}-\\d{2})(?:[ T].*)?$"));
    const auto match = day.match(text);
    return match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
}

template <typename T> QStringList labelsOf(const QList<T> &all, QString (*label)(T))
{
    QStringList list;
    for (T value : all)
        list << label(value);
    return list;
}
} // namespace

QJsonObject DeviationImportReport::toJson() const
{
    QJsonArray rows;
    for (const ImportRejection &rejection : rejected)
        rows.append(QJsonObject {{QStringLiteral("line"), rejection.line},
            {QStringLiteral("reason"), rejection.reason}});
    return {{QStringLiteral("read"), read}, {QStringLiteral("created"), created},
        {QStringLiteral("updated"), updated}, {QStringLiteral("rejected"), rows}};
}

DeviationImport::DeviationImport(Workspace &workspace)
    : m_workspace(workspace)
{ }

QString DeviationImport::importKey()
{
    return QStringLiteral("deviations");
}

const QList<RegisterField> &DeviationImport::fields()
{
    static const QList<RegisterField> list = {
        {kDate, QStringLiteral("datum"),
            {QStringLiteral("händelsedatum"), QStringLiteral("inträffade"),
                QStringLiteral("datum för händelsen"), QStringLiteral("date")},
            true},
        {kCategory, QStringLiteral("kategori"),
            {QStringLiteral("typ"), QStringLiteral("händelsetyp"), QStringLiteral("avvikelsetyp"),
                QStringLiteral("category")},
            true},
        {kSeverity, QStringLiteral("allvarlighetsgrad"),
            {QStringLiteral("allvarlighet"), QStringLiteral("konsekvens"),
                QStringLiteral("severity")},
            true},
        {kDescription, QStringLiteral("beskrivning"),
            {QStringLiteral("kort beskrivning"), QStringLiteral("händelse"),
                QStringLiteral("sammanfattning"), QStringLiteral("description")},
            true},
        {kStatus, QStringLiteral("status"), {QStringLiteral("ärendestatus")}, false},
        {kUnit, QStringLiteral("enhet"), {QStringLiteral("avdelning"), QStringLiteral("boende")},
            false},
        {kExternalId, QStringLiteral("ärendenummer"),
            {QStringLiteral("avvikelsenummer"), QStringLiteral("avvikelse-id"),
                QStringLiteral("id"), QStringLiteral("löpnummer")},
            false},
    };
    return list;
}

DeviationImportReport DeviationImport::run(
    const QByteArray &csv, qint64 defaultUnitId, const QHash<QString, QString> &mapping)
{
    if (!m_workspace.units().byId(defaultUnitId))
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Det finns ingen enhet med id %1.").arg(defaultUnitId));
    QHash<QString, QString> given;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        const QString key = fieldKey(fields(), it.value());
        if (key.isEmpty())
            throw StorageError(StorageError::Kind::Refused,
                QStringLiteral("Kolumnen \"%1\" kan inte läsas som \"%2\"; fälten är: %3.")
                    .arg(it.key(), it.value(), labels([] {
                        QStringList headers;
                        for (const RegisterField &field : fields())
                            headers << field.header;
                        return headers;
                    }())));
        given.insert(it.key(), it.value());
    }
    if (!given.isEmpty())
        ImportMappings::remember(importKey(), given);
    const QHash<QString, QString> remembered = ImportMappings::remembered(importKey());

    const CsvTable table = CsvReader::parse(csv);
    const QHash<int, QString> columns = mapColumns(fields(), table.header.fields, remembered);
    QStringList missing;
    for (const RegisterField &field : fields()) {
        if (field.required && columns.key(field.key, -1) < 0)
            missing << field.header;
    }
    if (!missing.isEmpty())
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Filen saknar kolumnen %1. Ange vilken kolumn som håller fältet "
                           "(t.ex. --map \"Händelsedag=datum\"); valet sparas till nästa import.")
                .arg(missing.join(QStringLiteral(", "))));

    DeviationImportReport report;
    QHash<QString, qint64> unitsByName;
    for (const Unit &unit : m_workspace.units().all())
        unitsByName.insert(unit.name.simplified().toLower(), unit.id);
    const QStringList clientNames = knownClientNames(m_workspace);
    QHash<int, QString> csvProblems;
    for (const CsvProblem &problem : table.problems)
        csvProblems.insert(problem.line, problem.reason);

    DeviationRepository repository(m_workspace.database());
    QList<Deviation> rows;
    QSet<QString> seen; // unit and number, to catch a number twice in the file
    for (const CsvRecord &record : table.records) {
        ++report.read;
        QHash<QString, QString> value;
        for (auto it = columns.cbegin(); it != columns.cend(); ++it)
            value.insert(it.value(), record.fields.value(it.key()).trimmed());
        QStringList reasons;
        if (csvProblems.contains(record.line))
            reasons << csvProblems.value(record.line);
        Deviation deviation;
        deviation.unitId = defaultUnitId;
        const QString unitName = value.value(kUnit);
        if (!unitName.isEmpty()) {
            deviation.unitId = unitsByName.value(unitName.simplified().toLower());
            if (deviation.unitId == 0)
                reasons << QStringLiteral("Enheten \"%1\" finns inte.").arg(unitName);
        }
        deviation.occurredOn = dayOf(value.value(kDate));
        if (!deviation.occurredOn.isValid())
            reasons << QStringLiteral("Datumet \"%1\" är inte ÅÅÅÅ-MM-DD.").arg(value.value(kDate));
        if (!deviationCategoryFromText(value.value(kCategory), &deviation.category))
            reasons << QStringLiteral("Kategorin \"%1\" finns inte; den ska vara en av: %2.")
                           .arg(value.value(kCategory),
                               labels(labelsOf(deviationCategories(), deviationCategoryLabel)));
        if (!deviationSeverityFromText(value.value(kSeverity), &deviation.severity))
            reasons << QStringLiteral("Allvarlighetsgraden \"%1\" finns inte; den ska vara en "
                                      "av: %2.")
                           .arg(value.value(kSeverity),
                               labels(labelsOf(deviationSeverities(), deviationSeverityLabel)));
        const QString status = value.value(kStatus);
        if (!status.isEmpty() && !deviationStatusFromText(status, &deviation.status))
            reasons << QStringLiteral("Statusen \"%1\" finns inte; den ska vara en av: %2.")
                           .arg(
                               status, labels(labelsOf(deviationStatuses(), deviationStatusLabel)));
        deviation.description = value.value(kDescription);
        deviation.externalId = value.value(kExternalId);
        if (reasons.isEmpty() && deviation.occurredOn.isValid()) {
            const QString problem = deviationProblem(m_workspace, deviation, clientNames);
            if (!problem.isEmpty())
                reasons << problem;
        }
        if (!deviation.externalId.isEmpty()) {
            const QString key
                = QStringLiteral("%1/%2").arg(deviation.unitId).arg(deviation.externalId);
            if (seen.contains(key))
                reasons << QStringLiteral("Ärendenumret %1 finns redan på en rad ovanför.")
                               .arg(deviation.externalId);
            seen.insert(key);
        }
        if (!reasons.isEmpty()) {
            report.rejected << ImportRejection {record.line, reasons.join(QLatin1Char(' '))};
            continue;
        }
        rows << deviation;
    }
    if (!report.rejected.isEmpty())
        return report;

    Transaction transaction(m_workspace.database());
    for (Deviation deviation : std::as_const(rows)) {
        const auto known = deviation.externalId.isEmpty()
            ? std::nullopt
            : repository.byExternalId(deviation.unitId, deviation.externalId);
        if (known) {
            deviation.id = known->id;
            repository.update(deviation, m_workspace.actorId());
            ++report.updated;
        } else {
            repository.add(deviation, m_workspace.actorId());
            ++report.created;
        }
    }
    transaction.commit();
    report.written = report.created + report.updated > 0;
    return report;
}

} // namespace tf
