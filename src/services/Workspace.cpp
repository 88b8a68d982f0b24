#include "services/Workspace.h"

#include "services/TemplateJson.h"
#include "storage/ActionRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/Migrator.h"
#include "storage/PersonRepository.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitRepository.h"

namespace tf {

Workspace::Workspace(const ConnectionSpec &spec)
    : m_db(std::make_unique<Database>(spec))
    , m_people(std::make_unique<PersonRepository>(*m_db))
    , m_templates(std::make_unique<TemplateRepository>(*m_db))
    , m_units(std::make_unique<UnitRepository>(*m_db))
    , m_clients(std::make_unique<ClientRepository>(*m_db))
    , m_meetings(std::make_unique<MeetingRepository>(*m_db))
    , m_actions(std::make_unique<ActionRepository>(*m_db))
{
}

Workspace::~Workspace() = default;

void Workspace::open()
{
    m_db->open();
    Migrator migrator(*m_db);
    m_created = migrator.migrate();
    // Checked on every open, so a start interrupted between creating the
    // schema and loading the routine's templates still gets them.
    if (!m_db->isReadOnly())
        m_templates->loadDefaultsOnce(defaultTemplates());
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
    return problems;
}

} // namespace tf
