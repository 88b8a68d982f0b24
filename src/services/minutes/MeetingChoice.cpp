#include "services/minutes/MeetingChoice.h"

#include "services/Workspace.h"
#include "storage/MeetingRepository.h"
#include "storage/ReadBatch.h"
#include "storage/TemplateRepository.h"
#include "storage/UnitKey.h"
#include "storage/UnitRepository.h"

namespace tf {

namespace {
MeetingChoice read(Workspace &workspace, const UnitKey &unit, bool withUnits,
    const QDateTime &fromUtc, const QDateTime &toUtc)
{
    ReadBatch batch(workspace.database());
    std::optional<Later<QList<Unit>>> units;
    if (withUnits)
        units = workspace.units().all(batch);
    auto names = workspace.templates().names(batch);
    auto meetings = workspace.meetings().byUnit(batch, unit, fromUtc, toUtc);
    batch.exec();
    MeetingChoice choice;
    if (units)
        choice.units = units->take();
    choice.forumNames = names.take();
    choice.meetings = meetings.take();
    return choice;
}
} // namespace

MeetingChoice readMeetingChoice(
    Workspace &workspace, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return read(workspace, UnitKey::firstByName(), true, fromUtc, toUtc);
}

MeetingChoice readMeetingChoice(
    Workspace &workspace, qint64 unitId, const QDateTime &fromUtc, const QDateTime &toUtc)
{
    return read(workspace, UnitKey::unit(unitId), false, fromUtc, toUtc);
}

} // namespace tf
