#include <catch2/catch.hpp>

#include "domain/Person.h"
#include "domain/StorageError.h"
#include "services/Workspace.h"
#include "storage/PersonRepository.h"
#include "storage/Query.h"
#include "storage/TemplateRepository.h"
#include "support/TestBackends.h"

using namespace tf;
using tf::test::testBackends;

TEST_CASE("an edited template is saved whole and read back", "[storage][templates]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace workspace(backend.spec);
        workspace.open();
        Person chair;
        chair.name = QStringLiteral("Åsa Öberg");
        workspace.setActorId(workspace.people().create(chair, 0));

        ForumTemplate t = workspace.templates().byServiceType(ServiceType::OrdinartBoende).at(2);
        REQUIRE(t.forum == QStringLiteral("teammote"));
        t.name = QStringLiteral("Teammöte grupp Norr");
        t.rrule = QStringLiteral("FREQ=WEEKLY");
        t.minMinutes = 45;
        t.maxMinutes = 60;
        t.locationKind = LocationKind::Digital;
        t.location = QStringLiteral("SEFOS");
        t.leaders = {QStringLiteral("Enhetschef"), QStringLiteral("Samordnare")};
        t.participants.append({QStringLiteral("God man"), true});
        t.agenda.prepend({QStringLiteral("Avvikelser sedan sist"), false});
        const int version = workspace.templates().save(t, workspace.actorId());
        CHECK(version == t.version + 1);

        const auto stored = workspace.templates().byId(t.id);
        REQUIRE(stored);
        CHECK(stored->name == t.name);
        CHECK(stored->rrule == t.rrule);
        CHECK(stored->minMinutes == 45);
        CHECK(stored->maxMinutes == 60);
        CHECK(stored->locationKind == LocationKind::Digital);
        CHECK(stored->leaders == t.leaders);
        CHECK(stored->participants == t.participants);
        CHECK(stored->agenda == t.agenda);
        CHECK(stored->version == version);

        Query who(workspace.database(),
            QStringLiteral("SELECT person_id FROM change_log WHERE table_name = ? "
                           "AND row_id = ? AND operation = ?"));
        who.bind(QStringLiteral("forum_template")).bind(t.id).bind(QStringLiteral("update")).exec();
        REQUIRE(who.next());
        CHECK(who.id(0) == workspace.actorId());
    }
}

TEST_CASE("a template saved by someone else in between is a conflict, not an overwrite",
    "[storage][templates]")
{
    for (const auto &backend : testBackends()) {
        INFO("engine: " << backend.name.toStdString());
        Workspace mine(backend.spec);
        mine.open();
        Workspace theirs(backend.spec);
        theirs.open();
        ForumTemplate myCopy = mine.templates().all().first();
        ForumTemplate theirCopy = theirs.templates().byId(myCopy.id).value();

        theirCopy.name = QStringLiteral("Deras namn");
        theirs.templates().save(theirCopy, 0);

        myCopy.name = QStringLiteral("Mitt namn");
        try {
            mine.templates().save(myCopy, 0);
            FAIL("the stale save was accepted");
        } catch (const StorageError &error) {
            CHECK(error.kind() == StorageError::Kind::Conflict);
            CHECK(error.userMessage().contains(QStringLiteral("ändrats av någon annan")));
        }
        CHECK(mine.templates().byId(myCopy.id)->name == QStringLiteral("Deras namn"));
    }
}

TEST_CASE("an invalid template is refused before it reaches the store", "[storage][templates]")
{
    const auto backend = tf::test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    ForumTemplate t = workspace.templates().all().first();
    t.maxMinutes = t.minMinutes - 1;
    CHECK_THROWS_AS(workspace.templates().save(t, 0), StorageError);
    CHECK(workspace.templates().byId(t.id)->maxMinutes
        >= workspace.templates().byId(t.id)->minMinutes);
}
