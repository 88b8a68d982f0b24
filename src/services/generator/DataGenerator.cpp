#include "services/generator/DataGenerator.h"

#include "domain/Personnummer.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "services/generator/AccessLogWriter.h"
#include "services/generator/ContactDutyWriter.h"
#include "services/generator/ImprovementWriter.h"
#include "services/generator/MeetingWriter.h"
#include "services/generator/QualityWriter.h"
#include "services/generator/RiskWriter.h"
#include "services/generator/SamordningWriter.h"
#include "services/generator/TextBank.h"
#include "storage/BulkInserter.h"
#include "storage/ContentClaim.h"
#include "storage/Database.h"
#include "storage/PostgresBulkLoad.h"
#include "storage/SearchRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QHash>
#include <QSet>

#include <array>
#include <random>

namespace tf {

namespace {
struct Sizes
{
    int unitsPerServiceType;
    int staff;
    int clients;
    int years;
};

Sizes sizesFor(GeneratorOptions::Scale scale)
{
    if (scale == GeneratorOptions::Scale::Municipality)
        return {10, 1500, 8000, 10};
    if (scale == GeneratorOptions::Scale::Region)
        return {100, 15000, 80000, 10};
    return {1, 60, 120, 1};
}

const char *const kUnitNames[] = {"Solgården", "Björkhagen", "Lindgården", "Ekbacken", "Sjöglimten",
    "Tallbo", "Rosengården", "Hagalund", "Ängsbacken", "Furuhem"};

// The staff drawn after each unit's own nurse, arbetsterapeut and
// fysioterapeut: the omsorgspersonal, with now and then another clinician.
const char *const kProfessions[] = {"Undersköterska", "Undersköterska", "Undersköterska",
    "Vårdbiträde", "Sjuksköterska", "Arbetsterapeut", "Fysioterapeut", "Stödassistent"};
// Each unit's first three staff, so every client has one of each.
const char *const kClinicians[] = {"Sjuksköterska", "Arbetsterapeut", "Fysioterapeut"};

// The municipalities of a region; the first one's units carry no name of it.
const char *const kMunicipalities[]
    = {"", "Almby", "Bergsjö", "Dalby", "Ekeby", "Forsby", "Granby", "Hällby", "Kvarnby", "Mossby"};

QString unitNameInMunicipality(ServiceType type, int index)
{
    const QString place = QString::fromUtf8(kUnitNames[index % 10]);
    switch (type) {
    case ServiceType::Sabo:
        return QStringLiteral("%1 avdelning 1").arg(place);
    case ServiceType::OrdinartBoende:
        return QStringLiteral("Hemtjänst %1").arg(place);
    case ServiceType::Gruppbostad:
        return QStringLiteral("Gruppbostad %1").arg(place);
    case ServiceType::DagligVerksamhet:
        return QStringLiteral("Daglig verksamhet %1").arg(place);
    case ServiceType::PersonligAssistans:
        return QStringLiteral("Personlig assistans grupp %1").arg(place);
    default:
        return QStringLiteral("Boendestöd %1").arg(place);
    }
}

} // namespace

QString generatedUnitName(ServiceType type, int index)
{
    const QString name = unitNameInMunicipality(type, index % 10);
    const int municipality = index / 10 % 10;
    return municipality == 0
        ? name
        : QStringLiteral("%1, %2").arg(name, QString::fromUtf8(kMunicipalities[municipality]));
}

GeneratorResult generateDatabase(Workspace &workspace, const GeneratorOptions &options)
{
    if (!workspace.units().all().isEmpty())
        throw StorageError(StorageError::Kind::General,
            QStringLiteral("Databasen innehåller redan enheter. Testdata skapas "
                           "bara i en ny, tom databas."));
    const Sizes sizes = sizesFor(options.scale);
    std::mt19937_64 random(options.seed);
    TextBank text(random);
    GeneratorResult result;
    const auto report = [&](const QString &phase, int percent) {
        if (options.progress)
            options.progress(phase, percent);
    };

    Database &db = workspace.database();
    db.enlargeCacheForBulkLoad();
    // Until the last row is written the database says it is unfinished, so
    // a run that stops half way is not taken for a whole one by `check`.
    ContentClaim::markUnfinished(db);
    // PostgreSQL: the big tables' indexes are built after the load.
    PostgresBulkLoad load(db,
        {QStringLiteral("meeting"), QStringLiteral("participant"), QStringLiteral("agenda_item"),
            QStringLiteral("minute_entry"), QStringLiteral("team_action"),
            QStringLiteral("minutes_closing"), QStringLiteral("access_log"),
            QStringLiteral("risk_assessment"), QStringLiteral("risk_answer")});
    GeneratorContext context {db, random, text, {}, options.lastDay, sizes.years};
    {
        report(QStringLiteral("Personal och enheter"), 0);
        Transaction transaction(db);
        BulkInserter people(db, QStringLiteral("person"),
            {QStringLiteral("uuid"), QStringLiteral("name"), QStringLiteral("profession"),
                QStringLiteral("role"), QStringLiteral("updated_at")},
            true);
        BulkInserter units(db, QStringLiteral("unit"),
            {QStringLiteral("uuid"), QStringLiteral("service_type"), QStringLiteral("name"),
                QStringLiteral("updated_at")},
            true);
        const QString now = options.lastDay.startOfDay(Qt::UTC).toString(Qt::ISODate);
        int unitIndex = 0;
        for (int t = 0; t < 6; ++t) {
            const auto type = allServiceTypes().at(t);
            for (int i = 0; i < sizes.unitsPerServiceType; ++i) {
                GeneratedUnit unit;
                unit.serviceType = type;
                unit.name = generatedUnitName(type, i);
                unit.id = units.insert({randomUuid(random), serviceTypeKey(type), unit.name, now});
                unit.templates = workspace.templates().byServiceType(type);
                unit.chairId = people.insert({randomUuid(random), text.fullName(),
                    QStringLiteral("Enhetschef"), QStringLiteral("Enhetschef"), now});
                context.units << unit;
                ++unitIndex;
            }
        }
        const int staffPerUnit = qMax(3, sizes.staff / unitIndex - 1);
        // Who may be a client's nurse, arbetsterapeut and fysioterapeut in
        // each unit: only those of the profession (domain/Professions).
        QHash<qint64, std::array<QList<qint64>, 3>> clinicians;
        for (auto &unit : context.units) {
            for (int i = 0; i < staffPerUnit; ++i) {
                const char *drawn = kProfessions[random() % std::size(kProfessions)];
                const QString profession
                    = QString::fromUtf8(i < int(std::size(kClinicians)) ? kClinicians[i] : drawn);
                unit.staffIds << people.insert(
                    {randomUuid(random), text.fullName(), profession, QString(), now});
                for (int c = 0; c < int(std::size(kClinicians)); ++c) {
                    if (profession == QString::fromUtf8(kClinicians[c]))
                        clinicians[unit.id][c] << unit.staffIds.last();
                }
            }
        }
        BulkInserter clients(db, QStringLiteral("client"),
            {QStringLiteral("uuid"), QStringLiteral("unit_id"), QStringLiteral("personnummer"),
                QStringLiteral("name"), QStringLiteral("apartment"),
                QStringLiteral("contact_person_id"), QStringLiteral("nurse_id"),
                QStringLiteral("occupational_therapist_id"), QStringLiteral("physiotherapist_id"),
                QStringLiteral("priority"), QStringLiteral("updated_at")},
            true);
        clients.after(units);
        clients.after(people);
        // Each client is served by its unit since it was registered.
        BulkInserter served(db, QStringLiteral("client_serving_unit"),
            {QStringLiteral("client_id"), QStringLiteral("unit_id"), QStringLiteral("updated_at")});
        served.after(clients);
        // A personnummer is one client across the organisation (migration 029).
        QSet<QString> numbers;
        const int clientsPerUnit = sizes.clients / unitIndex;
        for (auto &unit : context.units) {
            QSet<QString> namesOfUnit; // two clients of a unit never share a name
            for (int i = 0; i < clientsPerUnit; ++i) {
                QString number;
                do {
                    const QDate birth
                        = QDate(1925, 1, 1).addDays(static_cast<qint64>(random() % 25000));
                    number = makePersonnummer(birth, static_cast<int>(random() % 1000));
                } while (numbers.contains(number));
                numbers.insert(number);
                QString name = text.fullName();
                while (namesOfUnit.contains(name))
                    name = text.fullName();
                namesOfUnit.insert(name);
                const qint64 contact = unit.staffIds.at(random() % unit.staffIds.size());
                const auto &ofUnit = clinicians[unit.id];
                const auto pick = [&](int c) { return ofUnit[c].at(random() % ofUnit[c].size()); };
                const qint64 nurse = pick(0);
                const qint64 occupational = pick(1);
                const qint64 physio = pick(2);
                const qint64 id = clients.insert(
                    {randomUuid(random), unit.id, number, name, QString::number(1 + i % 40),
                        contact, nurse, occupational, physio, static_cast<int>(random() % 5), now});
                served.insert({id, unit.id, now});
                unit.clients.append({id, name, contact, nurse});
            }
        }
        clients.flush();
        served.flush();
        transaction.commit();
        result.units = static_cast<qint64>(context.units.size());
        result.people = people.rowsInserted();
        result.clients = clients.rowsInserted();
    }
    // The samordningsmöte of each area, with the clients home care shares
    // with boendestöd; the genomförandeplaner after each client's moving in.
    QList<GeneratedUnit> areas;
    {
        report(QStringLiteral("Samordning och genomförandeplaner"), 0);
        Transaction transaction(db);
        SamordningWriter samordning(context);
        areas = samordning.writeAreas(workspace.templates().byServiceType(ServiceType::Samordning));
        ContactDutyWriter duties(context);
        for (const GeneratedUnit &unit : std::as_const(context.units))
            duties.writeCarePlans(unit);
        duties.flush();
        transaction.commit();
        result.units += static_cast<qint64>(areas.size());
    }

    MeetingWriter writer(context);
    // About five million reads for a municipality, written with the meetings.
    AccessLogWriter accessLog(context, options.seed);
    writer.setAccessLog(&accessLog);
    for (int i = 0; i < context.units.size(); ++i) {
        report(QStringLiteral("Möten, dagordningar och anteckningar"),
            static_cast<int>(100 * i / context.units.size()));
        writer.writeUnit(context.units[i]);
    }
    for (const GeneratedUnit &area : std::as_const(areas)) {
        if (area.clients.size() >= 2 && !area.templates.isEmpty())
            writer.writeUnit(area);
    }
    {
        Transaction transaction(db);
        ContactDutyWriter(context).inviteGuests();
        transaction.commit();
    }
    writer.addCounts(result);
    result.accessLogRows = accessLog.written();
    // Five assessments per client over the years: 40,000 for a municipality.
    RiskWriter risks(context);
    for (int i = 0; i < context.units.size(); ++i) {
        report(QStringLiteral("Riskbedömningar"), static_cast<int>(100 * i / context.units.size()));
        risks.writeUnit(context.units[i], 5);
    }
    result.riskAssessments = risks.written();
    // Avvikelser and klagomål for the kvalitetsmöte and the APT.
    QualityWriter quality(context);
    for (int i = 0; i < context.units.size(); ++i) {
        report(QStringLiteral("Avvikelser och klagomål"),
            static_cast<int>(100 * i / context.units.size()));
        quality.writeUnit(context.units[i]);
    }
    result.deviations = quality.deviations();
    result.complaints = quality.complaints();
    // Egenkontroller done and handlingsplaner, open and signed off.
    ImprovementWriter improvement(context);
    for (int i = 0; i < context.units.size(); ++i) {
        report(QStringLiteral("Egenkontroller och handlingsplaner"),
            static_cast<int>(100 * i / context.units.size()));
        improvement.writeUnit(context.units[i]);
    }
    result.selfInspections = improvement.inspections();
    result.actionPlans = improvement.plans();
    report(QStringLiteral("Sökindex"), 0);
    SearchRepository(db).synchronize();
    load.finish();
    ContentClaim::markComplete(db,
        {{QStringLiteral("unit"), result.units}, {QStringLiteral("person"), result.people},
            {QStringLiteral("client"), result.clients},
            {QStringLiteral("meeting"), result.meetings},
            {QStringLiteral("participant"), result.participants},
            {QStringLiteral("agenda_item"), result.agendaItems},
            {QStringLiteral("minute_entry"), result.minuteEntries},
            {QStringLiteral("team_action"), result.actions},
            {QStringLiteral("risk_assessment"), result.riskAssessments},
            {QStringLiteral("access_log"), result.accessLogRows},
            {QStringLiteral("deviation"), result.deviations},
            {QStringLiteral("complaint"), result.complaints},
            {QStringLiteral("self_inspection"), result.selfInspections},
            {QStringLiteral("action_plan"), result.actionPlans}});
    report(QStringLiteral("Klart"), 100);
    return result;
}

} // namespace tf
