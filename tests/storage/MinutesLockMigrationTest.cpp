// Migration 009 on a store of schema version 8: a meeting marked approved
// without a closing row (as an older generator wrote them) comes out locked.
#include <catch2/catch.hpp>

#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/MinutesRepository.h"
#include "storage/Query.h"
#include "support/MinutesFixture.h"
#include "support/TestBackends.h"

using namespace tf;

namespace {
// Takes the store back to before migration 009: its triggers and functions
// gone, its step not applied.
void undoMigration9(Database &db)
{
    if (db.dialect().engineName() == QLatin1String("SQLite")) {
        Query triggers(db,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                           "AND name LIKE '%\\_locked%' ESCAPE '\\' "
                           "AND tbl_name NOT IN ('meeting_justerare', 'meeting_guest', "
                           "'meeting_external')"));
        // 018's, 028's and 031's stay
        triggers.exec();
        QStringList names;
        while (triggers.next())
            names << triggers.text(0);
        REQUIRE(names.size() == 21);
        for (const QString &name : names)
            execSchemaStatement(db, QStringLiteral("DROP TRIGGER ") + name);
    } else {
        execSchemaStatement(db, QStringLiteral("DROP FUNCTION refuse_locked_minutes() CASCADE"));
        execSchemaStatement(db, QStringLiteral("DROP FUNCTION is_locked_meeting(BIGINT)"));
        execSchemaStatement(db, QStringLiteral("DROP FUNCTION is_locked_agenda_item(BIGINT)"));
    }
    Query step(db, QStringLiteral("DELETE FROM schema_version WHERE version = 9"));
    step.exec();
}
} // namespace

TEST_CASE(
    "a meeting approved without a closing is locked by the migration", "[storage][migration][lock]")
{
    for (const auto &backend : test::testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        test::MinutesFixture f;
        {
            Workspace workspace(backend.spec);
            workspace.open();
            f = test::makeMinutesFixture(workspace);
            undoMigration9(workspace.database());
            Query approved(workspace.database(),
                QStringLiteral("UPDATE meeting SET status = 'approved' WHERE id = ?"));
            approved.bind(f.meetingId).exec();
            REQUIRE_FALSE(workspace.minutes().isLocked(f.meetingId));
        }
        Workspace workspace(backend.spec);
        workspace.open();
        const MinutesClosing closing = workspace.minutes().closing(f.meetingId);
        CHECK(closing.locked);
        CHECK(closing.approvedById == f.chairId);
        Query move(workspace.database(),
            QStringLiteral("UPDATE meeting SET location = 'Annat rum' WHERE id = ?"));
        move.bind(f.meetingId);
        CHECK_THROWS_AS(move.exec(), StorageError);
    }
}
