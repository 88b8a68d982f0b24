#include "services/Workspace.h"

#include "services/AccessLogger.h"
#include "services/ConnectionWatch.h"
#include "services/Directory.h"
#include "services/ReadsBeside.h"
#include "services/ServerLogCare.h"
#include "services/TemplateJson.h"
#include "services/agenda/AgendaService.h"
#include "services/minutes/NotesWriter.h"
#include "storage/AccessLogChain.h"
#include "storage/AccessLogRepository.h"
#include "storage/ActionRepository.h"
#include "storage/ChangeFeed.h"
#include "storage/ClientRepository.h"
#include "storage/ContentClaim.h"
#include "storage/Database.h"
#include "storage/HandoverRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/Migrator.h"
#include "storage/MinutesRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RotationRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SeriesRepository.h"
#include "storage/TeamRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"
#include "storage/care/CareRepository.h"
#include "storage/care/ConsentRepository.h"
#include "storage/care/RiskRepository.h"
#include "storage/care/SbarRepository.h"
#include "storage/care/SipRepository.h"

namespace tf {

Workspace::Workspace(const ConnectionSpec &spec)
    : m_db(std::make_unique<Database>(spec))
    , m_people(std::make_unique<PersonRepository>(*m_db))
    , m_templates(std::make_unique<TemplateRepository>(*m_db))
    , m_units(std::make_unique<UnitRepository>(*m_db))
    , m_clients(std::make_unique<ClientRepository>(*m_db))
    , m_meetings(std::make_unique<MeetingRepository>(*m_db))
    , m_actions(std::make_unique<ActionRepository>(*m_db))
    , m_risks(std::make_unique<RiskRepository>(*m_db))
    , m_consents(std::make_unique<ConsentRepository>(*m_db))
    , m_care(std::make_unique<CareRepository>(*m_db))
    , m_sbar(std::make_unique<SbarRepository>(*m_db))
    , m_sip(std::make_unique<SipRepository>(*m_db))
    , m_handovers(std::make_unique<HandoverRepository>(*m_db))
    , m_series(std::make_unique<SeriesRepository>(*m_db))
    , m_teams(std::make_unique<TeamRepository>(*m_db))
    , m_rotation(std::make_unique<RotationRepository>(*m_db))
    , m_minutes(std::make_unique<MinutesRepository>(*m_db))
    , m_search(std::make_unique<SearchRepository>(*m_db))
    , m_accessLog(std::make_unique<AccessLogRepository>(*m_db))
    , m_accessLogger(std::make_unique<AccessLogger>(*this))
    , m_agenda(std::make_unique<AgendaService>(*this))
    , m_directory(std::make_unique<Directory>(*this))
{ }

Workspace::~Workspace() = default;

void Workspace::open()
{
    m_db->open();
    Migrator migrator(*m_db);
    m_created = migrator.migrate();
    // Checked on every open, so a start interrupted between creating the
    // schema and loading the routine's templates still gets them.
    // A plain read first: only a new database parses the resource and takes
    // the write lock.
    if (!m_db->isReadOnly() && !m_templates->defaultsLoaded())
        m_templates->loadDefaultsOnce(defaultTemplates());
    // Once after the step that added the access log's hash chain: the
    // entries written before it get their hashes.
    if (!m_db->isReadOnly())
        AccessLogChain::chainPending(*m_db);
    warnWhenServerLogUnsafe(*this);
}

void Workspace::openBeside()
{
    m_db->open();
}

ChangeFeed &Workspace::changes()
{
    if (!m_changes) {
        m_changes = std::make_unique<ChangeFeed>(*m_db);
        m_changes->setAlsoOwn([this](int backendPid) {
            return (m_notesWriter && m_notesWriter->isOwnSession(backendPid))
                || (m_readsBeside && m_readsBeside->isOwnSession(backendPid));
        });
        m_changes->start();
    }
    return *m_changes;
}

NotesWriter &Workspace::notesWriter()
{
    if (!m_notesWriter)
        m_notesWriter = std::make_unique<NotesWriter>(*m_db);
    return *m_notesWriter;
}

ReadsBeside &Workspace::readsBeside()
{
    if (!m_readsBeside)
        m_readsBeside = std::make_unique<ReadsBeside>(*this);
    return *m_readsBeside;
}

ConnectionWatch &Workspace::connectionWatch()
{
    if (!m_connectionWatch) {
        m_connectionWatch = std::make_unique<ConnectionWatch>(*m_db);
        m_connectionWatch->start();
    }
    return *m_connectionWatch;
}

void Workspace::limitWaitsForInteractiveUse()
{
    m_db->setWaitLimits({1000, 10000});
}

int Workspace::schemaVersion()
{
    return Migrator::latestVersion();
}

QStringList Workspace::check()
{
    QStringList problems;
    int version = 0;
    const Migrator::State state = Migrator(*m_db).inspect(&version);
    if (state != Migrator::State::Current)
        problems << QStringLiteral("Schemaversion %1, programmet väntar sig %2.")
                        .arg(version)
                        .arg(Migrator::latestVersion());
    problems << m_db->dialect().integrityProblems(m_db->connection());
    if (state == Migrator::State::Current)
        problems << ContentClaim::problems(*m_db);
    return problems;
}

} // namespace tf
