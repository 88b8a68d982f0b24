#pragma once

#include "support/MinutesFixture.h"

#include <QList>

namespace tf {
class Workspace;
}

namespace tf::test {

// The year 2025 of one SÄBO unit as its minutes would have left it: a
// fortnightly teammöte from 17 December 2024 (26 meetings in 2025: 20
// approved, 15 of them within a week, 1 finished, 1 more approved off the
// fortnight on 23 December with no one called, 2 cancelled, 2 never
// started), attendance marked at the held ones (the nurse absent 4 times,
// the assistant nurse not marked twice and once through an ersättare, an
// adjunct always absent), six actions decided on 14 January (3 done on
// time, 1 late, 1 overdue, 1 open), an APT on the second Monday of March to
// November but July, and three pulsmöten "vid behov".
struct HandMadeYear
{
    MinutesFixture team;
    qint64 adjunctId = 0;
    QList<qint64> teammoten; // fortnightly from 31 December 2024 to 16 December 2025
};

HandMadeYear makeHandMadeYear(Workspace &workspace);

} // namespace tf::test
