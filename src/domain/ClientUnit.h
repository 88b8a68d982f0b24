#pragma once

#include <QDate>

namespace tf {

// A unit that serves a client (home care, boendestöd, hemsjukvård …): one
// client record is served by as many units as help the person, each from a
// day until the first day it no longer does.
struct ClientUnit
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 unitId = 0;
    QDate from; // invalid: since the client was registered
    QDate to; // invalid: still serving; else the first day without

    bool servesOn(const QDate &day) const
    {
        return (!from.isValid() || from <= day) && (!to.isValid() || day < to);
    }
};

} // namespace tf
