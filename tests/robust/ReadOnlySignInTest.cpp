// First start on a database that cannot be written to: nobody can be added
// as a user there, so the program says why and offers to look without
// changing anything, instead of a first-run dialog that can only fail.
#include <catch2/catch.hpp>

#include "services/Workspace.h"
#include "storage/ConnectionSpec.h"
#include "storage/PersonRepository.h"
#include "support/RobustnessReport.h"
#include "support/ShownMessages.h"
#include "support/TestBackends.h"
#include "ui/shell/SignIn.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

using namespace tf;

namespace {
// A dialog left open would wait for an answer forever: note it and close it.
struct ModalWatch
{
    QStringList seen;
    QTimer timer;
    ModalWatch()
    {
        QObject::connect(&timer, &QTimer::timeout, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                seen << modal->metaObject()->className();
                modal->close();
            }
        });
        timer.start(200);
    }
};

ConnectionSpec readOnlyDatabase(const test::TestBackend &backend)
{
    {
        Workspace writer(backend.spec);
        writer.open();
        Person person;
        person.name = QStringLiteral("Karin Lind");
        writer.people().create(person, 0);
    }
    ConnectionSpec spec = backend.spec;
    spec.readOnly = true;
    return spec;
}
} // namespace

TEST_CASE("first start on a read-only database says why and offers to look", "[gui][robust]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(readOnlyDatabase(backend));
    ModalWatch watch;
    int exitCode = -1;
    {
        test::ShownMessages shown(QMessageBox::Yes);
        const auto name = openAndSignIn(workspace, nullptr, &exitCode);
        CHECK(watch.seen.isEmpty());
        REQUIRE(shown.texts.size() == 1);
        CHECK(shown.texts.first().contains(QStringLiteral("skrivskyddad")));
        CHECK(shown.texts.first().contains(QStringLiteral("utan att ändra")));
        REQUIRE(name.has_value());
        CHECK(name->contains(QStringLiteral("skrivskyddat")));
        test::reportRobustness(QStringLiteral("first start on a read-only database"), 1,
            watch.seen.isEmpty() && shown.texts.size() == 1 ? 1 : 0);
    }
    CHECK(workspace.people().all().size() == 1); // nothing was written

    // Choosing to quit ends the program quietly.
    const auto other = test::sqliteBackend();
    Workspace again(readOnlyDatabase(other));
    test::ShownMessages quit(QMessageBox::No);
    CHECK_FALSE(openAndSignIn(again, nullptr, &exitCode).has_value());
    CHECK(exitCode == 0);
    CHECK(watch.seen.isEmpty());
}
