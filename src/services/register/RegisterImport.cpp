#include "services/register/RegisterImport.h"

#include "domain/EmailAddress.h"
#include "domain/Personnummer.h"
#include "domain/Professions.h"
#include "domain/StorageError.h"
#include "services/Identity.h"
#include "services/Workspace.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/care/RiskRepository.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace tf {

namespace {
QString folded(const QString &text)
{
    return text.simplified().toLower();
}

// YYYY-MM-DD, or YYYYMMDD as some systems write it.
QDate dateFrom(const QString &text)
{
    QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        date = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
    return date;
}

// The unit names of a staff row: separated by comma, semicolon or |.
QStringList unitNames(const QString &cell)
{
    QStringList names;
    for (const QString &part : cell.split(QRegularExpression(QStringLiteral("[,;|]")))) {
        if (!part.trimmed().isEmpty())
            names << part.simplified();
    }
    return names;
}

ServiceType *serviceTypeFrom(const QString &text, ServiceType *type)
{
    if (serviceTypeFromKey(text.trimmed(), type))
        return type;
    for (ServiceType candidate : allServiceTypes()) {
        if (folded(serviceTypeDisplayName(candidate)) == folded(text)) {
            *type = candidate;
            return type;
        }
    }
    return nullptr;
}

QString quoted(const QString &text)
{
    return QStringLiteral("”%1”").arg(text);
}
} // namespace

int ImportPreview::rejectedCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
        [](const ImportRow &row) { return row.outcome == ImportOutcome::Rejected; }));
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray rejectedRows;
    for (const ImportRejection &rejection : rejected)
        rejectedRows.append(QJsonObject {{QStringLiteral("line"), rejection.line},
            {QStringLiteral("reason"), rejection.reason}});
    return QJsonObject {{QStringLiteral("read"), read}, {QStringLiteral("created"), created},
        {QStringLiteral("updated"), updated}, {QStringLiteral("unchanged"), unchanged},
        {QStringLiteral("rejected"), rejectedRows}};
}

// The register as it was read before the rows were checked, and what each
// good row is to become.
struct RegisterImport::Plan
{
    RegisterKind kind = RegisterKind::Clients;
    QList<Unit> units;
    QHash<QString, qint64> unitByName; // folded name → id
    QHash<qint64, Person> personById;
    QHash<QString, qint64> personByLogin; // folded
    QHash<QString, qint64> personByEmail; // folded
    QMultiHash<QString, qint64> personByName; // folded
    QHash<QString, qint64> personByUuid; // as exported for a shared name
    QHash<qint64, QList<qint64>> personUnits;
    QHash<QString, Client> clientByPnr;
    QHash<qint64, QDate> movedIn;
    QHash<QString, QString> professions; // folded → spelling

    struct UnitRow
    {
        Unit unit;
        QString parentName; // empty: no parent
    };
    struct StaffRow
    {
        Person person;
        QList<qint64> units;
        bool unitsGiven = false;
    };
    struct ClientRow
    {
        Client client;
        QDate startDate;
    };
    QHash<int, UnitRow> unitRows; // by row index
    QHash<int, StaffRow> staffRows;
    QHash<int, ClientRow> clientRows;

    // A member of staff named in a client row: login, e-mail, a name only
    // one person has, or the identity an export writes for a shared name.
    qint64 staffFrom(const QString &text, QString *reason) const
    {
        const QString key = folded(text);
        if (const qint64 id = personByLogin.value(key))
            return id;
        if (const qint64 id = personByEmail.value(key))
            return id;
        if (const qint64 id = personByUuid.value(key))
            return id;
        const QList<qint64> named = personByName.values(key);
        if (named.size() == 1)
            return named.first();
        *reason = named.isEmpty()
            ? QStringLiteral("Ingen i personalen har inloggningen, e-postadressen eller namnet %1.")
                  .arg(quoted(text))
            : QStringLiteral("Flera i personalen heter %1; ange inloggning eller e-post.")
                  .arg(quoted(text));
        return 0;
    }
};

RegisterImport::RegisterImport(Workspace &workspace)
    : m_workspace(workspace)
{ }

bool RegisterImport::offeredToSignedIn()
{
    return Identity(m_workspace).managesOrganisation();
}

ImportPreview RegisterImport::preview(
    const QByteArray &csv, RegisterKind kind, const QHash<QString, QString> &mapping)
{
    Plan plan;
    return check(csv, kind, mapping, &plan);
}

ImportPreview RegisterImport::check(
    const QByteArray &csv, RegisterKind kind, const QHash<QString, QString> &mapping, Plan *plan)
{
    ImportPreview preview;
    preview.table = CsvReader::parse(csv);
    preview.columns = mapColumns(kind, preview.table.header.fields, mapping);
    const QList<QString> mapped = preview.columns.values();
    const auto has = [&](const QString &key) { return mapped.contains(key); };
    // The column a row is recognised by: a client's personnummer, a unit's
    // name; a member of staff's login, e-mail or name.
    const QString recognisedBy
        = kind == RegisterKind::Clients ? QStringLiteral("personnummer") : QStringLiteral("name");
    const bool recognisable = has(recognisedBy)
        || (kind == RegisterKind::Staff
            && (has(QStringLiteral("login")) || has(QStringLiteral("email"))));
    if (!recognisable) {
        QString header;
        for (const RegisterField &field : registerFields(kind)) {
            if (field.key == recognisedBy)
                header = field.header;
        }
        throw StorageError(StorageError::Kind::Refused,
            QStringLiteral("Filen har ingen kolumn för %1 (raden överst: %2). Ange vilken "
                           "kolumn det är, t.ex. --map \"Kolumnens namn=%1\".")
                .arg(header, preview.table.header.fields.join(QStringLiteral(", "))));
    }

    plan->kind = kind;
    plan->units = m_workspace.units().all();
    for (const Unit &unit : plan->units)
        plan->unitByName.insert(folded(unit.name), unit.id);
    for (const QString &profession : knownProfessions())
        plan->professions.insert(folded(profession), profession);
    if (kind != RegisterKind::Units) {
        for (const Person &person : m_workspace.people().all()) {
            plan->personById.insert(person.id, person);
            if (!person.login.isEmpty())
                plan->personByLogin.insert(folded(person.login), person.id);
            if (!person.email.isEmpty())
                plan->personByEmail.insert(folded(person.email), person.id);
            plan->personByName.insert(folded(person.name), person.id);
            plan->personByUuid.insert(folded(person.uuid), person.id);
            if (!person.profession.isEmpty()
                && !plan->professions.contains(folded(person.profession)))
                plan->professions.insert(folded(person.profession), person.profession);
        }
    }
    if (kind == RegisterKind::Staff)
        plan->personUnits = m_workspace.people().unitsOfAll();
    if (kind == RegisterKind::Clients) {
        for (const Client &client : m_workspace.clients().all())
            plan->clientByPnr.insert(client.personnummer, client);
        plan->movedIn = m_workspace.risks().movedInDates();
    }

    QHash<int, QString> csvProblems;
    for (const CsvProblem &problem : preview.table.problems)
        csvProblems.insert(problem.line, problem.reason);

    // The cells of each row by field key.
    QList<QHash<QString, QString>> cells;
    for (const CsvRecord &record : preview.table.records) {
        ImportRow row;
        row.line = record.line;
        row.fields = record.fields;
        preview.rows << row;
        QHash<QString, QString> values;
        for (auto it = preview.columns.cbegin(); it != preview.columns.cend(); ++it)
            values.insert(it.value(), record.fields.value(it.key()).trimmed());
        cells << values;
    }

    // What must be unique in the file: the lines that share a key.
    QHash<QString, QList<int>> lines;
    for (int i = 0; i < cells.size(); ++i) {
        const auto &values = cells.at(i);
        if (kind == RegisterKind::Clients) {
            const auto pnr = validatePersonnummer(values.value(QStringLiteral("personnummer")));
            if (pnr.valid)
                lines[QStringLiteral("p:") + pnr.normalized] << i;
        } else if (kind == RegisterKind::Units) {
            lines[QStringLiteral("u:") + folded(values.value(QStringLiteral("name")))] << i;
        } else {
            if (!values.value(QStringLiteral("login")).isEmpty())
                lines[QStringLiteral("l:") + folded(values.value(QStringLiteral("login")))] << i;
            if (!values.value(QStringLiteral("email")).isEmpty())
                lines[QStringLiteral("e:") + folded(values.value(QStringLiteral("email")))] << i;
        }
    }
    // The reason for each row that shares a key with another, by row index
    // (the first shared key found).
    QHash<int, QString> duplicates;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        const QString what = it.key().startsWith(u'p') ? QStringLiteral("Personnumret")
            : it.key().startsWith(u'u')                ? QStringLiteral("Enheten")
            : it.key().startsWith(u'l')                ? QStringLiteral("Inloggningen")
                                                       : QStringLiteral("E-postadressen");
        for (int index : it.value()) {
            if (duplicates.contains(index))
                continue;
            QStringList others;
            for (int other : it.value()) {
                if (other != index)
                    others << QString::number(preview.rows.at(other).line);
            }
            duplicates.insert(index,
                QStringLiteral("%1 förekommer också på rad %2; vilken rad som gäller går inte "
                               "att avgöra.")
                    .arg(what, others.join(QStringLiteral(", "))));
        }
    }

    QSet<QString> unitsInFile; // folded names of good unit rows so far
    for (int i = 0; i < preview.rows.size(); ++i) {
        ImportRow &row = preview.rows[i];
        const auto &values = cells.at(i);
        const auto value = [&](const char *key) { return values.value(QLatin1String(key)); };
        const auto reject = [&](const QString &reason) {
            row.outcome = ImportOutcome::Rejected;
            row.reason = reason;
        };
        if (csvProblems.contains(row.line)) {
            reject(csvProblems.value(row.line));
            continue;
        }
        if (duplicates.contains(i)) {
            reject(duplicates.value(i));
            continue;
        }

        if (kind == RegisterKind::Units) {
            Plan::UnitRow target;
            const QString name = value("name");
            if (name.isEmpty()) {
                reject(QStringLiteral("Enhetens namn saknas."));
                continue;
            }
            const qint64 existingId = plan->unitByName.value(folded(name));
            const auto existing = std::find_if(plan->units.cbegin(), plan->units.cend(),
                [&](const Unit &unit) { return unit.id == existingId; });
            if (existingId)
                target.unit = *existing;
            target.unit.name = name;
            if (!value("serviceType").isEmpty()) {
                if (!serviceTypeFrom(value("serviceType"), &target.unit.serviceType)) {
                    reject(QStringLiteral("Verksamheten %1 finns inte; ange t.ex. sabo, "
                                          "ordinart_boende eller gruppbostad.")
                               .arg(quoted(value("serviceType"))));
                    continue;
                }
            } else if (!existingId) {
                reject(QStringLiteral("Verksamhet saknas för den nya enheten."));
                continue;
            }
            target.parentName = value("parent");
            if (!target.parentName.isEmpty()) {
                const QString parent = folded(target.parentName);
                if (parent == folded(name)) {
                    reject(QStringLiteral("Enheten kan inte ingå i sig själv."));
                    continue;
                }
                if (!plan->unitByName.contains(parent) && !unitsInFile.contains(parent)) {
                    reject(QStringLiteral("Enheten %1 som den ska ingå i finns inte (och kommer "
                                          "inte tidigare i filen).")
                               .arg(quoted(target.parentName)));
                    continue;
                }
            }
            unitsInFile.insert(folded(name));
            if (!existingId) {
                row.outcome = ImportOutcome::Create;
            } else {
                // A parent first made by this file is a change too (its id is 0 here).
                const qint64 parentId = target.parentName.isEmpty()
                    ? existing->parentId
                    : plan->unitByName.value(folded(target.parentName));
                const bool same = existing->name == target.unit.name
                    && existing->serviceType == target.unit.serviceType
                    && parentId == existing->parentId
                    && (target.parentName.isEmpty() || parentId != 0);
                row.outcome = same ? ImportOutcome::Unchanged : ImportOutcome::Update;
            }
            plan->unitRows.insert(i, target);
            continue;
        }

        if (kind == RegisterKind::Staff) {
            const QString name = value("name");
            const QString login = value("login");
            const QString email = value("email");
            if (!email.isEmpty() && !isEmailAddress(email)) {
                reject(QStringLiteral("E-postadressen %1 har inte formen namn@exempel.se.")
                           .arg(quoted(email)));
                continue;
            }
            const qint64 byLogin = login.isEmpty() ? 0 : plan->personByLogin.value(folded(login));
            const qint64 byEmail = email.isEmpty() ? 0 : plan->personByEmail.value(folded(email));
            if (byLogin && byEmail && byLogin != byEmail) {
                reject(QStringLiteral("Inloggningen %1 tillhör %2 men e-postadressen %3 tillhör "
                                      "%4.")
                           .arg(quoted(login), plan->personById.value(byLogin).name, quoted(email),
                               plan->personById.value(byEmail).name));
                continue;
            }
            qint64 existingId = byLogin ? byLogin : byEmail;
            if (!existingId && login.isEmpty() && email.isEmpty() && !name.isEmpty()) {
                // Neither login nor e-mail: the one person of that name who
                // has neither either.
                QList<qint64> candidates;
                for (qint64 id : plan->personByName.values(folded(name))) {
                    const Person &person = plan->personById.value(id);
                    if (person.login.isEmpty() && person.email.isEmpty())
                        candidates << id;
                }
                if (candidates.size() > 1) {
                    reject(QStringLiteral("Flera i personalen heter %1 och ingen av dem har "
                                          "inloggning eller e-post; ange någon av dem.")
                               .arg(quoted(name)));
                    continue;
                }
                existingId = candidates.value(0);
            }
            Plan::StaffRow target;
            if (existingId)
                target.person = plan->personById.value(existingId);
            if (existingId && !login.isEmpty() && !target.person.login.isEmpty()
                && folded(target.person.login) != folded(login)) {
                reject(QStringLiteral("%1 har redan inloggningen %2; en inloggning byts med "
                                      "revoke-login och grant-login, inte med en import.")
                           .arg(target.person.name, quoted(target.person.login)));
                continue;
            }
            if (!existingId && name.isEmpty()) {
                reject(QStringLiteral("Namn saknas för den nya personen."));
                continue;
            }
            if (!name.isEmpty())
                target.person.name = name;
            if (!login.isEmpty())
                target.person.login = login;
            if (!email.isEmpty())
                target.person.email = email;
            if (!value("role").isEmpty())
                target.person.role = value("role");
            if (!value("profession").isEmpty()) {
                const QString profession = plan->professions.value(folded(value("profession")));
                if (profession.isEmpty()) {
                    reject(QStringLiteral("Yrket %1 är okänt; kända yrken är t.ex. "
                                          "Undersköterska, Sjuksköterska och Arbetsterapeut.")
                               .arg(quoted(value("profession"))));
                    continue;
                }
                target.person.profession = profession;
            }
            QStringList unknownUnits;
            const QStringList names = unitNames(value("units"));
            target.unitsGiven = !names.isEmpty();
            for (const QString &unitName : names) {
                const qint64 unitId = plan->unitByName.value(folded(unitName));
                if (!unitId)
                    unknownUnits << quoted(unitName);
                else if (!target.units.contains(unitId))
                    target.units << unitId;
            }
            if (!unknownUnits.isEmpty()) {
                reject(QStringLiteral("Enheten %1 finns inte.")
                           .arg(unknownUnits.join(QStringLiteral(", "))));
                continue;
            }
            std::sort(target.units.begin(), target.units.end());
            if (!existingId) {
                row.outcome = ImportOutcome::Create;
            } else {
                const Person &stored = plan->personById.value(existingId);
                QList<qint64> storedUnits = plan->personUnits.value(existingId);
                std::sort(storedUnits.begin(), storedUnits.end());
                const bool same = stored.name == target.person.name
                    && stored.profession == target.person.profession
                    && stored.role == target.person.role && stored.login == target.person.login
                    && stored.email == target.person.email
                    && (!target.unitsGiven || storedUnits == target.units);
                row.outcome = same ? ImportOutcome::Unchanged : ImportOutcome::Update;
            }
            plan->staffRows.insert(i, target);
            continue;
        }

        // Clients.
        const auto pnr = validatePersonnummer(value("personnummer"));
        if (!pnr.valid) {
            reject(value("personnummer").isEmpty()
                    ? QStringLiteral("Personnummer saknas.")
                    : QStringLiteral("Personnumret %1 är ogiltigt: %2")
                          .arg(quoted(value("personnummer")), pnr.error));
            continue;
        }
        Plan::ClientRow target;
        const auto existing = plan->clientByPnr.constFind(pnr.normalized);
        const bool known = existing != plan->clientByPnr.cend();
        if (known) {
            target.client = *existing;
            target.startDate = plan->movedIn.value(existing->id);
        }
        target.client.personnummer = pnr.normalized;
        const QString name = value("name");
        if (!name.isEmpty())
            target.client.name = name;
        else if (!known) {
            reject(QStringLiteral("Namn saknas för den nya kunden."));
            continue;
        }
        if (!value("unit").isEmpty()) {
            const qint64 unitId = plan->unitByName.value(folded(value("unit")));
            if (!unitId) {
                reject(QStringLiteral("Enheten %1 finns inte.").arg(quoted(value("unit"))));
                continue;
            }
            target.client.unitId = unitId;
        } else if (!known) {
            reject(QStringLiteral("Enhet saknas för den nya kunden."));
            continue;
        }
        if (!value("apartment").isEmpty())
            target.client.apartment = value("apartment");
        QString reason;
        if (!value("contactPerson").isEmpty()) {
            target.client.contactPersonId = plan->staffFrom(value("contactPerson"), &reason);
            if (!target.client.contactPersonId) {
                reject(QStringLiteral("Kontaktman: ") + reason);
                continue;
            }
        }
        if (!value("nurse").isEmpty()) {
            target.client.nurseId = plan->staffFrom(value("nurse"), &reason);
            if (!target.client.nurseId) {
                reject(QStringLiteral("Sjuksköterska: ") + reason);
                continue;
            }
        }
        if (!value("startDate").isEmpty()) {
            const QDate date = dateFrom(value("startDate"));
            if (!date.isValid()) {
                reject(QStringLiteral("Startdatumet %1 är inget datum; skriv ÅÅÅÅ-MM-DD.")
                           .arg(quoted(value("startDate"))));
                continue;
            }
            target.startDate = date;
        }
        if (!known) {
            row.outcome = ImportOutcome::Create;
        } else {
            const Client &stored = *existing;
            const bool same = stored.name == target.client.name
                && stored.unitId == target.client.unitId
                && stored.apartment == target.client.apartment
                && stored.contactPersonId == target.client.contactPersonId
                && stored.nurseId == target.client.nurseId
                && plan->movedIn.value(stored.id) == target.startDate;
            row.outcome = same ? ImportOutcome::Unchanged : ImportOutcome::Update;
        }
        plan->clientRows.insert(i, target);
    }
    return preview;
}

void RegisterImport::apply(Plan &plan, ImportPreview &preview)
{
    const qint64 actor = m_workspace.actorId();
    for (int i = 0; i < preview.rows.size(); ++i) {
        const ImportRow &row = preview.rows.at(i);
        if (row.outcome == ImportOutcome::Rejected)
            continue;
        if (plan.kind == RegisterKind::Units) {
            Plan::UnitRow target = plan.unitRows.value(i);
            if (!target.parentName.isEmpty())
                target.unit.parentId = plan.unitByName.value(folded(target.parentName));
            if (row.outcome == ImportOutcome::Create)
                plan.unitByName.insert(
                    folded(target.unit.name), m_workspace.units().create(target.unit, actor));
            else if (row.outcome == ImportOutcome::Update)
                m_workspace.units().save(target.unit, actor);
        } else if (plan.kind == RegisterKind::Staff) {
            const Plan::StaffRow target = plan.staffRows.value(i);
            if (row.outcome == ImportOutcome::Create) {
                const qint64 id = m_workspace.people().create(target.person, actor);
                if (target.unitsGiven)
                    m_workspace.people().setUnits(id, target.units, actor);
            } else if (row.outcome == ImportOutcome::Update) {
                const Person &stored = plan.personById.value(target.person.id);
                if (stored.name != target.person.name
                    || stored.profession != target.person.profession
                    || stored.role != target.person.role || stored.login != target.person.login
                    || stored.email != target.person.email)
                    m_workspace.people().save(target.person, actor);
                QList<qint64> storedUnits = plan.personUnits.value(target.person.id);
                std::sort(storedUnits.begin(), storedUnits.end());
                if (target.unitsGiven && storedUnits != target.units)
                    m_workspace.people().setUnits(target.person.id, target.units, actor);
            }
        } else {
            const Plan::ClientRow target = plan.clientRows.value(i);
            if (row.outcome == ImportOutcome::Create) {
                const qint64 id = m_workspace.clients().create(target.client, actor);
                if (target.startDate.isValid())
                    m_workspace.risks().setMovedInOn(id, target.startDate, actor);
            } else if (row.outcome == ImportOutcome::Update) {
                const Client &stored = plan.clientByPnr.value(target.client.personnummer);
                if (stored.name != target.client.name || stored.unitId != target.client.unitId
                    || stored.apartment != target.client.apartment
                    || stored.contactPersonId != target.client.contactPersonId
                    || stored.nurseId != target.client.nurseId)
                    m_workspace.clients().save(target.client, actor);
                if (target.startDate.isValid() && plan.movedIn.value(stored.id) != target.startDate)
                    m_workspace.risks().setMovedInOn(stored.id, target.startDate, actor);
            }
        }
    }
}

ImportReport RegisterImport::run(const QByteArray &csv, const ImportOptions &options)
{
    // A trial reads only; the import reads and writes in one transaction.
    std::optional<Transaction> transaction;
    if (!options.dryRun)
        transaction.emplace(m_workspace.database());
    Plan plan;
    ImportPreview preview = check(csv, options.kind, options.mapping, &plan);
    ImportReport report;
    report.read = int(preview.rows.size());
    for (const ImportRow &row : preview.rows) {
        if (row.outcome == ImportOutcome::Rejected)
            report.rejected << ImportRejection {row.line, row.reason};
    }
    if (!report.rejected.isEmpty() && !options.goodRowsOnly)
        return report; // nothing written; the transaction rolls back
    for (const ImportRow &row : preview.rows) {
        if (row.outcome == ImportOutcome::Create)
            ++report.created;
        else if (row.outcome == ImportOutcome::Update)
            ++report.updated;
        else if (row.outcome == ImportOutcome::Unchanged)
            ++report.unchanged;
    }
    if (options.dryRun || report.created + report.updated == 0)
        return report;
    apply(plan, preview);
    transaction->commit();
    report.written = true;
    return report;
}

} // namespace tf
