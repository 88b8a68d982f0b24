#pragma once

#include "storage/SqlPart.h"

namespace tf {

// Names a unit in a statement by its id, by one of its meetings, or as the
// first unit by name (the one the unit lists offer first): a read keyed so
// can read the unit's rows in the same batch as the row that names the unit,
// without waiting for it.
class UnitKey : public SqlPart
{
public:
    static UnitKey unit(qint64 unitId) { return UnitKey(QStringLiteral("?"), {unitId}); }
    static UnitKey ofMeeting(qint64 meetingId)
    {
        return UnitKey(QStringLiteral("(SELECT unit_id FROM meeting WHERE id = ?)"), {meetingId});
    }
    // The order of UnitRepository::all().
    static UnitKey firstByName()
    {
        return UnitKey(QStringLiteral("(SELECT id FROM unit ORDER BY name, id LIMIT 1)"), {});
    }

private:
    using SqlPart::SqlPart;
};

} // namespace tf
