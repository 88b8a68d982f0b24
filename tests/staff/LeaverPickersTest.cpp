// The views offer a person who leaves up to their end date and not from
// it, here as the one responsible for calling a SIP.
#include <catch2/catch.hpp>

#include "chair/ChairFixture.h"
#include "services/ActionList.h"
#include "services/staff/Leavers.h"
#include "storage/ClientRepository.h"
#include "support/TestBackends.h"
#include "ui/care/SipNeedDialog.h"

#include <QComboBox>

using namespace tf;

namespace {
bool offers(QComboBox *combo, qint64 personId)
{
    return combo && combo->findData(personId) >= 0;
}
} // namespace

TEST_CASE("a leaver is offered as SIP responsible until their end date", "[leavers][gui]")
{
    const auto backend = test::sqliteBackend();
    Workspace workspace(backend.spec);
    workspace.open();
    test::ChairFixture fixture(workspace);
    const Client client = *workspace.clients().byId(fixture.clientIds.at(0));
    const QDate today = stockholmDate(QDateTime::currentDateTimeUtc());
    Leavers leavers(workspace);

    leavers.endEmployment(fixture.nurseId, today.addDays(1));
    {
        SipNeedDialog dialog(workspace, client, {});
        CHECK(offers(dialog.findChild<QComboBox *>(QStringLiteral("sipResponsibleComboBox")),
            fixture.nurseId));
    }
    leavers.endEmployment(fixture.nurseId, today);
    SipNeedDialog dialog(workspace, client, {});
    auto *responsible = dialog.findChild<QComboBox *>(QStringLiteral("sipResponsibleComboBox"));
    REQUIRE(responsible);
    CHECK_FALSE(offers(responsible, fixture.nurseId));
    CHECK(offers(responsible, fixture.chairId));
}
