#include "access/CareRelationFixture.h"

#include "services/Logins.h"
#include "services/Workspace.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <stdexcept>

namespace tf::test {

namespace {
// The organisation, written by the owner. Rows get ids 1, 2, … in order.
const char *const kOrganisation[] = {
    "INSERT INTO unit (uuid, service_type, name, updated_at) VALUES "
    "('uA', 'sabo', 'Enhet A', 'x'), ('uB', 'sabo', 'Enhet B', 'x')",
    "INSERT INTO person (uuid, name, role, updated_at) VALUES "
    "('p1', 'Karin Chef', 'Enhetschef', 'x'), ('p2', 'Kim Kontakt', 'Fast omsorgskontakt', 'x'), "
    "('p3', 'Nora Sjuksköterska A', 'Sjuksköterska', 'x'), "
    "('p4', 'Nils Sjuksköterska B', 'Sjuksköterska', 'x'), ('p5', 'Ada Admin', '', 'x')",
    "INSERT INTO team_member (unit_id, forum, person_id, updated_at) VALUES "
    "(1, 'teammote', 3, 'x'), (2, 'teammote', 4, 'x')",
    "INSERT INTO meeting_series (uuid, unit_id, forum, title, rrule, start_date, times, minutes, "
    "chair_id, updated_at) VALUES ('sA', 1, 'teammote', 'Teammöte', 'FREQ=WEEKLY', "
    "'2026-01-01', '09:00', 60, 1, 'x')",
    "INSERT INTO client (uuid, unit_id, personnummer, name, contact_person_id, nurse_id, "
    "updated_at) VALUES ('cA1', 1, '19400101-9878', 'Kund A1', 2, 3, 'x'), "
    "('cA2', 1, '19400202-9876', 'Kund A2', NULL, 3, 'x'), "
    "('cB1', 2, '19400303-9874', 'Kund B1', NULL, NULL, 'x')",
    "INSERT INTO meeting (uuid, unit_id, start_utc, minutes, updated_at) VALUES "
    "('mA', 1, :now, 60, 'x'), ('mB', 2, :now, 60, 'x')",
    // Items 1–3 in mA (general, a1, a2), 4–5 in mB (general, b1).
    "INSERT INTO agenda_item (meeting_id, position, title, client_id, updated_at) VALUES "
    "(1, 1, 'Allmänt A', NULL, 'x'), (1, 2, 'Kund A1', 1, 'x'), (1, 3, 'Kund A2', 2, 'x'), "
    "(2, 1, 'Allmänt B', NULL, 'x'), (2, 2, 'Kund B1', 3, 'x')",
    "INSERT INTO minute_entry (agenda_item_id, text, updated_at) "
    "SELECT id, 'Anteckning ' || title, 'x' FROM agenda_item ORDER BY id",
    "INSERT INTO team_action (uuid, meeting_id, agenda_item_id, client_id, what, updated_at) "
    "SELECT 'act' || id, meeting_id, id, client_id, 'Åtgärd ' || title, 'x' FROM agenda_item "
    "WHERE client_id IS NOT NULL ORDER BY id",
    "INSERT INTO participation (agenda_item_id, updated_at) "
    "SELECT id, 'x' FROM agenda_item WHERE client_id IS NOT NULL",
    "INSERT INTO client_feedback (action_id, given_on, method, updated_at) "
    "SELECT id, '2026-01-02', 'samtal', 'x' FROM team_action",
    "INSERT INTO risk_assessment (uuid, client_id, instrument, instrument_version, assessed_at, "
    "updated_at) SELECT 'ra' || id, id, 'norton', '1', 'x', 'x' FROM client ORDER BY id",
    "INSERT INTO risk_answer (assessment_id, item_key) "
    "SELECT id, k FROM risk_assessment, (VALUES ('a'), ('b')) AS keys(k)",
    "INSERT INTO consent (uuid, client_id, scope, decision, given_by, form, decided_on, "
    "valid_until, updated_at) SELECT 'co' || id, id, 'samordning', 'given', 'kunden', 'muntligt', "
    "'2026-01-01', '2027-01-01', 'x' FROM client ORDER BY id",
    "INSERT INTO sbar_report (uuid, client_id, handling_time, created_at, updated_at) "
    "SELECT 'sb' || id, id, 'x', 'x', 'x' FROM client ORDER BY id",
    "INSERT INTO sip_need (uuid, client_id, responsible_id, updated_at) "
    "SELECT 'si' || id, id, 3, 'x' FROM client ORDER BY id",
    "INSERT INTO client_admission (client_id, moved_in_on, updated_at) "
    "SELECT id, '2026-01-01', 'x' FROM client",
    "INSERT INTO risk_interval (client_id, instrument, months, updated_at) "
    "SELECT id, 'norton', 6, 'x' FROM client",
    "INSERT INTO rotation_pick (meeting_id, client_id, position) VALUES (1, 1, 1), (2, 3, 1)",
    "INSERT INTO next_meeting_client (meeting_id, client_id, position, updated_at) VALUES "
    "(1, 2, 1, 'x'), (2, 3, 1, 'x')",
    "INSERT INTO minutes_addendum (meeting_id, agenda_item_id, text, created_at, updated_at) "
    "VALUES (1, NULL, 'Tillägg A', 'x', 'x'), (2, 5, 'Tillägg B1', 'x', 'x')",
    "INSERT INTO handover (handed_at, handed_by, from_person_id, to_person_id, what, row_id, "
    "client_id) SELECT 'x', 1, 3, 2, 'nurse', id, id FROM client ORDER BY id",
    "INSERT INTO objection (client_id, risk_assessment_id, text, recorded_at) "
    "SELECT client_id, id, 'Invändning', 'x' FROM risk_assessment ORDER BY id",
    "INSERT INTO note_correction (client_id, minute_entry_id, previous_text, corrected_at) "
    "SELECT a.client_id, e.id, 'Före', 'x' FROM minute_entry e "
    "JOIN agenda_item a ON a.id = e.agenda_item_id WHERE a.client_id IS NOT NULL ORDER BY e.id",
    "INSERT INTO access_log (accessed_at, person_id, client_id, kind) "
    "SELECT :now, CASE WHEN unit_id = 1 THEN 3 ELSE 4 END, id, 'read' FROM client ORDER BY id",
};

void exec(QSqlDatabase &db, const QString &sql, const QString &now = {})
{
    QSqlQuery query(db);
    bool done = false;
    if (sql.contains(QLatin1String(":now"))) {
        query.prepare(sql);
        query.bindValue(QStringLiteral(":now"), now);
        done = query.exec();
    } else {
        done = query.exec(sql); // role statements cannot be prepared
    }
    if (!done)
        throw std::runtime_error(
            (sql + QStringLiteral(": ") + query.lastError().text()).toStdString());
}
} // namespace

CareRelationFixture::CareRelationFixture()
{
    const auto backends = testBackends();
    if (backends.size() < 2)
        throw std::runtime_error("CareRelationFixture needs TEAMFORUM_TEST_PG");
    m_backend = backends.last();
    const QString options = m_backend.spec.options;
    m_schema = options.mid(options.indexOf(QLatin1String("search_path=")) + 12);
    build();
}

CareRelationFixture::~CareRelationFixture()
{
    for (const QString &name : std::as_const(m_connections)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QString CareRelationFixture::login(Who who) const
{
    static const char *const names[]
        = {"chair", "contact", "nurse_a", "nurse_b", "admin", "nobody"};
    return m_schema + QLatin1Char('_') + QLatin1String(names[who]);
}

qint64 CareRelationFixture::personId(Who who) const
{
    return who == Nobody ? 0 : qint64(who) + 1;
}

QSqlDatabase CareRelationFixture::open(const QString &name, const QString &user)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_backend.spec.host);
    db.setPort(m_backend.spec.port);
    db.setUserName(user);
    db.setDatabaseName(m_backend.spec.databaseName);
    db.setConnectOptions(m_backend.spec.options);
    if (!db.open())
        throw std::runtime_error(db.lastError().text().toStdString());
    m_connections << name;
    return db;
}

QSqlDatabase CareRelationFixture::connectAs(Who who)
{
    return open(
        m_schema + QStringLiteral("_as_%1_%2").arg(who).arg(m_connections.size()), login(who));
}

QSqlDatabase CareRelationFixture::owner()
{
    const QString name = m_schema + QStringLiteral("_owner");
    if (m_connections.contains(name))
        return QSqlDatabase::database(name);
    return open(name, m_backend.spec.user);
}

QString CareRelationFixture::urlAs(Who who) const
{
    QUrl url(m_backend.url);
    url.setUserName(login(who));
    return url.toString(QUrl::FullyEncoded);
}

void CareRelationFixture::build()
{
    {
        // Opening migrates the new schema, row-level security included.
        Workspace workspace(m_backend.spec);
        workspace.open();
    }
    QSqlDatabase db = owner();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const char *sql : kOrganisation)
        exec(db, QString::fromUtf8(sql), now);
    // The people's logins go through the program's own grant-login.
    Workspace workspace(m_backend.spec);
    workspace.open();
    Logins logins(workspace);
    for (Who who : {Chair, Contact, NurseA, NurseB})
        logins.grant(personId(who), login(who), false);
    logins.grant(personId(Admin), login(Admin), true);
    // A member of the users' group tied to nobody (for instance someone
    // untied by hand in the database).
    exec(db, QStringLiteral("DROP ROLE IF EXISTS %1").arg(login(Nobody)));
    exec(db, QStringLiteral("CREATE ROLE %1 LOGIN").arg(login(Nobody)));
    exec(
        db, QStringLiteral("GRANT %1_users TO %2").arg(m_backend.spec.databaseName, login(Nobody)));
}

} // namespace tf::test
