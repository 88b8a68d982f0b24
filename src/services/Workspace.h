#pragma once

#include <QString>

#include <memory>

namespace tf {

class AccessLogRepository;
class AccessLogger;
class ActionRepository;
class AgendaService;
class ChangeFeed;
class Directory;
class ClientRepository;
class ConnectionWatch;
struct ConnectionSpec;
class Database;
class MeetingRepository;
class MinutesRepository;
class NotesWriter;
class PersonRepository;
class ReadsBeside;
class RotationRepository;
class SeriesRepository;
class TeamRepository;
class SearchRepository;
class TemplateRepository;
class UnitRepository;
class CareRepository;
class ConsentRepository;
class RiskRepository;
class SbarRepository;
class SipRepository;
class HandoverRepository;

// An open store with its schema up to date and the routine's templates loaded
// on first use, plus the person whose changes are being recorded.
class Workspace
{
public:
    explicit Workspace(const ConnectionSpec &spec);
    ~Workspace();

    // Opens, checks and migrates. Throws StorageError with a Swedish message.
    void open();
    // Opens one more connection to a store another Workspace has opened and
    // brought up to date (WorkspaceBeside): no migration, no check.
    void openBeside();

    Database &database() { return *m_db; }
    PersonRepository &people() { return *m_people; }
    TemplateRepository &templates() { return *m_templates; }
    UnitRepository &units() { return *m_units; }
    ClientRepository &clients() { return *m_clients; }
    MeetingRepository &meetings() { return *m_meetings; }
    ActionRepository &actions() { return *m_actions; }
    RiskRepository &risks() { return *m_risks; }
    ConsentRepository &consents() { return *m_consents; }
    CareRepository &care() { return *m_care; }
    SbarRepository &sbar() { return *m_sbar; }
    SipRepository &sip() { return *m_sip; }
    HandoverRepository &handovers() { return *m_handovers; }
    SeriesRepository &series() { return *m_series; }
    TeamRepository &teams() { return *m_teams; }
    RotationRepository &rotation() { return *m_rotation; }
    MinutesRepository &minutes() { return *m_minutes; }
    SearchRepository &search() { return *m_search; }
    AccessLogRepository &accessLog() { return *m_accessLog; }
    // Records reads of clients' personal data by actorId().
    AccessLogger &accessLogger() { return *m_accessLogger; }
    // Every change to a meeting's agenda goes through here.
    AgendaService &agenda() { return *m_agenda; }
    // Units, staff, clients and forum templates, for the views.
    Directory &directory() { return *m_directory; }

    // Other clients' committed changes, for views to show them. Started on
    // first use, on the calling (GUI) thread; the command line never needs it.
    ChangeFeed &changes();
    // Saves meeting mode's notes; on PostgreSQL on a connection and thread
    // of its own (see NotesWriter), whose commits the change feed counts as
    // this client's own. Made on first use, with the wait limits set then.
    NotesWriter &notesWriter();
    // Reads for the views beside the GUI thread (see ReadsBeside); on
    // PostgreSQL on a connection and thread of their own. Made on first use.
    ReadsBeside &readsBeside();
    // Notices a lost PostgreSQL connection and opens it again (see
    // ConnectionWatch). Started on first use, on the calling (GUI) thread.
    ConnectionWatch &connectionWatch();
    // The desktop program's session: a lock another client holds is waited
    // for at most a second, a statement runs at most ten, so the window
    // never hangs on someone else's save. The command line keeps no limit
    // (generate and backup run long by design).
    void limitWaitsForInteractiveUse();

    bool wasCreated() const { return m_created; }
    qint64 actorId() const { return m_actorId; }
    void setActorId(qint64 personId) { m_actorId = personId; }

    // Runs the schema check and the engine's integrity check. Returns the
    // problems found; empty when all is well.
    QStringList check();
    // The schema version this program brings its databases to.
    static int schemaVersion();

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PersonRepository> m_people;
    std::unique_ptr<TemplateRepository> m_templates;
    std::unique_ptr<UnitRepository> m_units;
    std::unique_ptr<ClientRepository> m_clients;
    std::unique_ptr<MeetingRepository> m_meetings;
    std::unique_ptr<ActionRepository> m_actions;
    std::unique_ptr<RiskRepository> m_risks;
    std::unique_ptr<ConsentRepository> m_consents;
    std::unique_ptr<CareRepository> m_care;
    std::unique_ptr<SbarRepository> m_sbar;
    std::unique_ptr<SipRepository> m_sip;
    std::unique_ptr<HandoverRepository> m_handovers;
    std::unique_ptr<SeriesRepository> m_series;
    std::unique_ptr<TeamRepository> m_teams;
    std::unique_ptr<RotationRepository> m_rotation;
    std::unique_ptr<MinutesRepository> m_minutes;
    std::unique_ptr<SearchRepository> m_search;
    std::unique_ptr<AccessLogRepository> m_accessLog;
    std::unique_ptr<AccessLogger> m_accessLogger;
    std::unique_ptr<AgendaService> m_agenda;
    std::unique_ptr<Directory> m_directory;
    bool m_created = false;
    qint64 m_actorId = 0;
    std::unique_ptr<ConnectionWatch> m_connectionWatch;
    std::unique_ptr<ChangeFeed> m_changes; // goes before the database
    std::unique_ptr<ReadsBeside> m_readsBeside;
    // Last: its saves are made and its connection closed before the rest go.
    std::unique_ptr<NotesWriter> m_notesWriter;
};

} // namespace tf
